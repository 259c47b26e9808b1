// ReportMarkdownExporter: report.md, a run written up for people: machine, Pythons, command, findings, tables, charts.
import Foundation
import GILBenchCore
import GILBenchResults

/// Writes report.md. Chart images are linked relative to the run folder, so the folder can be moved or committed.
public struct ReportMarkdownExporter: ResultExporter {
    /// "report.md".
    public static let reportFileName = "report.md"
    public let fileName = reportFileName
    /// Every chart of the run, in report order.
    public let charts: [Chart]
    /// The charts that were drawn; the others are listed with their scripts only.
    public let rendered: [Chart]
    /// Why charts are missing.
    public let problems: [GILBenchError]
    /// Full, or compact for surveys; nil: `ReportStyle.automatic(for:)` the results.
    public let style: ReportStyle?
    /// The run was asked not to draw charts (`--no-plots`): the chart section says how to draw them later.
    public let chartsSkipped: Bool

    public init(charts: [Chart], rendered: [Chart], problems: [GILBenchError], style: ReportStyle? = nil, chartsSkipped: Bool = false) {
        self.charts = charts
        self.rendered = rendered
        self.problems = problems
        self.style = style
        self.chartsSkipped = chartsSkipped
    }

    /// "3 strategies (threads, subinterpreters, processes)": what the run measured, for the report's first line.
    public static func strategiesMeasured(_ strategies: [Strategy]) -> String {
        "\(strategies.count) \(strategies.count == 1 ? "strategy" : "strategies") (\(strategies.map(\.rawValue).joined(separator: ", ")))"
    }

    public func export(_ results: RunResults) throws -> Data {
        let metadata = results.metadata
        let compact = (style ?? ReportStyle.automatic(for: results)) == .compact
        var text = "# gilbench report: \(cell(metadata.runID))\n\n"
        text += "How CPU-bound Python scaled over cores under \(Self.strategiesMeasured(metadata.options.strategies)). "
        text += "Speedup = workers × T(1) / T(workers), "
        text += "where each worker runs the whole workload and T is the median wall time; the ideal is the worker count, "
        text += "up to the \(metadata.machine.usableCPUCount) CPUs the run could use. Efficiency = speedup / workers. "
        text += throughputIntroduction(results) + "\n\n"
        text += "## Findings\n\n"
        text += ReportFindings.sentences(results).map { "- \(cell($0))\n" }.joined() + "\n"
        text += Self.stabilitySection(results)
        text += machineSection(metadata) + "\n"
        text += commandSection(metadata) + "\n"
        text += summarySection(results, compact: compact) + "\n"
        if !compact {
            text += singleThreadCostSection(results)
            text += Self.contentionSection(results)
            text += FidelitySection.markdown(results)
        }
        text += CompatibilitySection.markdown(results)
        text += chartSection(metadata, compact: compact)
        return Data(text.utf8)
    }

    private func machineSection(_ metadata: RunMetadata) -> String {
        let machine = metadata.machine
        var text = "## Machine and Pythons\n\n| | |\n|---|---|\n"
        text += "| CPU | \(cell(machine.cpuModel)), \(machine.cpuCount) logical CPUs |\n"
        text += "| CPUs usable | \(Self.usableCPUsCell(machine)) |\n"
        text += "| Kernel | \(cell(machine.kernel)) |\n"
        text += String(format: "| Memory | %.1f GiB |\n", Double(machine.memoryBytes) / 1_073_741_824)
        text += "| Load average at start | \(machine.loadAverage.map { String(format: "%.2f", $0) }.joined(separator: ", ")) (1, 5, 15 min) |\n"
        text += "| Started | \(cell(metadata.startTime)) |\n"
        text += "| Finished | \(cell(metadata.endTime ?? "not finished")) |\n"
        text += "| gilbench | \(cell(metadata.gilbenchVersion)) (result format \(metadata.formatVersion)), clock \(cell(metadata.clock)) |\n\n"
        text += "| Python | build | own-GIL sub-interpreters | sys.version |\n|---|---|---|---|\n"
        for python in metadata.options.pythons {
            text += "| \(cell(python.label)) | \(python.build) | \(python.supportsOwnGIL ? "yes" : "no (needs 3.12+)") | \(cell(python.versionDetail)) |\n"
        }
        if let note = metadata.options.note { text += "\nWhy these: \(cell(note))\n" }
        return text
    }

