// SuiteEndToEndTests: `--suite pyperformance` from a fixture cache (offline) and from PyPI (CI, or when reachable).
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class SuiteEndToEndTests: XCTestCase {
    private func table(_ out: URL, _ name: String, _ columns: [String]) throws -> [[String: String]] {
        try ResultFolderReader.table(out.appendingPathComponent(name), columns: columns)
    }

    /// A cache holding the fixture release "9.9" (no network).
    private func fixtureCache() throws -> URL {
        let cache = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: GILBenchBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/suites/pyperformance").path,
                                         toPath: cache.appendingPathComponent("pyperformance-9.9").path)
        return cache
    }

    func testASuiteFromTheCacheRunsWithItsManifestArgumentsAndWritesCompatibility() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let cache = try fixtureCache()
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--python", python.version, "--suite", "pyperformance",
                                                 "--workers", "1", "--repeat", "1", "--warmup", "0"],
                                                extraEnvironment: ["GILBENCH_CACHE": cache.path])
        XCTAssertEqual(invocation.exitCode, 1, "alpha_fast passes an option its script lacks: \(invocation.standardError)")
        let compatibility = try table(out, "compatibility.csv", CompatibilityCSVExporter.columns)
        XCTAssertEqual(compatibility.count, 3 * Strategy.defaultStrategies.count)
        let status = Dictionary(grouping: compatibility, by: { $0["workload"]! }).mapValues { Set($0.map { $0["status"]! }) }
        XCTAssertEqual(status["alpha"], ["ok"])
        XCTAssertEqual(status["gamma"], ["ok"])
        XCTAssertEqual(status["alpha_fast"], ["error"])
        XCTAssertTrue(compatibility.first { $0["workload"] == "alpha_fast" }!["reason"]!.contains("--fast-mode alpha"))
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("## Compatibility"), report)
        let metadata = try String(contentsOf: out.appendingPathComponent("metadata.json"), encoding: .utf8)
        XCTAssertTrue(metadata.contains("pyperformance 9.9"), "the suite's version is recorded")

        let listed = try GILBenchBinary.run(["list", "workloads", "--suite", "pyperformance"], extraEnvironment: ["GILBENCH_CACHE": cache.path])
        XCTAssertEqual(listed.exitCode, 0, listed.standardError)
        XCTAssertTrue(listed.standardOutput.contains("math serialize"), listed.standardOutput)
        XCTAssertTrue(listed.standardOutput.contains("needs: somepkg==1.0, other==2"), listed.standardOutput)
    }

    func testAFailedDependencyInstallIsUnsupportedNamingThePackageAndPipsError() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let cache = try fixtureCache()
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--python", python.version, "--suite", "pyperformance:gamma,alpha",
                                                 "--install-deps", "--workers", "1", "--repeat", "1", "--warmup", "0", "--strategy", "threads,subinterpreters"],
                                                extraEnvironment: ["GILBENCH_CACHE": cache.path, "PIP_RETRIES": "0", "PIP_TIMEOUT": "5"])
        XCTAssertEqual(invocation.exitCode, 0, "unsupported is not a failure: \(invocation.standardError)")
        let compatibility = try table(out, "compatibility.csv", CompatibilityCSVExporter.columns)
        for row in compatibility where row["workload"] == "gamma" {
            XCTAssertEqual(row["status"], "unsupported")
            XCTAssertTrue(row["reason"]!.contains("pip could not install somepkg==1.0, other==2: ERROR"), row["reason"]!)
        }
        XCTAssertEqual(Set(compatibility.filter { $0["workload"] == "alpha" }.map { $0["status"]! }), ["ok"], "no requirements, nothing to install")
        let deps = cache.appendingPathComponent("deps/pyperformance-9.9/\(python.label)")
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: deps.path)) ?? [], [], "nothing half-installed is kept")
    }

    /// pyperformance itself, from PyPI into the user's cache (skipped offline unless CI, where PyPI is reachable).
    func testStdlibPyperformanceBenchmarksUnderEveryStrategy() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let names = ["nbody", "richards", "json_dumps", "async_generators", "python_startup"]
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--python", python.version,
                                                 "--suite", "pyperformance:" + names.joined(separator: ","), "--size", "1",
                                                 "--workers", "1,2", "--repeat", "1", "--warmup", "0"])
        if invocation.standardError.contains("cannot use the pyperformance suite") && ProcessInfo.processInfo.environment["CI"] != "true" {
            throw XCTSkip("pyperformance is not cached and PyPI is not reachable: \(invocation.standardError)")
        }
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let trials = try table(out, "trials.csv", TrialsCSVExporter.columns)
        XCTAssertEqual(trials.count, names.count * Strategy.defaultStrategies.count * 2)
        for trial in trials {
            let expected = trial["workload"] == "python_startup" ? "unsupported" : "ok"
            XCTAssertEqual(trial["status"], expected, "\(trial["workload"]!) \(trial["strategy"]!) x\(trial["workers"]!): \(trial["message"]!)")
            if expected == "ok" { XCTAssertEqual(trial["result_checked"], "no") }
        }
        let metadata = try String(contentsOf: out.appendingPathComponent("metadata.json"), encoding: .utf8)
        XCTAssertTrue(metadata.contains("pyperformance 1."), "the release is recorded in the workloads' summaries")
    }
}
