// StrategyChartStyle: how the charts draw one strategy (colour, point type, dash type, bar fill pattern).

/// The look of a strategy in every chart. The gnuplot templates name no strategy: they read these values from
/// plots/strategy_styles.csv, which gilbench writes from the descriptors, so a strategy looks the same everywhere.
public struct StrategyChartStyle: Hashable, Sendable {
    /// An sRGB colour as "#RRGGBB" (Okabe-Ito, colour-blind safe, for the built-in strategies).
    public let colour: String
    /// A gnuplot point type (`pointtype`): filled shapes for C-API strategies, the open ones for their Python-level twins.
    public let pointType: Int
    /// A gnuplot dash type (`dashtype`, 1 = solid).
    public let dashType: Int
    /// A gnuplot fill pattern for bar charts (`fillstyle pattern`), which tells bars apart in black and white.
    public let fillPattern: Int

    public init(colour: String, pointType: Int, dashType: Int, fillPattern: Int) {
        self.colour = colour
        self.pointType = pointType
        self.dashType = dashType
        self.fillPattern = fillPattern
    }
}
