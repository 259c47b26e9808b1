// ABRunner: measures both sides of `gilbench ab` interleaved (ABBA), pilot first, then up to the trials it asked for.
import Foundation

/// Drives an A/B measurement through one executor: warm-ups, a pilot of `ABDesign.pilotTrials` a side and point,
/// the trials a side `ABSampleSize` derives from the pilot's spread (per point, capped by
/// `ABDesign.maximumTrials`), then stops; or earlier when the next block would overrun the budget. Nothing here
/// looks at the difference between the sides: the gate (`ABGate`) is applied once, at the end, to all trials.
public final class ABRunner {
    /// One side: its options (one Python), its plan (for the points and their trial template) and references.
    public struct Side {
        public let options: RunOptions
        public let plan: RunPlan
        public let references: [RunMetadata.Reference]

        public init(options: RunOptions, plan: RunPlan, references: [RunMetadata.Reference]) {
            self.options = options
            self.plan = plan
            self.references = references
        }
    }

    let base: Side
    let new: Side
    let design: ABDesign
    let executor: TrialExecutor
    let probe: CalibrationProbe?
    let startedAt: MonotonicInstant

    /// - Parameters:
    ///   - probe: the drift probe, timed before the first trial, after the pilot, through the rest and after the
    ///     last trial, on both sides' Pythons.
    ///   - startedAt: when the budget started (before the references).
    /// - Throws: `GILBenchError.invalidValue` when the sides do not have the same number of points.
    public init(base: Side, new: Side, design: ABDesign, executor: TrialExecutor, probe: CalibrationProbe?,
                startedAt: MonotonicInstant = .now()) throws {
        guard base.plan.points.count == new.plan.points.count else {
            throw GILBenchError.invalidValue(flag: "--new", value: "\(new.plan.points.count) point(s)",
                                             expected: "as many points as --base (\(base.plan.points.count)): the same number of workloads on each side, paired by position")
        }
        self.base = base
        self.new = new
        self.design = design
        self.executor = executor
        self.probe = probe
        self.startedAt = startedAt
    }

    /// The number of gating tests the design splits alpha over: one wall-time test per point.
    public var gatingTests: Int { base.plan.points.count }

