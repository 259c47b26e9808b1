// ThroughputGeomeanCSVExporter: throughput_geomean.csv, the geometric mean of throughput_vs_baseline over workloads.
import Foundation
import GILBenchCore

/// Writes throughput_geomean.csv. Its column names match summary.csv's (workload is "geomean"), so plots/throughput.gp
/// draws either.
public struct ThroughputGeomeanCSVExporter: ResultExporter {
    public static let columns = [
        "python_version", "python_build", "workload", "strategy", "workers", "gil", "workloads", "baseline",
        "throughput_vs_baseline", "throughput_vs_baseline_min", "throughput_vs_baseline_max",
    ]
    /// The value of the workload column.
    public static let workloadName = SpeedupGeomeanCSVExporter.workloadName
    public let fileName = "throughput_geomean.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns)]
        for row in ThroughputGeomean.rows(results.summary) {
            lines.append(CSVFormat.line([
                row.pythonVersion, row.pythonBuild, Self.workloadName, row.strategy.rawValue, String(row.workers),
                row.lockModel.rawValue, String(row.workloads), row.baseline.label, CSVFormat.ratio(row.throughputVsBaseline),
                CSVFormat.ratio(row.throughputVsBaselineMinimum), CSVFormat.ratio(row.throughputVsBaselineMaximum),
            ]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
