// InstallPythonsEndToEndTests: scripts/install-pythons with a stand-in CPython source (Tests/Fixtures/fake-cpython)
// or a stand-in `pyenv`, and a private PYENV_ROOT: a build that fails anywhere leaves nothing for discovery to pick
// up, and with no VERSION the newest release with a free-threaded twin is chosen.
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

    // MARK: - The pyenv route (GILBENCH_PYTHON_SOURCE=pyenv with a stand-in pyenv on PATH)

    /// What `pyenv install --list` prints in the stand-in: the newest X.Y.Z with an X.Y.Zt is 3.14.4 (3.14.5 has no
    /// twin; 3.15.0b1, 3.15-dev and 3.14.5rc1 are not stable releases).
    private static let pyenvList = """
          3.13.11
          3.13.12
          3.13.12t
          3.14.4
          3.14.4t
          3.14.5
          3.14.5rc1
          3.14.5rc1t
          3.15.0b1
          3.15.0b1t
          3.15-dev
          3.15t-dev
          pypy3.11-7.3.20
        """

    /// A stand-in `pyenv` in its own bin folder: records every call (and PYTHON_CONFIGURE_OPTS) in `calls.log`;
    /// `install --list` prints `pyenvList`; `install [--skip-existing] V` makes a fake interpreter under
    /// $PYENV_ROOT/versions/V, or, when V is FAKE_PYENV_FAIL, leaves a half-made folder and fails.
    private func standInPyenv(_ sandbox: Sandbox) throws -> URL {
        let bin = sandbox.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try Self.pyenvList.write(to: sandbox.root.appendingPathComponent("list.txt"), atomically: true, encoding: .utf8)
        let script = """
            #!/bin/sh
            here="$(cd "$(dirname "$0")/.." && pwd)"
            echo "$* | PYTHON_CONFIGURE_OPTS=${PYTHON_CONFIGURE_OPTS:-}" >> "$here/calls.log"
            [ "$1" = install ] || exit 0
            shift
            [ "$1" = --list ] && { cat "$here/list.txt"; exit 0; }
            [ "$1" = --skip-existing ] && shift
            version="$1"; minor="${version%.*}"; minor="${minor%t}"
            mkdir -p "$PYENV_ROOT/versions/$version/bin"
            [ "$version" = "${FAKE_PYENV_FAIL:-}" ] && { echo "BUILD FAILED (stand-in)" >&2; exit 1; }
            for name in "python$minor" "python${minor}t"; do printf '#!/bin/sh\nexit 0\n' > "$PYENV_ROOT/versions/$version/bin/$name"; chmod +x "$PYENV_ROOT/versions/$version/bin/$name"; done
            """
        let pyenv = bin.appendingPathComponent("pyenv")
        try script.write(to: pyenv, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pyenv.path)
        return bin
    }

    private func installWithPyenv(_ sandbox: Sandbox, _ arguments: [String], fail: String = "") throws -> ProcessOutput {
        let bin = try standInPyenv(sandbox)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["PYENV_ROOT"] = sandbox.pyenvRoot.path
        environment["GILBENCH_BUILD_DIR"] = sandbox.buildDirectory.path
        environment["GILBENCH_PYTHON_SOURCE"] = "pyenv"
        environment["FAKE_PYENV_FAIL"] = fail
        environment.removeValue(forKey: "GILBENCH_PYTHON_RELEASE")
        return try ProcessOutput.run(
            GILBenchBinary.repositoryRoot.appendingPathComponent("scripts/install-pythons").path, arguments,
            environment: environment, directory: sandbox.root)
    }

    private func calls(_ sandbox: Sandbox) -> [String] {
        ((try? String(contentsOf: sandbox.root.appendingPathComponent("calls.log"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }

    func testPlanNamesTheNewestReleaseWithAFreeThreadedTwinAndInstallsNothing() throws {
        let sandbox = try sandbox()
        let output = try installWithPyenv(sandbox, ["--plan"])
        XCTAssertEqual(output.exitCode, 0, output.standardError)
        XCTAssertEqual(output.standardOutput, "3.14.4 pyenv\n3.14.4t pyenv\n")
        XCTAssertTrue(output.standardError.contains("free-threaded twin"), "says why that release: \(output.standardError)")
        XCTAssertEqual(calls(sandbox).map { $0.components(separatedBy: " | ")[0] }, ["install --list"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.pyenvRoot.appendingPathComponent("versions").path))

        let pinned = try installWithPyenv(sandbox, ["--plan", "3.13.12"])
        XCTAssertEqual(pinned.exitCode, 0, pinned.standardError)
        XCTAssertEqual(pinned.standardOutput, "3.13.12 pyenv\n3.13.12t pyenv\n", "a VERSION is taken as given")
    }

    func testWithNoVersionPyenvInstallsTheNewestPairWithSharedLibraries() throws {
        let sandbox = try sandbox()
        let output = try installWithPyenv(sandbox, [])
        XCTAssertEqual(output.exitCode, 0, output.standardError)
        let installs = calls(sandbox).filter { $0.hasPrefix("install --skip-existing") }
        XCTAssertEqual(installs.map { $0.components(separatedBy: " | ")[0] },
                       ["install --skip-existing 3.14.4", "install --skip-existing 3.14.4t"])
        XCTAssertTrue(installs.allSatisfy { $0.contains("--enable-shared") }, "\(installs)")
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: sandbox.pyenvRoot.appendingPathComponent("versions").path)),
                       ["3.14.4", "3.14.4t"])

        let again = try installWithPyenv(sandbox, [])
        XCTAssertEqual(again.exitCode, 0, again.standardError)
        XCTAssertTrue(again.standardError.contains("already installed"), again.standardError)
    }

    func testAFailedPyenvInstallLeavesNothingForDiscovery() throws {
        let sandbox = try sandbox()
        let output = try installWithPyenv(sandbox, ["3.14.4"], fail: "3.14.4t")
        XCTAssertEqual(output.exitCode, 1, output.standardError)
        XCTAssertTrue(output.standardError.contains("pyenv could not install 3.14.4 and 3.14.4t"), output.standardError)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: sandbox.pyenvRoot.appendingPathComponent("versions").path)) ?? []
        XCTAssertEqual(left, ["3.14.4"], "the working build stays, the half-made free-threaded one is removed")
    }

    func testACachedSourceIsPlannedAsDebianWithoutNetwork() throws {
        let sandbox = try sandbox()
        var environment = ProcessInfo.processInfo.environment
        environment["PYENV_ROOT"] = sandbox.pyenvRoot.path
        environment["GILBENCH_BUILD_DIR"] = sandbox.buildDirectory.path
        environment.removeValue(forKey: "GILBENCH_PYTHON_SOURCE")
        let output = try ProcessOutput.run(
            GILBenchBinary.repositoryRoot.appendingPathComponent("scripts/install-pythons").path, ["--plan", "3.99.1"],
            environment: environment, directory: sandbox.root)
        XCTAssertEqual(output.exitCode, 0, output.standardError)
        XCTAssertEqual(output.standardOutput, "3.99.1 debian\n3.99.1t debian\n")
    }

    func testAnUnknownRouteOrVersionIsRefused() throws {
        let sandbox = try sandbox()
        var environment = ProcessInfo.processInfo.environment
        environment["PYENV_ROOT"] = sandbox.pyenvRoot.path
        environment["GILBENCH_PYTHON_SOURCE"] = "conda"
        let script = GILBenchBinary.repositoryRoot.appendingPathComponent("scripts/install-pythons").path
        let route = try ProcessOutput.run(script, ["--plan"], environment: environment, directory: sandbox.root)
        XCTAssertEqual(route.exitCode, 64, route.standardError)
        XCTAssertTrue(route.standardError.contains("GILBENCH_PYTHON_SOURCE must be pyenv or debian"), route.standardError)
        environment.removeValue(forKey: "GILBENCH_PYTHON_SOURCE")
        let version = try ProcessOutput.run(script, ["--plan", "3.14"], environment: environment, directory: sandbox.root)
        XCTAssertEqual(version.exitCode, 64, version.standardError)
        XCTAssertTrue(version.standardError.contains("usage: scripts/install-pythons"), version.standardError)
    }
}
