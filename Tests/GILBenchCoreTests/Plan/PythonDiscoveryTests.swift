// PythonDiscoveryTests: which interpreters discovery asks under $PYENV_ROOT (free-threaded names, staging folders).
import Foundation
import GILBenchCore
import XCTest

final class PythonDiscoveryTests: XCTestCase {
    private func makeExecutable(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "#!/bin/sh\nexit 1\n".write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    func testAFreeThreadedOnlyPrefixIsAskedAndAStagingFolderIsNot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("discovery-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let versions = root.appendingPathComponent("versions")
        try makeExecutable(versions.appendingPathComponent("3.13.5/bin/python3"))
        try makeExecutable(versions.appendingPathComponent("3.14.0t/bin/python3t"))
        try makeExecutable(versions.appendingPathComponent(".3.13.5t.partial.root/bin/python3"))
        let candidates = PythonDiscovery(environment: ["PYENV_ROOT": root.path, "HOME": root.path, "PATH": ""])
            .candidateExecutables().filter { $0.hasPrefix(root.path) }
        XCTAssertEqual(candidates, [versions.appendingPathComponent("3.13.5/bin/python3").path,
                                    versions.appendingPathComponent("3.14.0t/bin/python3t").path])
    }
}
