// SpeedupGeomean: the geometric mean of speedup over a run's workloads, per Python x strategy x workers.

/// One point of the "all workloads" speedup curve (see `Geomean`).
public typealias SpeedupGeomean = Geomean<SpeedupMetric>

/// Speedup, T(1) / T(N), as `Geomean` averages it.
public enum SpeedupMetric: GeomeanMetric {
    public static func value(_ row: SummaryRow) -> Double? { row.speedup }
    public static func minimum(_ row: SummaryRow) -> Double? { row.speedupMinimum }
    public static func maximum(_ row: SummaryRow) -> Double? { row.speedupMaximum }
    public static func opens(_ row: SummaryRow) -> Bool { true }
}

extension Geomean where Metric == SpeedupMetric {
    /// The geometric mean of speedup.
    public var speedup: Double { value }
    /// Geometric means of the per-workload spread (slowest and fastest trial).
    public var speedupMinimum: Double? { minimum }
    public var speedupMaximum: Double? { maximum }
    /// `speedup / workers`.
    public var efficiency: Double { speedup / Double(workers) }
}
