// ComparisonMarkdown: `gilbench compare --format markdown`, for reports and pull-request comments.
import Foundation
import GILBenchCore

/// Renders a comparison as GitHub-flavoured Markdown tables.
public enum ComparisonMarkdown {
    /// The whole report as Markdown: the same sections as the terminal table.
    public static func render(_ comparison: Comparison) -> String {
        var output = "## gilbench compare\n\n- base: \(MarkdownText.inline(comparison.base))\n- new: \(MarkdownText.inline(comparison.new))\n\n"
        output += ComparisonCells.legend(comparison.settings) + "\n\n"
        output += comparison.notes.map { "> Note: \(MarkdownText.inline($0))\n\n" }.joined()
        output += table(ComparisonCells.header, ComparisonCells.rows(comparison))
        if !comparison.geometricMeans.isEmpty {
            output += "\n### Geometric mean over workloads (new / base; * = interval excludes 1; report only)\n\n"
            output += table(ComparisonCells.geometricMeanHeader, ComparisonCells.geometricMeanRows(comparison))
        }
        if !comparison.unmatched.isEmpty {
            output += "\n### Not compared\n\n"
            output += table(["workload", "strategy", "N", "reason"],
                            comparison.unmatched.map { [$0.workload, $0.strategy.rawValue, String($0.workers), $0.reason] })
        }
        output += "\n" + ComparisonCells.power(comparison) + "\n"
        output += "\n**" + ComparisonCells.conclusion(comparison) + "**\n"
        return output
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(MarkdownText.inline).joined(separator: " | ") + " |\n"
        }
        return line(header) + line(header.map { _ in "---" }) + rows.map(line).joined()
    }
}
