// LockModelTests: the gil column follows the strategy and the GIL state in force, never "shared" without a GIL.
import GILBenchCore
import XCTest

final class LockModelTests: XCTestCase {
    func testGILBuildSharesOneGILForThreadsAndLegacySubinterpreters() {
        XCTAssertEqual(LockModel.of(strategy: .threads, freeThreaded: false, gilEnabledInTrials: nil), .shared)
        XCTAssertEqual(LockModel.of(strategy: .sharedSubinterpreters, freeThreaded: false, gilEnabledInTrials: nil), .shared)
        XCTAssertEqual(LockModel.of(strategy: .subinterpreters, freeThreaded: false, gilEnabledInTrials: nil), .perInterpreter)
        XCTAssertEqual(LockModel.of(strategy: .processes, freeThreaded: false, gilEnabledInTrials: nil), .perProcess)
    }

    func testFreeThreadedBuildWithoutGILHasNoLockForInProcessWorkers() {
        for gil in [nil, false] as [Bool?] {
            XCTAssertEqual(LockModel.of(strategy: .threads, freeThreaded: true, gilEnabledInTrials: gil), .none)
            XCTAssertEqual(LockModel.of(strategy: .sharedSubinterpreters, freeThreaded: true, gilEnabledInTrials: gil), .none)
            XCTAssertEqual(LockModel.of(strategy: .subinterpreters, freeThreaded: true, gilEnabledInTrials: gil), .perInterpreter)
            XCTAssertEqual(LockModel.of(strategy: .processes, freeThreaded: true, gilEnabledInTrials: gil), .perProcess)
        }
    }

    /// PYTHON_GIL=1 (or an extension) re-enables the GIL on a free-threaded build: what was in force wins.
    func testRecordedGILStateOverridesTheBuild() {
        XCTAssertEqual(LockModel.of(strategy: .threads, freeThreaded: true, gilEnabledInTrials: true), .shared)
        XCTAssertEqual(LockModel.of(strategy: .sharedSubinterpreters, freeThreaded: true, gilEnabledInTrials: true), .shared)
        XCTAssertEqual(LockModel.of(strategy: .threads, freeThreaded: false, gilEnabledInTrials: false), .none)
    }

    func testAgreedGILStateNeedsEveryTrialToAgree() {
        XCTAssertEqual(LockModel.agreedGILState([true, true]), true)
        XCTAssertEqual(LockModel.agreedGILState([false]), false)
        XCTAssertNil(LockModel.agreedGILState([]))
        XCTAssertNil(LockModel.agreedGILState([nil, nil]))
        XCTAssertNil(LockModel.agreedGILState([true, nil]))
        XCTAssertNil(LockModel.agreedGILState([false, true]))
    }

    func testColumnValuesAndParallelism() {
        XCTAssertEqual(LockModel.allCases.map(\.rawValue), ["shared", "per-interpreter", "per-process", "none"])
        XCTAssertEqual(LockModel.allCases.filter(\.runsInParallel), [.perInterpreter, .perProcess, .none])
        XCTAssertFalse(LockModel.none.phrase.contains("shared"))
    }

    func testSummaryRowsCarryTheLockModelOfTheirBuild() {
        let free = TrialRecordFactory.python("3.13.5", freeThreaded: true)
        let gil = TrialRecordFactory.python("3.13.5")
        let records = [free, gil].flatMap { python in
            Strategy.allCases.flatMap { TrialRecordFactory.records(python: python, strategy: $0, walls: [0.1, 0.1]) }
        }
        let models = Dictionary(uniqueKeysWithValues: Summarizer.summarize(records).map { ("\($0.pythonBuild) \($0.strategy.rawValue)", $0.lockModel) })
        XCTAssertEqual(models["default threads"], .shared)
        XCTAssertEqual(models["default shared-subinterpreters"], .shared)
        XCTAssertEqual(models["free-threaded threads"], LockModel.none)
        XCTAssertEqual(models["free-threaded shared-subinterpreters"], LockModel.none)
        XCTAssertEqual(models["free-threaded subinterpreters"], .perInterpreter)
        XCTAssertEqual(models["free-threaded processes"], .perProcess)
    }
}
