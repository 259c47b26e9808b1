// ReportPublisher: the last step of a run (and all of `gilbench plot`): derived CSV, chart scripts, charts, report.md.
import Foundation
import GILBenchCore
import GILBenchResults

/// What `ReportPublisher.publish` produced.
public struct ReportPublication: Sendable {
    /// The run folder.
    public let directory: URL
    /// Every chart of the run, in report order.
    public let charts: [Chart]
    /// The charts gnuplot drew (PNG and SVG both present).
    public let rendered: [Chart]
    /// Why charts are missing (gnuplot not installed or failing, plots/ not found); nil when all were drawn.
    public let problems: [GILBenchError]
    /// What gnuplot printed for charts it did draw, prefixed with the script's path.
    public let warnings: [String]
    /// Charts were not asked for (`--no-plots`): neither scripts nor images were written.
    public let chartsSkipped: Bool

    public init(directory: URL, charts: [Chart], rendered: [Chart], problems: [GILBenchError], warnings: [String], chartsSkipped: Bool = false) {
        self.directory = directory
        self.charts = charts
        self.rendered = rendered
        self.problems = problems
        self.warnings = warnings
        self.chartsSkipped = chartsSkipped
    }

    /// `<run>/plots`.
    public var chartsDirectory: URL { directory.appendingPathComponent(ChartPlan.folderName, isDirectory: true) }
    /// `<run>/report.md`.
    public var reportURL: URL { directory.appendingPathComponent(ReportMarkdownExporter.reportFileName) }
    /// The PNG of every drawn chart.
    public var pngURLs: [URL] { rendered.map { chartsDirectory.appendingPathComponent($0.pngName) } }
}

/// Writes what a reader of a run folder wants beyond the raw CSVs. Charts are optional: without gnuplot the
/// CSVs, scripts and report are still written, and `problems` says how to get the charts.
public enum ReportPublisher {
    /// Writes speedup_geomean.csv (and payload.csv when a payload sweep was measured), plots/<chart>.gp for every
    /// chart with the style table plots/strategy_styles.csv, renders them with `gnuplot` (when given), then
    /// report.md in `style` (nil: automatic). With
    /// `drawCharts` false (`--no-plots`) no script or chart is written and the report says how to draw them later.
    /// Throws only when a file cannot be written.
    public static func publish(_ results: RunResults, in directory: URL,
                               definitions: Result<ChartDefinitions, GILBenchError> = locateDefinitions(),
                               gnuplot: Gnuplot? = Gnuplot.locate(), drawCharts: Bool = true,
                               style: ReportStyle? = nil) throws -> ReportPublication {
        let store = ResultStore(directory: directory, exporters: [])
        let geomean = SpeedupGeomeanCSVExporter()
        let charts = ChartPlan.charts(for: results)
        // Nothing is written until every name this writes, and every chart gnuplot writes by name (following
        // links), is known to be a plain file or absent: a folder from elsewhere cannot redirect a write.
        let payload = PayloadCSVExporter()
        let throughput = ThroughputGeomeanCSVExporter()
        try FolderWriter.checkWritable([geomean.fileName, payload.fileName, throughput.fileName, ReportMarkdownExporter.reportFileName, ChartPlan.folderName + "/"]
            + charts.flatMap { [$0.scriptName, $0.pngName, $0.svgName].map { ChartPlan.folderName + "/" + $0 } }
            + [ChartPlan.folderName + "/" + StrategyStylesCSVExporter.name], in: directory)
        try store.write(geomean.export(results), to: geomean.fileName)
        // A run without --input-bytes has no payload to list: no header-only file.
        if !PayloadSweep.points(results).isEmpty { try store.write(payload.export(results), to: payload.fileName) }
        try store.write(throughput.export(results), to: throughput.fileName)

        let plots = ResultStore(directory: directory.appendingPathComponent(ChartPlan.folderName, isDirectory: true), exporters: [], base: directory)
        var problems: [GILBenchError] = []
        var warnings: [String] = []
        var rendered: [Chart] = []
        switch definitions {
        case _ where !drawCharts:
            break
        case let .failure(error):
            problems.append(error)
        case let .success(definitions):
            try FolderWriter.subfolder(ChartPlan.folderName, in: directory)
            // The style table every template looks strategies up in, rewritten from the descriptors each time.
            let styles = StrategyStylesCSVExporter()
            try plots.write(styles.export(results), to: styles.fileName)
            var bodies: [ChartKind: String] = [:]
            for chart in charts {
                for parameter in chart.parameters where !parameter.replaced.isEmpty {
                    warnings.append("\(chart.scriptName): control characters in \(parameter.name) replaced (\(parameter.replaced.joined(separator: ", ")))")
                }
                if bodies[chart.kind] == nil { bodies[chart.kind] = try definitions.body(of: chart.kind) }
                let text = GnuplotScript.text(for: chart, definition: bodies[chart.kind]!, runID: results.metadata.runID)
                try plots.write(Data(text.utf8), to: chart.scriptName)
            }
            if let gnuplot {
                for chart in charts {
                    let script = plots.directory.appendingPathComponent(chart.scriptName)
                    do {
                        let messages = try gnuplot.render(script)
                        if !messages.isEmpty { warnings.append("\(script.path): \(messages)") }
                        let drawn = [chart.pngName, chart.svgName].allSatisfy {
                            ((try? FileManager.default.attributesOfItem(atPath: plots.directory.appendingPathComponent($0).path))?[.size] as? Int ?? 0) > 0
                        }
                        if drawn {
                            rendered.append(chart)
                        } else {
                            problems.append(.gnuplotFailed(script: script.path, output: "it exited 0 but did not write \(chart.pngName) and \(chart.svgName)"))
                        }
                    } catch let error as GILBenchError {
                        problems.append(error)
                    }
                }
            } else {
                problems.append(.gnuplotMissing(resultsPath: directory.path))
            }
        }
        let report = ReportMarkdownExporter(charts: charts, rendered: rendered, problems: problems, style: style, chartsSkipped: !drawCharts)
        try store.write(report.export(results), to: report.fileName)
        return ReportPublication(directory: directory, charts: charts, rendered: rendered, problems: problems, warnings: warnings,
                                 chartsSkipped: !drawCharts)
    }

    /// `ChartDefinitions.chosen()` as a `Result`, so a bad `$GILBENCH_PLOTS` costs the charts, not the report.
    public static func locateDefinitions() -> Result<ChartDefinitions, GILBenchError> {
        do {
            return .success(try ChartDefinitions.chosen())
        } catch let error as GILBenchError {
            return .failure(error)
        } catch {
            return .failure(.plotsFolderMissing)
        }
    }
}
