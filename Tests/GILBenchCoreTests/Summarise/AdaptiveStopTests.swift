// AdaptiveStopTests: --until-ci stops calm points at once, keeps noisy ones going to --max-repeat, and says why.
import GILBenchCore
import XCTest

final class AdaptiveStopTests: XCTestCase {
    func testCalmPointsReachTheTargetNoisyOnesDoNot() {
        let calm = TrialRecordFactory.records(walls: [0.300, 0.301, 0.299, 0.300, 0.302])
        XCTAssertEqual(AdaptiveStop.reason(calm, targetFraction: 0.05, maximumRepeat: 20), .intervalReached)
        let noisy = TrialRecordFactory.records(walls: [0.2, 0.4, 0.3, 0.5, 0.25])
        XCTAssertNil(AdaptiveStop.reason(noisy, targetFraction: 0.05, maximumRepeat: 20), "needs another round")
        XCTAssertEqual(AdaptiveStop.reason(noisy, targetFraction: 0.05, maximumRepeat: 5), .maximumRepeat)
        XCTAssertNil(AdaptiveStop.reason(TrialRecordFactory.records(walls: [0.3, 0.3]), targetFraction: 0.05, maximumRepeat: 20),
                     "two trials are too few to judge an interval")
        XCTAssertEqual(AdaptiveStop.reason(TrialRecordFactory.records(walls: [0.3], status: .crash), targetFraction: 0.05, maximumRepeat: 20), .failed)
        XCTAssertLessThan(AdaptiveStop.relativeWidth([0.300, 0.301, 0.299]) ?? 1, 0.01)
    }

    func testTheRunnerAddsRoundsOnlyWhereNeededAndTheSummarySaysWhy() throws {
        var options = Fixtures.options(strategies: [.threads, .processes], workers: [1], repeat: 3, warmup: 0)
        options.untilCiPercent = 5
        options.maximumRepeat = 8
        var calls: [Strategy: Int] = [:]
        let executor = ScriptedExecutor { spec in
            calls[spec.strategy, default: 0] += 1
            let n = calls[spec.strategy]!
            // threads: identical walls; processes: alternating 0.1 / 0.3 s, never precise.
            let wall = spec.strategy == .threads ? 0.1 : (n % 2 == 0 ? 0.1 : 0.3)
            return .measured(TrialMeasurement(setupSeconds: 0.01, wallSeconds: wall, teardownSeconds: 0.001,
                                              workers: Fixtures.samples([(pid: Int32(n), interpreter: 0)])))
        }
        let runner = BenchmarkRunner(options: options, executor: executor)
        let (sizes, references) = try runner.runReferences()
        let records = runner.runUntilPrecise(plan: RunPlan(options: options, sizes: sizes), references: references, observer: nil)
        XCTAssertEqual(calls[.threads], 3, "precise after the planned rounds")
        XCTAssertEqual(calls[.processes], 8, "rounds added up to --max-repeat")
        XCTAssertEqual(records.filter { $0.spec.strategy == .processes }.map(\.spec.repetition), Array(1...8))
        let summary = AdaptiveStop.annotate(Summarizer.summarize(records, order: options), records: records, options: options)
        XCTAssertEqual(summary.first { $0.strategy == .threads }?.stopReason, .intervalReached)
        XCTAssertEqual(summary.first { $0.strategy == .processes }?.stopReason, .maximumRepeat)
        let plain = Fixtures.options(strategies: [.threads, .processes], workers: [1], repeat: 3, warmup: 0)
        let unadaptive = AdaptiveStop.annotate(Summarizer.summarize(records, order: plain), records: records, options: plain)
        XCTAssertTrue(unadaptive.allSatisfy { $0.stopReason == nil }, "without --until-ci no stop reason is recorded")
    }
}
