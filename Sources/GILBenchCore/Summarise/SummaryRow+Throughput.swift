// SummaryRow+Throughput: a copy of a summary row with its throughput against the run's baseline filled in.

extension SummaryRow {
    /// This row with `baseline` and `throughput_vs_baseline` (value, slowest-trial and fastest-trial) replaced.
    public func withThroughput(baseline: ThroughputBaseline?, value: Double?, minimum: Double?, maximum: Double?) -> SummaryRow {
        SummaryRow(
            pythonVersion: pythonVersion, pythonBuild: pythonBuild, workload: workload, size: size, strategy: strategy,
            workers: workers, trials: trials, failedTrials: failedTrials, wall: wall, speedup: speedup,
            speedupMinimum: speedupMinimum, speedupMaximum: speedupMaximum, efficiency: efficiency, setup: setup,
            teardown: teardown, workerSeconds: workerSeconds, status: status, message: message, lockModel: lockModel,
            baseline: baseline, throughputVsBaseline: value, throughputVsBaselineMinimum: minimum,
            throughputVsBaselineMaximum: maximum)
    }
}
