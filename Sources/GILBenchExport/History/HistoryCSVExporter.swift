// HistoryCSVExporter: history-<workload>.csv, one row per run x Python, six columns per strategy, then the machine, read by plots/history.gp.
import Foundation
import GILBenchCore
import GILBenchResults

/// Writes a history series as CSV. The column layout is fixed (every strategy, empty cells where not measured) so
/// plots/history.gp can address strategy i at column 8 + 6 i.
public enum HistoryCSVExporter {
    /// Per-strategy column suffixes, in order.
    public static let strategyColumns = ["speedup", "speedup_min", "speedup_max", "wall1_seconds", "wall1_min_seconds", "wall1_max_seconds"]

    /// The header: entry columns, then `<strategy>_<suffix>` for every strategy and `strategyColumns` suffix.
    public static var columns: [String] {
        ["index", "label", "run_id", "start_time", "python_version", "python_build", "workers"]
            + Strategy.allCases.flatMap { strategy in strategyColumns.map { "\(strategy.rawValue)_\($0)" } }
            + ["machine"]
    }

    /// The CSV bytes of `series`, header first.
    public static func export(_ series: HistorySeries) -> Data {
        var lines = [CSVFormat.line(columns)]
        for row in series.rows {
            var fields = [String(row.index), row.entry.label, row.entry.runID, row.entry.startTime, row.entry.python.version,
                          row.entry.python.build, String(row.workers)]
            for strategy in Strategy.allCases {
                let point = row.points[strategy] ?? .empty
                fields += [CSVFormat.ratio(point.speedup), CSVFormat.ratio(point.speedupMinimum), CSVFormat.ratio(point.speedupMaximum),
                           CSVFormat.seconds(point.wallSeconds), CSVFormat.seconds(point.wallMinimumSeconds),
                           CSVFormat.seconds(point.wallMaximumSeconds)]
            }
            fields.append(row.entry.machine?.displayName ?? "")
            lines.append(CSVFormat.line(fields))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
