// SpeedupGeomean: the geometric mean of speedup over a run's workloads, per Python x strategy x workers.
import GILBenchCore
import GILBenchResults

/// One point of the "all workloads" speedup curve (see `Geomean`).
public typealias SpeedupGeomean = Geomean<SpeedupMetric>

/// Speedup, T(1) / T(N), as `Geomean` averages it and speedup_geomean.csv writes it.
public enum SpeedupMetric: GeomeanMetric {
    public static func value(_ row: SummaryRow) -> Double? { row.speedup }
    public static func minimum(_ row: SummaryRow) -> Double? { row.speedupMinimum }
    public static func maximum(_ row: SummaryRow) -> Double? { row.speedupMaximum }
    public static func opens(_ row: SummaryRow) -> Bool { true }
    public static let fileName = "speedup_geomean.csv"
    public static let columns = ["workloads", "speedup", "speedup_min", "speedup_max", "efficiency"]

    public static func cells(_ mean: SpeedupGeomean) -> [String] {
        [String(mean.workloads), CSVFormat.ratio(mean.speedup), CSVFormat.ratio(mean.speedupMinimum),
         CSVFormat.ratio(mean.speedupMaximum), CSVFormat.ratio(mean.efficiency)]
    }
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
