// GeomeanCSVMetric: a `GeomeanMetric` as `GeomeanCSVExporter` writes it, with summary.csv's column names.
import GILBenchCore

/// The CSV half of a geometric-mean metric: which file it goes to and how its cells read.
public protocol GeomeanCSVMetric: GeomeanMetric {
    /// The CSV's name in the run folder.
    static var fileName: String { get }
    /// The CSV's columns after python_version, python_build, workload, strategy and workers.
    static var columns: [String] { get }
    /// The cells of `mean` under `columns`.
    static func cells(_ mean: Geomean<Self>) -> [String]
}
