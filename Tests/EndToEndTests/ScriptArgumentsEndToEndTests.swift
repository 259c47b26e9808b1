// ScriptArgumentsEndToEndTests: every script in scripts/ refuses an unknown option and an extra argument with its
// usage line on stderr and exit 64, before it installs, builds, downloads or writes anything.
import Foundation
import GILBenchCore
import XCTest

final class ScriptArgumentsEndToEndTests: XCTestCase {
    /// Commands a script could reach for a side effect; each stand-in only records that it was called.
    private static let guarded = ["swift", "apt-get", "apt-cache", "sudo", "pyenv", "mmdebstrap", "chroot", "mount",
                                  "curl", "wget", "tar", "patchelf", "make", "dpkg", "pip", "gnuplot"]

    /// Arguments each script must refuse: an unknown option, and an argument too many (after a valid command line
    /// where the script has required arguments).
    private static let badArguments: [String: [[String]]] = [
        "bench": [["--bogus"], ["extra"], ["--workers", "1,2", "extra"]],
        "bundle": [["--bogus"], ["extra"]],
        "bundle-test": [["--bogus"], ["a.tar.gz", "b.tar.gz"]],
        "harness-overhead": [["--bogus"], ["3.13", "nbody", "3", "extra"]],
        "install": [["--bogus"], ["prefix", "extra"], []],
        "install-pythons": [["--bogus"], ["3.13.5", "extra"], ["--plan", "--plan-too"]],
        "release-track": [["--bogus"], ["extra"]],
        "setup.sh": [["--bogus"], ["debug", "extra"]],
        "sixteen-core-run": [["--bogus"], ["600", "out", "extra"]],
        "test": [["--bogus"], ["extra"]],
        "threadpool-baseline": [["nbody", "--bogus"], ["nbody", "extra"]],
    ]

    private var scriptsFolder: URL { GILBenchBinary.repositoryRoot.appendingPathComponent("scripts") }

    func testEveryScriptIsCovered() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: scriptsFolder.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(Set(scripts), Set(Self.badArguments.keys), "a script added to scripts/ needs its bad arguments listed here")
    }

    func testEveryScriptRefusesBadArgumentsWithUsageAndExit64WithoutSideEffects() throws {
        let sandbox = try GILBenchBinary.temporaryDirectory(self)
        let bin = sandbox.appendingPathComponent("bin")
        let home = sandbox.appendingPathComponent("home")
        let log = sandbox.appendingPathComponent("calls.log")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        for command in Self.guarded {
            let stub = bin.appendingPathComponent(command)
            try "#!/bin/sh\necho \"\(command) $*\" >> \"\(log.path)\"\nexit 0\n".write(to: stub, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["HOME"] = home.path
        environment["XDG_CACHE_HOME"] = home.appendingPathComponent(".cache").path
        environment["PYENV_ROOT"] = home.appendingPathComponent("pyenv").path
        environment["GILBENCH_BUILD_DIR"] = home.appendingPathComponent("build").path
        environment["GILBENCH_CACHE"] = home.appendingPathComponent("cache").path
        environment.removeValue(forKey: "CI")
        let before = try gitStatus()

        for (script, cases) in Self.badArguments.sorted(by: { $0.key < $1.key }) {
            for arguments in cases {
                let output = try ProcessOutput.run(scriptsFolder.appendingPathComponent(script).path, arguments,
                                                   environment: environment, directory: sandbox)
                let what = "\(script) \(arguments.joined(separator: " "))"
                XCTAssertEqual(output.exitCode, 64, "\(what): \(output.standardError)")
                XCTAssertTrue(output.standardError.lowercased().contains("usage:"), "\(what) prints its usage line: \(output.standardError)")
                XCTAssertEqual(output.standardOutput, "", what)
                XCTAssertFalse(FileManager.default.fileExists(atPath: log.path),
                               "\(what) ran \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: home.path), [], "\(what) wrote under HOME")
            }
        }
        XCTAssertEqual(try gitStatus(), before, "no script wrote into the repository")
    }

    private func gitStatus() throws -> String {
        try ProcessOutput.run("/usr/bin/env", ["git", "status", "--porcelain", "--ignored=no"],
                              directory: GILBenchBinary.repositoryRoot).standardOutput
    }
}
