// ComparatorTests: ratios, significance, thresholds, gating, unmatched points and geometric means on synthetic trials.
import GILBenchCore
import XCTest

final class ComparatorTests: XCTestCase {
    typealias F = TrialRecordFactory

    private func side(_ records: [TrialRecord], python: PythonInstallation = F.python()) -> ComparisonSide {
        ComparisonSide(label: python.label, python: python, records: records)
    }

    /// Threads and processes at 1 and 2 workers, wall times scaled by `factor`.
    private func run(factor: Double, spread: Double = 0.02) -> [TrialRecord] {
        [Strategy.threads, .processes].flatMap { strategy in
            [1, 2].flatMap { workers in
                F.records(strategy: strategy, workers: workers,
                          walls: F.around(0.040 * Double(workers == 1 ? 1 : (strategy == .threads ? 2 : 1)) * factor, spread: spread))
            }
        }
    }

    func testAAIdenticalTrialsGiveRatioOneAndNothingSignificant() {
        let records = run(factor: 1)
        let comparison = Comparator.compare(base: side(records), new: side(records), settings: ComparisonSettings())
        XCTAssertEqual(comparison.rows.count, 4)
        XCTAssertTrue(comparison.unmatched.isEmpty)
        for row in comparison.rows {
            for metric in row.metrics {
                XCTAssertEqual(metric.ratio, 1, accuracy: 1e-12)
                XCTAssertFalse(metric.significant)
                XCTAssertEqual(metric.verdict, .same)
                XCTAssertTrue(metric.interval?.contains(1) ?? false)
            }
        }
        XCTAssertFalse(comparison.hasRegression)
        XCTAssertEqual(comparison.geometricMeans.last?.wallRatio ?? 0, 1, accuracy: 1e-12)
        XCTAssertTrue(comparison.geometricMeans.allSatisfy { $0.wallInterval?.contains(1) ?? false })
    }

    func testFifteenPercentSlowerIsARegression() throws {
        let comparison = Comparator.compare(base: side(run(factor: 1)), new: side(run(factor: 1.15)), settings: ComparisonSettings())
        XCTAssertTrue(comparison.hasRegression)
        XCTAssertEqual(comparison.regressions.count, 4)
        let row = try XCTUnwrap(comparison.rows.first { $0.strategy == .threads && $0.workers == 1 })
        XCTAssertEqual(row.wall.ratio, 1.15, accuracy: 1e-9)
        XCTAssertTrue(row.wall.significant)
        XCTAssertEqual(row.wall.verdict, .regression)
        XCTAssertLessThan(try XCTUnwrap(row.wall.pValue), 0.01)
        // Every point slowed alike, so the speedup did not change.
        let two = try XCTUnwrap(comparison.rows.first { $0.strategy == .threads && $0.workers == 2 })
        XCTAssertEqual(try XCTUnwrap(two.speedup).ratio, 1, accuracy: 1e-9)
        XCTAssertEqual(two.speedup?.verdict, .same)
        XCTAssertEqual(comparison.geometricMeans.last?.wallRatio ?? 0, 1.15, accuracy: 1e-9)
        let overall = try XCTUnwrap(comparison.geometricMeans.last?.wallInterval)
        XCTAssertTrue(overall.contains(1.15), "\(overall)")
        XCTAssertFalse(overall.contains(1), "\(overall)")
    }

    func testSignificantButBelowThresholdIsWorseNotARegression() throws {
        let comparison = Comparator.compare(base: side(run(factor: 1, spread: 0.005)), new: side(run(factor: 1.03, spread: 0.005)),
                                            settings: ComparisonSettings(threshold: 0.05))
        XCTAssertFalse(comparison.hasRegression)
        for row in comparison.rows {
            XCTAssertTrue(row.wall.significant)
            XCTAssertEqual(row.wall.verdict, .worse)
        }
    }

    func testFasterIsAnImprovement() throws {
        let comparison = Comparator.compare(base: side(run(factor: 1)), new: side(run(factor: 0.8)), settings: ComparisonSettings())
        XCTAssertFalse(comparison.hasRegression)
        XCTAssertTrue(comparison.rows.allSatisfy { $0.wall.verdict == .improvement })
    }

