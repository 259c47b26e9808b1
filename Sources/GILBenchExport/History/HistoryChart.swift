// HistoryChart: writes a history series' CSV, the gnuplot script and a per-series driver, then draws PNG and SVG.
import Foundation
import GILBenchCore

/// Draws history charts with plots/history.gp. The chart is data (history-<name>.csv) plus an editable script
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

    /// plots/history.gp, found as the other chart definitions are (`$GILBENCH_PLOTS` or the repository's plots/).
    public static func locateScript(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        let url = try ChartDefinitions.locate(environment: environment).directory.appendingPathComponent(scriptName)
        guard FileManager.default.fileExists(atPath: url.path) else { throw GILBenchError.plotsFolderMissing }
        return url
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
        datafile = \(GnuplotString.literal(stem + ".csv")); outbase = \(GnuplotString.literal(stem)); chart_title = \(GnuplotString.literal(title)); workers = \(series.workers)
        load '\(scriptName)'

        """
    }

    /// Writes the script, and per series its CSV and driver. Returns the file names written.
    public func writeData(_ series: [HistorySeries], script: URL) throws -> [String] {
        guard let text = try? Data(contentsOf: script) else { throw GILBenchError.plotsFolderMissing }
        try store.write(text, to: Self.scriptName)
        var names = [Self.scriptName]
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
