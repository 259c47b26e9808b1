// BenchmarkRunner+MemoryBaselines: measures M(runtime only), a 0-worker host, per Python and strategy.

extension BenchmarkRunner {
    /// Runs `samples` 0-worker trials per Python and kind of host (nothing is imported; each takes a few
    /// milliseconds) and keeps the median of each measure. A 0-worker host of threads, subinterpreters and
    /// shared-subinterpreters is the same host (the runtime started, nothing else), so it is measured once
    /// and recorded for each. Strategies a Python does not support, and hosts that report no memory (not Linux),
    /// are left out.
    public func measureMemoryBaselines(samples: Int = 3) -> [MemoryBaseline] {
        guard let workload = options.workloads.first else { return [] }
        var baselines: [MemoryBaseline] = []
        for python in options.pythons {
            var measured: [Bool: MemoryBaseline] = [:]
            for strategy in options.strategies where strategy.unsupportedReason(on: python) == nil {
                if let same = measured[strategy == .processes] {
                    baselines.append(MemoryBaseline(pythonVersion: same.pythonVersion, pythonBuild: same.pythonBuild, strategy: strategy,
                                                    memory: same.memory, samples: same.samples))
                    continue
                }
                var readings: [MemoryUsage] = []
                for repetition in 1...max(1, samples) {
                    let spec = TrialSpec(python: python, workload: workload, size: 0, strategy: strategy, workers: 0,
                                         repetition: repetition, warmup: true, importSite: options.importSite,
                                         memoryLimitBytes: options.memoryLimitBytes)
                    if case let .measured(measurement) = executor.execute(spec), let memory = measurement.setupMemory {
                        readings.append(memory)
                    }
                }
                guard !readings.isEmpty else { continue }
                func median(_ values: [Int]) -> Int { values.sorted()[values.count / 2] }
                let baseline = MemoryBaseline(
                    pythonVersion: python.version, pythonBuild: python.build, strategy: strategy,
                    memory: MemoryUsage(rssBytes: median(readings.map(\.rssBytes)), pssBytes: median(readings.map(\.pssBytes)),
                                        ussBytes: median(readings.map(\.ussBytes))),
                    samples: readings.count)
                measured[strategy == .processes] = baseline
                baselines.append(baseline)
            }
        }
        return baselines
    }
}
