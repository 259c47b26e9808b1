// RunEndToEndTests: the built gilbench binary against real Pythons: files, statuses, identities, exit codes.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class RunEndToEndTests: XCTestCase {
    /// Runs gilbench into a fresh folder and loads what it wrote.
    private func run(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> (Invocation, URL) {
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path] + arguments)
        return (invocation, out)
    }

    private func table(_ url: URL, _ name: String) throws -> [[String: String]] {
        let columns = name == "trials.csv" ? TrialsCSVExporter.columns : name == "summary.csv" ? SummaryCSVExporter.columns : WorkersCSVExporter.columns
        return try ResultFolderReader.table(url.appendingPathComponent(name), columns: columns)
    }

    func testAllStrategiesOnANewPythonWriteEveryFile() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let (invocation, out) = try run(["--python", python.version, "--workload", GILBenchBinary.fixture("tiny"),
                                         "--workers", "1,2", "--repeat", "2", "--warmup", "1"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        for name in ["trials.csv", "summary.csv", "workers.csv", "metadata.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), name)
        }
        let trials = try table(out, "trials.csv")
        XCTAssertEqual(trials.count, 4 * 2 * 3, "4 strategies x 2 worker counts x (1 warm-up + 2 measured)")
        XCTAssertEqual(Set(trials.map { $0["status"]! }), ["ok"])
        XCTAssertEqual(Set(trials.map { $0["checksum_ok"]! }), ["true"])
        XCTAssertEqual(Set(trials.map { $0["python_version"]! }), [python.version])
        // The drift probe (format 3): its calls before the first trial, between trials and after the last.
        let calibration = try ResultFolderReader.table(out.appendingPathComponent("calibration.csv"), columns: CalibrationCSVExporter.columns)
        XCTAssertEqual(calibration.map { $0["probe"]! }, (1...CalibrationProbe.defaultCount).map(String.init))
        XCTAssertEqual(calibration.first?["after_trials"], "0")
        XCTAssertEqual(calibration.last?["after_trials"], String(trials.count))
        XCTAssertEqual(Set(calibration.map { $0["python_version"]! }), [python.version])
        XCTAssertTrue(calibration.allSatisfy { (Double($0["wall_seconds"]!) ?? 0) > 0 }, "\(calibration)")
        for trial in trials {
            let wall = try XCTUnwrap(Double(trial["wall_seconds"]!))
            let setup = try XCTUnwrap(Double(trial["setup_seconds"]!))
            XCTAssertGreaterThan(wall, 0)
            XCTAssertGreaterThan(setup, 0)
            XCTAssertNotNil(Double(trial["teardown_seconds"]!))
        }

        let summary = try table(out, "summary.csv")
        XCTAssertEqual(summary.count, 8)
        for row in summary where row["workers"] == "1" {
            XCTAssertEqual(row["speedup"], "1.0000")
        }
        XCTAssertEqual(Set(summary.map { $0["trials"]! }), ["2"], "warm-ups are not counted")

        // Identities: threads share interpreter 0 of one process; sub-interpreters are distinct in one process;
        // processes are distinct processes.
        let workers = try table(out, "workers.csv").filter { $0["warmup"] == "false" && $0["workers"] == "2" }
        for (strategy, group) in Dictionary(grouping: workers, by: { $0["strategy"]! }) {
            for (_, trial) in Dictionary(grouping: group, by: { $0["repetition"]! }) {
                let pids = Set(trial.map { $0["pid"]! })
                let ids = Set(trial.map { $0["interpreter_id"]! })
                switch strategy {
                case "threads": XCTAssertEqual(pids.count, 1); XCTAssertEqual(ids, ["0"])
                case "subinterpreters", "shared-subinterpreters":
                    XCTAssertEqual(pids.count, 1); XCTAssertEqual(ids.count, 2); XCTAssertFalse(ids.contains("0"))
                default: XCTAssertEqual(pids.count, 2, strategy)
                }
            }
        }

        let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("metadata.json"))) as? [String: Any]
        XCTAssertEqual(metadata?["format_version"] as? Int, GILBenchVersion.resultFormat)
        XCTAssertEqual(metadata?["clock"] as? String, "CLOCK_MONOTONIC")
        let machine = try XCTUnwrap(metadata?["machine"] as? [String: Any])
        XCTAssertEqual(machine["cpu_count"] as? Int, ProcessInfo.processInfo.activeProcessorCount)
        XCTAssertNotNil(machine["cpu_model"] as? String)
        XCTAssertNotNil(machine["load_average"] as? [Double])
        let references = try XCTUnwrap(metadata?["references"] as? [[String: Any]])
        XCTAssertEqual(references.first?["checksum"] as? String, "0x12f290ce72470")

        XCTAssertTrue(invocation.standardOutput.contains("subinterpreters"), invocation.standardOutput)
        XCTAssertTrue(invocation.standardOutput.contains(out.path), invocation.standardOutput)
    }

    func testOldPythonGetsUnsupportedOwnGILRowsAndTheRestRuns() throws {
        let old = try GILBenchBinary.python(minor: 11)
        let (invocation, out) = try run(["--python", old.version, "--workload", GILBenchBinary.fixture("tiny"),
                                         "--workers", "1,2", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, "unsupported is not a failure: \(invocation.standardError)")
        let summary = try table(out, "summary.csv")
        for row in summary {
            if row["strategy"] == "subinterpreters" {
                XCTAssertEqual(row["status"], "unsupported")
                XCTAssertTrue(row["message"]!.contains("3.12+"), row["message"]!)
            } else {
                XCTAssertEqual(row["status"], "ok", "\(row)")
            }
        }
    }

    func testSeveralPythonsInOneRunAreTaggedAndInterleaved() throws {
        let newer = try GILBenchBinary.python(minor: 13)
        let older = try GILBenchBinary.python(minor: 12)
        let (invocation, out) = try run(["--python", "\(older.version),\(newer.version)", "--workload", GILBenchBinary.fixture("tiny"),
                                         "--strategy", "threads,subinterpreters", "--workers", "1", "--repeat", "2", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let trials = try table(out, "trials.csv")
        XCTAssertEqual(Set(trials.map { $0["python_version"]! }), [older.version, newer.version])
        let order = trials.map { $0["python_version"]! }
        XCTAssertNotEqual(order.prefix(2).count, Set(order.prefix(2)).count - 1)
        XCTAssertEqual(Set(order.prefix(2)).count, 2, "Pythons alternate rather than run one after the other")
    }

    func testFailingWorkloadsAreRecordedAndTheRunGoesOn() throws {
        let (invocation, out) = try run([
            "--workload", ["tiny", "raises", "segfault", "hangs", "os_exit"].map(GILBenchBinary.fixture).joined(separator: ","),
            "--strategy", "threads,processes", "--workers", "1", "--repeat", "1", "--warmup", "0", "--timeout", "3",
        ])
        XCTAssertEqual(invocation.exitCode, 1, invocation.standardError)
        XCTAssertTrue(invocation.standardError.contains("some trials failed"), invocation.standardError)
        let summary = try table(out, "summary.csv")
        func rows(_ workload: String) -> [[String: String]] { summary.filter { $0["workload"] == workload } }
        XCTAssertEqual(Set(rows("tiny").map { $0["status"]! }), ["ok"])
        XCTAssertEqual(Set(rows("raises").map { $0["status"]! }), ["error"])
        XCTAssertTrue(rows("raises")[0]["message"]!.contains("ValueError: gilbench test: deliberate failure"))
        XCTAssertEqual(Set(rows("segfault").map { $0["status"]! }), ["crash"])
        XCTAssertTrue(rows("segfault")[0]["message"]!.contains("SIGSEGV"))
        XCTAssertEqual(Set(rows("hangs").map { $0["status"]! }), ["timeout"])
        XCTAssertEqual(Set(rows("os_exit").map { $0["status"]! }), ["crash"])
        XCTAssertTrue(rows("os_exit")[0]["message"]!.contains("exited with status 7"))
    }

    func testFailuresInsideTrialsAreClassified() throws {
        for (failure, status, phrase) in [("segfault", "crash", "SIGSEGV"), ("exit", "crash", "status 5"),
                                          ("hang", "timeout", "timeout"), ("raise", "error", "RuntimeError")] {
            setenv("GILBENCH_TEST_FAILURE", failure, 1)
            defer { unsetenv("GILBENCH_TEST_FAILURE") }
            // One Python (the default now takes both builds of the newest release): one row per point below.
            let (invocation, out) = try run(["--python", try GILBenchBinary.python(minor: 13).version,
                                             "--workload", GILBenchBinary.fixture("fails_in_workers"), "--strategy", "threads,processes",
                                             "--workers", "1,2", "--repeat", "2", "--warmup", "0", "--timeout", "3"])
            XCTAssertEqual(invocation.exitCode, 1, failure)
            let trials = try table(out, "trials.csv")
            let threads = trials.filter { $0["strategy"] == "threads" }
            XCTAssertEqual(threads.count, 2, "\(failure): one row per point, later repetitions skipped after a failure")
            XCTAssertEqual(Set(threads.map { $0["status"]! }), [status], failure)
            XCTAssertTrue(threads[0]["message"]!.contains(phrase), "\(failure): \(threads[0]["message"]!)")
            XCTAssertEqual(Set(trials.filter { $0["strategy"] == "processes" }.map { $0["status"]! }), ["ok"], failure)
        }
    }

    func testNondeterministicResultIsAChecksumError() throws {
        let (invocation, out) = try run(["--workload", GILBenchBinary.fixture("nondeterministic"), "--strategy", "processes",
                                         "--workers", "1", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 1)
        let trial = try XCTUnwrap(try table(out, "trials.csv").first)
        XCTAssertEqual(trial["status"], "error")
        XCTAssertEqual(trial["checksum_ok"], "false")
        XCTAssertTrue(trial["message"]!.contains("checksum mismatch"), trial["message"]!)
    }

    func testSinglePhaseExtensionRefusedByOwnGILIsAnErrorNamingTheModule() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let (invocation, out) = try run(["--python", python.version, "--workload", GILBenchBinary.fixture("single_phase"),
                                         "--strategy", "subinterpreters,shared-subinterpreters", "--workers", "1", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 1)
        let trials = try table(out, "trials.csv")
        let own = try XCTUnwrap(trials.first { $0["strategy"] == "subinterpreters" })
        XCTAssertEqual(own["status"], "error")
        XCTAssertTrue(own["message"]!.contains("ImportError") && own["message"]!.contains("_curses"), own["message"]!)
        XCTAssertEqual(trials.first { $0["strategy"] == "shared-subinterpreters" }?["status"], "ok")
    }
}
