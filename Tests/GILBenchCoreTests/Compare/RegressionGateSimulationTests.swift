// RegressionGateSimulationTests: the gate's error rates and power on seeded simulated runs (pure Swift, no Python).
import Foundation
import GILBenchCore
import XCTest

/// Simulated comparisons, each trial's wall time log-normal with a 5% coefficient of variation (what trials on these
/// machines show). Seeded: the same numbers on every run. The figures docs/regressions.md quotes are the ones
/// asserted here.
final class RegressionGateSimulationTests: XCTestCase {
    typealias F = TrialRecordFactory
    typealias Sim = ComparatorSimulationTests

    /// One side: `workloads` workloads at threads x1, workload i with median 0.1 s x factors[i].
    private static func side(_ normal: inout Sim.Normal, factors: [Double], trials: Int) -> ComparisonSide {
        let records = factors.enumerated().flatMap { index, factor in
            F.records(workload: "w\(index)", walls: Sim.walls(&normal, median: 0.1 * factor, count: trials))
        }
        return ComparisonSide(label: "sim", python: F.python(), records: records)
    }

    /// How often the gate exits 2 when the new side is faster at `improved` points (by 20%) and unchanged at
    /// `unchanged` points, over `comparisons` comparisons of 7 trials a side.
    private func falseAlarms(improved: Int, unchanged: Int, comparisons: Int, seed: UInt64,
                             correction: MultipleTestCorrection = .bh) -> Int {
        var normal = Sim.Normal(generator: SplitMix64(seed: seed))
        let settings = ComparisonSettings(resamples: 10, correction: correction, powerResamples: 0)
        let baseFactors = [Double](repeating: 1, count: improved + unchanged)
        let newFactors = [Double](repeating: 0.8, count: improved) + [Double](repeating: 1, count: unchanged)
        var alarms = 0
        for _ in 0..<comparisons {
            let verdict = RegressionGate.evaluate(base: Self.side(&normal, factors: baseFactors, trials: 7),
                                                  new: Self.side(&normal, factors: newFactors, trials: 7), options: settings)
            if verdict.exitCode == 2 { alarms += 1 }
        }
        return alarms
    }

    /// A/A (nothing slower) over 2 points, and over many points of which most improved: the false exit-2 rate
    /// stays at or below 5% (the Wilson interval of the observed rate reaches down to 5%). Under
    /// Benjamini-Hochberg the improved points lowered the bar for the unchanged ones; Holm's does not move.
    func testFalseAlarmRateStaysAtAlphaAlsoWhenMostPointsImprove() {
        let cases: [(improved: Int, unchanged: Int, comparisons: Int, seed: UInt64)] = [
            (0, 2, 600, 0xA_A), (15, 5, 300, 0x15_5), (30, 10, 150, 0x30_10),
        ]
        for entry in cases {
            let alarms = falseAlarms(improved: entry.improved, unchanged: entry.unchanged, comparisons: entry.comparisons, seed: entry.seed)
            print("gate simulation: \(entry.improved) improved + \(entry.unchanged) unchanged, 7 trials a side: "
                + "false exit 2 in \(alarms) of \(entry.comparisons)")
            XCTAssertLessThanOrEqual(Sim.wilsonLower(alarms, entry.comparisons), 0.05)
            XCTAssertLessThanOrEqual(Double(alarms) / Double(entry.comparisons), 0.05)
        }
    }

