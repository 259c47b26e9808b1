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
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        let row = try XCTUnwrap(comparison.rows.first { $0.workers == 2 })
        let speedup = try XCTUnwrap(row.speedup)
        XCTAssertEqual(speedup.baseValue, 2, accuracy: 1e-9)
        XCTAssertEqual(speedup.newValue, 1.6, accuracy: 1e-9)
        XCTAssertEqual(speedup.ratio, 0.8, accuracy: 1e-9)
        XCTAssertTrue(try XCTUnwrap(speedup.interval).contains(0.8))
        XCTAssertEqual(speedup.verdict, .regression)
        XCTAssertTrue(row.regressions.contains { $0.metric == .speedup })
        XCTAssertNil(comparison.rows.first { $0.workers == 1 }?.speedup, "no speedup at one worker")
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

    /// Two points of many that differ by chance-level evidence are not significant after the adjustment, but are
    /// with --correction none.
    func testMultipleTestCorrectionQuietsIsolatedPValues() throws {
        var base: [TrialRecord] = []
        var new: [TrialRecord] = []
        for index in 0..<12 {
            let walls = F.around(0.1, spread: 0.05, count: 5)
            base += F.records(workload: "w\(index)", walls: walls)
            // Workload w0 is 10% slower with fully separated trials (p = 0.008); the others are unchanged.
            new += F.records(workload: "w\(index)", walls: index == 0 ? walls.map { $0 * 1.1 + 0.006 } : walls)
        }
        let adjusted = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        let raw = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings(correction: .none))
        let adjustedRow = try XCTUnwrap(adjusted.rows.first { $0.workload == "w0" })
        let rawRow = try XCTUnwrap(raw.rows.first { $0.workload == "w0" })
        XCTAssertEqual(try XCTUnwrap(rawRow.wall.pValue), 2.0 / 252.0, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(adjustedRow.wall.qValue), 12 * 2.0 / 252.0, accuracy: 1e-12)
        XCTAssertEqual(rawRow.wall.verdict, .regression)
        XCTAssertEqual(adjustedRow.wall.verdict, .same)
        XCTAssertFalse(adjusted.hasRegression)
        XCTAssertTrue(raw.hasRegression)
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
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.2, significant: false, metric: .wall, threshold: 0.05), .same)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.2, significant: true, metric: .wall, threshold: 0.05), .regression)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.04, significant: true, metric: .wall, threshold: 0.05), .worse)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 0.97, significant: true, metric: .wall, threshold: 0.05), .better)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 0.9, significant: true, metric: .wall, threshold: 0.05), .improvement)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 0.9, significant: true, metric: .speedup, threshold: 0.05), .regression)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: 1.2, significant: true, metric: .speedup, threshold: 0.05), .improvement)
        XCTAssertEqual(ComparisonVerdict.classify(ratio: .nan, significant: true, metric: .wall, threshold: 0.05), .unknown)
    }

    /// `count` workloads with one point each (threads x1), `trials` identical trials a side.
    private func workloads(_ count: Int, trials: Int) -> [TrialRecord] {
        (0..<count).flatMap { F.records(workload: "w\($0)", walls: F.around(0.1, spread: 0.02, count: trials)) }
    }

    /// 5 trials a side over 7 tests: a lone p of at best 2/252 becomes q = 7 x 2/252 = 0.056, so no single point could
    /// have been flagged: inconclusive, with 6 trials (2/924 x 7 < 0.05) or --correction none as the remedy.
    /// Over 6 tests (q = 0.048) the same trials give a clean verdict.
    func testTooFewTrialsForTheNumberOfTestsIsInconclusive() throws {
        let records = workloads(7, trials: 5)
        let comparison = Comparator.compare(base: side(records), new: side(records), settings: ComparisonSettings())
        XCTAssertFalse(comparison.hasRegression)
        XCTAssertEqual(comparison.outcome, .inconclusive)
        let power = comparison.power
        XCTAssertEqual(power.tests, 7)
        XCTAssertEqual(try XCTUnwrap(power.smallestPValue), 2.0 / 252, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(power.smallestSinglePointQValue), 7 * 2.0 / 252, accuracy: 1e-12)
        XCTAssertEqual(power.testsNeededTogether, 2)
        XCTAssertEqual(power.blindTests.count, 7)
        XCTAssertEqual(power.trialsNeeded, 6)
        XCTAssertTrue(power.uncorrectedSuffices)
        XCTAssertNil(comparison.rows[0].wall.detectableChange)

        let six = workloads(6, trials: 5)
        let clean = Comparator.compare(base: side(six), new: side(six), settings: ComparisonSettings())
        XCTAssertEqual(clean.outcome, .clean)
        XCTAssertTrue(clean.power.blindTests.isEmpty)
        let detectable = try XCTUnwrap(clean.power.largestDetectableChange)
        XCTAssertGreaterThanOrEqual(detectable, ComparisonSettings.defaultThreshold)
        // Without the correction the same 7 points are each judged alone at p < 0.05.
        let raw = Comparator.compare(base: side(records), new: side(records), settings: ComparisonSettings(correction: .none))
        XCTAssertEqual(raw.outcome, .clean)
    }

    /// 3 trials a side: p >= 0.1 whatever happens, so even one point with --correction none is inconclusive.
    func testThreeTrialsCanNeverBeClean() {
        let records = workloads(1, trials: 3)
        for correction in MultipleTestCorrection.allCases {
            let comparison = Comparator.compare(base: side(records), new: side(records.map { $0 }), settings: ComparisonSettings(correction: correction))
            XCTAssertEqual(comparison.outcome, .inconclusive)
            XCTAssertFalse(comparison.power.uncorrectedSuffices)
            XCTAssertEqual(comparison.power.trialsNeeded, 4) // 2 / C(8, 4) = 0.029
            XCTAssertNil(comparison.power.testsNeededTogether)
        }
    }

    /// Two runs that share no comparable point (different --size) compare nothing: inconclusive, not clean.
    func testNothingComparableIsInconclusive() {
        let base = F.records(size: 100, walls: F.around(0.1, spread: 0.01))
        let new = F.records(size: 200, walls: F.around(0.1, spread: 0.01))
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        XCTAssertTrue(comparison.rows.isEmpty)
        XCTAssertEqual(comparison.unmatched.count, 1)
        XCTAssertEqual(comparison.power.tests, 0)
        XCTAssertEqual(comparison.outcome, .inconclusive)
    }

    /// A regression found is a regression even when other points were measured too weakly to show one.
    func testARegressionWinsOverBlindPoints() throws {
        let base = F.records(workload: "strong", walls: F.around(0.1, spread: 0.01, count: 9)) + F.records(workload: "weak", walls: [0.1, 0.1])
        let new = F.records(workload: "strong", walls: F.around(0.13, spread: 0.01, count: 9)) + F.records(workload: "weak", walls: [0.1, 0.1])
        let comparison = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
        XCTAssertEqual(comparison.outcome, .regression)
        XCTAssertEqual(comparison.power.blindTests, ["weak threads x1 wall"])
    }

    /// Wall and speedup of every point form one family: each q is Benjamini-Hochberg over all of their p-values.
    func testOneCorrectionFamilyOverEveryGatingTest() throws {
        let comparison = Comparator.compare(base: side(run(factor: 1, spread: 0.05)), new: side(run(factor: 1.03, spread: 0.05)),
                                            settings: ComparisonSettings())
        let gating = comparison.rows.flatMap { [$0.wall, $0.speedup].compactMap { $0 } }
        XCTAssertEqual(gating.count, 6)
        XCTAssertEqual(comparison.power.tests, 6)
        let expected = BenjaminiHochberg.adjust(gating.map(\.pValue))
        for (metric, q) in zip(gating, expected) {
            XCTAssertEqual(try XCTUnwrap(metric.qValue), try XCTUnwrap(q), accuracy: 1e-12)
        }
    }

    /// A ratio of 1.06 whose interval reaches below 1.05: a regression by the estimate, only `worse` by the bound.
    func testBoundRuleNeedsTheWholeIntervalBeyondTheThreshold() throws {
        let base = F.records(walls: F.around(0.1, spread: 0.02, count: 9))
        let new = F.records(walls: F.around(0.106, spread: 0.02, count: 9))
        let estimate = Comparator.compare(base: side(base), new: side(new), settings: ComparisonSettings())
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
        // The smallest change a lone point could flag grows by the interval's reach under the bound rule.
        XCTAssertGreaterThan(try XCTUnwrap(bound.rows[0].wall.detectableChange), try XCTUnwrap(estimate.rows[0].wall.detectableChange))
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
