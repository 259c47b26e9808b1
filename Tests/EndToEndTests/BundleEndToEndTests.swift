// BundleEndToEndTests: a bundle from scripts/bundle, unpacked under another path, runs with PATH and HOME pointing at
// empty folders and records its bundled Python. Runs only with GILBENCH_BUNDLE=<file.tar.gz> (building a bundle takes
// minutes: scripts/bundle --with-python 3.13.5,3.13.5t); scripts/bundle-test makes the same check without Swift.
import Foundation
import GILBenchCore
import XCTest

final class BundleEndToEndTests: XCTestCase {
    func testUnpackedBundleRunsWithNothingInstalled() throws {
        guard let bundle = ProcessInfo.processInfo.environment["GILBENCH_BUNDLE"], !bundle.isEmpty else {
            throw XCTSkip("set GILBENCH_BUNDLE to a bundle built by scripts/bundle to run this test")
        }
        let scratch = try GILBenchBinary.temporaryDirectory(self)
        let unpacked = scratch.appendingPathComponent("somewhere/else")
        let emptyPath = scratch.appendingPathComponent("empty-path")
        let emptyHome = scratch.appendingPathComponent("empty-home")
        let work = scratch.appendingPathComponent("work")
        for folder in [unpacked, emptyPath, emptyHome, work] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let untar = try ProcessOutput.run("/bin/tar", ["-xzf", bundle, "-C", unpacked.path])
        XCTAssertEqual(untar.exitCode, 0, untar.standardError)
        let name = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: unpacked.path).first { $0.hasPrefix("gilbench-") })
        let root = unpacked.appendingPathComponent(name)
        let binary = root.appendingPathComponent("bin/gilbench").path
        let environment = ["PATH": emptyPath.path, "HOME": emptyHome.path, "SWIFT_BACKTRACE": "enable=no"]

        let list = try ProcessOutput.run(binary, ["list", "pythons"], environment: environment, directory: work)
        XCTAssertEqual(list.exitCode, 0, list.standardError)
        let bundled = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("python").path)) ?? []
        for version in bundled {
            XCTAssertTrue(list.standardOutput.contains(root.appendingPathComponent("python/\(version)/lib").path),
                          "bundled \(version) is found: \(list.standardOutput)")
        }

        let out = work.appendingPathComponent("run")
        let run = try ProcessOutput.run(binary, ["run", "--workload", "nbody", "--size", "1000", "--workers", "1,2", "--repeat", "1",
                                                 "--out", out.path], environment: environment, directory: work)
        XCTAssertEqual(run.exitCode, 0, run.standardOutput + run.standardError)
        for file in ["metadata.json", "trials.csv", "workers.csv", "summary.csv"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
        let metadata = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("metadata.json"))) as? [String: Any])
        let pythons = try XCTUnwrap((metadata["options"] as? [String: Any])?["pythons"] as? [[String: Any]])
        if !bundled.isEmpty {
            for python in pythons {
                XCTAssertTrue((python["library"] as? String)?.hasPrefix(root.appendingPathComponent("python/").path) == true, "\(python)")
                XCTAssertTrue((python["home"] as? String)?.hasPrefix(root.appendingPathComponent("python/").path) == true, "\(python)")
            }
        }
        let trials = try String(contentsOf: out.appendingPathComponent("trials.csv"), encoding: .utf8)
        XCTAssertTrue(trials.contains(",ok,"), trials)
    }
}
