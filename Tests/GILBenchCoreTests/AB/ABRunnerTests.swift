// ABRunnerTests: ab's runner with a scripted executor: ABBA execution, pilot then the trials asked for, the budget,
// a failed point, and the drift probe through the run.
import Foundation
import GILBenchCore
import XCTest

final class ABRunnerTests: XCTestCase {
    private func makeRunner(wall: @escaping (TrialSpec, Int) -> Double, design: ABDesign, probe: Bool = false,
                            fail: ((TrialSpec) -> Bool)? = nil) throws -> (ABRunner, ScriptedExecutor) {
        var calls = 0
        let executor = ScriptedExecutor { spec in
            calls += 1
            if let fail, fail(spec) { return .failed(.crash, "killed by SIGSEGV") }
            guard case let .measured(measurement) = BenchmarkRunnerTests.measured(spec) else { return .failed(.error, "?") }
            return .measured(TrialMeasurement(setupSeconds: 0.01, wallSeconds: wall(spec, calls), teardownSeconds: 0.001,
                                              workers: measurement.workers))
        }
        let baseOptions = Fixtures.options(strategies: [.threads], workers: [1], repeat: design.pilotTrials, warmup: 1)
        let newWorkload = Workload(name: "a", path: "/new/a.py", summary: "", builtIn: false)
        let newOptions = RunOptions(pythons: baseOptions.pythons, workloads: [newWorkload], strategies: [.threads], workerCounts: [1],
                                    sizeOverride: nil, repeatCount: design.pilotTrials, warmupCount: 1, timeoutSeconds: 5, importSite: true)
        func side(_ options: RunOptions) throws -> ABRunner.Side {
            let prepared = try BenchmarkRunner(options: options, executor: executor).runReferences()
            return ABRunner.Side(options: options, plan: RunPlan(options: options, sizes: prepared.sizes), references: prepared.references)
        }
        let runner = try ABRunner(base: try side(baseOptions), new: try side(newOptions), design: design, executor: executor,
                                  probe: probe ? CalibrationProbe(workload: Fixtures.workload("_calibration")) : nil)
        return (runner, executor)
    }

    private func isNew(_ spec: TrialSpec) -> Bool { spec.workload.path == "/new/a.py" }

    func testRunsABBABlocksAndExactlyTheTrialsThePilotAsksFor() throws {
        // Log-time spread about 0.1 on both sides, new 10% slower.
        let pattern = [0.9, 1.1, 1.0, 0.95, 1.05, 1.12, 0.88, 1.0]
        let design = ABDesign(threshold: 0.05, minimumPower: 0.8, pilotTrials: 4, maximumTrials: 40, budgetSeconds: 3600)
        let (runner, executor) = try makeRunner(wall: { spec, call in 0.1 * pattern[call % pattern.count] * (self.isNew(spec) ? 1.1 : 1) }, design: design)
        let outcome = runner.run(observer: nil)
        let point = try XCTUnwrap(outcome.points.first)
        let spread = try XCTUnwrap(point.spread)
        let needed = min(40, max(4, ABSampleSize.trialsPerSide(spread: spread, threshold: 0.05, power: 0.8, tests: 1)))
        XCTAssertEqual(point.neededTrials, needed)
        XCTAssertGreaterThan(needed, 4)
        // Whole blocks: the needed count rounded up to even.
        let expected = (needed + 1) / 2 * 2
        XCTAssertEqual(outcome.baseRecords.filter { !$0.spec.warmup }.count, expected)
        XCTAssertEqual(outcome.newRecords.filter { !$0.spec.warmup }.count, expected)
        XCTAssertEqual(point.remaining, 0)
        XCTAssertFalse(outcome.budgetSpent)
        // Warm-ups A B first, then blocks of A B B A and B A A B in turn.
        let measured = executor.executed.filter { !$0.warmup }.map { isNew($0) ? "B" : "A" }
        XCTAssertEqual(measured.joined(), (0..<expected / 2).map { $0 % 2 == 0 ? "ABBA" : "BAAB" }.joined())
        XCTAssertEqual(executor.executed.prefix(2).map(\.warmup), [true, true])
        // Repetitions count per side from 1.
        XCTAssertEqual(outcome.newRecords.filter { !$0.spec.warmup }.map(\.spec.repetition), Array(1...expected))
    }

