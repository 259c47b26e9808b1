// ComparatorSimulationTests: compare's error rates on seeded simulated runs: A/A false positives, coverage, power.
import Foundation
import GILBenchCore
import XCTest

/// Simulated comparisons of one workload x one strategy at 1 and 2 workers, each trial's wall time drawn from a
/// log-normal with a 5% coefficient of variation (what trials on these machines show), at the default 5 trials.
///
/// A/A pairs (both sides from the same distribution) measure the false-positive rate of the whole comparison (any
/// gating metric significant) and the coverage of the intervals; pairs with a known 10% slow-down at every point
/// measure coverage of the true ratio and the detection rate. Seeded: the same numbers on every run.
final class ComparatorSimulationTests: XCTestCase {
    typealias F = TrialRecordFactory

    static let trials = 5
    static let coefficientOfVariation = 0.05
    static let comparisons = 1000

    /// Box-Muller normal draws from a seeded generator.
    struct Normal {
        var generator: SplitMix64
        mutating func next() -> Double {
            let u1 = (Double(generator.next() >> 11) + 0.5) / Double(1 << 53)
            let u2 = Double(generator.next() >> 11) / Double(1 << 53)
            return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        }
    }

    /// `count` log-normal wall times with median `median` and the configured coefficient of variation.
    static func walls(_ normal: inout Normal, median: Double, count: Int = trials, resolution: Double? = nil) -> [Double] {
        let sigma = log(1 + coefficientOfVariation * coefficientOfVariation).squareRoot()
        return (0..<count).map { _ in
            let wall = median * exp(sigma * normal.next())
            return resolution.map { (wall / $0).rounded() * $0 } ?? wall
        }
    }

    /// One side: threads at 1 worker (median 0.1 s x factor) and 2 workers (median 0.055 s x factor).
    static func side(_ normal: inout Normal, factor: Double, resolution: Double? = nil) -> ComparisonSide {
        let python = F.python()
        let records = F.records(strategy: .threads, workers: 1, walls: walls(&normal, median: 0.1 * factor, resolution: resolution))
            + F.records(strategy: .threads, workers: 2, walls: walls(&normal, median: 0.055 * factor, resolution: resolution))
        return ComparisonSide(label: python.label, python: python, records: records)
    }

    struct Tally {
        var comparisons = 0
        var anySignificant = 0
        var regressions = 0
        var wallTests = 0
        var wallSignificant = 0
        var wallCovered = 0
        var wallIntervals = 0
        var speedupTests = 0
        var speedupSignificant = 0
        var speedupCovered = 0
        var wallRawRejected = 0
        var speedupRawRejected = 0
        var speedupIntervals = 0

        func rate(_ count: Int, _ total: Int) -> String { String(format: "%.3f (%d/%d)", Double(count) / Double(max(total, 1)), count, total) }
    }

    /// Runs `comparisons` simulated comparisons with the new side slowed by `factor` at every point.
    static func simulate(factor: Double, seed: UInt64, resolution: Double? = nil) -> Tally {
        var normal = Normal(generator: SplitMix64(seed: seed))
        var tally = Tally()
        let settings = ComparisonSettings(resamples: 50, powerResamples: 0) // the geometric means and the gate's power are not measured here
        for _ in 0..<comparisons {
            let base = side(&normal, factor: 1, resolution: resolution)
            let new = side(&normal, factor: factor, resolution: resolution)
            let comparison = Comparator.compare(base: base, new: new, settings: settings)
            tally.comparisons += 1
            if comparison.rows.contains(where: { $0.metrics.contains { $0.gates && $0.significant } }) { tally.anySignificant += 1 }
            if comparison.hasRegression { tally.regressions += 1 }
            for row in comparison.rows {
                tally.wallTests += 1
                if row.wall.significant { tally.wallSignificant += 1 }
                if (row.wall.pValue ?? 1) < settings.alpha { tally.wallRawRejected += 1 }
                if let interval = row.wall.interval {
                    tally.wallIntervals += 1
                    if interval.contains(factor) { tally.wallCovered += 1 }
                }
                if let speedup = row.speedup {
                    tally.speedupTests += 1
                    if speedup.significant { tally.speedupSignificant += 1 }
                    if (speedup.pValue ?? 1) < settings.alpha { tally.speedupRawRejected += 1 }
                    if let interval = speedup.interval {
                        tally.speedupIntervals += 1
                        if interval.contains(1) { tally.speedupCovered += 1 }
                    }
                }
            }
        }
        return tally
    }

    /// The Wilson score interval's lower bound for `successes` of `total` at 95%.
    static func wilsonLower(_ successes: Int, _ total: Int) -> Double {
        let z = 1.959_963_984_540_054
        let n = Double(total)
        let p = Double(successes) / n
        let centre = p + z * z / (2 * n)
        let margin = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        return (centre - margin) / (1 + z * z / n)
    }

