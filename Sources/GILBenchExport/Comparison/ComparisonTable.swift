// ComparisonTable: the terminal report of `gilbench compare`: aligned columns, unmatched points, conclusion.
import Foundation
import GILBenchCore

/// Renders a comparison as plain aligned text.
public enum ComparisonTable {
    /// The whole report: sides, legend, point table, geometric means, unmatched points, conclusion.
    public static func render(_ comparison: Comparison) -> String {
        var output = "base: \(comparison.base)\nnew:  \(comparison.new)\n"
        output += ComparisonCells.legend(comparison.settings) + "\n"
        output += comparison.notes.map { "note: \($0)\n" }.joined() + "\n"
        output += align([ComparisonCells.header] + ComparisonCells.rows(comparison), rightAligned: 2..<(ComparisonCells.header.count - 1))
        if !comparison.geometricMeans.isEmpty {
            output += "\nGeometric mean over workloads (new / base; * = interval excludes 1; report only, never gates):\n"
            output += align([ComparisonCells.geometricMeanHeader] + ComparisonCells.geometricMeanRows(comparison), rightAligned: 1..<9)
        }
        if !comparison.unmatched.isEmpty {
            output += "\nNot compared (\(comparison.unmatched.count)):\n"
            for point in comparison.unmatched {
                output += "  \(point.workload) \(point.strategy.rawValue) x\(point.workers): \(point.reason)\n"
            }
        }
        output += comparison.geometricMeans.filter { $0.nonFiniteResamples > 0 }.map { row in
            "note: \(row.nonFiniteResamples) bootstrap replicate(s) of the \(row.strategy?.rawValue ?? "all points") geometric mean gave no finite value\n"
        }.joined()
        output += "\n" + ComparisonCells.power(comparison) + "\n"
        output += "\n" + ComparisonCells.conclusion(comparison) + "\n"
        return output
    }

    /// Pads every column to its widest cell; columns in `rightAligned` are right-aligned (numbers).
    static func align(_ rows: [[String]], rightAligned: Range<Int>) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column == row.count - 1 && !rightAligned.contains(column) { return cell }
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