    /// Measures until every point has its trials or the budget is spent.
    public func run(observer: ABObserver?) -> ABOutcome {
        var state = State(pairs: base.plan.points.count)
        let pythons = (base.options.pythons + new.options.pythons).uniqued()
        func runProbe() {
            guard let probe else { return }
            state.probes += 1
            state.calibration += probe.measure(number: state.probes, afterTrials: state.executed, pythons: pythons,
                                               importSite: base.options.importSite, executor: executor)
        }
        runProbe()
        for pair in 0..<state.pairs {
            for side in ABSide.allCases {
                if let reason = cannotRun(side: side, pair: pair) {
                    record(.notRun(spec(side: side, pair: pair, repetition: 1, warmup: false), status: reason.status, message: reason.message),
                           side: side, pair: pair, state: &state, observer: observer)
                    state.stopped[pair] = state.stopped[pair] ?? reason.message
                }
            }
        }
        for round in 0..<base.options.warmupCount {
            for pair in 0..<state.pairs where state.stopped[pair] == nil {
                for side in ABSide.allCases { execute(side: side, pair: pair, repetition: round + 1, warmup: true, state: &state, observer: observer) }
            }
        }
        // Stage 1: the pilot.
        let pilotBlocks = design.pilotTrials / ABOrder.trialsPerSidePerBlock
        var budgetSpent = false
        for _ in 0..<pilotBlocks {
            let active = (0..<state.pairs).filter { state.stopped[$0] == nil }
            if state.blocks > 0 && overrunsBudget(trials: 4 * active.count, state: state) {
                budgetSpent = true
                break
            }
            runBlock(active, state: &state, observer: observer)
        }
        // The sample size, from the pilot's spread only.
        for pair in 0..<state.pairs where state.stopped[pair] == nil {
            let spread = ABSampleSize.pooledLogSpread([okWalls(state.records[.base]![pair]), okWalls(state.records[.new]![pair])])
            state.spread[pair] = spread
            let wanted = ABSampleSize.trialsPerSide(spread: spread ?? .infinity, threshold: design.threshold,
                                                   power: design.minimumPower, tests: gatingTests, alpha: design.alpha)
            state.needed[pair] = min(design.maximumTrials, max(design.pilotTrials, wanted))
        }
        observer?.abDidFinishBlock(state.blocks, stage: "pilot", points: statuses(state), trialsLeft: trialsLeft(state),
                                   elapsedSeconds: elapsed())
        // Stage 2: the rest, with the probe spread through it.
        var probeAt = probe.map { Array($0.schedule(totalTrials: trialsLeft(state)).dropLast()) } ?? []
        let stageStart = state.executed
        while !budgetSpent {
            let pending = (0..<state.pairs).filter { statuses(state)[$0].remaining > 0 }
            guard !pending.isEmpty else { break }
            while let next = probeAt.first, state.executed - stageStart >= next {
                probeAt.removeFirst()
                runProbe()
            }
            if overrunsBudget(trials: 4 * pending.count, state: state) {
                budgetSpent = true
                break
            }
            runBlock(pending, state: &state, observer: observer)
            observer?.abDidFinishBlock(state.blocks, stage: "measure", points: statuses(state), trialsLeft: trialsLeft(state),
                                       elapsedSeconds: elapsed())
        }
        runProbe()
        return ABOutcome(baseRecords: state.all[.base]!, newRecords: state.all[.new]!, calibration: state.calibration,
                         points: statuses(state), budgetSpent: budgetSpent, blocks: state.blocks, elapsedSeconds: elapsed())
    }

    // MARK: - Steps

    private struct State {
        let pairs: Int
        var all: [ABSide: [TrialRecord]] = [.base: [], .new: []]
        /// Measured records per side and pair.
        var records: [ABSide: [[TrialRecord]]]
        var repetitions: [ABSide: [Int]]
        var stopped: [Int: String] = [:]
        var spread: [Int: Double] = [:]
        var needed: [Int: Int] = [:]
        var calibration: [CalibrationSample] = []
        var probes = 0
        var executed = 0
        var blocks = 0
        /// Seconds each executed trial took end to end (host start included), for the budget.
        var trialSeconds: [Double] = []

        init(pairs: Int) {
            self.pairs = pairs
            records = [.base: Array(repeating: [], count: pairs), .new: Array(repeating: [], count: pairs)]
            repetitions = [.base: Array(repeating: 0, count: pairs), .new: Array(repeating: 0, count: pairs)]
        }
    }

    private func runBlock(_ pairs: [Int], state: inout State, observer: ABObserver?) {
        for step in ABOrder.block(state.blocks, points: pairs) where state.stopped[step.point] == nil {
            state.repetitions[step.side]![step.point] += 1
            execute(side: step.side, pair: step.point, repetition: state.repetitions[step.side]![step.point], warmup: false,
                    state: &state, observer: observer)
        }
        state.blocks += 1
    }

    private func execute(side: ABSide, pair: Int, repetition: Int, warmup: Bool, state: inout State, observer: ABObserver?) {
        let trial = spec(side: side, pair: pair, repetition: repetition, warmup: warmup)
        let began = MonotonicInstant.now()
        let outcome = executor.execute(trial)
        state.trialSeconds.append(MonotonicInstant.now().seconds(since: began))
        state.executed += 1
        let made = TrialJudge.record(trial, outcome: outcome, referenceChecksum: reference(side: side, trial: trial)?.checksum)
        if made.status.isFailure { state.stopped[pair] = "\(side.rawValue) \(made.status.rawValue): \(made.message)" }
        record(made, side: side, pair: pair, state: &state, observer: observer)
    }

