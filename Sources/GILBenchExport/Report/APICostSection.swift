// APICostSection: the report's "Python-level APIs vs the C API" table: each Python-level strategy beside its
// C-API counterpart on the same Python, workload and worker count, as a ratio of median wall times.
import Foundation
import GILBenchCore
import GILBenchResults

/// One comparison: a Python-level strategy's point and its C-API counterpart's point.
public struct APICostRow: Sendable, Equatable {
    public let python: String
    public let workload: String
    public let workers: Int
    public let strategy: Strategy
    public let counterpart: Strategy
    /// Median wall seconds of the Python-level point divided by the counterpart's (above 1: the API costs time).
    public let wallRatio: Double
    public let speedup: Double?
    public let counterpartSpeedup: Double?
    /// Median per-worker transfer times of the Python-level point (nil for format-1 folders).
    public let transferInSeconds: Double?
    public let transferOutSeconds: Double?
}

/// Builds the rows and the Markdown section (empty when the run has no Python-level strategy with its
/// counterpart beside it).
public enum APICostSection {
    /// Every Python-level point whose counterpart point was measured (both with an ok median wall time).
    public static func rows(_ summary: [SummaryRow]) -> [APICostRow] {
        summary.compactMap { row in
            guard let counterpart = row.strategy.cAPICounterpart, let wall = row.wall?.median else { return nil }
            guard let other = summary.first(where: {
                $0.strategy == counterpart && $0.python == row.python
                    && $0.workload == row.workload && $0.workers == row.workers
            }), let otherWall = other.wall?.median, otherWall > 0 else { return nil }
            let label = row.python.label
            return APICostRow(
                python: label, workload: row.workload, workers: row.workers, strategy: row.strategy,
                counterpart: counterpart, wallRatio: wall / otherWall, speedup: row.speedup,
                counterpartSpeedup: other.speedup, transferInSeconds: row.transferIn?.median,
                transferOutSeconds: row.transferOut?.median)
        }
    }

    /// The section, or "" when there is nothing to compare.
    public static func markdown(_ results: RunResults) -> String {
        let rows = rows(results.summary)
        guard !rows.isEmpty else { return "" }
        var text = "## Python-level APIs vs the C API\n\n"
        text += "Each Python-level strategy beside its C-API counterpart (thread-pool vs threads, process-pool vs "
        text += "processes, interpreter-pool vs subinterpreters) on the same Python, workload and worker count. "
        text += "Ratio = median wall time of the Python-level strategy / that of its counterpart: above 1.00 is what the "
        text += "API costs a user's code. Wall time runs from handing over the first task to the last result received, "
        text += "so it includes moving input and result (medians per worker in the last two columns; the C-API "
        text += "strategies move nothing: each worker builds its own input and digests its own result).\n\n"
        text += "| Python | workload | workers | strategy | vs | wall ratio | speedup | counterpart speedup | transfer in ms | transfer out ms |\n"
        text += "|---|---|---|---|---|---|---|---|---|---|\n"
        for row in rows {
            text += "| \(cell(row.python)) | \(cell(row.workload)) | \(row.workers) | \(row.strategy.rawValue) | "
            text += "\(row.counterpart.rawValue) | \(String(format: "%.2f", row.wallRatio)) | \(number(row.speedup)) | "
            text += "\(number(row.counterpartSpeedup)) | \(milliseconds(row.transferInSeconds)) | \(milliseconds(row.transferOutSeconds)) |\n"
        }
        return text + "\n"
    }

    /// A Markdown table cell: pipes escaped, line breaks flattened, HTML-significant characters neutralised.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }

    private static func number(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "n/a"
    }

    private static func milliseconds(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0 * 1000) } ?? "n/a"
    }
}
