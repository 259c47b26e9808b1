// UntrustedFolder: a sandbox holding a copy of the committed tiny result folder, for tests that edit it by hand as
// an attacker would and then run the real binary on it with a time limit.
import Foundation
import XCTest

/// A temporary sandbox: `run/` (a copy of Tests/Fixtures/results/tiny) and nothing else, so a test can tell a write
/// outside the run folder (any new entry in the sandbox) and a marker file left by injected code.
struct UntrustedFolder {
    /// The sandbox folder.
    let sandbox: URL
    /// The result folder inside it.
    let run: URL
    /// Where an injected `touch` would leave its mark.
    var marker: URL { sandbox.appendingPathComponent("MARKER") }

    /// The committed fixture: a real run (tiny workload, CPython 3.13.0, threads and subinterpreters at 1 and 2
    /// workers, 3 trials each), machine paths replaced.
    static var fixture: URL {
        GILBenchBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/results/tiny", isDirectory: true)
    }

    init(_ test: XCTestCase) throws {
        sandbox = try GILBenchBinary.temporaryDirectory(test)
        run = sandbox.appendingPathComponent("run", isDirectory: true)
        try FileManager.default.copyItem(at: Self.fixture, to: run)
    }

    /// Rewrites metadata.json with `edit` applied to its JSON object.
    func editMetadata(_ edit: (inout [String: Any]) -> Void) throws {
        let url = run.appendingPathComponent("metadata.json")
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        edit(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    /// Every entry of the sandbox except the run folder: empty unless something was written outside it.
    func entriesOutsideRun() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sandbox.path).filter { $0 != "run" && $0 != "history" }.sorted()
    }

    /// A payload that, run as gnuplot code, leaves the marker file.
    var payload: String { "system(\"touch \(marker.path)\")" }
}

/// How a time-limited invocation ended.
struct LimitedInvocation {
    let exitCode: Int32
    /// True when the process died of a signal (a crash), not an exit.
    let signalled: Bool
    /// True when it ran past the limit and was killed.
    let timedOut: Bool
    let standardOutput: String
    let standardError: String
}

extension GILBenchBinary {
    /// Runs gilbench with `arguments`, killing it after `limitSeconds` (a hang is then reported, not waited out).
    static func run(_ arguments: [String], limitSeconds: Double, in directory: URL? = nil) throws -> LimitedInvocation {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.currentDirectoryURL = directory ?? repositoryRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let errBox = Box()
        let group = DispatchGroup()
        try process.run()
        group.enter()
        DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errBox.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let deadline = Date().addingTimeInterval(limitSeconds)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        group.wait()
        return LimitedInvocation(
            exitCode: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal && !timedOut,
            timedOut: timedOut, standardOutput: String(decoding: outBox.data, as: UTF8.self),
            standardError: String(decoding: errBox.data, as: UTF8.self))
    }
}