    private func record(_ record: TrialRecord, side: ABSide, pair: Int, state: inout State, observer: ABObserver?) {
        state.all[side]!.append(record)
        if !record.spec.warmup { state.records[side]![pair].append(record) }
        observer?.abDidRecord(record, side: side, base: state.all[.base]!, new: state.all[.new]!, calibration: state.calibration)
    }

    private func sideOf(_ side: ABSide) -> Side { side == .base ? base : new }

    /// A trial of `pair` on `side`, from the first planned trial of that point.
    private func spec(side: ABSide, pair: Int, repetition: Int, warmup: Bool) -> TrialSpec {
        let chosen = sideOf(side)
        let point = chosen.plan.points[pair]
        let template = chosen.plan.trials.first { $0.point == point }!
        return TrialSpec(python: template.python, workload: template.workload, size: template.size, strategy: template.strategy,
                         workers: template.workers, repetition: repetition, warmup: warmup, importSite: template.importSite,
                         threadModule: template.threadModule, innerWarmupCount: template.innerWarmupCount,
                         memoryLimitBytes: template.memoryLimitBytes)
    }

    private func reference(side: ABSide, trial: TrialSpec) -> RunMetadata.Reference? {
        sideOf(side).references.first {
            $0.pythonVersion == trial.python.version && $0.pythonBuild == trial.python.build && $0.workload == trial.workload.name
        }
    }

    /// Why a point cannot run on a side at all (unsupported strategy, failed reference run), as `BenchmarkRunner` says.
    private func cannotRun(side: ABSide, pair: Int) -> (status: TrialStatus, message: String)? {
        let trial = spec(side: side, pair: pair, repetition: 1, warmup: false)
        if let reason = trial.strategy.unsupportedReason(on: trial.python) { return (.unsupported, reason) }
        if let reference = reference(side: side, trial: trial), reference.checksum == nil {
            let status = reference.error.flatMap { error in TrialStatus.allCases.first { error.hasPrefix($0.rawValue + ":") } } ?? .error
            return (status, "not run: the reference run in the main interpreter failed: \(reference.error ?? "unknown")")
        }
        return nil
    }

    private func okWalls(_ records: [TrialRecord]) -> [Double] {
        records.filter { $0.status == .ok }.compactMap(\.wallSeconds).filter { $0 > 0 }
    }

    private func statuses(_ state: State) -> [ABPointStatus] {
        (0..<state.pairs).map { pair in
            let point = base.plan.points[pair]
            let baseWalls = okWalls(state.records[.base]![pair])
            let newWalls = okWalls(state.records[.new]![pair])
            let ratio = baseWalls.isEmpty || newWalls.isEmpty ? nil : exp(HodgesLehmann.estimate(baseWalls.map(log), newWalls.map(log)))
            return ABPointStatus(name: "\(point.workload) \(point.strategy.rawValue) x\(point.workers)", baseTrials: baseWalls.count,
                                 newTrials: newWalls.count, spread: state.spread[pair], neededTrials: state.needed[pair],
                                 ratio: ratio, stopped: state.stopped[pair])
        }
    }

    /// Trials (both sides) still planned: whole blocks per pending point.
    private func trialsLeft(_ state: State) -> Int {
        statuses(state).reduce(0) { total, point in
            let blocks = (point.remaining + ABOrder.trialsPerSidePerBlock - 1) / ABOrder.trialsPerSidePerBlock
            return total + blocks * 2 * ABOrder.trialsPerSidePerBlock
        }
    }

    private func overrunsBudget(trials: Int, state: State) -> Bool {
        let perTrial = state.trialSeconds.isEmpty ? 0 : state.trialSeconds.reduce(0, +) / Double(state.trialSeconds.count)
        return elapsed() + perTrial * Double(trials) > design.budgetSeconds
    }

    private func elapsed() -> Double { MonotonicInstant.now().seconds(since: startedAt) }
}
