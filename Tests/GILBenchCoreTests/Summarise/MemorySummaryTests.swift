// MemorySummaryTests: the per-worker arithmetic and the memory medians of summary rows.
@testable import GILBenchCore
import XCTest

final class MemorySummaryTests: XCTestCase {
    func testPerWorkerIsTheIncreaseOverTheBaselineDividedByWorkers() {
        XCTAssertEqual(MemorySummary.perWorker(totalBytes: 1_000, baselineBytes: 400, workers: 3), 200)
        XCTAssertEqual(MemorySummary.perWorker(totalBytes: 400, baselineBytes: 400, workers: 1), 0)
        XCTAssertNil(MemorySummary.perWorker(totalBytes: 1_000, baselineBytes: nil, workers: 2))
        XCTAssertNil(MemorySummary.perWorker(totalBytes: nil, baselineBytes: 400, workers: 2))
        XCTAssertNil(MemorySummary.perWorker(totalBytes: 1_000, baselineBytes: 400, workers: 0))
    }

    func testComparablePSSIsThePeakElseTheSetUpReading() {
        let setup = MemoryUsage(rssBytes: 30, pssBytes: 20, ussBytes: 10)
        XCTAssertEqual(MemorySummary.comparablePSS(TrialMemory(setup: setup, peakRSSBytes: 90, peakPSSBytes: 70, highWaterBytes: 95)), 70)
        XCTAssertEqual(MemorySummary.comparablePSS(TrialMemory(setup: setup, peakRSSBytes: nil, peakPSSBytes: nil, highWaterBytes: nil)), 20)
        XCTAssertNil(MemorySummary.comparablePSS(nil))
    }

    func testSummaryRowsGetMediansAndThePerWorkerShare() {
        let baseline = MemoryBaseline(pythonVersion: "3.13.0", pythonBuild: "default", strategy: .subinterpreters,
                                      memory: MemoryUsage(rssBytes: 300, pssBytes: 100, ussBytes: 80), samples: 3)
        func record(_ workers: Int, _ repetition: Int, peakPSS: Int) -> TrialRecord {
            TrialRecord(spec: Fixtures.spec(strategy: .subinterpreters, workers: workers, repetition: repetition), status: .ok, setupSeconds: 0.01,
                        wallSeconds: 1, teardownSeconds: 0.001, checksumOK: true, message: "", workers: [],
                        memory: TrialMemory(setup: MemoryUsage(rssBytes: 500, pssBytes: 150 + repetition, ussBytes: 120),
                                            peakRSSBytes: peakPSS + 200, peakPSSBytes: peakPSS, highWaterBytes: peakPSS + 250))
        }
        let records = [record(1, 1, peakPSS: 300), record(1, 2, peakPSS: 320), record(1, 3, peakPSS: 310),
                       record(2, 1, peakPSS: 500), record(2, 2, peakPSS: 520), record(2, 3, peakPSS: 900)]
        let rows = Summarizer.attachingMemory(Summarizer.summarize(records), records: records, baselines: [baseline])
        let one = rows.first { $0.workers == 1 }!.memory!
        let two = rows.first { $0.workers == 2 }!.memory!
        XCTAssertEqual(one.peakPSSBytes, 310)
        XCTAssertEqual(one.pssPerWorkerBytes, 210, "(median 310 - baseline 100) / 1")
        XCTAssertEqual(two.pssPerWorkerBytes, 210, "(median 520 - baseline 100) / 2")
        XCTAssertEqual(two.setupPSSBytes, 152)
        XCTAssertEqual(two.peakRSSBytes, 720)

        let withoutBaseline = Summarizer.attachingMemory(Summarizer.summarize(records), records: records, baselines: nil)
        XCTAssertNil(withoutBaseline[0].memory?.pssPerWorkerBytes)
        XCTAssertEqual(withoutBaseline[0].memory?.peakPSSBytes, 310, "medians do not need a baseline")
    }

    func testRecordsWithoutMemoryLeaveTheColumnsMissing() {
        let records = [TrialRecord(spec: Fixtures.spec(strategy: .threads, workers: 1, repetition: 1), status: .ok, setupSeconds: 0.01, wallSeconds: 1,
                                   teardownSeconds: 0.001, checksumOK: true, message: "", workers: [])]
        XCTAssertNil(Summarizer.attachingMemory(Summarizer.summarize(records), records: records, baselines: []).first?.memory)
    }
}
