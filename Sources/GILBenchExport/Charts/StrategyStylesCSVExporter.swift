// StrategyStylesCSVExporter: plots/strategy_styles.csv, each strategy's chart style from its descriptor, read by
// the gnuplot templates (which name no strategy).
import Foundation
import GILBenchCore
import GILBenchResults

/// Writes the style table the chart templates look strategies up in: one row per strategy, in `Strategy.allCases`
/// order (the order of the legends), with the colour, point type, dash type and fill pattern of its descriptor's
/// `chartStyle`. It is chart data, derived and rewritten with the charts; nothing reads it back. A template draws a
/// strategy the table does not list with a generated palette.
public struct StrategyStylesCSVExporter: ResultExporter {
    /// The header.
    public static let columns = ["strategy", "colour", "point_type", "dash_type", "fill_pattern"]
    /// The file name inside plots/ (and beside history charts).
    public static let name = "strategy_styles.csv"
    public let fileName = Self.name

    public init() {}

    /// The table for every strategy (the same for every run).
    public func export(_ results: RunResults) throws -> Data { Self.table() }

    /// The table's bytes, header first.
    public static func table(_ strategies: [Strategy] = Strategy.allCases) -> Data {
        var lines = [CSVFormat.line(columns)]
        for strategy in strategies {
            let style = strategy.descriptor.chartStyle
            lines.append(CSVFormat.line([strategy.rawValue, style.colour, String(style.pointType), String(style.dashType),
                                         String(style.fillPattern)]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
