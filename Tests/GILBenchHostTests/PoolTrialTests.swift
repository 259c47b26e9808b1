// PoolTrialTests: how the pool driver's JSON becomes a trial's measurement (timing arithmetic, failed workers).
import GILBenchCore
@testable import GILBenchHost
import XCTest

final class PoolTrialTests: XCTestCase {
    private func measurement(_ json: String, file: StaticString = #filePath, line: UInt = #line) throws -> TrialMeasurement {
        guard case let .trial(measurement) = PoolTrial.report(fromDriverJSON: json) else {
            XCTFail("not a trial: \(PoolTrial.report(fromDriverJSON: json))", file: file, line: line)
            throw XCTSkip("no measurement")
        }
        return measurement
    }

    func testWallRunsToTheLastResultBackAndComputeToTheLastReturn() throws {
        let json = """
        {"api": "concurrent.futures.ThreadPoolExecutor", "setup": 0.5, "teardown": 0.25, "workers": [
          {"pid": 11, "interpreter_id": 0, "in": 0.01, "end": 1.0, "back": 1.5, "checksum": "42"},
          {"pid": 12, "interpreter_id": 0, "in": 0.02, "end": 2.0, "back": 2.25, "checksum": "42"}]}
        """
        let m = try measurement(json)
        XCTAssertEqual(m.setupSeconds, 0.5)
        XCTAssertEqual(m.teardownSeconds, 0.25)
        XCTAssertEqual(m.wallSeconds, 2.25)
        XCTAssertEqual(m.computeSeconds, 2.0)
        XCTAssertEqual(m.note, "API: concurrent.futures.ThreadPoolExecutor")
        XCTAssertEqual(m.workers.map(\.index), [0, 1])
        XCTAssertEqual(m.workers.map(\.pid), [11, 12])
        XCTAssertEqual(m.workers[0].startSeconds, 0.01)
        XCTAssertEqual(m.workers[1].endSeconds, 2.0)
        XCTAssertEqual(m.workers[0].transferInSeconds, 0.01)
        XCTAssertEqual(m.workers[0].transferOutSeconds, 0.5)
        XCTAssertEqual(m.workers[1].transferOutSeconds, 0.25)
        XCTAssertEqual(m.workers.map(\.checksum), ["42", "42"])
    }

    /// A worker that raised keeps its error, gets no times, checksum or transfers, and moves neither clock.
    func testAFailedWorkerKeepsItsErrorAndTakesNoPartInTheClocks() throws {
        let json = """
        {"setup": 0.1, "teardown": 0.1, "workers": [
          {"pid": 1, "in": 0.0, "end": 1.0, "back": 1.1, "checksum": "7"},
          {"pid": 2, "in": 0.0, "end": 9.0, "back": 9.5, "checksum": "7", "error": "ValueError: boom"}]}
        """
        let m = try measurement(json)
        XCTAssertEqual(m.wallSeconds, 1.1)
        XCTAssertEqual(m.computeSeconds, 1.0)
        XCTAssertNil(m.note)
        let failed = m.workers[1]
        XCTAssertEqual(failed.error, "ValueError: boom")
        XCTAssertNil(failed.checksum)
        XCTAssertEqual(failed.startSeconds, 0)
        XCTAssertEqual(failed.endSeconds, 0)
        XCTAssertNil(failed.transferInSeconds)
        XCTAssertNil(failed.transferOutSeconds)
    }

    /// Missing fields: no `back` means no transfer out; a negative teardown (clock order) is clamped to 0;
    /// a missing pid or interpreter is 0 / -1; a negative `in` gives no negative transfer.
    func testMissingFieldsAndNegativeValuesAreClamped() throws {
        let json = """
        {"setup": 0.2, "teardown": -0.001, "workers": [{"in": -0.002, "end": 0.5, "checksum": "1"}]}
        """
        let m = try measurement(json)
        XCTAssertEqual(m.teardownSeconds, 0)
        XCTAssertEqual(m.wallSeconds, 0, "no result came back")
        XCTAssertEqual(m.computeSeconds, 0.5)
        XCTAssertEqual(m.workers[0].pid, 0)
        XCTAssertEqual(m.workers[0].interpreterID, -1)
        XCTAssertEqual(m.workers[0].transferInSeconds, 0)
        XCTAssertEqual(m.workers[0].transferOutSeconds, 0)
    }

    func testEveryWorkerFailedGivesZeroClocks() throws {
        let m = try measurement("""
        {"setup": 0.2, "teardown": 0.1, "workers": [{"error": "a"}, {"error": "b"}]}
        """)
        XCTAssertEqual(m.wallSeconds, 0)
        XCTAssertEqual(m.computeSeconds, 0)
        XCTAssertEqual(m.workers.compactMap(\.error), ["a", "b"])
    }

    func testUnreadableReportIsAnError() {
        for json in ["", "not json", "{}", "{\"setup\": \"x\", \"teardown\": 0, \"workers\": []}"] {
            XCTAssertEqual(PoolTrial.report(fromDriverJSON: json),
                           .failed(status: .error, message: "the pool driver returned no readable report"), json)
        }
    }

    func testCommonArgumentsEncodeThePathAndTheInput() {
        let plain = HostTestFixtures.spec(strategy: .threadPool, workers: 4, size: 300)
        XCTAssertEqual(PoolTrial.commonArguments(plain), "path=\"/w/nbody.py\", size=300, workers=4, input_bytes=None")
        let swept = HostTestFixtures.spec(strategy: .processPool, workers: 1,
                                          workload: HostTestFixtures.workload(path: "/w/q\"uote.py", inputBytes: 1 << 20))
        XCTAssertEqual(PoolTrial.commonArguments(swept),
                       "path=\"/w/q\\\"uote.py\", size=100, workers=1, input_bytes=1048576")
    }

    func testNoRuntimeIsAnErrorBeforeAnythingIsWritten() {
        let trial = PoolTrial { _ in XCTFail("the call must not be built without a runtime"); return "" }
        XCTAssertEqual(trial.run(HostTestFixtures.spec(strategy: .threadPool), runtime: nil),
                       .failed(status: .error, message: "no Python runtime in the host"))
    }
}