    private func commandSection(_ metadata: RunMetadata) -> String {
        let options = metadata.options
        var arguments = metadata.commandLine
        if let first = arguments.first { arguments[0] = URL(fileURLWithPath: first).lastPathComponent }
        var text = "## Command line\n\n" + MarkdownText.codeBlock(arguments.map(Self.shellQuoted).joined(separator: " "), language: "sh") + "\n"
        let sizes = Dictionary(metadata.references.map { ($0.workload, $0.size) }, uniquingKeysWith: { first, _ in first })
        let calibrations = Dictionary(metadata.references.compactMap { reference in reference.calibration.map { (reference.workload, $0) } },
                                      uniquingKeysWith: { first, _ in first })
        let workloads = options.workloads.map { workload in
            sizes[workload.name].map { "\(workload.name) (size \($0)\(calibrations[workload.name].map(Self.calibrationText) ?? ""))" } ?? workload.name
        }
        text += "Workloads: \(cell(workloads.joined(separator: ", "))). Strategies: \(options.strategies.map(\.rawValue).joined(separator: ", ")). "
        text += "Workers: \(options.workerCounts.map(String.init).joined(separator: ", ")). "
        text += "\(options.repeatCount) measured trial(s) per point after \(options.warmupCount) warm-up(s); "
        text += String(format: "timeout %.0f s; ", options.timeoutSeconds)
        text += options.importSite ? "site imported.\n" : "site not imported (--no-site).\n"
        return text
    }

    private func summarySection(_ results: RunResults, compact: Bool) -> String {
        let rows = results.summary
        let counts = Array(Set(rows.map(\.workers))).sorted()
        var text = "## Summary\n\n"
        text += "Speedup and efficiency per strategy and worker count (medians; the range is the fastest and slowest trial), "
        text += "then the median wall time of a trial and the median time to create its workers. All numbers come from "
        text += "summary.csv.\n"
        if compact {
            text += "\nA compact report for a survey of \(Set(rows.map(\.workload)).count) workloads: the speedup tables only. "
            text += "The wall-time, throughput, contention, Python-level API and fidelity tables per workload, and the charts per "
            text += "workload, are left out here (findings still cover them); `gilbench plot --report full <this folder>` writes them.\n"
        }
        let options = results.metadata.options
        let pythons = ChartPlan.ordered(rows.map(\.python).uniqued(), by: options.pythons.map(\.identity))
        for python in pythons {
            let block = rows.filter { $0.python == python }
            text += "\n### Python \(cell(python.version))\(python.build == "default" ? "" : " (\(cell(python.build)))")\n\n"
            let header = "| workload | strategy | gil | " + counts.map { "\($0) worker\($0 == 1 ? "" : "s")" }.joined(separator: " | ") + " |\n"
            let rule = "|---|---|---|" + String(repeating: "---:|", count: counts.count) + "\n"
            var speedups = "Speedup × (efficiency):\n\n" + header + rule
            var times = "\nMedian wall time / set-up time:\n\n" + header + rule
            let baseline = block.lazy.compactMap(\.baseline).first
            var throughputs = baseline.map { "\nThroughput against one worker of \(cell($0.label)) (workers × T_baseline(1) / T(workers); the range is the fastest and slowest trial):\n\n" + header + rule } ?? ""
            for workload in ChartPlan.ordered(block.map(\.workload).uniqued(), by: options.workloads.map(\.name)) {
                for strategy in Strategy.allCases {
                    let line = block.filter { $0.workload == workload && $0.strategy == strategy }
                    guard !line.isEmpty else { continue }
                    var speedupCells: [String] = []
                    var timeCells: [String] = []
                    var throughputCells: [String] = []
                    for count in counts {
                        guard let row = line.first(where: { $0.workers == count }) else {
                            speedupCells.append("")
                            timeCells.append("")
                            throughputCells.append("")
                            continue
                        }
                        speedupCells.append(speedupCell(row))
                        timeCells.append(timeCell(row))
                        throughputCells.append(throughputCell(row))
                    }
                    let lead = "| \(cell(workload)) | \(strategy.rawValue) | \(line[0].lockModel.rawValue) | "
                    speedups += lead + speedupCells.joined(separator: " | ") + " |\n"
                    times += lead + timeCells.joined(separator: " | ") + " |\n"
                    if baseline != nil { throughputs += lead + throughputCells.joined(separator: " | ") + " |\n" }
                }
            }
            text += compact ? speedups : speedups + times + throughputs
        }
        return text
    }