    func testAAFalsePositiveRateAndCoverageAtDefaultRepeats() {
        let tally = Self.simulate(factor: 1, seed: 0xA_A)
        print("""
            simulation A/A (\(Self.comparisons) comparisons, \(Self.trials) trials, CV \(Self.coefficientOfVariation)): \
            any gating metric significant \(tally.rate(tally.anySignificant, tally.comparisons)); \
            regression \(tally.rate(tally.regressions, tally.comparisons)); \
            wall tests significant \(tally.rate(tally.wallSignificant, tally.wallTests)); \
            speedup tests significant \(tally.rate(tally.speedupSignificant, tally.speedupTests)); \
            raw p < alpha: wall \(tally.rate(tally.wallRawRejected, tally.wallTests)), \
            speedup \(tally.rate(tally.speedupRawRejected, tally.speedupTests)); \
            wall interval covers 1 \(tally.rate(tally.wallCovered, tally.wallIntervals)); \
            speedup interval covers 1 \(tally.rate(tally.speedupCovered, tally.speedupIntervals))
            """)
        let alpha = ComparisonSettings().alpha
        // Not above alpha: the 95% Wilson interval of the observed rate must reach down to alpha.
        XCTAssertLessThanOrEqual(Self.wilsonLower(tally.anySignificant, tally.comparisons), alpha)
        XCTAssertLessThanOrEqual(Self.wilsonLower(tally.regressions, tally.comparisons), alpha)
        XCTAssertLessThanOrEqual(Self.wilsonLower(tally.wallSignificant, tally.wallTests), alpha)
        XCTAssertLessThanOrEqual(Self.wilsonLower(tally.speedupSignificant, tally.speedupTests), alpha)
        // The tests alone, before the interval and the adjustment: each must hold its level too.
        XCTAssertLessThanOrEqual(Self.wilsonLower(tally.wallRawRejected, tally.wallTests), alpha)
        XCTAssertLessThanOrEqual(Self.wilsonLower(tally.speedupRawRejected, tally.speedupTests), alpha)
        for (covered, total) in [(tally.wallCovered, tally.wallIntervals), (tally.speedupCovered, tally.speedupIntervals)] {
            XCTAssertGreaterThan(total, 0)
            XCTAssertGreaterThanOrEqual(Double(covered) / Double(max(total, 1)), 0.95 - 0.03, "coverage of 95% intervals")
        }
    }

    /// Times rounded to 2 ms (about 2.5 distinct values per standard deviation): ties in most comparisons. The exact
    /// test given the ties must still hold its level, and the intervals their coverage.
    func testAAWithTiedTimes() {
        let tally = Self.simulate(factor: 1, seed: 0x71E5, resolution: 0.002)
        print("""
            simulation A/A with times rounded to 2 ms (\(Self.comparisons) comparisons): \
            any gating metric significant \(tally.rate(tally.anySignificant, tally.comparisons)); \
            raw p < alpha: wall \(tally.rate(tally.wallRawRejected, tally.wallTests)); \
            wall interval covers 1 \(tally.rate(tally.wallCovered, tally.wallIntervals))
            """)
        let alpha = ComparisonSettings().alpha
        XCTAssertLessThanOrEqual(Self.wilsonLower(tally.anySignificant, tally.comparisons), alpha)
        XCTAssertLessThanOrEqual(Self.wilsonLower(tally.wallRawRejected, tally.wallTests), alpha)
        XCTAssertGreaterThanOrEqual(Double(tally.wallCovered) / Double(max(tally.wallIntervals, 1)), 0.95 - 0.03)
    }

    func testKnownTenPercentSlowdownIsCoveredAndDetected() {
        let tally = Self.simulate(factor: 1.10, seed: 0x51_0)
        print("""
            simulation 10% slower (\(Self.comparisons) comparisons, \(Self.trials) trials, CV \(Self.coefficientOfVariation)): \
            regression found \(tally.rate(tally.regressions, tally.comparisons)); \
            wall tests significant \(tally.rate(tally.wallSignificant, tally.wallTests)); \
            wall interval covers 1.10 \(tally.rate(tally.wallCovered, tally.wallIntervals)); \
            speedup interval covers 1 \(tally.rate(tally.speedupCovered, tally.speedupIntervals)); \
            speedup tests significant (truth: unchanged) \(tally.rate(tally.speedupSignificant, tally.speedupTests))
            """)
        XCTAssertGreaterThan(tally.wallIntervals, 0)
        XCTAssertGreaterThanOrEqual(Double(tally.wallCovered) / Double(max(tally.wallIntervals, 1)), 0.95 - 0.03)
        XCTAssertGreaterThanOrEqual(Double(tally.speedupCovered) / Double(max(tally.speedupIntervals, 1)), 0.95 - 0.03)
        // A 10% shift at CV 5% with 5 trials a side is about 2.7 standard deviations of one trial: it must be found
        // more often than not at two points.
        XCTAssertGreaterThan(Double(tally.regressions) / Double(tally.comparisons), 0.5)
    }
}
