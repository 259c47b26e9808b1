// CleanupEndToEndTests: a timeout or an interrupt leaves no trial process behind and keeps what was measured.
import Foundation
import XCTest

final class CleanupEndToEndTests: XCTestCase {
    /// A private copy of the hanging fixture, so its path identifies this test's processes in /proc.
    private func hangingWorkload() throws -> (path: String, marker: String) {
        let directory = try GILBenchBinary.temporaryDirectory(self)
        let path = directory.appendingPathComponent("hangs_after_reference.py").path
        try FileManager.default.copyItem(atPath: GILBenchBinary.fixture("hangs_after_reference"), toPath: path)
        return (path, directory.appendingPathComponent("marker").path)
    }

    /// Host and worker processes (`gilbench _host ...`) whose request mentions `text`.
    private func processes(mentioning text: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { $0.allSatisfy(\.isNumber) }.filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let commandLine = String(decoding: data, as: UTF8.self)
            return commandLine.contains("\0_host\0") && commandLine.contains(text)
        }
    }

    func testTimeoutKillsProcessWorkersToo() throws {
        let (path, marker) = try hangingWorkload()
        setenv("GILBENCH_TEST_MARKER", marker, 1)
        defer { unsetenv("GILBENCH_TEST_MARKER") }
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        // One Python: the fixture hangs in every call after the first, the default second build's reference run too.
        let python = try GILBenchBinary.python(minor: 13).version
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--python", python, "--workload", path, "--strategy", "processes",
                                                 "--workers", "2", "--repeat", "1", "--warmup", "0", "--timeout", "2"])
        XCTAssertEqual(invocation.exitCode, 1)
        let trials = try String(contentsOf: out.appendingPathComponent("trials.csv"), encoding: .utf8)
        XCTAssertTrue(trials.contains(",timeout,"), trials)
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(processes(mentioning: path), [], "worker processes outlived the timeout")
    }

    func testInterruptStopsTheRunKeepsResultsAndLeavesNoProcess() throws {
        let (path, marker) = try hangingWorkload()
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let process = Process()
        process.executableURL = GILBenchBinary.executable
        // One Python: the fixture hangs in every call after the first, the default second build's reference run too.
        let python = try GILBenchBinary.python(minor: 13).version
        process.arguments = ["run", "--out", out.path, "--python", python, "--workload", "\(GILBenchBinary.fixture("tiny")),\(path)",
                             "--strategy", "threads,processes", "--workers", "1,2", "--repeat", "1", "--warmup", "0", "--timeout", "60"]
        var environment = ProcessInfo.processInfo.environment
        environment["GILBENCH_TEST_MARKER"] = marker
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.removeValue(forKey: "PYTHONHOME")
        process.environment = environment
        process.currentDirectoryURL = GILBenchBinary.repositoryRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the hanging workload's trials are running (its processes exist), then interrupt.
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: marker) && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        // A trial's request names its repetition; the reference run's does not (on a loaded machine the reference
        // run's host can be seen well before the first hanging trial starts).
        while processes(mentioning: path).filter({ processes(mentioning: "\"repetition\"").contains($0) }).isEmpty && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 1.0)
        XCTAssertFalse(processes(mentioning: path).isEmpty, "the hanging trial never started")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGINT)
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(processes(mentioning: path), [], "a trial outlived the interrupted run")
        let trials = try String(contentsOf: out.appendingPathComponent("trials.csv"), encoding: .utf8)
        XCTAssertTrue(trials.contains("tiny,"), "trials measured before the interrupt are kept: \(trials)")
    }
}
