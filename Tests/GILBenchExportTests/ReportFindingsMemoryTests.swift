// ReportFindingsMemoryTests: the findings state per-worker memory next to speedup, and say nothing without memory.
import GILBenchCore
@testable import GILBenchExport
import XCTest

final class ReportFindingsMemoryTests: XCTestCase {
    private func row(_ strategy: Strategy, speedup: Double, mebibytes: Double?) -> SummaryRow {
        var row = SummaryRow(pythonVersion: "3.13.0", pythonBuild: "default", workload: "nbody", size: 1, strategy: strategy, workers: 2,
                             trials: 3, failedTrials: 0, wall: nil, speedup: speedup, speedupMinimum: nil, speedupMaximum: nil,
                             efficiency: speedup / 2, setup: nil, teardown: nil, status: .ok, message: "")
        row.memory = mebibytes.map {
            MemorySummary(setupRSSBytes: nil, setupPSSBytes: nil, setupUSSBytes: nil, peakRSSBytes: nil, peakPSSBytes: nil,
                          pssPerWorkerBytes: $0 * 1_048_576)
        }
        return row
    }

    func testOneClausePerStrategyWithSpeedupAndMemory() throws {
        let summary = [row(.processes, speedup: 1.96, mebibytes: 9.8), row(.subinterpreters, speedup: 1.88, mebibytes: 2.4)]
        let sentence = try XCTUnwrap(ReportFindings.memorySentence(summary, version: "3.13.0", build: "default", label: "3.13.0", focus: 2, workloads: ["nbody"]))
        XCTAssertTrue(sentence.contains("subinterpreters 1.88×, 2.4 MiB"), sentence)
        XCTAssertTrue(sentence.contains("processes 1.96×, 9.8 MiB"), sentence)
        XCTAssertTrue(sentence.contains("at 2 workers (Python 3.13.0, workload nbody)"), sentence)
    }

    func testNoMemoryNoSentence() {
        XCTAssertNil(ReportFindings.memorySentence([row(.threads, speedup: 1, mebibytes: nil)], version: "3.13.0", build: "default",
                                                   label: "3.13.0", focus: 2, workloads: ["nbody"]))
    }
}
