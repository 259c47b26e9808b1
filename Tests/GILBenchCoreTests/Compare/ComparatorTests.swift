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
}
