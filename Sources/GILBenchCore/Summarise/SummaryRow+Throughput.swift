// SummaryRow+Throughput: a copy of a summary row with its throughput against the run's baseline filled in.

extension SummaryRow {
    /// This row with `baseline` and `throughput_vs_baseline` (value, slowest-trial and fastest-trial) replaced.
    public func withThroughput(baseline: ThroughputBaseline?, value: Double?, minimum: Double?, maximum: Double?) -> SummaryRow {
        // A copy, so every other field (set by other summary passes) is kept.
        var row = self
        row.baseline = baseline
        row.throughputVsBaseline = value
        row.throughputVsBaselineMinimum = minimum
        row.throughputVsBaselineMaximum = maximum
        return row
    }
}
