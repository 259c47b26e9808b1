// HistoryTable: the terminal view of a history series: speedup at N and T(1) per strategy, one line per entry.
import Foundation
import GILBenchCore

/// Renders a history series as aligned text, the numbers behind the chart.
public enum HistoryTable {
    /// One line per entry: speedup at N, then T(1), for each strategy measured anywhere in the series.
    public static func render(_ series: HistorySeries) -> String {
        let strategies = Strategy.allCases.filter { strategy in series.rows.contains { $0.points[strategy]?.wallSeconds != nil } }
        var header = ["#", "run x Python"]
        header += strategies.map { "\($0.rawValue) x\(series.workers)" }
        header += strategies.map { "\($0.rawValue) T(1) s" }
        let rows = series.rows.map { row -> [String] in
            var cells = [String(row.index), row.entry.label]
            cells += strategies.map { row.points[$0]?.speedup.map { String(format: "%.2f", $0) } ?? "-" }
            cells += strategies.map { row.points[$0]?.wallSeconds.map { String(format: "%.3f", $0) } ?? "-" }
            return cells
        }
        let title = series.workload.map { "\($0)" } ?? "geometric mean over \(series.workloads.joined(separator: ", "))"
        return "\(title): speedup at \(series.workers) workers, and 1-worker wall time\n"
            + ComparisonTable.align([header] + rows, rightAligned: 2..<header.count)
    }
}
