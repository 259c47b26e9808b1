// CalibrationProbeTests: where a run times the drift probe, and that a broken probe never breaks the run.
import GILBenchCore
import XCTest

final class CalibrationProbeTests: XCTestCase {
    private let probe = CalibrationProbe(workload: Fixtures.workload("_calibration"))

    func testScheduleIsBeforeTheFirstEvenlyBetweenAndAfterTheLast() {
        XCTAssertEqual(probe.schedule(totalTrials: 100), [0, 25, 50, 75, 100])
        XCTAssertEqual(probe.schedule(totalTrials: 0), [0, 0, 0, 0, 0])
    }

    func testARunTimesTheProbeOnEveryPythonThroughThePlan() throws {
        let options = Fixtures.options(pythons: ["3.12.1", "3.13.0"], strategies: [.threads], workers: [1, 2], repeat: 2, warmup: 0)
        let executor = ScriptedExecutor(trial: BenchmarkRunnerTests.measured)
        let runner = BenchmarkRunner(options: options, executor: executor)
        runner.probe = probe
        let (sizes, references) = try runner.runReferences()
        let plan = RunPlan(options: options, sizes: sizes)
        let records = runner.run(plan: plan, references: references, observer: nil)
        XCTAssertEqual(records.count, plan.trials.count)
        XCTAssertFalse(records.contains { $0.spec.workload.name == "_calibration" })
        let samples = runner.calibrationSamples
        XCTAssertEqual(samples.count, CalibrationProbe.defaultCount * 2)
        XCTAssertEqual(Set(samples.map(\.pythonVersion)), ["3.12.1", "3.13.0"])
        XCTAssertEqual(samples.map(\.afterTrials), probe.schedule(totalTrials: plan.trials.count).flatMap { [$0, $0] })
        // The probe's trials sit at those positions in what the executor ran.
        let positions = executor.executed.enumerated().filter { $0.element.workload.name == "_calibration" }.map(\.offset)
        XCTAssertEqual(positions.first, 0)
        XCTAssertEqual(positions.last, executor.executed.count - 1)
    }

    func testAFailingProbeLeavesNoSampleAndTheRunGoesOn() throws {
        let options = Fixtures.options(strategies: [.threads], workers: [1], repeat: 2, warmup: 0)
        let executor = ScriptedExecutor { spec in
            spec.workload.name == "_calibration" ? .failed(.crash, "boom") : BenchmarkRunnerTests.measured(spec)
        }
        let runner = BenchmarkRunner(options: options, executor: executor)
        runner.probe = probe
        let (sizes, references) = try runner.runReferences()
        let records = runner.run(plan: RunPlan(options: options, sizes: sizes), references: references, observer: nil)
        XCTAssertTrue(records.allSatisfy { $0.status == .ok })
        XCTAssertTrue(runner.calibrationSamples.isEmpty)
    }
}
