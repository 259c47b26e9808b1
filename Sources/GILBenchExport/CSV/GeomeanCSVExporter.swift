// GeomeanCSVExporter: speedup_geomean.csv and throughput_geomean.csv, the geometric means over workloads, for the charts.
import Foundation
import GILBenchCore
import GILBenchResults

/// speedup_geomean.csv: the geometric mean of speedup over workloads.
public typealias SpeedupGeomeanCSVExporter = GeomeanCSVExporter<SpeedupMetric>
/// throughput_geomean.csv: the geometric mean of throughput_vs_baseline over workloads.
public typealias ThroughputGeomeanCSVExporter = GeomeanCSVExporter<ThroughputMetric>

/// Writes the geometric means of `Metric` (`Geomean.rows`). The column names match summary.csv's (workload is
/// "geomean"), so the same gnuplot scripts draw either.
public struct GeomeanCSVExporter<Metric: GeomeanCSVMetric>: ResultExporter {
    public static var columns: [String] { ["python_version", "python_build", "workload", "strategy", "workers"] + Metric.columns }
    /// The value of the workload column.
    public static var workloadName: String { "geomean" }
    public var fileName: String { Metric.fileName }

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns)]
        for mean in Geomean<Metric>.rows(results.summary) {
            lines.append(CSVFormat.line([mean.pythonVersion, mean.pythonBuild, Self.workloadName, mean.strategy.rawValue, String(mean.workers)]
                                        + Metric.cells(mean)))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
