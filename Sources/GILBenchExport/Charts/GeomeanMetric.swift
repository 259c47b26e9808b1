// GeomeanMetric: a per-point metric of summary.csv that `Geomean` averages over workloads, and how its CSV reads.
import GILBenchCore

/// A metric with a value and a spread on every summary row (speedup, throughput against a baseline), that `Geomean`
/// averages over a run's workloads and `GeomeanCSVExporter` writes with summary.csv's column names.
public protocol GeomeanMetric: Sendable {
    /// The metric of `row`, nil where it has none there.
    static func value(_ row: SummaryRow) -> Double?
    /// Its slowest trial (the low end of its spread).
    static func minimum(_ row: SummaryRow) -> Double?
    /// Its fastest trial (the high end of its spread).
    static func maximum(_ row: SummaryRow) -> Double?
    /// Whether `row`, the first of its Python x strategy x worker count, can open a mean (throughput: it names its
    /// baseline).
    static func opens(_ row: SummaryRow) -> Bool
    /// The CSV's name in the run folder.
    static var fileName: String { get }
    /// The CSV's columns after python_version, python_build, workload, strategy and workers.
    static var columns: [String] { get }
    /// The cells of `mean` under `columns`.
    static func cells(_ mean: Geomean<Self>) -> [String]
}