    func testSpeedupLossIsARegressionEvenWhenOneWorkerIsUnchanged() throws {
        let base = F.records(strategy: .subinterpreters, workers: 1, walls: F.around(0.1, spread: 0.01))
            + F.records(strategy: .subinterpreters, workers: 2, walls: F.around(0.1, spread: 0.01)) // speedup 2
        let new = F.records(strategy: .subinterpreters, workers: 1, walls: F.around(0.1, spread: 0.01))
            + F.records(strategy: .subinterpreters, workers: 2, walls: F.around(0.125, spread: 0.01)) // speedup 1.6
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings(gateScaling: true))
        let row = try XCTUnwrap(comparison.rows.first { $0.workers == 2 })
        let speedup = try XCTUnwrap(row.speedup)
        XCTAssertEqual(speedup.baseValue, 2, accuracy: 1e-9)
        XCTAssertEqual(speedup.newValue, 1.6, accuracy: 1e-9)
        XCTAssertEqual(speedup.ratio, 0.8, accuracy: 1e-9)
        XCTAssertTrue(try XCTUnwrap(speedup.interval).contains(0.8))
        XCTAssertEqual(speedup.verdict, .regression)
        XCTAssertTrue(row.regressions.contains { $0.metric == .speedup })
        XCTAssertNil(comparison.rows.first { $0.workers == 1 }?.speedup, "no speedup at one worker")
        // Without --gate-scaling the same loss is listed, and only T(N)'s own wall time gates.
        let reported = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        let reportedRow = try XCTUnwrap(reported.rows.first { $0.workers == 2 })
        XCTAssertEqual(reportedRow.speedup?.verdict, .regression)
        XCTAssertEqual(reportedRow.regressions.map(\.metric), [.wall])
        XCTAssertEqual(reported.gate.tests.map(\.metric), [.wall, .wall])
    }

    func testSetupGrowthIsReportedButGatesOnlyWhenAsked() throws {
        let walls = F.around(0.1, spread: 0.01)
        let base = F.records(walls: walls, setups: F.around(0.010, spread: 0.01))
        let new = F.records(walls: walls, setups: F.around(0.015, spread: 0.01))
        let reported = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        XCTAssertEqual(reported.rows[0].setup?.verdict, .regression)
        XCTAssertFalse(reported.hasRegression)
        let gated = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings(gateSetup: true))
        XCTAssertTrue(gated.hasRegression)
    }

    func testUnmatchedPointsAreListedWithTheirReason() throws {
        let base = F.records(workload: "a", walls: F.around(0.1, spread: 0.01))
            + F.records(workload: "b", walls: F.around(0.1, spread: 0.01))
            + F.records(workload: "c", size: 100, walls: F.around(0.1, spread: 0.01))
            + F.records(workload: "d", strategy: .subinterpreters, walls: [0.1, 0.1])
        let new = F.records(workload: "a", walls: F.around(0.1, spread: 0.01))
            + F.records(workload: "c", size: 200, walls: F.around(0.1, spread: 0.01))
            + F.records(workload: "d", strategy: .subinterpreters, walls: [0, 0], status: .unsupported)
            + F.records(workload: "e", walls: F.around(0.1, spread: 0.01))
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        XCTAssertEqual(comparison.rows.map(\.workload), ["a"])
        let reasons = Dictionary(uniqueKeysWithValues: comparison.unmatched.map { ($0.workload, $0.reason) })
        XCTAssertEqual(reasons["b"], "only in base")
        XCTAssertEqual(reasons["e"], "only in new")
        XCTAssertTrue(reasons["c"]?.hasPrefix("size differs: base 100, new 200") ?? false, reasons["c"] ?? "")
        XCTAssertTrue(reasons["d"]?.contains("new: no ok trial, unsupported") ?? false, reasons["d"] ?? "")
    }

    func testWarmupsAreIgnored() {
        let base = F.records(walls: F.around(0.1, spread: 0.01)) + F.records(walls: [5], warmup: true)
        let new = F.records(walls: F.around(0.1, spread: 0.01))
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        XCTAssertEqual(comparison.rows[0].baseTrials, 7)
        XCTAssertEqual(comparison.rows[0].wall.ratio, 1, accuracy: 1e-12)
    }

    func testGeometricMeanOverWorkloads() throws {
        let base = F.records(workload: "a", walls: F.around(0.1, spread: 0.01)) + F.records(workload: "b", walls: F.around(0.2, spread: 0.01))
        let new = F.records(workload: "a", walls: F.around(0.1 * 1.21, spread: 0.01)) + F.records(workload: "b", walls: F.around(0.2, spread: 0.01))
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        let threads = try XCTUnwrap(comparison.geometricMeans.first { $0.strategy == .threads && $0.workers == 1 })
        XCTAssertEqual(threads.points, 2)
        XCTAssertEqual(try XCTUnwrap(threads.wallRatio), 1.1, accuracy: 1e-9)
    }

    func testTheSameInputGivesTheSameReport() {
        let base = run(factor: 1, spread: 0.1)
        let new = run(factor: 1.04, spread: 0.1)
        let first = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        let second = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        XCTAssertEqual(first.rows, second.rows)
    }

    /// One point of many that is slower with fully separated trials (one-sided p = 1/252 at 5 vs 5) does not fail
    /// the gate once Holm multiplies it by 13 tests (0.052), but does with --correction none.
    func testHolmQuietsAnIsolatedPValue() throws {
        var base: [TrialRecord] = []
        var new: [TrialRecord] = []
        for index in 0..<13 {
            let walls = F.around(0.1, spread: 0.05, count: 5)
            base += F.records(workload: "w\(index)", walls: walls)
            // Workload w0 is 10% slower with fully separated trials; the others are unchanged.
            new += F.records(workload: "w\(index)", walls: index == 0 ? walls.map { $0 * 1.1 + 0.006 } : walls)
        }
        let adjusted = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings(powerResamples: 50))
        let raw = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings(correction: .none, powerResamples: 50))
        let adjustedRow = try XCTUnwrap(adjusted.rows.first { $0.workload == "w0" })
        let rawRow = try XCTUnwrap(raw.rows.first { $0.workload == "w0" })
        XCTAssertEqual(try XCTUnwrap(rawRow.wall.pValue), 2.0 / 252.0, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rawRow.wall.oneSidedPValue), 1.0 / 252.0, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(adjustedRow.wall.adjustedPValue), 13 * 1.0 / 252.0, accuracy: 1e-12)
        XCTAssertEqual(rawRow.wall.verdict, .regression)
        XCTAssertNotEqual(adjustedRow.wall.verdict, .regression)
        XCTAssertFalse(adjusted.hasRegression)
        XCTAssertTrue(raw.hasRegression)
        // The gate cannot have seen it: 1/252 is above 0.05 / 13, so every test has no power at all.
        XCTAssertEqual(adjusted.outcome, .inconclusive)
        XCTAssertTrue(adjusted.gate.tests.allSatisfy { $0.power == 0 })
        XCTAssertNil(adjusted.gate.detectableChange)
    }

    func testDifferentMachinesGetANote() {
        let records = F.records(walls: F.around(0.1, spread: 0.01))
        let one = MachineInfo(hostname: "a", cpuModel: "CPU A", cpuCount: 2, kernel: "Linux", loadAverage: [], memoryBytes: 0)
        let other = MachineInfo(hostname: "b", cpuModel: "CPU B", cpuCount: 8, kernel: "Linux", loadAverage: [], memoryBytes: 0)
        let python = F.python()
        let same = Comparator.compare(base: ComparisonSide(label: "a", python: python, records: records, machine: one),
                                      new: ComparisonSide(label: "b", python: python, records: records, machine: one), settings: ComparisonSettings())
        XCTAssertTrue(same.notes.isEmpty)
        let different = Comparator.compare(base: ComparisonSide(label: "a", python: python, records: records, machine: one),
                                           new: ComparisonSide(label: "b", python: python, records: records, machine: other), settings: ComparisonSettings())
        XCTAssertEqual(different.notes.count, 1)
        XCTAssertTrue(different.notes[0].contains("CPU B, 8 CPUs"), different.notes[0])
    }

    func testVerdictClassification() {
        let rule = ThresholdRule.estimate
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.2, significant: false, metric: .wall, threshold: 0.05, rule: rule), .same)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.2, significant: true, metric: .wall, threshold: 0.05, rule: rule), .regression)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.04, significant: true, metric: .wall, threshold: 0.05, rule: rule), .worse)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 0.97, significant: true, metric: .wall, threshold: 0.05, rule: rule), .better)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 0.9, significant: true, metric: .wall, threshold: 0.05, rule: rule), .improvement)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 0.9, significant: true, metric: .speedup, threshold: 0.05, rule: rule), .regression)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.2, significant: true, metric: .speedup, threshold: 0.05, rule: rule), .improvement)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: .nan, significant: true, metric: .wall, threshold: 0.05), .unknown)
        // Speedup: worse by more than 5% means base / new > 1.05, so 0.96 is within it.
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 0.96, significant: true, metric: .speedup, threshold: 0.05, rule: rule), .worse)
        // reach (the default): +3% is a regression while its interval reaches +5%, only worse once it shows less.
        let wide = ConfidenceInterval(lower: 1.01, upper: 1.06, level: 0.95)
        let narrow = ConfidenceInterval(lower: 1.02, upper: 1.04, level: 0.95)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.03, significant: true, metric: .wall, threshold: 0.05, interval: wide), .regression)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.03, significant: true, metric: .wall, threshold: 0.05, interval: narrow), .worse)
    }

    /// `count` workloads with one point each (threads x1), `trials` identical trials a side.
    private func workloads(_ count: Int, trials: Int, spread: Double = 0.02) -> [TrialRecord] {
        (0..<count).flatMap { F.records(workload: "w\($0)", walls: F.around(0.1, spread: spread, count: trials)) }
    }

    /// 5 trials a side over 13 tests: the best one-sided p, 1/252 = 0.0040, is above 0.05 / 13 = 0.0038, so no test
    /// could flag even a doubling: inconclusive, no detectable change, and the trials a side that would detect 5%.
    /// Over 12 tests (0.05 / 12 = 0.0042) the same trials, whose spread (+-2%) is small next to 5%, give a clean verdict.
    func testTooFewTrialsForTheNumberOfTestsIsInconclusive() throws {
        let records = workloads(13, trials: 5)
        let settings = ComparisonSettings(powerResamples: 100)
        let comparison = Comparator.compare(base: side(records), new: side(records), settings: settings)
        XCTAssertFalse(comparison.hasRegression)
        XCTAssertEqual(comparison.outcome, .inconclusive)
        let gate = comparison.gate
        XCTAssertEqual(gate.exitCode, 3)
        XCTAssertEqual(gate.tests.count, 13)
        XCTAssertEqual(try XCTUnwrap(gate.tests.first?.powerLevel), 0.05 / 13, accuracy: 1e-12)
        XCTAssertTrue(gate.tests.allSatisfy { $0.power == 0 })
        XCTAssertNil(gate.detectableChange)
        let trials = try XCTUnwrap(gate.trialsNeededPerSide)
        XCTAssertGreaterThan(trials, 5)
        // That many trials, same spread, same 13 tests: clean.
        let enough = workloads(13, trials: trials)
        let clean = Comparator.compare(base: side(enough), new: side(enough), settings: settings)
        XCTAssertEqual(clean.outcome, .clean, "\(clean.gate.tests.map { $0.power ?? -1 })")

        let twelve = workloads(12, trials: 5)
        let twelveTests = Comparator.compare(base: side(twelve), new: side(twelve), settings: settings)
        XCTAssertEqual(twelveTests.outcome, .clean)
        XCTAssertTrue(twelveTests.gate.tests.allSatisfy { ($0.power ?? 0) >= 0.8 })
        XCTAssertEqual(twelveTests.gate.exitCode, 0)
        // Without the adjustment the 13 tests are each judged alone at p < 0.05.
        let raw = Comparator.compare(base: side(records), new: side(records), settings: ComparisonSettings(correction: .none, powerResamples: 100))
        XCTAssertEqual(raw.outcome, .clean)
    }

    /// 3 trials a side: the one-sided p is at least 1/20 = 0.05, never below alpha: inconclusive whatever the
    /// correction, with the trials that would do; and that many trials of the same spread are clean.
    func testThreeTrialsCanNeverBeClean() throws {
        let records = workloads(1, trials: 3)
        for correction in MultipleTestCorrection.allCases {
            let settings = ComparisonSettings(correction: correction, powerResamples: 100)
            let comparison = Comparator.compare(base: side(records), new: side(records.map { $0 }), settings: settings)
            XCTAssertEqual(comparison.outcome, .inconclusive)
            XCTAssertEqual(comparison.gate.tests.first?.power, 0)
            let trials = try XCTUnwrap(comparison.gate.trialsNeededPerSide)
            XCTAssertGreaterThan(trials, 3)
            let enough = workloads(1, trials: trials)
            XCTAssertEqual(Comparator.compare(base: side(enough), new: side(enough), settings: settings).outcome, .clean)
        }
    }

    /// A noisy point (+-30%) has little power at 5% even with 7 trials: inconclusive, with the change it could see
    /// (larger than 5%) and more trials a side; the power column is filled for every gating test.
    func testNoisyTrialsAreInconclusiveWithTheirDetectableChange() throws {
        let records = workloads(1, trials: 7, spread: 0.3)
        let comparison = Comparator.compare(base: side(records), new: side(records), settings: ComparisonSettings(powerResamples: 200))
        XCTAssertEqual(comparison.outcome, .inconclusive)
        let test = try XCTUnwrap(comparison.gate.tests.first)
        XCTAssertLessThan(try XCTUnwrap(test.power), 0.8)
        XCTAssertEqual(comparison.rows[0].wall.power, test.power)
        XCTAssertGreaterThan(try XCTUnwrap(comparison.gate.detectableChange), 0.05)
        XCTAssertGreaterThan(try XCTUnwrap(comparison.gate.trialsNeededPerSide), 7)
    }

    /// Two runs that share no comparable point (different --size) compare nothing: inconclusive, not clean.
    func testNothingComparableIsInconclusive() {
        let base = F.records(size: 100, walls: F.around(0.1, spread: 0.01))
        let new = F.records(size: 200, walls: F.around(0.1, spread: 0.01))
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        XCTAssertTrue(comparison.rows.isEmpty)
        XCTAssertEqual(comparison.unmatched.count, 1)
        XCTAssertTrue(comparison.gate.tests.isEmpty)
        XCTAssertEqual(comparison.outcome, .inconclusive)
    }

    /// A regression found is a regression even when other points were measured too weakly to show one.
    func testARegressionWinsOverBlindPoints() throws {
        let base = F.records(workload: "strong", walls: F.around(0.1, spread: 0.01, count: 9)) + F.records(workload: "weak", walls: [0.1, 0.1])
        let new = F.records(workload: "strong", walls: F.around(0.13, spread: 0.01, count: 9)) + F.records(workload: "weak", walls: [0.1, 0.1])
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        XCTAssertEqual(comparison.outcome, .regression)
        XCTAssertEqual(comparison.gate.underpowered.map(\.name), ["weak threads x1 wall"])
        XCTAssertEqual(comparison.gate.exitCode, 2)
    }

    /// The gate's family is the wall test of every point (speedup joins with --gate-scaling): each adjusted p is
    /// Holm over their one-sided p-values; the listing's q is Benjamini-Hochberg over every metric's two-sided p.
    func testGateFamilyIsHolmOverTheGatingTests() throws {
        for gateScaling in [false, true] {
            let comparison = Comparator.compare(base: side(run(factor: 1, spread: 0.05)), new: side(run(factor: 1.03, spread: 0.05)),
                                                settings: ComparisonSettings(gateScaling: gateScaling, powerResamples: 50))
            let gating = comparison.rows.flatMap { [$0.wall, $0.speedup].compactMap { $0 } }.filter(\.gates)
            XCTAssertEqual(gating.count, gateScaling ? 6 : 4)
            XCTAssertEqual(comparison.gate.tests.count, gating.count)
            let expected = Holm.adjust(gating.map(\.oneSidedPValue))
            for (metric, adjusted) in zip(gating, expected) {
                XCTAssertEqual(try XCTUnwrap(metric.adjustedPValue), try XCTUnwrap(adjusted), accuracy: 1e-12)
            }
            let listed = comparison.rows.flatMap(\.metrics)
            for (metric, q) in zip(listed, BenjaminiHochberg.adjust(listed.map(\.pValue))) {
                XCTAssertEqual(try XCTUnwrap(metric.qValue), try XCTUnwrap(q), accuracy: 1e-12)
            }
        }
    }

    /// A ratio of 1.06 whose interval reaches below 1.05: a regression by the estimate, only `worse` by the bound.
    func testBoundRuleNeedsTheWholeIntervalBeyondTheThreshold() throws {
        let base = F.records(walls: F.around(0.1, spread: 0.02, count: 9))
        let new = F.records(walls: F.around(0.106, spread: 0.02, count: 9))
        let estimate = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings(thresholdRule: .estimate))
        let bound = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings(thresholdRule: .bound))
        XCTAssertEqual(estimate.rows[0].wall.ratio, 1.06, accuracy: 1e-9)
        let interval = try XCTUnwrap(estimate.rows[0].wall.interval)
        XCTAssertLessThan(interval.lower, 1.05)
        XCTAssertGreaterThan(interval.lower, 1)
        XCTAssertEqual(estimate.rows[0].wall.verdict, .regression)
        XCTAssertEqual(bound.rows[0].wall.verdict, .worse)
        XCTAssertFalse(bound.hasRegression)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.2, significant: true, metric: .wall, threshold: 0.05, rule: .bound,
                                                  interval: ConfidenceInterval(lower: 1.06, upper: 1.3, level: 0.95)), .regression)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 0.8, significant: true, metric: .speedup, threshold: 0.05, rule: .bound,
                                                  interval: ConfidenceInterval(lower: 0.7, upper: 0.96, level: 0.95)), .worse)
        let reach = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings(thresholdRule: .reach))
        XCTAssertEqual(reach.rows[0].wall.verdict, .regression)
        // At a threshold-sized shift the bound rule flags about as often as a false alarm, the estimate rule about half
        // the time, the far bound nearly as often as the test is significant.
        let powers = try [bound, estimate, reach].map { try XCTUnwrap($0.gate.tests.first?.power) }
        XCTAssertLessThan(powers[0], powers[1])
        XCTAssertLessThan(powers[1], powers[2])
    }

    /// The T(1) behind the speedups at 2 and 4 workers is one sample: the geometric mean over both speedups must
    /// carry its noise once, not average two independent copies of it away. Two workloads with a T(1) each (truly
    /// independent) give an interval about 1/sqrt(2) as wide; one shared T(1) must not.
    func testGeometricMeanResamplesASharedSampleOnce() throws {
        let noisyT1 = F.around(0.1, spread: 0.3)
        func slightlySlower(_ records: [TrialRecord]) -> [TrialRecord] {
            records.map { record in
                TrialRecord(spec: record.spec, status: record.status, setupSeconds: record.setupSeconds,
                            wallSeconds: record.wallSeconds.map { $0 * (record.spec.workers == 1 ? 1.0001 : 1) },
                            teardownSeconds: record.teardownSeconds, checksumOK: true, message: "", workers: [])
            }
        }
        func allPointsSpeedupInterval(_ records: [TrialRecord]) throws -> ConfidenceInterval {
            let comparison = Comparator.compare(base: side(records), new: side(slightlySlower(records)), settings: ComparisonSettings())
            XCTAssertEqual(comparison.geometricMeans.last?.nonFiniteResamples, 0)
            return try XCTUnwrap(comparison.geometricMeans.last?.speedupInterval)
        }
        let shared = try allPointsSpeedupInterval(F.records(workers: 1, walls: noisyT1) + F.records(workers: 2, walls: F.around(0.05, spread: 0.001))
            + F.records(workers: 4, walls: F.around(0.025, spread: 0.001)))
        let independent = try allPointsSpeedupInterval(["a", "b"].flatMap { workload in
            F.records(workload: workload, workers: 1, walls: noisyT1) + F.records(workload: workload, workers: 2, walls: F.around(0.05, spread: 0.001))
        })
        XCTAssertGreaterThan(shared.width, 1.2 * independent.width, "shared \(shared), independent \(independent)")
    }
}
