// SpeedupGeomeanCSVExporter: speedup_geomean.csv, the geometric mean of speedup over workloads, for the charts.
import Foundation
import GILBenchCore

/// Writes speedup_geomean.csv. Its column names match summary.csv's (workload is "geomean"), so the same gnuplot
/// scripts draw it.
public struct SpeedupGeomeanCSVExporter: ResultExporter {
    public static let columns = [
        "python_version", "python_build", "workload", "strategy", "workers", "workloads",
        "speedup", "speedup_min", "speedup_max", "efficiency",
    ]
    /// The value of the workload column.
    public static let workloadName = "geomean"
    public let fileName = "speedup_geomean.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns)]
        for row in SpeedupGeomean.rows(results.summary) {
            lines.append(CSVFormat.line([
                row.pythonVersion, row.pythonBuild, Self.workloadName, row.strategy.rawValue, String(row.workers),
                String(row.workloads), CSVFormat.ratio(row.speedup), CSVFormat.ratio(row.speedupMinimum),
                CSVFormat.ratio(row.speedupMaximum), CSVFormat.ratio(row.efficiency),
            ]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
