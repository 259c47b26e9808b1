// PythonDiscoveryBundleTests: Pythons bundled beside gilbench (python/<version>/bin/python3.X) are asked first.
import Foundation
import GILBenchCore
import XCTest

final class PythonDiscoveryBundleTests: XCTestCase {
    func testBundledInterpretersComeFirstAndAliasesAreSkipped() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-bundle-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let fileManager = FileManager.default
        for (tree, names) in [("3.13.5", ["python3.13", "python3", "python3.13-config"]), ("3.13.5t", ["python3.13t", "python3t"])] {
            let bin = root.appendingPathComponent("python/\(tree)/bin")
            try fileManager.createDirectory(at: bin, withIntermediateDirectories: true)
            for name in names {
                let path = bin.appendingPathComponent(name).path
                XCTAssertTrue(fileManager.createFile(atPath: path, contents: Data("#!/bin/sh\nexit 1\n".utf8),
                                                     attributes: [.posixPermissions: 0o755]))
            }
        }
        let empty = root.appendingPathComponent("empty").path
        let discovery = PythonDiscovery(environment: ["PATH": empty, "HOME": empty,
                                                      "GILBENCH_BUNDLED_PYTHONS": root.appendingPathComponent("python").path])
        let candidates = discovery.candidateExecutables()
        let bundled = root.appendingPathComponent("python").path
        XCTAssertEqual(Array(candidates.prefix(2)), ["\(bundled)/3.13.5/bin/python3.13", "\(bundled)/3.13.5t/bin/python3.13t"])
        XCTAssertFalse(candidates.contains { $0.hasPrefix(bundled) && ($0.hasSuffix("/python3") || $0.hasSuffix("-config")) })
        XCTAssertFalse(candidates.dropFirst(2).contains { $0.hasPrefix(bundled) }, "the machine's Pythons come after")
    }

    func testWithoutABundleTheFolderIsBesideTheBinary() {
        let discovery = PythonDiscovery(environment: [:])
        XCTAssertTrue(discovery.bundledPythonsFolder.hasSuffix("/python"), discovery.bundledPythonsFolder)
    }
}
