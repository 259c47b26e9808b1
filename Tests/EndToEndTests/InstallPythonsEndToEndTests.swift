// InstallPythonsEndToEndTests: scripts/install-pythons with a stand-in CPython source (Tests/Fixtures/fake-cpython)
// and a private PYENV_ROOT: a build that fails anywhere leaves nothing for discovery to pick up.
import Foundation
import GILBenchCore
import XCTest

final class InstallPythonsEndToEndTests: XCTestCase {
    private struct Sandbox {
        let root: URL
        let pyenvRoot: URL
        let buildDirectory: URL
    }

    /// A private PYENV_ROOT and build folder holding the fake source as Debian's tarball of release 3.99.1.
    private func sandbox() throws -> Sandbox {
        let root = try GILBenchBinary.temporaryDirectory(self)
        let pyenvRoot = root.appendingPathComponent("pyenv")
        let build = root.appendingPathComponent("build")
        let source = root.appendingPathComponent("src/Python-3.99.1")
        try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: GILBenchBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/fake-cpython"), to: source)
        let tar = try ProcessOutput.run("/bin/sh", ["-c", "tar -C \"$1\" -cJf \"$2\" Python-3.99.1", "sh",
                                                     source.deletingLastPathComponent().path,
                                                     build.appendingPathComponent("python3.99_3.99.1.orig.tar.xz").path])
        XCTAssertEqual(tar.exitCode, 0, tar.standardError)
        return Sandbox(root: root, pyenvRoot: pyenvRoot, buildDirectory: build)
    }

    private func install(_ sandbox: Sandbox, failure: String) throws -> ProcessOutput {
        var environment = ProcessInfo.processInfo.environment
        environment["PYENV_ROOT"] = sandbox.pyenvRoot.path
        environment["GILBENCH_BUILD_DIR"] = sandbox.buildDirectory.path
        environment["GILBENCH_INSTALL_BUILD_DEPS"] = "0"
        environment["FAKE_CPYTHON_FAILURE"] = failure
        return try ProcessOutput.run(
            GILBenchBinary.repositoryRoot.appendingPathComponent("scripts/install-pythons").path, ["3.99.1"],
            environment: environment, directory: sandbox.root)
    }

    /// What discovery would consider under the sandbox's PYENV_ROOT.
    private func candidates(_ sandbox: Sandbox) -> [String] {
        PythonDiscovery(environment: ["PYENV_ROOT": sandbox.pyenvRoot.path, "HOME": sandbox.root.path, "PATH": ""])
            .candidateExecutables().filter { $0.hasPrefix(sandbox.root.path) }
    }

    func testAFailedBuildLeavesNothingForDiscovery() throws {
        for failure in ["make", "install", "start"] {
            let sandbox = try sandbox()
            let output = try install(sandbox, failure: failure)
            XCTAssertEqual(output.exitCode, 1, "\(failure): \(output.standardError)")
            XCTAssertTrue(output.standardError.contains("building CPython 3.99.1 (with the GIL)"), output.standardError)
            XCTAssertTrue(output.standardError.contains("install-pythons: error: "), output.standardError)
            let left = (try? FileManager.default.contentsOfDirectory(atPath: sandbox.pyenvRoot.appendingPathComponent("versions").path)) ?? []
            XCTAssertEqual(left, [], "\(failure): a failed build must leave nothing under versions/, not even its staging folder")
            XCTAssertEqual(candidates(sandbox), [], failure)
        }
    }

    func testAWorkingBuildIsInstalledTwiceAndThenSkipped() throws {
        let sandbox = try sandbox()
        let first = try install(sandbox, failure: "none")
        XCTAssertEqual(first.exitCode, 0, first.standardError)
        XCTAssertTrue(first.standardError.contains("free-threaded, --disable-gil"), first.standardError)
        let versions = try FileManager.default.contentsOfDirectory(atPath: sandbox.pyenvRoot.appendingPathComponent("versions").path)
        XCTAssertEqual(Set(versions), ["3.99.1", "3.99.1t"])
        XCTAssertEqual(candidates(sandbox).count, 2)

        let second = try install(sandbox, failure: "make")
        XCTAssertEqual(second.exitCode, 0, "installed builds are skipped, so the broken source is never built: \(second.standardError)")
        XCTAssertTrue(second.standardError.contains("already installed"), second.standardError)
    }

    func testAnExistingBrokenPrefixIsNeverDeleted() throws {
        let sandbox = try sandbox()
        let prefix = sandbox.pyenvRoot.appendingPathComponent("versions/3.99.1")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        let output = try install(sandbox, failure: "none")
        XCTAssertEqual(output.exitCode, 1, output.standardError)
        XCTAssertTrue(output.standardError.contains("exists but is not a working shared-library build"), output.standardError)
        XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("bin").path))
    }
}
