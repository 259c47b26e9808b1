// BootstrapTests: percentile intervals are reproducible, cover clear truths and collapse for constant samples.
import GILBenchCore
import XCTest

final class BootstrapTests: XCTestCase {
    func testSameSeedSameInterval() {
        let base = TrialRecordFactory.around(1.0, spread: 0.05)
        let new = TrialRecordFactory.around(1.1, spread: 0.05)
        XCTAssertEqual(Bootstrap.ratioOfMedians(base: base, new: new, seed: 7), Bootstrap.ratioOfMedians(base: base, new: new, seed: 7))
    }

    func testIntervalContainsTheTrueRatioAndExcludesOneForSeparatedSamples() throws {
        let base = TrialRecordFactory.around(0.200, spread: 0.03, count: 9)
        let new = TrialRecordFactory.around(0.230, spread: 0.03, count: 9) // 15% slower
        let interval = try XCTUnwrap(Bootstrap.ratioOfMedians(base: base, new: new))
        XCTAssertTrue(interval.contains(1.15), "\(interval)")
        XCTAssertFalse(interval.contains(1.0), "\(interval)")
        XCTAssertEqual(interval.level, 0.95)
    }

    func testIdenticalSamplesGiveAnIntervalAroundOne() throws {
        let sample = TrialRecordFactory.around(0.5, spread: 0.1)
        let interval = try XCTUnwrap(Bootstrap.ratioOfMedians(base: sample, new: sample))
        XCTAssertTrue(interval.contains(1.0))
        XCTAssertLessThan(interval.lower, 1.0)
        XCTAssertGreaterThan(interval.upper, 1.0)
    }

    func testConstantSamplesGiveAPointInterval() throws {
        let interval = try XCTUnwrap(Bootstrap.ratioOfMedians(base: [2, 2, 2], new: [3, 3, 3]))
        XCTAssertEqual(interval.lower, 1.5)
        XCTAssertEqual(interval.upper, 1.5)
    }

    func testEmptyGroupHasNoInterval() {
        XCTAssertNil(Bootstrap.ratioOfMedians(base: [], new: [1]))
    }

    func testWiderLevelGivesAWiderInterval() throws {
        let base = TrialRecordFactory.around(1.0, spread: 0.2)
        let new = TrialRecordFactory.around(1.05, spread: 0.2)
        let narrow = try XCTUnwrap(Bootstrap.ratioOfMedians(base: base, new: new, level: 0.5))
        let wide = try XCTUnwrap(Bootstrap.ratioOfMedians(base: base, new: new, level: 0.99))
        XCTAssertGreaterThan(wide.width, narrow.width)
    }

    /// Resamples whose statistic is not a number are counted, not dropped silently; infinite ones keep their rank.
    func testNonFiniteResamplesAreCounted() throws {
        let result = Bootstrap.percentile(groups: [[0, 1, 2, 3]], resamples: 1000, seed: 3) { groups in
            let median = Bootstrap.median(groups[0])
            return median == 0 ? .nan : (median > 2.5 ? .infinity : median)
        }
        XCTAssertGreaterThan(result.nonFiniteResamples, 0)
        let interval = try XCTUnwrap(result.interval)
        XCTAssertEqual(interval.upper, .infinity)
    }
}
