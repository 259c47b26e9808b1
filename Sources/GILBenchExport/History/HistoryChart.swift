// HistoryChart: writes a history series' CSV, the gnuplot script and a per-series driver, then draws PNG and SVG.
import Foundation
import GILBenchCore
import GILBenchResults

/// Draws history charts with the template history.gp. The chart is data (history-<name>.csv) plus an editable script
/// (history.gp, copied) and a two-line driver per series (history-<name>.gp: sets the file names, loads
/// history.gp), all left in the output folder so `gnuplot history-<name>.gp` redraws it after an edit.
public struct HistoryChart {
    /// The script's file name in plots/ and in the output folder.
    public static let scriptName = "history.gp"

    /// The output folder.
    public let store: ResultStore

    public init(store: ResultStore) {
        self.store = store
    }

    /// The text of history.gp, taken as the other chart templates are (built in, or `$GILBENCH_PLOTS`).
    public static func script(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        try ChartDefinitions.chosen(environment: environment).text(named: scriptName)
    }

    /// "history-<name>": a file-name-safe stem for a series.
    public static func fileStem(_ series: HistorySeries) -> String {
        "history-" + SafeFileName.component(series.name)
    }

    /// The driver script of a series: gnuplot variables, then `load 'history.gp'`.
    public static func driver(_ series: HistorySeries) -> String {
        let stem = fileStem(series)
        let title = series.workload ?? "geometric mean over \(series.workloads.joined(separator: ", "))"
        return """
        # \(stem).gp: draws \(stem).png and .svg from \(stem).csv with history.gp (edit that one for the looks).
        datafile = \(GnuplotString.literal(stem + ".csv")); styles = \(GnuplotString.literal(StrategyStylesCSVExporter.name)); outbase = \(GnuplotString.literal(stem)); chart_title = \(GnuplotString.literal(title)); workers = \(series.workers)
        load '\(scriptName)'

        """
    }

    /// Writes the script (the text of history.gp), the style table (strategy_styles.csv), and per series its CSV
    /// and driver. Returns the file names
    /// written.
    public func writeData(_ series: [HistorySeries], script: String) throws -> [String] {
        try store.write(Data(script.utf8), to: Self.scriptName)
        try store.write(StrategyStylesCSVExporter.table(), to: StrategyStylesCSVExporter.name)
        var names = [Self.scriptName, StrategyStylesCSVExporter.name]
        for item in series {
            let stem = Self.fileStem(item)
            try store.write(HistoryCSVExporter.export(item), to: stem + ".csv")
            try store.write(Data(Self.driver(item).utf8), to: stem + ".gp")
            names += [stem + ".csv", stem + ".gp"]
        }
        return names
    }

    /// Runs gnuplot on every series' driver; returns the charts drawn (PNG and SVG per series).
    public func draw(_ series: [HistorySeries], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        guard let gnuplot = Gnuplot.locate(environment: environment) else {
            let rerun = "cd \(store.directory.path) && " + series.map { "gnuplot \(Self.fileStem($0)).gp" }.joined(separator: " && ")
            throw GILBenchError.historyGnuplotMissing(dataPath: store.directory.path, rerun: rerun)
        }
        var charts: [String] = []
        for item in series {
            try gnuplot.render(store.directory.appendingPathComponent(Self.fileStem(item) + ".gp"))
            charts += ["png", "svg"].map { Self.fileStem(item) + "." + $0 }
        }
        return charts
    }
}
