// GILBenchBinary: runs the built gilbench executable for end-to-end tests and finds real Pythons.
import Foundation
import GILBenchCore
import XCTest

/// The result of one gilbench invocation.
struct Invocation {
    let exitCode: Int32
    let standardOutput: String
    let standardError: String
}

enum GILBenchBinary {
    /// The built executable: the test bundle sits beside it in the products folder.
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("gilbench"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gilbench"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    /// The repository root (for Tests/Fixtures/ and the sources of the built-ins).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A fixture workload's path.
    static func fixture(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/workloads/\(name).py").path
    }

    /// Runs gilbench with `arguments` in `directory` (default: the repository root).
    /// A `run` without `--python` gets `--python` of the newest GIL build (see `pinnedPython`): the default
    /// selection takes that build and its free-threaded twin, which would double every row a test counts. A test
    /// of selection passes `--python` itself (or `pinPython: false`).
    static func run(_ arguments: [String], in directory: URL? = nil, extraEnvironment: [String: String] = [:],
                    pinPython: Bool = true) throws -> Invocation {
        var arguments = arguments
        if pinPython, arguments.first == "run", !arguments.contains(where: { $0 == "--python" || $0.hasPrefix("--python=") }),
           let pinned = pinnedPython {
            arguments += ["--python", pinned]
        }
        var environment = ProcessInfo.processInfo.environment.merging(extraEnvironment) { $1 }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.removeValue(forKey: "PYTHONHOME")
        let output = try ProcessOutput.run(executable.path, arguments, environment: environment, directory: directory ?? repositoryRoot)
        return Invocation(exitCode: output.exitCode, standardOutput: output.standardOutput, standardError: output.standardError)
    }

    /// Starts gilbench in the background with its output discarded, for tests that watch or signal a running
    /// command: the environment is the test's, less PYTHONHOME and `removing`, plus `setting`, backtraces off.
    static func launch(_ arguments: [String], in directory: URL? = nil, setting: [String: String] = [:],
                       removing: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for key in ["PYTHONHOME"] + removing { environment.removeValue(forKey: key) }
        environment.merge(setting) { $1 }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.currentDirectoryURL = directory ?? repositoryRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A fresh temporary folder, removed when the test ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// The version of the newest usable GIL build of 3.12+ (the first of the default selection), if any.
    static let pinnedPython: String? = {
        let selection = PythonSelection(installations: PythonDiscovery().discover().installations)
        return (try? selection.defaultSelection())?.first.map(\.version)
    }()

    /// The installations on this machine (discovered once).
    static let pythons: [PythonInstallation] = PythonDiscovery().discover().installations.filter { $0.unusableReason == nil }

    /// A Python of `minor` (3.x), or a skip; under CI a missing 3.12+ is a failure, as the README promises.
    static func python(minor: Int) throws -> PythonInstallation {
        if let found = pythons.first(where: { $0.parsedVersion.major == 3 && $0.parsedVersion.minor == minor && !$0.freeThreaded }) {
            return found
        }
        if ProcessInfo.processInfo.environment["CI"] == "true" && minor >= 12 {
            XCTFail("CI must have CPython 3.\(minor) with a shared library (found: \(pythons.map(\.label)))")
        }
        throw XCTSkip("no CPython 3.\(minor) with a shared libpython on this machine")
    }

    /// The free-threaded build of the newest release that also has a GIL build here (scripts/setup.sh installs
    /// both), or a skip; under CI a missing one is a failure.
    static func freeThreadedPython() throws -> (freeThreaded: PythonInstallation, gil: PythonInstallation) {
        for candidate in pythons where candidate.freeThreaded {
            if let twin = pythons.first(where: { !$0.freeThreaded && $0.version == candidate.version }) {
                return (candidate, twin)
            }
        }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("CI must have a free-threaded CPython and the GIL build of the same release (scripts/install-pythons; found: \(pythons.map(\.label)))")
        }
        throw XCTSkip("no free-threaded CPython with a GIL twin on this machine (scripts/install-pythons builds them)")
    }
}
