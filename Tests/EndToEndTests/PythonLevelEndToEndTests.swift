// PythonLevelEndToEndTests: the Python-level strategies (thread-pool, process-pool, interpreter-pool) and
// workloads with input (make_input, --input-bytes) through the built binary against real Pythons.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class PythonLevelEndToEndTests: XCTestCase {
    private static let pythonLevel = ["thread-pool", "process-pool", "process-pool-forkserver", "process-pool-fork", "interpreter-pool"]

    private func run(_ arguments: [String]) throws -> (Invocation, URL) {
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        return (try GILBenchBinary.run(["run", "--out", out.path] + arguments), out)
    }

    private func rows(_ out: URL, _ name: String) throws -> [[String: String]] {
        try ResultFolderReader.table(out.appendingPathComponent(name), columns: [])
    }

    /// Every row of `workers` (ok trials) has both transfer columns, non-negative.
    private func assertTransfersPresent(_ workers: [[String: String]], file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertFalse(workers.isEmpty, file: file, line: line)
        for worker in workers {
            let transferIn = try XCTUnwrap(worker["transfer_in_seconds"].flatMap(Double.init), "\(worker)", file: file, line: line)
            let transferOut = try XCTUnwrap(worker["transfer_out_seconds"].flatMap(Double.init), "\(worker)", file: file, line: line)
            XCTAssertGreaterThanOrEqual(transferIn, 0, file: file, line: line)
            XCTAssertGreaterThanOrEqual(transferOut, 0, file: file, line: line)
        }
    }

    func testEveryPythonLevelStrategyOnAnInputFixtureMatchesTheReference() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let (invocation, out) = try run(["--python", python.version, "--workload", GILBenchBinary.fixture("with_input"),
                                         "--strategy", (Self.pythonLevel + ["threads"]).joined(separator: ","),
                                         "--workers", "1,2", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let trials = try rows(out, "trials.csv")
        XCTAssertEqual(trials.count, 6 * 2)
        for trial in trials {
            XCTAssertEqual(trial["status"], "ok", "\(trial)")
            XCTAssertEqual(trial["checksum_ok"], "true", "a run() that mutates its input changed another worker's result: \(trial)")
            let wall = try XCTUnwrap(trial["wall_seconds"].flatMap(Double.init))
            let compute = try XCTUnwrap(trial["compute_seconds"].flatMap(Double.init))
            XCTAssertLessThanOrEqual(compute, wall + 1e-9, "compute is a part of the end-to-end wall time")
        }
        let interpreterPool = trials.filter { $0["strategy"] == "interpreter-pool" }
        for trial in interpreterPool {
            XCTAssertTrue(trial["message"]!.contains("_interpreters"), "names the API that ran: \(trial["message"]!)")
        }
        for trial in trials where trial["strategy"]!.hasPrefix("process-pool") {
            XCTAssertTrue(trial["message"]!.contains("ProcessPoolExecutor"), trial["message"]!)
        }
        let workers = try rows(out, "workers.csv")
        try assertTransfersPresent(workers.filter { Self.pythonLevel.contains($0["strategy"]!) })
        // The sub-interpreters of interpreter-pool are not the main interpreter; process-pool workers are other processes.
        let hostPIDs = Set(workers.filter { $0["strategy"] == "thread-pool" }.map { $0["pid"]! })
        XCTAssertEqual(hostPIDs.count, 2, "one host process per trial")
        XCTAssertFalse(workers.filter { $0["strategy"] == "interpreter-pool" }.contains { $0["interpreter_id"] == "0" })
        XCTAssertTrue(workers.filter { $0["strategy"] == "process-pool" }.allSatisfy { !hostPIDs.contains($0["pid"]!) })
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertFalse(report.contains("## Python-level APIs vs the C API"), "folded into Fidelity")
        // Fidelity: every C-API strategy beside its twin, one trial a side (a ratio, no interval).
        XCTAssertTrue(report.contains("## Fidelity"), report)
        XCTAssertTrue(report.contains("### Python \(python.label): thread-pool / threads"), report)
        XCTAssertFalse(report.contains(" / processes\n"), "processes did not run: no pair to show")
        // Under the ratios: the API the twin ran, and what moving input and results cost it.
        XCTAssertTrue(report.contains("\nthread-pool ran concurrent.futures.ThreadPoolExecutor.\n"), report)
        XCTAssertTrue(report.contains("| thread-pool in / out ms | 1 worker | 2 workers |"), report)
    }

    func testBuiltInInputWorkloadSweepsPayloadSizes() throws {
        let python = try GILBenchBinary.python(minor: 12)
        let (invocation, out) = try run(["--python", python.version, "--workload", "numeric_buffer", "--input-bytes", "1K,4K",
                                         "--size", "1", "--strategy", "thread-pool,process-pool,interpreter-pool,subinterpreters",
                                         "--workers", "2", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let trials = try rows(out, "trials.csv")
        XCTAssertEqual(Set(trials.map { $0["workload"]! }), ["numeric_buffer@1K", "numeric_buffer@4K"])
        XCTAssertEqual(Set(trials.map { $0["status"]! }), ["ok"], "\(trials.map { $0["message"]! })")
        XCTAssertTrue(trials.filter { $0["strategy"] == "interpreter-pool" }.allSatisfy { $0["message"]!.contains("API: _xxsubinterpreters + _xxinterpchannels") })
        try assertTransfersPresent(try rows(out, "workers.csv").filter { $0["strategy"] != "subinterpreters" })
        let metadata = try String(contentsOf: out.appendingPathComponent("metadata.json"), encoding: .utf8)
        XCTAssertTrue(metadata.contains("\"input_bytes\" : 4096"), "the payload size is recorded with its workload")
        let payload = try rows(out, "payload.csv")
        XCTAssertEqual(Set(payload.map { $0["input_bytes"]! }), ["1024", "4096"], "a measured payload sweep gets payload.csv")
    }

    func testUnpicklableInputIsAnErrorRowForCopyingStrategiesOnly() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let (invocation, out) = try run(["--python", python.version, "--workload", GILBenchBinary.fixture("unpicklable_input"),
                                         "--strategy", "thread-pool,process-pool,interpreter-pool", "--workers", "1",
                                         "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 1, "error rows give exit 1 once the run is done: \(invocation.standardError)")
        let trials = try rows(out, "trials.csv")
        XCTAssertEqual(trials.first { $0["strategy"] == "thread-pool" }?["status"], "ok", "threads pass the object itself")
        for strategy in ["process-pool", "interpreter-pool"] {
            let trial = try XCTUnwrap(trials.first { $0["strategy"] == strategy })
            XCTAssertEqual(trial["status"], "error", strategy)
            XCTAssertTrue(trial["message"]!.contains("make_input's value cannot be pickled"), trial["message"]!)
            XCTAssertTrue(trial["message"]!.contains("lock"), "names the cause: \(trial["message"]!)")
        }
    }

    func testMakeInputThatRaisesGivesErrorRowsAndTheRunGoesOn() throws {
        let python = try GILBenchBinary.python(minor: 13)
        let (invocation, out) = try run(["--python", python.version, "--workload",
                                         GILBenchBinary.fixture("make_input_raises") + "," + GILBenchBinary.fixture("tiny"),
                                         "--strategy", "thread-pool,threads", "--workers", "1", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 1, "error rows give exit 1 once the run is done: \(invocation.standardError)")
        let trials = try rows(out, "trials.csv")
        let failing = trials.filter { $0["workload"] == "make_input_raises" }
        XCTAssertEqual(failing.count, 2)
        for trial in failing {
            XCTAssertEqual(trial["status"], "error")
            XCTAssertTrue(trial["message"]!.contains("make_input(10) raised ValueError: no input today"), trial["message"]!)
        }
        XCTAssertEqual(Set(trials.filter { $0["workload"] == "tiny" }.map { $0["status"]! }), ["ok"])
    }

    func testPython311GetsUnsupportedInterpreterPoolAndRunsThePools() throws {
        let python = try GILBenchBinary.python(minor: 11)
        let (invocation, out) = try run(["--python", python.version, "--workload", GILBenchBinary.fixture("with_input"),
                                         "--strategy", "thread-pool,process-pool,interpreter-pool", "--workers", "1,2",
                                         "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let trials = try rows(out, "trials.csv")
        let unsupported = trials.filter { $0["strategy"] == "interpreter-pool" }
        XCTAssertFalse(unsupported.isEmpty)
        for trial in unsupported {
            XCTAssertEqual(trial["status"], "unsupported")
            XCTAssertTrue(trial["message"]!.contains("InterpreterPoolExecutor"), trial["message"]!)
        }
        XCTAssertEqual(Set(trials.filter { $0["strategy"] != "interpreter-pool" }.map { $0["status"]! }), ["ok"])
        try assertTransfersPresent(try rows(out, "workers.csv"))
    }

    func testAnExceptionInsideAPoolInterpreterIsNamedPlainly() throws {
        for minor in [12, 13] {
            let python = try GILBenchBinary.python(minor: minor)
            let (invocation, out) = try run(["--python", python.version, "--workload", GILBenchBinary.fixture("raises_in_subinterpreter"),
                                             "--strategy", "interpreter-pool", "--workers", "1", "--repeat", "1", "--warmup", "0"])
            XCTAssertEqual(invocation.exitCode, 1, invocation.standardError)
            let trial = try XCTUnwrap(try rows(out, "trials.csv").first)
            XCTAssertEqual(trial["status"], "error")
            XCTAssertEqual(trial["message"], "worker 0: ValueError: raised inside a sub-interpreter", "Python \(python.version)")
        }
    }

    func testInputBytesWithoutASweepableWorkloadIsBadInput() throws {
        let invocation = try GILBenchBinary.run(["run", "--workload", GILBenchBinary.fixture("tiny"), "--input-bytes", "1K"])
        XCTAssertNotEqual(invocation.exitCode, 0)
        XCTAssertTrue(invocation.standardError.contains("INPUT_BYTES"), invocation.standardError)
        let bad = try GILBenchBinary.run(["run", "--workload", "numeric_buffer", "--input-bytes", "lots"])
        XCTAssertNotEqual(bad.exitCode, 0)
        XCTAssertTrue(bad.standardError.contains("--input-bytes 'lots'"), bad.standardError)
    }
}
