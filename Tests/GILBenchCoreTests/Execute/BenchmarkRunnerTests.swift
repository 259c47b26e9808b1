// BenchmarkRunnerTests: the runner's policies with a scripted executor (no Python involved).
import GILBenchCore
import XCTest

/// An executor that answers from closures and records what it was asked.
final class ScriptedExecutor: TrialExecutor {
    var referenceAnswer: (PythonInstallation, Workload) -> ReferenceOutcome
    var trialAnswer: (TrialSpec) -> TrialOutcome
    private(set) var executed: [TrialSpec] = []

    init(reference: @escaping (PythonInstallation, Workload) -> ReferenceOutcome = { _, _ in
             .completed(ReferenceResult(defaultSize: 10, docstring: "doc", checksum: "42", directSeconds: 0.1, invalidReason: nil, runError: nil))
         },
         trial: @escaping (TrialSpec) -> TrialOutcome) {
        referenceAnswer = reference
        trialAnswer = trial
    }

    func reference(python: PythonInstallation, workload: Workload, size: Int?, importSite: Bool) -> ReferenceOutcome {
        referenceAnswer(python, workload)
    }

    func execute(_ spec: TrialSpec) -> TrialOutcome {
        executed.append(spec)
        return trialAnswer(spec)
    }
}

final class BenchmarkRunnerTests: XCTestCase {
    static func measured(_ spec: TrialSpec) -> TrialOutcome {
        let identities: [(Int32, Int64)] = (0..<spec.workers).map { index in
            // Identities that meet the strategy's rule, so a new strategy needs no case here.
            switch spec.strategy.descriptor.identity {
            case .sharedInterpreter, .recordedOnly: return (1, 0)
            case .distinctSubinterpreters, .noMainInterpreter: return (1, Int64(index + 1))
            case .distinctProcesses: return (Int32(index + 10), 0)
            }
        }
        return .measured(TrialMeasurement(setupSeconds: 0.01, wallSeconds: 0.1, teardownSeconds: 0.001,
                                          workers: Fixtures.samples(identities.map { (pid: $0.0, interpreter: $0.1) })))
    }

    func testAllPointsRunAndAreOK() throws {
        let options = Fixtures.options(repeat: 2, warmup: 1)
        let executor = ScriptedExecutor(trial: Self.measured)
        let runner = BenchmarkRunner(options: options, executor: executor)
        let (sizes, references) = try runner.runReferences()
        XCTAssertEqual(sizes, ["a": 10])
        let plan = RunPlan(options: options, sizes: sizes)
        let records = runner.run(plan: plan, references: references, observer: nil)
        XCTAssertEqual(records.count, plan.trials.count)
        XCTAssertEqual(executor.executed.count, plan.trials.count)
        XCTAssertTrue(records.allSatisfy { $0.status == .ok })
    }

    func testOwnGILOnOldPythonIsUnsupportedOnceAndNeverExecuted() throws {
        let options = Fixtures.options(pythons: ["3.11.7"], repeat: 3, warmup: 1)
        let executor = ScriptedExecutor(trial: Self.measured)
        let runner = BenchmarkRunner(options: options, executor: executor)
        let (sizes, references) = try runner.runReferences()
        let records = runner.run(plan: RunPlan(options: options, sizes: sizes), references: references, observer: nil)
        let unsupported = records.filter { $0.status == .unsupported }
        XCTAssertEqual(unsupported.count, 2, "one row per worker count")
        XCTAssertTrue(unsupported.allSatisfy { $0.spec.strategy == .subinterpreters && $0.message.contains("3.12+") })
        XCTAssertFalse(executor.executed.contains { $0.strategy == .subinterpreters })
    }

    func testPointIsSkippedAfterItFailsButOthersGoOn() throws {
        let options = Fixtures.options(strategies: [.threads, .processes], workers: [1], repeat: 3, warmup: 0)
        let executor = ScriptedExecutor { spec in
            spec.strategy == .processes ? .failed(.crash, "killed by SIGSEGV") : Self.measured(spec)
        }
        let runner = BenchmarkRunner(options: options, executor: executor)
        let (sizes, references) = try runner.runReferences()
        let records = runner.run(plan: RunPlan(options: options, sizes: sizes), references: references, observer: nil)
        XCTAssertEqual(executor.executed.filter { $0.strategy == .processes }.count, 1)
        XCTAssertEqual(records.filter { $0.spec.strategy == .threads && $0.status == .ok }.count, 3)
        XCTAssertEqual(records.filter { $0.spec.strategy == .processes }.map(\.status), [.crash])
    }

    func testWarmupFailureStillLeavesAMeasuredRow() throws {
        let options = Fixtures.options(strategies: [.threads], workers: [1], repeat: 2, warmup: 1)
        let executor = ScriptedExecutor { _ in .failed(.timeout, "killed after the 5 s timeout") }
        let runner = BenchmarkRunner(options: options, executor: executor)
        let (sizes, references) = try runner.runReferences()
        let records = runner.run(plan: RunPlan(options: options, sizes: sizes), references: references, observer: nil)
        XCTAssertEqual(executor.executed.count, 1)
        let measured = records.filter { !$0.spec.warmup }
        XCTAssertEqual(measured.map(\.status), [.timeout])
        XCTAssertTrue(measured[0].message.contains("skipped after warm-up 1 failed"), measured[0].message)
        XCTAssertEqual(Summarizer.summarize(records).first?.status, .timeout)
    }

    func testFailingReferenceMarksEveryPointWithoutRunning() throws {
        let options = Fixtures.options(strategies: [.threads, .processes], workers: [1, 2], repeat: 2, warmup: 0)
        let executor = ScriptedExecutor(reference: { _, _ in .failed(.timeout, "killed after the 5 s timeout (--timeout)") }, trial: Self.measured)
        let runner = BenchmarkRunner(options: options, executor: executor)
        let (sizes, references) = try runner.runReferences()
        let records = runner.run(plan: RunPlan(options: options, sizes: sizes), references: references, observer: nil)
        XCTAssertTrue(executor.executed.isEmpty)
        XCTAssertEqual(records.count, 4, "one row per point")
        XCTAssertTrue(records.allSatisfy { $0.status == .timeout && $0.message.hasPrefix("not run: the reference run") })
    }

    func testInvalidWorkloadStopsBeforeAnyTrial() {
        let executor = ScriptedExecutor(reference: { _, _ in
            .completed(ReferenceResult(defaultSize: nil, docstring: "", checksum: nil, directSeconds: nil,
                                       invalidReason: "TypeError: it defines no callable run(size)", runError: nil))
        }, trial: Self.measured)
        let runner = BenchmarkRunner(options: Fixtures.options(), executor: executor)
        XCTAssertThrowsError(try runner.runReferences()) { error in
            guard case let GILBenchError.workloadInvalid(name, _, reason)? = error as? GILBenchError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(name, "a")
            XCTAssertTrue(reason.contains("run(size)"))
        }
    }

    func testWorkloadWithoutSizeNeedsSizeFlag() {
        let executor = ScriptedExecutor(reference: { _, _ in
            .completed(ReferenceResult(defaultSize: nil, docstring: "", checksum: nil, directSeconds: nil, invalidReason: nil, runError: nil))
        }, trial: Self.measured)
        let runner = BenchmarkRunner(options: Fixtures.options(), executor: executor)
        XCTAssertThrowsError(try runner.runReferences()) { error in
            XCTAssertTrue("\(error)".contains("--size"), "\(error)")
        }
    }
}
