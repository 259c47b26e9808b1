// BenchmarkRunner+Adaptive: --until-ci: after the planned rounds, more interleaved rounds for imprecise points.

extension BenchmarkRunner {
    /// Runs `plan`, then adds measured rounds (every point still short of the target once per round, the
    /// round's start rotating as in `RunPlan`) until every point's median wall time has a 95% interval narrower
    /// than `options.untilCiPercent` of it, a trial fails, or `options.maximumRepeat` trials are measured.
    public func runUntilPrecise(plan: RunPlan, references: [RunMetadata.Reference], observer: RunObserver?) -> [TrialRecord] {
        let adaptive = options.untilCiPercent != nil && options.maximumRepeat != nil
        var records = run(plan: plan, references: references, observer: observer, finalProbe: !adaptive)
        guard let percent = options.untilCiPercent, let maximum = options.maximumRepeat else { return records }
        // The last drift probe follows the last added round, whenever that is.
        defer { runProbe(afterTrials: records.count, observer: observer) }
        let template = Dictionary(plan.trials.map { ($0.point, $0) }, uniquingKeysWith: { first, _ in first })
        var round = options.repeatCount
        while round < maximum {
            round += 1
            let byPoint = Dictionary(grouping: records) { $0.spec.point }
            let pending = plan.points.filter { point in
                guard let mine = byPoint[point] else { return false }
                return AdaptiveStop.reason(mine, targetFraction: percent / 100, maximumRepeat: maximum) == nil
            }
            guard !pending.isEmpty else { break }
            let offset = (round * max(1, pending.count / 3)) % pending.count
            let specs = (0..<pending.count).compactMap { index -> TrialSpec? in
                guard let spec = template[pending[(index + offset) % pending.count]] else { return nil }
                return TrialSpec(python: spec.python, workload: spec.workload, size: spec.size, strategy: spec.strategy,
                                 workers: spec.workers, repetition: round, warmup: false, importSite: spec.importSite)
            }
            let planned = records.count + specs.count
            for spec in specs {
                observer?.runWillExecute(spec, completed: records.count, planned: planned)
                let reference = references.first { $0.python == spec.python.identity && $0.workload == spec.workload.name }
                let record = TrialJudge.record(spec, outcome: executor.execute(spec), referenceChecksum: reference?.checksum)
                records.append(record)
                observer?.runDidRecord(record, all: records, completed: records.count, planned: planned)
            }
        }
        return records
    }
}