    /// Issue 19: T(1) 10% faster, T(N) unchanged (threads at 1 and 2 workers, 7 trials a side). The speedup
    /// fell by 10%, yet no time got worse: an exit 2 can only come from T(N)'s own noise, so its rate stays within
    /// the A/A bound, by default and with --gate-scaling.
    func testFasterSingleWorkerDoesNotRaiseTheFalseAlarmRate() {
        for gateScaling in [false, true] {
            var normal = Sim.Normal(generator: SplitMix64(seed: 0xFA57))
            let settings = ComparisonSettings(resamples: 10, gateScaling: gateScaling, powerResamples: 0)
            let comparisons = 600
            var alarms = 0
            var scalingFlags = 0
            for _ in 0..<comparisons {
                func side(t1: Double) -> ComparisonSide {
                    let records = F.records(strategy: .threads, workers: 1, walls: Sim.walls(&normal, median: 0.1 * t1, count: 7))
                        + F.records(strategy: .threads, workers: 2, walls: Sim.walls(&normal, median: 0.055, count: 7))
                    return ComparisonSide(label: "sim", python: F.python(), records: records)
                }
                let verdict = RegressionGate.evaluate(base: side(t1: 1), new: side(t1: 0.9), options: settings)
                if verdict.exitCode == 2 { alarms += 1 }
                if verdict.regressions.contains(where: { $0.metric == .speedup }) { scalingFlags += 1 }
            }
            print("gate simulation: T(1) 10% faster, T(N) unchanged, gate-scaling \(gateScaling): exit 2 in \(alarms) of \(comparisons) "
                + "(scaling flags \(scalingFlags))")
            XCTAssertLessThanOrEqual(Double(alarms) / Double(comparisons), 0.05)
            XCTAssertLessThanOrEqual(Double(scalingFlags) / Double(comparisons), 0.05)
        }
    }

    /// A true 10% slowdown at one point, 12 trials a side, CV 5%: exit 2 in at least 90% of the comparisons.
    func testTenPercentSlowdownWithEnoughTrialsIsFound() {
        var normal = Sim.Normal(generator: SplitMix64(seed: 0x10))
        let settings = ComparisonSettings(resamples: 10, powerResamples: 0)
        let comparisons = 400
        var found = 0
        for _ in 0..<comparisons {
            let verdict = RegressionGate.evaluate(base: Self.side(&normal, factors: [1], trials: 12),
                                                  new: Self.side(&normal, factors: [1.1], trials: 12), options: settings)
            if verdict.exitCode == 2 { found += 1 }
        }
        print("gate simulation: 10% slower, 12 trials a side, CV 5%: exit 2 in \(found) of \(comparisons)")
        XCTAssertGreaterThanOrEqual(Double(found) / Double(comparisons), 0.9)
    }

    /// The power the gate reports for a threshold-sized regression, computed by each comparison from its own
    /// trials, against how often simulated threshold-sized regressions (+5%) are actually flagged: averaged over
    /// the comparisons they agree within 6 percentage points, at 8 and 14 trials a side, for 1 point, and for 2
    /// points of which one regressed (the power is that of a test that regressed alone, at 0.05 / 2).
    func testReportedPowerMatchesTheDetectionRate() {
        for (trials, points, seed) in [(8, 1, UInt64(0x8)), (14, 1, UInt64(0x14)), (14, 2, UInt64(0x142))] {
            var normal = Sim.Normal(generator: SplitMix64(seed: seed))
            let settings = ComparisonSettings(resamples: 10, minPower: 0, powerResamples: 200)
            let comparisons = 400
            var flagged = 0
            var tests = 0
            var powerSum = 0.0
            for _ in 0..<comparisons {
                let verdict = RegressionGate.evaluate(
                    base: Self.side(&normal, factors: [Double](repeating: 1, count: points), trials: trials),
                    new: Self.side(&normal, factors: [1.05] + [Double](repeating: 1, count: points - 1), trials: trials), options: settings)
                for test in verdict.tests where test.workload == "w0" {
                    tests += 1
                    if test.regression { flagged += 1 }
                    powerSum += test.power ?? .nan
                }
            }
            let empirical = Double(flagged) / Double(tests)
            let reported = powerSum / Double(tests)
            print(String(format: "gate simulation: +5%% at %d point(s), %d trials a side, CV 5%%: flagged %.3f, mean reported power %.3f",
                         points, trials, empirical, reported))
            XCTAssertEqual(reported, empirical, accuracy: 0.06)
        }
    }
}
