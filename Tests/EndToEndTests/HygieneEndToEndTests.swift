// HygieneEndToEndTests: processes a workload starts and does not wait for (detached with setsid, idle or busy)
// are counted in their trial's row and killed before the next trial; SIGTERM and SIGINT leave nothing behind.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class HygieneEndToEndTests: XCTestCase {
    /// A workload in its own temporary folder whose every call starts a detached child running `childCode` with
    /// a unique marker in its command line (so tests running at once never see each other's processes); the
    /// marker is also in the folder's name, so the hosts' command lines (which name the workload) carry it too.
    private func detachingWorkload(childCode: String, callSleepSeconds: Double = 0, hangInTrials: Bool = false) throws -> (path: String, marker: String) {
        let marker = "gilbench-hygiene-\(UUID().uuidString)"
        let directory = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent(marker)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("detaches.py").path
        let source = """
        \"\"\"Starts a detached child in every call and never waits for it.\"\"\"
        import subprocess
        import sys
        import time

        import os

        SIZE = 1000


        def in_trial():
            # A trial's host is started with a request naming its repetition (a reference run's is not); a process
            # worker's parent is that host.
            for pid in ("self", str(os.getppid())):
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as handle:
                        if b'"repetition"' in handle.read():
                            return True
                except OSError:
                    pass
            return False


        def run(size):
            # The last argument is hostile: a command line is data wherever it is shown.
            subprocess.Popen([sys.executable, "-c", \(pythonString(childCode)), "\(marker)", "\\n\\x1b[31m|`x`\\"'"], start_new_session=True,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(\(callSleepSeconds))
            if \(hangInTrials ? "True" : "False") and in_trial():
                time.sleep(600)
            return sum(range(size))

        """
        try Data(source.utf8).write(to: URL(fileURLWithPath: path))
        return (path, marker)
    }

    private func pythonString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The command lines of live (non-zombie) processes that mention `marker`.
    private func processes(mentioning marker: String) -> [String] {
        ProcessTable.snapshot().filter { !$0.isZombie && $0.pid != getpid() }.compactMap { entry in
            guard let data = FileManager.default.contents(atPath: "/proc/\(entry.pid)/cmdline") else { return nil }
            let commandLine = String(decoding: data, as: UTF8.self)
            return commandLine.contains(marker) ? commandLine.replacingOccurrences(of: "\0", with: " ") : nil
        }
    }

    /// Runs the workload under the four strategies of the report (threads, subinterpreters, processes,
    /// thread-pool) and checks that nothing is left and that every row counted what its trial left.
    private func assertEveryLeftProcessIsCountedAndKilled(childCode: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (path, marker) = try detachingWorkload(childCode: childCode)
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--workload", path,
                                                 "--strategy", "threads,subinterpreters,processes,thread-pool",
                                                 "--workers", "1,2", "--repeat", "1", "--warmup", "0", "--timeout", "60"])
        XCTAssertEqual(processes(mentioning: marker), [], "processes outlived the run", file: file, line: line)
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError, file: file, line: line)
        let results = try ResultFolderReader.load(out)
        XCTAssertEqual(results.records.count, 8, file: file, line: line)
        for record in results.records {
            let name = "\(record.spec.strategy.rawValue) x\(record.spec.workers)"
            let left = try XCTUnwrap(record.leftProcesses, name, file: file, line: line)
            // Every call started one child (threads also warm up once in the host); none was waited for.
            XCTAssertGreaterThanOrEqual(left.count, record.spec.workers, name, file: file, line: line)
            XCTAssertTrue(left.firstCommandLine.contains(marker), "\(name): \(left.firstCommandLine)", file: file, line: line)
            XCTAssertTrue(left.firstCommandLine.hasSuffix(" \\x0a\\x1b[31m|`x`\"'"), "\(name): made printable: \(left.firstCommandLine)", file: file, line: line)
        }
        XCTAssertFalse((invocation.standardOutput + invocation.standardError).contains("\u{1B}"), "no escape sequence reaches the terminal", file: file, line: line)
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("**left-processes**") && !report.contains("|`x`"), "the report escapes the command line", file: file, line: line)
        XCTAssertTrue(results.summary.allSatisfy { $0.warnings.contains { $0.code == .leftProcesses } }, file: file, line: line)
        let trials = try ResultFolderReader.table(out.appendingPathComponent("trials.csv"), columns: TrialsCSVExporter.columns)
        XCTAssertTrue(trials.allSatisfy { Int($0["left_processes"] ?? "") ?? 0 > 0 }, file: file, line: line)
        XCTAssertTrue(invocation.standardOutput.contains("left-processes"), "the terminal table explains the warning", file: file, line: line)
    }

    func testDetachedSleepersAreCountedAndKilled() throws {
        try assertEveryLeftProcessIsCountedAndKilled(childCode: "import time; time.sleep(600)")
    }

    func testDetachedBusyLoopsAreCountedAndKilled() throws {
        try assertEveryLeftProcessIsCountedAndKilled(childCode: "while True: pass")
    }

    func testWhatATimedOutTrialLeftIsCountedAndKilled() throws {
        // The reference run returns; every trial's calls leave a detached sleeper and then hang until --timeout.
        let (path, marker) = try detachingWorkload(childCode: "import time; time.sleep(600)", hangInTrials: true)
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--workload", path, "--strategy", "threads,processes",
                                                 "--workers", "1", "--repeat", "1", "--warmup", "0", "--timeout", "3"])
        XCTAssertEqual(processes(mentioning: marker), [], "processes outlived the run")
        XCTAssertEqual(invocation.exitCode, 1, invocation.standardError)
        let results = try ResultFolderReader.load(out)
        XCTAssertEqual(results.records.map(\.status), [.timeout, .timeout])
        for record in results.records {
            let left = try XCTUnwrap(record.leftProcesses, record.spec.strategy.rawValue)
            XCTAssertEqual(left.count, 1, "the sleeper survived the group kill (setsid), the hung host did not count")
            XCTAssertTrue(left.firstCommandLine.contains(marker), left.firstCommandLine)
        }
    }

    /// Starts `gilbench run` with slow calls that each leave a detached sleeper, waits until some trials are on
    /// disk and one more is running, sends `signal`, and checks the exit status, the saved rows and /proc.
    private func assertSignalEndsTheRunCleanly(_ signal: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let (path, marker) = try detachingWorkload(childCode: "import time; time.sleep(600)", callSleepSeconds: 0.5)
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let process = try GILBenchBinary.launch(["run", "--out", out.path, "--workload", path, "--strategy", "threads,processes", "--workers", "1,2",
                                                 "--repeat", "20", "--warmup", "0", "--timeout", "60"]
                                                + (GILBenchBinary.pinnedPython.map { ["--python", $0] } ?? []))
        let trialsURL = out.appendingPathComponent("trials.csv")
        func savedRows() -> Int {
            guard let text = try? String(contentsOf: trialsURL, encoding: .utf8) else { return 0 }
            return max(0, CSVFormat.parse(text).count - 1)
        }
        let deadline = Date().addingTimeInterval(120)
        while savedRows() < 2 && Date() < deadline && process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        // Mid-trial: a host and the sleepers of its calls are running.
        while processes(mentioning: marker).isEmpty && Date() < deadline && process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertTrue(process.isRunning, "the run ended before the signal", file: file, line: line)
        XCTAssertFalse(processes(mentioning: marker).isEmpty, "no trial was running", file: file, line: line)
        let before = savedRows()
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, file: file, line: line)
        XCTAssertEqual(process.terminationStatus, 128 + signal, file: file, line: line)
        XCTAssertEqual(processes(mentioning: marker), [], "a process outlived the interrupted run", file: file, line: line)
        let results = try ResultFolderReader.load(out)
        XCTAssertGreaterThanOrEqual(results.records.count, before, "every row saved before the signal is kept", file: file, line: line)
        XCTAssertGreaterThanOrEqual(results.records.count, 2, file: file, line: line)
        XCTAssertTrue(results.records.allSatisfy { $0.status == .ok }, "the trial the signal cut short is not saved as a failure", file: file, line: line)
        XCTAssertTrue(results.records.allSatisfy { ($0.leftProcesses?.count ?? 0) > 0 }, file: file, line: line)
    }

    func testSIGTERMKillsEveryDescendantKeepsRowsAndExits143() throws {
        try assertSignalEndsTheRunCleanly(SIGTERM)
    }

    func testSIGINTKillsEveryDescendantKeepsRowsAndExits130() throws {
        try assertSignalEndsTheRunCleanly(SIGINT)
    }
}
