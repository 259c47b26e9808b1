// TrialJudgeTests: checksums and worker identities decide whether a measured trial counts.
import GILBenchCore
import XCTest

final class TrialJudgeTests: XCTestCase {
    private func judge(_ strategy: Strategy, _ samples: [WorkerSample], reference: String? = "42") -> TrialRecord {
        let spec = Fixtures.spec(strategy: strategy, workers: samples.count)
        let measurement = TrialMeasurement(setupSeconds: 0.01, wallSeconds: 0.2, teardownSeconds: 0.001, workers: samples)
        return TrialJudge.record(spec, outcome: .measured(measurement), referenceChecksum: reference)
    }

    func testMatchingChecksumsAndIdentitiesAreOK() {
        XCTAssertEqual(judge(.threads, Fixtures.samples([(10, 0), (10, 0)])).status, .ok)
        XCTAssertEqual(judge(.subinterpreters, Fixtures.samples([(10, 1), (10, 2)])).status, .ok)
        XCTAssertEqual(judge(.sharedSubinterpreters, Fixtures.samples([(10, 3), (10, 4)])).status, .ok)
        let processes = judge(.processes, Fixtures.samples([(10, 0), (11, 0)]))
        XCTAssertEqual(processes.status, .ok)
        XCTAssertEqual(processes.checksumOK, true)
        XCTAssertEqual(processes.wallSeconds, 0.2)
    }

    func testChecksumMismatchIsAnError() {
        let record = judge(.processes, Fixtures.samples([(10, 0), (11, 0)], checksum: "41"))
        XCTAssertEqual(record.status, .error)
        XCTAssertEqual(record.checksumOK, false)
        XCTAssertTrue(record.message.contains("checksum mismatch"), record.message)
        XCTAssertNil(record.wallSeconds, "a failed trial's time must not count")
    }

    func testAnUncheckedReferenceIsOKWithoutAChecksumVerdict() {
        let marker = "unchecked: a pyperf benchmark returns no result"
        let record = judge(.processes, Fixtures.samples([(10, 0), (11, 0)], checksum: marker), reference: marker)
        XCTAssertEqual(record.status, .ok)
        XCTAssertNil(record.checksumOK, "nothing was cross-checked")
        let odd = judge(.processes, Fixtures.samples([(10, 0), (11, 0)], checksum: "7"), reference: marker)
        XCTAssertEqual(odd.status, .error)
    }

    func testIdentityViolationsAreErrors() {
        XCTAssertEqual(judge(.threads, Fixtures.samples([(10, 0), (10, 1)])).status, .error)
        XCTAssertEqual(judge(.subinterpreters, Fixtures.samples([(10, 1), (10, 1)])).status, .error)
        XCTAssertEqual(judge(.subinterpreters, Fixtures.samples([(10, 0), (10, 1)])).status, .error, "the main interpreter is not a sub-interpreter")
        XCTAssertEqual(judge(.processes, Fixtures.samples([(10, 0), (10, 0)])).status, .error)
    }

    func testWorkerExceptionIsAnErrorNamingTheWorker() {
        var samples = Fixtures.samples([(10, 1), (10, 2)])
        samples[1] = WorkerSample(index: 1, pid: 10, interpreterID: 2, startSeconds: 0, endSeconds: 0, checksum: nil,
                                  error: "set-up: ImportError: module _curses does not support loading in subinterpreters")
        let record = judge(.subinterpreters, samples)
        XCTAssertEqual(record.status, .error)
        XCTAssertTrue(record.message.hasPrefix("worker 1: set-up: ImportError"), record.message)
    }

    func testFailedOutcomeKeepsStatusAndMessage() {
        let record = TrialJudge.record(Fixtures.spec(), outcome: .failed(.timeout, "killed after 5 s"), referenceChecksum: "42")
        XCTAssertEqual(record.status, .timeout)
        XCTAssertEqual(record.message, "killed after 5 s")
        XCTAssertNil(record.wallSeconds)
    }
}

final class TrialJudgeGILStateTests: XCTestCase {
    private func samples(_ states: [Bool?]) -> [WorkerSample] {
        states.enumerated().map { index, state in
            WorkerSample(index: index, pid: Int32(10 + index), interpreterID: 0, startSeconds: 0, endSeconds: 0.1,
                         checksum: "42", error: nil, gilEnabled: state)
        }
    }

    func testTheTrialRecordsWhetherAnyWorkerHadAGIL() {
        let spec = Fixtures.spec(strategy: .processes, workers: 2)
        let measured = { (states: [Bool?]) in
            TrialJudge.record(spec, outcome: .measured(TrialMeasurement(
                setupSeconds: 0.01, wallSeconds: 0.1, teardownSeconds: 0.01, workers: self.samples(states), hostWarmupSeconds: 0.2)),
                referenceChecksum: "42")
        }
        XCTAssertEqual(measured([false, false]).gilEnabled, false)
        XCTAssertEqual(measured([false, true]).gilEnabled, true, "one worker that re-enabled its GIL (an extension) counts")
        XCTAssertNil(measured([nil, nil]).gilEnabled)
        XCTAssertEqual(measured([false, false]).hostWarmupSeconds, 0.2)
        XCTAssertNil(TrialJudge.record(spec, outcome: .failed(.crash, "x"), referenceChecksum: "42").gilEnabled)
    }
}
