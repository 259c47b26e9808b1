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

    /// A private, empty temporary directory for one gilbench invocation (its `TMPDIR`), so that what it leaves
    /// there is its own and no parallel test's.
    private func privateTemporaryDirectory() throws -> URL {
        let url = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("tmp", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Everything under `directory`, relative paths (waits up to `seconds` for it to empty: after a signal, the
    /// private folders are removed by an `rm` gilbench starts and does not wait for).
    private func leftovers(in directory: URL, waitingSeconds seconds: Double = 0) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let found = FileManager.default.subpaths(atPath: directory.path)?.sorted() ?? []
            if found.isEmpty || Date() >= deadline { return found }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// A Python-level trial killed for its timeout: the host's pool module folder (`gilbench-pool-*`) and its log
    /// are not left in the temporary directory (the log is kept in the result folder's logs/).
    func testAHostKilledByTheTimeoutLeavesNothingInTheTemporaryDirectory() throws {
        let (path, marker) = try hangingWorkload()
        let temporary = try privateTemporaryDirectory()
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let python = try GILBenchBinary.python(minor: 13).version
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--python", python, "--workload", path, "--strategy", "thread-pool",
                                                 "--workers", "1", "--repeat", "1", "--warmup", "0", "--timeout", "3"],
                                                extraEnvironment: ["GILBENCH_TEST_MARKER": marker, "TMPDIR": temporary.path])
        XCTAssertEqual(invocation.exitCode, 1, invocation.standardError)
        let trials = try String(contentsOf: out.appendingPathComponent("trials.csv"), encoding: .utf8)
        XCTAssertTrue(trials.contains(",timeout,"), trials)
        XCTAssertEqual(leftovers(in: temporary), [], "a killed host left files in the temporary directory")
    }

    /// SIGTERM while a Python-level host is mid-trial (its `gilbench-pool-*` folder exists): nothing of the run
    /// stays in the temporary directory, neither that folder nor a host log.
    func testATermSignalMidPoolTrialLeavesNothingInTheTemporaryDirectory() throws {
        let (path, marker) = try hangingWorkload()
        let temporary = try privateTemporaryDirectory()
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let python = try GILBenchBinary.python(minor: 13).version
        let process = try GILBenchBinary.launch(["run", "--out", out.path, "--python", python, "--workload", path, "--strategy", "thread-pool",
                                                 "--workers", "1", "--repeat", "1", "--warmup", "0", "--timeout", "60"],
                                                setting: ["GILBENCH_TEST_MARKER": marker, "TMPDIR": temporary.path])
        let deadline = Date().addingTimeInterval(60)
        func poolFolders() -> [String] { leftovers(in: temporary).filter { $0.split(separator: "/").last?.hasPrefix("gilbench-pool-") == true } }
        while (poolFolders().isEmpty || !FileManager.default.fileExists(atPath: marker)) && Date() < deadline && process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertFalse(poolFolders().isEmpty, "no pool trial was running: \(leftovers(in: temporary))")
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM)
        XCTAssertEqual(leftovers(in: temporary, waitingSeconds: 5), [], "the interrupted run left files in the temporary directory")
        XCTAssertEqual(processes(mentioning: path), [], "a trial outlived the interrupted run")
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
        // One Python: the fixture hangs in every call after the first, the default second build's reference run too.
        let python = try GILBenchBinary.python(minor: 13).version
        let temporary = try privateTemporaryDirectory()
        let process = try GILBenchBinary.launch(["run", "--out", out.path, "--python", python, "--workload", "\(GILBenchBinary.fixture("tiny")),\(path)",
                                                 "--strategy", "threads,processes", "--workers", "1,2", "--repeat", "1", "--warmup", "0", "--timeout", "60"],
                                                setting: ["GILBENCH_TEST_MARKER": marker, "TMPDIR": temporary.path])
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
        XCTAssertEqual(leftovers(in: temporary, waitingSeconds: 5), [], "no host log or private folder is left in the temporary directory")
    }
}
