// BenchmarkRunner+MemoryBaselines: measures M(runtime only), a 0-worker host, per Python and strategy.

extension BenchmarkRunner {
    /// Runs `samples` 0-worker trials per Python x strategy (nothing is imported; each takes a few
    /// milliseconds) and keeps the median of each measure. Strategies a Python does not support, and hosts that
    /// report no memory (not Linux), are left out.
    public func measureMemoryBaselines(samples: Int = 3) -> [MemoryBaseline] {
        guard let workload = options.workloads.first else { return [] }
        var baselines: [MemoryBaseline] = []
        for python in options.pythons {
            for strategy in options.strategies where strategy.unsupportedReason(on: python) == nil {
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
                baselines.append(MemoryBaseline(
                    pythonVersion: python.version, pythonBuild: python.build, strategy: strategy,
                    memory: MemoryUsage(rssBytes: median(readings.map(\.rssBytes)), pssBytes: median(readings.map(\.pssBytes)),
                                        ussBytes: median(readings.map(\.ussBytes))),
                    samples: readings.count))
            }
        }
        return baselines
    }
}
