// SummarizerTests: speedup, efficiency and statuses per point.
import GILBenchCore
import XCTest

final class SummarizerTests: XCTestCase {
    func testSpeedupIsWorkersTimesBaselineOverMedian() throws {
        let records = [
            Fixtures.record(Fixtures.spec(strategy: .processes, workers: 1, repetition: 1), wall: 1.0),
            Fixtures.record(Fixtures.spec(strategy: .processes, workers: 1, repetition: 2), wall: 1.2),
            Fixtures.record(Fixtures.spec(strategy: .processes, workers: 1, repetition: 3), wall: 0.8),
            Fixtures.record(Fixtures.spec(strategy: .processes, workers: 2, repetition: 1), wall: 1.0),
            Fixtures.record(Fixtures.spec(strategy: .processes, workers: 2, repetition: 2), wall: 1.25),
            Fixtures.record(Fixtures.spec(strategy: .processes, workers: 2, repetition: 3), wall: 0.8),
        ]
        let rows = Summarizer.summarize(records)
        XCTAssertEqual(rows.map(\.workers), [1, 2])
        let two = rows[1]
        XCTAssertEqual(two.trials, 3)
        XCTAssertEqual(try XCTUnwrap(two.speedup), 2.0, accuracy: 1e-12)  // 2 x 1.0 / 1.0
        XCTAssertEqual(try XCTUnwrap(two.efficiency), 1.0, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(two.speedupMinimum), 2 * 1.0 / 1.25, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(two.speedupMaximum), 2 * 1.0 / 0.8, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rows[0].speedup), 1.0, accuracy: 1e-12)
    }

    func testWarmupsAreIgnored() throws {
        let records = [
            Fixtures.record(Fixtures.spec(workers: 1, warmup: true), wall: 100),
            Fixtures.record(Fixtures.spec(workers: 1), wall: 1),
        ]
        let row = try XCTUnwrap(Summarizer.summarize(records).first)
        XCTAssertEqual(row.trials, 1)
        XCTAssertEqual(row.wall?.median, 1)
    }

    func testSpeedupBaselineIsPerStrategyAndPython() throws {
        let records = [
            Fixtures.record(Fixtures.spec(python: "3.12.1", strategy: .threads, workers: 1), wall: 1),
            Fixtures.record(Fixtures.spec(python: "3.13.0", strategy: .threads, workers: 1), wall: 2),
            Fixtures.record(Fixtures.spec(python: "3.13.0", strategy: .threads, workers: 2), wall: 4),
        ]
        let row = try XCTUnwrap(Summarizer.summarize(records).first { $0.pythonVersion == "3.13.0" && $0.workers == 2 })
        XCTAssertEqual(try XCTUnwrap(row.speedup), 1.0, accuracy: 1e-12)
    }

    func testFailuresSetTheStatusAndAreNotAveraged() throws {
        let failed = TrialRecord.notRun(Fixtures.spec(workers: 1, repetition: 2), status: .crash, message: "killed by SIGSEGV")
        let records = [Fixtures.record(Fixtures.spec(workers: 1, repetition: 1), wall: 1), failed]
        let row = try XCTUnwrap(Summarizer.summarize(records).first)
        XCTAssertEqual(row.status, .crash)
        XCTAssertEqual(row.trials, 1)
        XCTAssertEqual(row.failedTrials, 1)
        XCTAssertTrue(row.message.contains("1 of 2 trials failed"), row.message)
        XCTAssertTrue(row.message.contains("SIGSEGV"))
    }

    func testUnsupportedPointHasNoNumbers() throws {
        let records = [TrialRecord.notRun(Fixtures.spec(python: "3.11.7", strategy: .subinterpreters), status: .unsupported, message: "needs 3.12+")]
        let row = try XCTUnwrap(Summarizer.summarize(records).first)
        XCTAssertEqual(row.status, .unsupported)
        XCTAssertNil(row.wall)
        XCTAssertNil(row.speedup)
        XCTAssertEqual(row.failedTrials, 0)
    }

    func testRowsAreOrderedByStrategyThenWorkers() {
        let records = [
            Fixtures.record(Fixtures.spec(strategy: .processes, workers: 2), wall: 1),
            Fixtures.record(Fixtures.spec(strategy: .threads, workers: 2), wall: 1),
            Fixtures.record(Fixtures.spec(strategy: .threads, workers: 1), wall: 1),
        ]
        let rows = Summarizer.summarize(records)
        XCTAssertEqual(rows.map(\.strategy), [.threads, .threads, .processes])
        XCTAssertEqual(rows.map(\.workers), [1, 2, 2])
    }

    func testWorkerSecondsAreEachWorkersOwnRunTime() throws {
        let spec = Fixtures.spec(strategy: .processes, workers: 2)
        let samples = [
            WorkerSample(index: 0, pid: 1, interpreterID: 0, startSeconds: 0.001, endSeconds: 0.201, checksum: "42", error: nil),
            WorkerSample(index: 1, pid: 2, interpreterID: 0, startSeconds: 0.002, endSeconds: 0.302, checksum: "42", error: nil),
        ]
        let record = TrialRecord(spec: spec, status: .ok, setupSeconds: 0.01, wallSeconds: 0.302, teardownSeconds: 0.001,
                                 checksumOK: true, message: "", workers: samples)
        let row = try XCTUnwrap(Summarizer.summarize([record]).first)
        XCTAssertEqual(try XCTUnwrap(row.workerSeconds?.median), 0.25, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(row.workerSeconds?.maximum), 0.3, accuracy: 1e-9)
        XCTAssertEqual(row.wall?.median, 0.302)
    }

    func testRowsFollowTheRunsOrderOfWorkloads() {
        let records = [
            Fixtures.record(Fixtures.spec(workload: "b"), wall: 1),
            Fixtures.record(Fixtures.spec(workload: "a"), wall: 1),
        ]
        XCTAssertEqual(Summarizer.summarize(records).map(\.workload), ["b", "a"])
        let options = Fixtures.options(workloads: ["a", "b"])
        XCTAssertEqual(Summarizer.summarize(records, order: options).map(\.workload), ["a", "b"])
    }
}