    func testNoSpreadStopsAtThePilot() throws {
        let design = ABDesign(threshold: 0.05, minimumPower: 0.8, pilotTrials: 4, maximumTrials: 40, budgetSeconds: 3600)
        let (runner, _) = try makeRunner(wall: { spec, _ in self.isNew(spec) ? 0.2 : 0.1 }, design: design)
        let outcome = runner.run(observer: nil)
        XCTAssertEqual(outcome.points.first?.neededTrials, 4)
        XCTAssertEqual(outcome.blocks, 2)
    }

    func testTheBudgetStopsMeasuringAfterTheFirstBlock() throws {
        let pattern = [0.5, 1.5, 1.0, 0.7, 1.3]
        let design = ABDesign(threshold: 0.05, minimumPower: 0.8, pilotTrials: 4, maximumTrials: 40, budgetSeconds: 0.000_001)
        let (runner, _) = try makeRunner(wall: { _, call in 0.1 * pattern[call % pattern.count] }, design: design)
        let outcome = runner.run(observer: nil)
        XCTAssertTrue(outcome.budgetSpent)
        XCTAssertEqual(outcome.blocks, 1)
        XCTAssertEqual(outcome.newRecords.filter { !$0.spec.warmup }.count, 2)
    }

    func testAFailedTrialStopsItsPointAndIsRecorded() throws {
        let design = ABDesign(threshold: 0.05, minimumPower: 0.8, pilotTrials: 4, maximumTrials: 40, budgetSeconds: 3600)
        let (runner, executor) = try makeRunner(wall: { _, _ in 0.1 }, design: design,
                                                fail: { self.isNew($0) && !$0.warmup && $0.repetition == 2 })
        let outcome = runner.run(observer: nil)
        XCTAssertEqual(outcome.newRecords.last?.status, .crash)
        XCTAssertNotNil(outcome.points.first?.stopped)
        XCTAssertEqual(executor.executed.filter { !$0.warmup }.count, 3) // A B B(crash): the point stops there.
    }

    func testTheProbeRunsBeforeAfterThePilotThroughAndAfter() throws {
        let pattern = [0.9, 1.1, 1.0, 0.95, 1.05, 1.12, 0.88, 1.0]
        let design = ABDesign(threshold: 0.05, minimumPower: 0.8, pilotTrials: 4, maximumTrials: 40, budgetSeconds: 3600)
        let (runner, executor) = try makeRunner(wall: { _, call in 0.1 * pattern[call % pattern.count] }, design: design, probe: true)
        let outcome = runner.run(observer: nil)
        let probes = executor.executed.enumerated().filter { $0.element.workload.name == "_calibration" }
        XCTAssertEqual(outcome.calibration.count, CalibrationProbe.defaultCount + 1)
        XCTAssertEqual(probes.count, CalibrationProbe.defaultCount + 1)
        XCTAssertEqual(probes.first?.offset, 0)
        XCTAssertEqual(probes.last?.offset, executor.executed.count - 1)
        XCTAssertTrue(probes.allSatisfy { $0.element.strategy == .threads && $0.element.workers == 1 && $0.element.size == CalibrationProbe.size })
        XCTAssertEqual(outcome.calibration.map(\.probe), Array(1...(CalibrationProbe.defaultCount + 1)))
        // The probe's trials are not the sides' trials.
        XCTAssertFalse(outcome.baseRecords.contains { $0.spec.workload.name == "_calibration" })
    }
}
