// StabilityRulesTests: each stability rule fires on a point built for it and stays quiet on a clean one.
import GILBenchCore
import XCTest

final class StabilityRulesTests: XCTestCase {
    /// A point: `walls` and `workerTimes` as samples, the speedup interval as given.
    private func row(workers: Int = 1, walls: [Double] = [0.30, 0.30, 0.31, 0.30, 0.30], workerTimes: [Double]? = nil,
                     speedup: Double? = nil, speedupMinimum: Double? = nil, speedupMaximum: Double? = nil) -> SummaryRow {
        SummaryRow(pythonVersion: "3.13.0", pythonBuild: "default", workload: "work", size: 10, strategy: .processes,
                   workers: workers, trials: walls.count, failedTrials: 0, wall: Statistics(walls),
                   speedup: speedup ?? (workers == 1 ? 1 : nil), speedupMinimum: speedupMinimum, speedupMaximum: speedupMaximum,
                   efficiency: nil, setup: nil, teardown: nil, workerSeconds: Statistics(workerTimes ?? walls),
                   status: .ok, message: "")
    }

    private func point(_ row: SummaryRow, cpus: Int? = 2, load: Double? = 0.1, governors: [String]? = nil) -> StabilityPoint {
        StabilityPoint(row: row, usableCPUs: cpus, loadAverage: load, frequencyGovernors: governors)
    }

    func testLeftProcesses() {
        let rule = LeftProcessesRule()
        XCTAssertNil(rule.check(point(row())), "no trial checked")
        var clean = row()
        clean.leftProcesses = nil
        XCTAssertNil(rule.check(point(clean)))
        var leaving = row()
        leaving.leftProcesses = LeftProcesses(count: 3, firstCommandLine: "python -c import time; time.sleep(600)")
        leaving.trialsLeavingProcesses = 2
        let warning = rule.check(point(leaving))
        XCTAssertEqual(warning?.code, .leftProcesses)
        XCTAssertTrue(warning?.text.hasPrefix("3 processes outlived 2 of 5 trials and were killed, the first: python -c import time, time.sleep(600)") ?? false,
                      warning?.text ?? "")
        XCTAssertFalse(warning?.text.contains(";") ?? true, "summary.csv joins warnings with '; '")
    }

    func testShortCall() {
        let rule = ShortCallRule()
        let tiny = rule.check(point(row(walls: [0.000_002, 0.000_003, 0.000_002])))
        XCTAssertEqual(tiny?.code, .shortCall)
        XCTAssertTrue(tiny?.text.contains("µs") ?? false, tiny?.text ?? "")
        XCTAssertNil(rule.check(point(row())))
        XCTAssertNil(rule.check(point(row(walls: [0.011, 0.012, 0.011]))), "just above 10 ms")
    }

    func testHighSpreadOnWallTimes() {
        let rule = HighSpreadRule()
        XCTAssertEqual(rule.check(point(row(walls: [0.20, 0.30, 0.40, 0.25, 0.35])))?.code, .highSpread)
        XCTAssertNil(rule.check(point(row())))
        XCTAssertNil(rule.check(point(row(walls: [0.2]))), "one sample has no spread")
    }

    func testHighSpreadOnWorkerTimesWhenWallTimesLookCalm() {
        let rule = HighSpreadRule()
        let warning = rule.check(point(row(walls: [0.30, 0.31], workerTimes: [0.10, 0.30, 0.20, 0.31])))
        XCTAssertEqual(warning?.code, .highSpread)
        XCTAssertTrue(warning?.text.contains("workers' own") ?? false, warning?.text ?? "")
    }

    func testSpeedupAboveIdeal() {
        let rule = SpeedupAboveIdealRule()
        XCTAssertEqual(rule.check(point(row(workers: 2, speedup: 2.2, speedupMinimum: 2.1, speedupMaximum: 2.3)))?.code, .speedupAboveIdeal)
        XCTAssertNil(rule.check(point(row(workers: 2, speedup: 2.2, speedupMinimum: 1.9, speedupMaximum: 2.3))),
                     "the interval reaches the ideal: noise, not an impossibility")
        XCTAssertNil(rule.check(point(row(workers: 2, speedup: 1.9, speedupMinimum: 1.8, speedupMaximum: 2.0))))
        XCTAssertEqual(rule.check(point(row(workers: 4, speedup: 2.5, speedupMinimum: 2.4), cpus: 2))?.code, .speedupAboveIdeal,
                       "4 workers on 2 usable CPUs: the ideal is 2")
        XCTAssertNil(rule.check(point(row(workers: 4, speedup: 2.5, speedupMinimum: 2.4), cpus: 4)))
    }

    func testHighLoad() {
        let rule = HighLoadRule()
        XCTAssertEqual(rule.check(point(row(), cpus: 2, load: 3.5))?.code, .highLoad)
        XCTAssertNil(rule.check(point(row(), cpus: 2, load: 0.3)))
        XCTAssertNil(rule.check(point(row(), cpus: 8, load: 3.5)))
        XCTAssertNil(rule.check(point(row(), cpus: nil, load: 3.5)), "nothing recorded: quiet")
    }

    func testFewTrials() {
        let rule = FewTrialsRule()
        XCTAssertEqual(rule.check(point(row(walls: [0.3, 0.3])))?.code, .fewTrials)
        XCTAssertNil(rule.check(point(row(walls: [0.3, 0.3, 0.3]))))
    }

    func testFrequencyScaling() {
        let rule = FrequencyScalingRule()
        XCTAssertEqual(rule.check(point(row(), governors: ["schedutil"]))?.code, .frequencyScaling)
        XCTAssertEqual(rule.check(point(row(), governors: ["performance", "powersave"]))?.code, .frequencyScaling)
        XCTAssertNil(rule.check(point(row(), governors: ["performance"])))
        XCTAssertNil(rule.check(point(row(), governors: nil)), "not exposed (a VM): quiet")
    }

    func testWarningTextNeverBreaksTheSummaryColumn() {
        let warning = StabilityWarning(.highLoad, "a; b")
        XCTAssertFalse(warning.text.contains(";"))
        XCTAssertEqual(warning.description, "high-load: a, b")
    }

    func testChecksAnnotateRowsWithWarningsAndContention() {
        let one = row(workers: 1, walls: [0.30, 0.30, 0.30], workerTimes: [0.30, 0.30, 0.30])
        let two = row(workers: 2, walls: [0.62, 0.60, 0.61], workerTimes: [0.60, 0.60, 0.61, 0.60, 0.62, 0.60], speedup: 0.98)
        let annotated = StabilityChecks.annotate([one, two], machine: nil)
        XCTAssertEqual(annotated[0].warnings, [])
        XCTAssertEqual(annotated[1].workerContention ?? 0, 2.0, accuracy: 0.001, "each worker twice as slow: contention")
        XCTAssertEqual(annotated[0].workerContention ?? 0, 1.0, accuracy: 1e-9)
        XCTAssertEqual(WorkerContention.stragglerRatio(of: two) ?? 0, 1.0, accuracy: 0.02)
        let noisy = StabilityChecks.annotate([row(walls: [0.000_001, 0.000_002])], machine: nil)
        XCTAssertEqual(noisy[0].warnings.map(\.code), [.shortCall, .fewTrials, .highSpread])
    }
}
