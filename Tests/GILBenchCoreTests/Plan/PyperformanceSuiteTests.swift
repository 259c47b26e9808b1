// PyperformanceSuiteTests: reading an unpacked pyperformance release (a small fixture; no network).
import Foundation
import GILBenchCore
import XCTest

final class PyperformanceSuiteTests: XCTestCase {
    private var fixtureRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/suites/pyperformance").path
    }

    func testManifestVariantsTagsArgumentsAndRequirements() throws {
        let suite = try PyperformanceSuite(root: fixtureRoot, version: "9.9")
        XCTAssertEqual(suite.benchmarks.map(\.name), ["alpha", "alpha_fast", "gamma"], "commented-out entries are skipped")
        let fast = suite.benchmarks[1]
        XCTAssertEqual(fast.arguments, ["--fast-mode", "alpha"])
        XCTAssertEqual(fast.tags, ["math", "serialize"], "a variant inherits its base's tags")
        XCTAssertTrue(fast.script.hasSuffix("bm_alpha/run_benchmark.py"))
        XCTAssertEqual(suite.benchmarks[2].requirements, ["somepkg==1.0", "other==2"])
        let workloads = try suite.workloads(selecting: ["gamma"])
        XCTAssertEqual(workloads.map(\.name), ["gamma"])
        XCTAssertTrue(workloads[0].summary.contains("pyperformance 9.9"))
        XCTAssertThrowsError(try suite.workloads(selecting: ["nope"]))
    }

    func testTheCacheIsUsedWithoutPip() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixtureRoot, toPath: cache.appendingPathComponent("pyperformance-9.9").path)
        let suite = try PyperformanceSuite.locateOrInstall(version: nil, pythons: [], environment: ["GILBENCH_CACHE": cache.path])
        XCTAssertEqual(suite.version, "9.9")
        XCTAssertThrowsError(try PyperformanceSuite.locateOrInstall(version: "0.0.1", pythons: [], environment: ["GILBENCH_CACHE": cache.path])) { error in
            XCTAssertTrue("\(error)".contains("pyperformance==0.0.1"), "\(error)")
        }
    }

    func testSuiteSpecs() throws {
        XCTAssertEqual(try SuiteSelection(spec: "pyperformance:a, b").names, ["a", "b"])
        XCTAssertEqual(try SuiteSelection(spec: "pyperformance").names, [])
        XCTAssertThrowsError(try SuiteSelection(spec: "other"))
        let a = Workload(name: "a", path: "/a.py", summary: "", builtIn: true)
        XCTAssertThrowsError(try SuiteSelection.merge([a], [Workload(name: "a", path: "/b.py", summary: "", builtIn: false)]))
    }
}
