// ABSampleSizeTests: ab's trials-a-side formula against hand-computed values, its floor and its monotonicity.
import Foundation
import GILBenchCore
import XCTest

final class ABSampleSizeTests: XCTestCase {
    /// n = ceil(pi/3 x 2 (z(0.95) + z(0.8))^2 s^2 / log(1.05)^2) at s = 0.05: z = 1.644854 + 0.841621 = 2.486475,
    /// 2 z^2 s^2 = 0.0309182, / 0.00238048 = 12.988, x 1.047198 = 13.601 -> 14.
    func testMatchesTheNormalApproximationWorkedByHand() {
        XCTAssertEqual(ABSampleSize.trialsPerSide(spread: 0.05, threshold: 0.05, power: 0.8, tests: 1), 14)
        // Four tests: z(1 - 0.0125) = 2.241403; (2.241403 + 0.841621)^2 = 9.505, x 2 x 0.0025 / 0.00238048 = 19.965,
        // x pi/3 = 20.907 -> 21.
        XCTAssertEqual(ABSampleSize.trialsPerSide(spread: 0.05, threshold: 0.05, power: 0.8, tests: 4), 21)
    }

    func testTheFloorIsWhereTheExactRankTestCanReachTheLevel() {
        // 2 / C(6, 3) = 0.1, 2 / C(8, 4) = 0.0286, 2 / C(10, 5) = 0.0079.
        XCTAssertEqual(ABSampleSize.rankTestFloor(alphaPerTest: 0.05), 4)
        XCTAssertEqual(ABSampleSize.rankTestFloor(alphaPerTest: 0.0125), 5)
        // No spread: only the floor is needed.
        XCTAssertEqual(ABSampleSize.trialsPerSide(spread: 0, threshold: 0.05, power: 0.8, tests: 4), 5)
    }

    func testMoreSpreadTestsOrPowerNeedMoreTrialsAndALargerThresholdFewer() {
        let base = ABSampleSize.trialsPerSide(spread: 0.08, threshold: 0.05, power: 0.8, tests: 2)
        XCTAssertGreaterThan(ABSampleSize.trialsPerSide(spread: 0.16, threshold: 0.05, power: 0.8, tests: 2), base)
        XCTAssertGreaterThan(ABSampleSize.trialsPerSide(spread: 0.08, threshold: 0.05, power: 0.8, tests: 20), base)
        XCTAssertGreaterThan(ABSampleSize.trialsPerSide(spread: 0.08, threshold: 0.05, power: 0.95, tests: 2), base)
        XCTAssertLessThan(ABSampleSize.trialsPerSide(spread: 0.08, threshold: 0.10, power: 0.8, tests: 2), base)
        // Doubling the spread about quadruples n (the floor aside).
        let doubled = ABSampleSize.trialsPerSide(spread: 0.16, threshold: 0.05, power: 0.8, tests: 2)
        XCTAssertEqual(Double(doubled) / Double(base), 4, accuracy: 0.3)
    }

    func testPooledSpreadRemovesEachSidesOwnMean() throws {
        // Each side: log times -1 and +1 around its own mean (0 and 5): the shift between sides adds nothing.
        let spread = try XCTUnwrap(ABSampleSize.pooledLogSpread([[exp(-1), exp(1)], [exp(4), exp(6)]]))
        // Squares 1+1+1+1 = 4 over 4 - 2 = 2 degrees of freedom: sd = sqrt(2).
        XCTAssertEqual(spread, 2.squareRoot(), accuracy: 1e-12)
        XCTAssertNil(ABSampleSize.pooledLogSpread([[1], [2]]))
    }

    /// The design's promise, checked by simulation: with the pilot's spread picking n, a true change of exactly the
    /// threshold is seen (one-sided z test on log times at alpha) in at least about 80% of runs, and an unchanged
    /// pair is flagged in at most about alpha of them (the pilot's look at the spread does not inflate the level).
    func testInternalPilotKeepsPowerAndLevelInSimulation() {
        var generator = SplitMix64(seed: 19)
        func normal() -> Double {
            let u1 = max(Double(generator.next() >> 11) / Double(1 << 53), 1e-300)
            let u2 = Double(generator.next() >> 11) / Double(1 << 53)
            return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        }
        let sigma = 0.06
        let threshold = 0.05
        var detected = 0
        var falseAlarms = 0
        let runs = 2000
        for run in 0..<runs {
            let shift = run % 2 == 0 ? log(1 + threshold) : 0
            var base = (0..<4).map { _ in sigma * normal() }
            var new = (0..<4).map { _ in shift + sigma * normal() }
            let spread = ABSampleSize.pooledLogSpread([base.map(exp), new.map(exp)]) ?? sigma
            let n = min(200, max(4, ABSampleSize.trialsPerSide(spread: spread, threshold: threshold, power: 0.8, tests: 1)))
            base += (4..<n).map { _ in sigma * normal() }
            new += (4..<n).map { _ in shift + sigma * normal() }
            let difference = new.reduce(0, +) / Double(n) - base.reduce(0, +) / Double(n)
            let pooled = ABSampleSize.pooledLogSpread([base.map(exp), new.map(exp)]) ?? sigma
            let z = difference / (pooled * (2 / Double(n)).squareRoot())
            let rejects = z > -StudentT.normalQuantile(0.05)
            if shift > 0 { detected += rejects ? 1 : 0 } else { falseAlarms += rejects ? 1 : 0 }
        }
        let power = Double(detected) / Double(runs / 2)
        let level = Double(falseAlarms) / Double(runs / 2)
        XCTAssertGreaterThan(power, 0.78, "power \(power)")
        XCTAssertLessThan(level, 0.065, "level \(level)")
    }
}
