// RunPlan: the ordered list of trials, interleaved so machine drift hits every strategy alike.

/// The trials of a run in execution order.
public struct RunPlan: Sendable {
    public let trials: [TrialSpec]
    /// Every point, in the order of the first repetition.
    public let points: [PointKey]

    /// Builds the plan. Each round (warm-up rounds first, then measured ones) visits every point once; the
    /// round's starting point rotates so no point is always first or last after a pause. Pythons are the
    /// innermost loop, so releases are measured side by side.
    /// - Parameter sizes: the `run(size)` argument per workload name.
    public init(options: RunOptions, sizes: [String: Int]) {
        var pointSpecs: [(python: PythonInstallation, workload: Workload, strategy: Strategy, workers: Int)] = []
        for workload in options.workloads {
            for workers in options.workerCounts {
                for strategy in options.strategies {
                    for python in options.pythons {
                        pointSpecs.append((python, workload, strategy, workers))
                    }
                }
            }
        }
        points = pointSpecs.map {
            PointKey(pythonLabel: $0.python.label, workload: $0.workload.name, strategy: $0.strategy, workers: $0.workers)
        }
        var trials: [TrialSpec] = []
        let rounds = options.warmupCount + options.repeatCount
        for round in 0..<rounds {
            let warmup = round < options.warmupCount
            let repetition = warmup ? round + 1 : round - options.warmupCount + 1
            let offset = pointSpecs.isEmpty ? 0 : (round * max(1, pointSpecs.count / max(rounds, 1))) % pointSpecs.count
            for index in 0..<pointSpecs.count {
                let point = pointSpecs[(index + offset) % pointSpecs.count]
                trials.append(TrialSpec(
                    python: point.python, workload: point.workload, size: sizes[point.workload.name] ?? 0,
                    strategy: point.strategy, workers: point.workers, repetition: repetition, warmup: warmup,
                    importSite: options.importSite, threadModule: options.threadModuleInEffect,
                    innerWarmupCount: options.innerWarmupCount ?? 0, memoryLimitBytes: options.memoryLimitBytes))
            }
        }
        self.trials = trials
    }
}
