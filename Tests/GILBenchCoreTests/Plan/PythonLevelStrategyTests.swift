// PythonLevelStrategyTests: names, support and counterparts of the Python-level strategies; how their trials
// are judged and summarised (note, compute span, transfer times).
import GILBenchCore
import XCTest

final class PythonLevelStrategyTests: XCTestCase {
    func testStartMethodSpellingsParse() throws {
        XCTAssertEqual(try Strategy.parse("process-pool"), .processPool)
        XCTAssertEqual(try Strategy.parse("process-pool:spawn"), .processPool)
        XCTAssertEqual(try Strategy.parse("process-pool:forkserver"), .processPoolForkserver)
        XCTAssertEqual(try Strategy.parse("process-pool-fork"), .processPoolFork)
        XCTAssertThrowsError(try Strategy.parse("process-pool:vfork"))
        XCTAssertEqual(Strategy.processPoolForkserver.processStartMethod, "forkserver")
        XCTAssertNil(Strategy.threads.processStartMethod)
    }

    func testDefaultRunIsTheFourCAPIStrategies() {
        XCTAssertEqual(Strategy.defaultStrategies, [.threads, .subinterpreters, .sharedSubinterpreters, .processes])
        XCTAssertTrue(Strategy.defaultStrategies.allSatisfy { $0.cAPICounterpart == nil })
        XCTAssertEqual(Strategy.threadPool.cAPICounterpart, .threads)
        XCTAssertEqual(Strategy.processPoolFork.cAPICounterpart, .processes)
        XCTAssertEqual(Strategy.interpreterPool.cAPICounterpart, .subinterpreters)
    }

    func testInterpreterPoolIsUnsupportedBefore312AndSaysWhy() throws {
        let reason = try XCTUnwrap(Strategy.interpreterPool.unsupportedReason(on: Fixtures.python("3.11.7")))
        XCTAssertTrue(reason.contains("InterpreterPoolExecutor") && reason.contains("3.11.7"), reason)
        XCTAssertNil(Strategy.interpreterPool.unsupportedReason(on: Fixtures.python("3.12.1")))
        XCTAssertNil(Strategy.threadPool.unsupportedReason(on: Fixtures.python("3.11.7")))
    }

    func testProcessPoolNeedsAnExecutable() throws {
        let base = Fixtures.python("3.13.0")
        let libraryOnly = PythonInstallation(
            version: base.version, versionDetail: base.versionDetail, executable: nil, library: base.library,
            home: base.home, freeThreaded: false, supportsOwnGIL: true, configureArguments: "")
        XCTAssertNotNil(Strategy.processPool.unsupportedReason(on: libraryOnly))
        XCTAssertNil(Strategy.processPool.unsupportedReason(on: base))
        XCTAssertNil(Strategy.threadPool.unsupportedReason(on: libraryOnly))
    }

    func testOKTrialCarriesTheNoteAndComputeSpan() {
        let samples = [
            WorkerSample(index: 0, pid: 5, interpreterID: 1, startSeconds: 0.01, endSeconds: 0.2, checksum: "42", error: nil,
                         transferInSeconds: 0.01, transferOutSeconds: 0.03),
            WorkerSample(index: 1, pid: 5, interpreterID: 2, startSeconds: 0.02, endSeconds: 0.21, checksum: "42", error: nil,
                         transferInSeconds: 0.02, transferOutSeconds: 0.01),
        ]
        let spec = Fixtures.spec(strategy: .interpreterPool, workers: 2)
        let measurement = TrialMeasurement(setupSeconds: 0.1, wallSeconds: 0.23, teardownSeconds: 0.01, workers: samples,
                                           computeSeconds: 0.21, note: "API: _interpreters + _interpchannels")
        let record = TrialJudge.record(spec, outcome: .measured(measurement), referenceChecksum: "42")
        XCTAssertEqual(record.status, .ok)
        XCTAssertEqual(record.message, "API: _interpreters + _interpchannels")
        XCTAssertEqual(record.wallSeconds, 0.23)
        XCTAssertEqual(record.computeSeconds, 0.21)

        let summary = Summarizer.summarize([record], order: Fixtures.options(strategies: [.interpreterPool], workers: [2]))
        XCTAssertEqual(summary.first?.message, "API: _interpreters + _interpchannels")
        XCTAssertEqual(summary.first?.compute?.median, 0.21)
        XCTAssertEqual(summary.first?.transferIn?.median ?? 0, 0.015, accuracy: 1e-12)
        XCTAssertEqual(summary.first?.transferOut?.median ?? 0, 0.02, accuracy: 1e-12)
    }

    func testInterpreterPoolInTheMainInterpreterIsAnError() {
        let spec = Fixtures.spec(strategy: .interpreterPool, workers: 2)
        let measurement = TrialMeasurement(setupSeconds: 0.1, wallSeconds: 0.2, teardownSeconds: 0.01,
                                           workers: Fixtures.samples([(5, 0), (5, 1)]))
        XCTAssertEqual(TrialJudge.record(spec, outcome: .measured(measurement), referenceChecksum: "42").status, .error)
    }

    func testC_APITrialWithoutComputeSpanUsesItsWallTime() {
        let spec = Fixtures.spec(strategy: .threads, workers: 1)
        let measurement = TrialMeasurement(setupSeconds: 0.1, wallSeconds: 0.2, teardownSeconds: 0.01,
                                           workers: Fixtures.samples([(5, 0)]))
        let record = TrialJudge.record(spec, outcome: .measured(measurement), referenceChecksum: "42")
        XCTAssertEqual(record.computeSeconds, 0.2)
        XCTAssertEqual(record.message, "")
    }
}
