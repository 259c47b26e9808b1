// ThroughputGeomean: the geometric mean of throughput_vs_baseline over a run's workloads, per Python x strategy x workers.

/// One point of the "all workloads" throughput curve (see `Geomean`): only formed from a row that names its
/// baseline, so its `baseline` is never nil.
public typealias ThroughputGeomean = Geomean<ThroughputMetric>

/// Throughput against the run's baseline, as `Geomean` averages it.
public enum ThroughputMetric: GeomeanMetric {
    public static func value(_ row: SummaryRow) -> Double? { row.throughputVsBaseline }
    public static func minimum(_ row: SummaryRow) -> Double? { row.throughputVsBaselineMinimum }
    public static func maximum(_ row: SummaryRow) -> Double? { row.throughputVsBaselineMaximum }
    public static func opens(_ row: SummaryRow) -> Bool { row.baseline != nil }
}

extension Geomean where Metric == ThroughputMetric {
    /// The geometric mean of throughput_vs_baseline.
    public var throughputVsBaseline: Double { value }
    /// Geometric means of the per-workload spread (slowest and fastest trial).
    public var throughputVsBaselineMinimum: Double? { minimum }
    public var throughputVsBaselineMaximum: Double? { maximum }
}