    private func speedupCell(_ row: SummaryRow) -> String {
        guard let speedup = row.speedup, let efficiency = row.efficiency else { return statusCell(row) }
        var text = String(format: "%.2f (%.0f%%)", speedup, efficiency * 100)
        if let low = row.speedupMinimum, let high = row.speedupMaximum { text += String(format: "<br>%.2f–%.2f", low, high) }
        if row.failedTrials > 0 { text += "<br>\(row.failedTrials) failed" }
        let warned = row.warnings.filter { !$0.code.isMachineWide }.map(\.code.rawValue)
        if !warned.isEmpty { text += "<br>⚠ " + warned.joined(separator: ", ") }
        return text
    }

    private func timeCell(_ row: SummaryRow) -> String {
        guard let wall = row.wall else { return statusCell(row) }
        var text = String(format: "%.3f s", wall.median)
        if let setup = row.setup { text += String(format: " / %.1f ms", setup.median * 1000) }
        return text
    }

    private func throughputCell(_ row: SummaryRow) -> String {
        guard let value = row.throughputVsBaseline else { return statusCell(row) }
        var text = String(format: "%.2f", value)
        if let low = row.throughputVsBaselineMinimum, let high = row.throughputVsBaselineMaximum { text += String(format: "<br>%.2f–%.2f", low, high) }
        return text
    }

    private func statusCell(_ row: SummaryRow) -> String {
        row.status == .ok ? "–" : row.status.rawValue
    }

    private func chartSection(_ metadata: RunMetadata, compact: Bool) -> String {
        var text = "## Charts\n\n"
        if chartsSkipped {
            return text + "Not drawn (--no-plots): `gilbench plot <this folder>` draws the \(charts.count) charts, with their gnuplot scripts in plots/, and rewrites this report with them.\n"
        }
        if !problems.isEmpty {
            text += "Some charts were not drawn:\n\n" + problems.map { "- \(cell($0.description))\n" }.joined() + "\n"
        }
        text += "Each chart is drawn by the gnuplot script beside it in plots/, which reads the CSV afresh: edit it "
        text += "(fonts, titles, sizes) and re-run `gnuplot <chart>.gp`, or redraw them all with `gilbench plot <this folder>`.\n"
        let drawn = Set(rendered.map(\.name))
        let shown = compact ? charts.filter(Self.isOverview) : charts
        if shown.count < charts.count {
            text += "\nThis compact report shows the \(shown.count) charts over all workloads; the other \(charts.count - shown.count) (one set per workload) are in plots/.\n"
        }
        var group: String?? = .none
        for chart in shown {
            if group != .some(chart.python) {
                group = .some(chart.python)
                text += "\n### " + (chart.python.map { "Python \(cell($0))" } ?? "Comparing Pythons and strategies") + "\n"
            }
            let folder = ChartPlan.folderName
            if drawn.contains(chart.name) {
                text += "\n![\(cell(chart.caption))](\(folder)/\(chart.pngName))\n\n"
                text += "\(cell(chart.caption)): [SVG](\(folder)/\(chart.svgName)), [gnuplot script](\(folder)/\(chart.scriptName))\n"
            } else {
                text += "\n\(cell(chart.caption)): not drawn ([gnuplot script](\(folder)/\(chart.scriptName)))\n"
            }
        }
        return text
    }

    /// Whether a chart draws more than one workload (no workload parameter, or the geometric mean's).
    static func isOverview(_ chart: Chart) -> Bool {
        let geomean = Chart.Parameter.string("workload", SpeedupGeomeanCSVExporter.workloadName)
        return chart.parameters.allSatisfy { $0.name != "workload" || $0 == geomean }
    }

    /// Encodes a value for Markdown (a table cell, a sentence, a heading) with `MarkdownText`.
    private func cell(_ text: String) -> String {
        MarkdownText.inline(text)
    }

    /// Quotes an argument for a POSIX shell when it needs it.
    static func shellQuoted(_ argument: String) -> String {
        let safe = argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
        return safe && !argument.isEmpty ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
