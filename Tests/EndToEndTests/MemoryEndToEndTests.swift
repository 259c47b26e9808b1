// MemoryEndToEndTests: per-worker memory of a known allocation, --memory-limit rows, and gilbench soak.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults
import XCTest

final class MemoryEndToEndTests: XCTestCase {
    private func requireProc() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/smaps_rollup") else { throw XCTSkip("no /proc/PID/smaps_rollup here") }
    }

    /// A workload holding 200 MiB per worker costs 200 MiB of PSS per worker, within 10%, under every strategy.
    func testPerWorkerPSSMatchesAKnownAllocationForEveryStrategy() throws {
        try requireProc()
        let python = try GILBenchBinary.python(minor: 13)
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--python", python.version, "--workload", GILBenchBinary.fixture("allocates"),
                                                 "--size", "200", "--workers", "1,2", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let results = try ResultFolderReader.load(out)
        let baselines = try XCTUnwrap(results.metadata.memoryBaselines)
        XCTAssertEqual(Set(baselines.map(\.strategy)), Set(Strategy.defaultStrategies))
        let expected = Double(200 << 20)
        XCTAssertEqual(results.summary.count, 8)
        for row in results.summary {
            let memory = try XCTUnwrap(row.memory, "\(row.strategy) x\(row.workers)")
            let perWorker = try XCTUnwrap(memory.pssPerWorkerBytes, "\(row.strategy) x\(row.workers)")
            XCTAssertEqual(perWorker, expected, accuracy: expected * 0.10, "\(row.strategy) x\(row.workers): \(perWorker / 1_048_576) MiB")
            XCTAssertGreaterThanOrEqual(try XCTUnwrap(memory.peakRSSBytes), try XCTUnwrap(memory.peakPSSBytes))
        }
        for record in results.records {
            let memory = try XCTUnwrap(record.memory)
            let setup = try XCTUnwrap(memory.setup)
            XCTAssertLessThan(setup.pssBytes, 200 << 20, "set-up comes before run() allocates")
            let highWater = try XCTUnwrap(memory.highWaterBytes)
            XCTAssertGreaterThanOrEqual(highWater, try XCTUnwrap(memory.peakRSSBytes))
            if record.spec.strategy != .processes {
                XCTAssertGreaterThanOrEqual(highWater, Int(expected) * record.spec.workers, "one process: its ru_maxrss holds every block")
            }
        }
        let header = try XCTUnwrap(String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8).split(separator: "\n").first)
        XCTAssertTrue(header.hasSuffix("pss_per_worker_bytes"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("plots/memory-allocates-py\(python.label).gp").path))
    }

    /// Over --memory-limit: an error row that says so; the rest of the run goes on.
    func testMemoryLimitGivesADocumentedRowAndTheRunGoesOn() throws {
        try requireProc()
        let python = try GILBenchBinary.python(minor: 13)
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("run")
        let invocation = try GILBenchBinary.run(["run", "--out", out.path, "--python", python.version, "--strategy", "threads,processes",
                                                 "--workload", GILBenchBinary.fixture("allocates") + "," + GILBenchBinary.fixture("tiny"),
                                                 "--size", "1500", "--memory-limit", "1G", "--workers", "1", "--repeat", "1", "--warmup", "0"])
        XCTAssertEqual(invocation.exitCode, 1, "a failed trial exits 1: \(invocation.standardError)")
        let trials = try ResultFolderReader.table(out.appendingPathComponent("trials.csv"), columns: TrialsCSVExporter.columns)
        let allocating = trials.filter { $0["workload"] == "allocates" }
        XCTAssertEqual(allocating.count, 2)
        for row in allocating {
            XCTAssertEqual(row["status"], "error", "\(row)")
            XCTAssertTrue(row["message"]!.hasPrefix("ran out of the --memory-limit of 1073741824 bytes"), row["message"]!)
            XCTAssertTrue(row["message"]!.contains("MemoryError"), row["message"]!)
        }
        let tiny = trials.filter { $0["workload"] == "tiny" }
        XCTAssertEqual(tiny.map { $0["status"]! }, ["ok", "ok"], "the run goes on under the same limit")
    }

    /// soak writes its CSV and chart and prints a slope with an interval for each measure.
    func testSoakWritesItsCSVChartAndSlopes() throws {
        try requireProc()
        let python = try GILBenchBinary.python(minor: 13)
        let out = try GILBenchBinary.temporaryDirectory(self).appendingPathComponent("soak")
        let invocation = try GILBenchBinary.run(["soak", "--out", out.path, "--python", python.version, "--strategy", "shared-subinterpreters",
                                                 "--workload", GILBenchBinary.fixture("tiny"), "--size", "100", "--cycles", "24",
                                                 "--sample-every", "2", "--warmup-cycles", "4"])
        XCTAssertEqual(invocation.exitCode, 0, invocation.standardError)
        let rows = try ResultFolderReader.table(out.appendingPathComponent("soak.csv"), columns: SoakReport.columns)
        XCTAssertEqual(rows.map { Int($0["cycle"]!)! }, Array(stride(from: 0, through: 24, by: 2)))
        XCTAssertEqual(rows.filter { $0["fitted"] == "true" }.count, 11, "cycles 4..24")
        for row in rows { XCTAssertGreaterThan(Int(row["rss_bytes"]!)!, 0) }
        for name in ["soak.gp", "soak.png", "soak.svg"] where name == "soak.gp" || Gnuplot.locate() != nil {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), name)
        }
        for measure in ["RSS", "PSS", "USS"] {
            XCTAssertTrue(invocation.standardOutput.contains("\(measure) ") && invocation.standardOutput.contains("95% CI"), invocation.standardOutput)
        }
    }

    func testSoakRefusesProcesses() throws {
        let invocation = try GILBenchBinary.run(["soak", "--strategy", "processes", "--cycles", "3"])
        XCTAssertEqual(invocation.exitCode, 64)
        XCTAssertTrue(invocation.standardError.contains("--strategy"), invocation.standardError)
    }
}
