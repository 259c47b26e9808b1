// StabilityEndToEndTests: warnings on a microsecond workload, and --affinity pinning every worker.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class StabilityEndToEndTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> (Invocation, URL) {
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        return (try GILBenchBinary.run(["run", "--out", out.path] + arguments), out)
    }

    func testAMicrosecondWorkloadIsWarnedAndNoFindingRanksItUnqualified() throws {
        let (invocation, out) = try run(["--workload", GILBenchBinary.fixture("microsecond"), "--strategy", "threads,processes",
                                         "--workers", "1,2", "--repeat", "3", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let summary = try ResultFolderReader.table(out.appendingPathComponent("summary.csv"), columns: SummaryCSVExporter.columns)
        XCTAssertEqual(summary.count, 4)
        for row in summary { XCTAssertTrue(row["warnings"]!.contains("short-call: "), row["warnings"]!) }
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let findings = report.components(separatedBy: "## Findings\n\n")[1].components(separatedBy: "\n## ")[0]
        let rankings = findings.split(separator: "\n").filter { $0.contains("best") || $0.contains("tied") || $0.contains("ahead of") }
        XCTAssertFalse(rankings.isEmpty, findings)
        for line in rankings { XCTAssertTrue(line.contains("Provisional") && line.contains("short-call"), String(line)) }
        XCTAssertTrue(report.contains("## Stability\n"), report)
        XCTAssertTrue(invocation.standardOutput.contains("short-call ("), invocation.standardOutput)
    }

    func testAffinityPinsEveryWorkerSoTwoProcessesDoNotSpeedUp() throws {
        let cpuLog = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("cpu.log")
        setenv("GILBENCH_TEST_CPU_LOG", cpuLog.path, 1)
        defer { unsetenv("GILBENCH_TEST_CPU_LOG") }
        let (invocation, out) = try run(["--workload", GILBenchBinary.fixture("reports_affinity"), "--size", "1000000",
                                         "--strategy", "threads,processes", "--workers", "1,2", "--repeat", "3", "--warmup", "0",
                                         "--affinity", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let workers = try ResultFolderReader.table(out.appendingPathComponent("workers.csv"), columns: WorkersCSVExporter.columns)
        XCTAssertEqual(Set(workers.map { $0["checksum"]! }), ["[0]"], "every thread and worker process sees the mask")
        let summary = try ResultFolderReader.table(out.appendingPathComponent("summary.csv"), columns: SummaryCSVExporter.columns)
        let two = try XCTUnwrap(summary.first { $0["strategy"] == "processes" && $0["workers"] == "2" })
        // Load-proof: one CPU delivers at most one CPU-second per second, so the two pinned workers of a trial
        // together used no more CPU time than the span from the first start to the last end.
        var calls: [Int32: (start: Double, end: Double, cpu: Double)] = [:]
        for line in try String(contentsOf: cpuLog, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 4, let pid = Int32(fields[0]), let start = Double(fields[1]), let end = Double(fields[2]),
                  let cpu = Double(fields[3]) else { continue }
            calls[pid] = (start, end, cpu)
        }
        let pairs = Dictionary(grouping: workers.filter { $0["strategy"] == "processes" && $0["workers"] == "2" }) { $0["repetition"]! }
        XCTAssertEqual(pairs.count, 3)
        for (_, pair) in pairs {
            let measured = pair.compactMap { Int32($0["pid"]!).flatMap { calls[$0] } }
            XCTAssertEqual(measured.count, 2, "both workers logged their call")
            let span = measured.map(\.end).max()! - measured.map(\.start).min()!
            let cpu = measured.map(\.cpu).reduce(0, +)
            XCTAssertLessThanOrEqual(cpu, span * 1.1 + 0.01, "two workers pinned to CPU 0 used \(cpu) CPU seconds in \(span) s")
        }
        let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("metadata.json"))) as? [String: Any]
        let machine = try XCTUnwrap(metadata?["machine"] as? [String: Any])
        XCTAssertEqual(machine["affinity"] as? String, "0")
        XCTAssertEqual(machine["usable_cpus"] as? Int, 1)
        // On a busy machine the scheduler gives two tasks on CPU 0 two shares of it against the other processes
        // there, so their "speedup" grows with the load: only a quiet machine can show the pinning in timings.
        if two["warnings"]!.contains("high-load:") {
            throw XCTSkip("the machine was busy (\(two["warnings"]!)); the mask was checked, the timing cannot be")
        }
        XCTAssertLessThan(try XCTUnwrap(Double(two["speedup"]!)), 1.3, "two processes on one CPU cannot run in parallel")
    }

    func testAnAffinityOutsideTheMaskIsBadInput() throws {
        let invocation = try GILBenchBinary.run(["run", "--affinity", "\(CPUList.maximumCPU)", "--workload", "nbody"])
        XCTAssertEqual(invocation.exitCode, 64)
        XCTAssertTrue(invocation.standardError.contains("--affinity"), invocation.standardError)
        let garbled = try GILBenchBinary.run(["run", "--affinity", "zero"])
        XCTAssertEqual(garbled.exitCode, 64)
        XCTAssertTrue(garbled.standardError.contains("--affinity 'zero' is not a CPU list"), garbled.standardError)
    }
}

final class CalibrationEndToEndTests: XCTestCase {
    func testSizeAutoInTheFilePicksASizeThatReachesTheTargetAndRecordsIt() throws {
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--workload", GILBenchBinary.fixture("auto_size"),
                                                 "--min-call-seconds", "0.02", "--strategy", "threads", "--workers", "1",
                                                 "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("metadata.json"))) as? [String: Any]
        let reference = try XCTUnwrap((metadata?["references"] as? [[String: Any]])?.first)
        let calibration = try XCTUnwrap(reference["calibration"] as? [String: Any])
        let size = try XCTUnwrap(reference["size"] as? Int)
        XCTAssertEqual(calibration["size"] as? Int, size)
        XCTAssertGreaterThan(size, 1000)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(calibration["seconds"] as? Double), 0.02)
        XCTAssertEqual(calibration["minimum_seconds"] as? Double, 0.02)
        let trials = try ResultFolderReader.table(out.appendingPathComponent("trials.csv"), columns: TrialsCSVExporter.columns)
        XCTAssertEqual(trials.map { $0["size"]! }, [String(size)])
        XCTAssertEqual(trials.map { $0["status"]! }, ["ok"])
    }

    func testABadSizeIsBadInput() throws {
        let invocation = try GILBenchBinary.run(["run", "--size", "big"])
        XCTAssertEqual(invocation.exitCode, 64)
        XCTAssertTrue(invocation.standardError.contains("--size must be a whole number of 0 or more, or auto"), invocation.standardError)
    }
}

final class DoctorEndToEndTests: XCTestCase {
    func testDoctorPrintsEveryCheckAndExitsZero() throws {
        let invocation = try GILBenchBinary.run(["doctor"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        for name in ["CPUs", "frequency governor", "turbo / boost", "load", "busy processes", "swap", "timer"] {
            XCTAssertTrue(invocation.standardOutput.contains("  \(name) ") || invocation.standardOutput.contains(" \(name)  "), name)
        }
        XCTAssertTrue(invocation.standardOutput.contains("CLOCK_MONOTONIC resolution"), invocation.standardOutput)
    }
}
