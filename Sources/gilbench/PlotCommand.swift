// PlotCommand: `gilbench plot DIR`: redraws the charts and report.md of an earlier run from its CSVs, running nothing.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Redraw the charts (gnuplot, PNG + SVG) and report.md of a run folder from its CSVs.",
        discussion: """
        Reads metadata.json and trials.csv of DIR, rewrites speedup_geomean.csv, report.md and the scripts in \
        DIR/plots/ from the chart templates built into gilbench (or $GILBENCH_PLOTS; DIR's own scripts are never \
        read), then runs gnuplot on each. Needs gnuplot \
        (Debian/Ubuntu: apt-get install gnuplot-nox).
        """)

    @Argument(help: ArgumentHelp("A run folder written by 'gilbench run' (e.g. Results/<run-id>), or a folder written by 'gilbench merge'.", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("report.md: full (every table and chart), compact (a survey: the speedup tables and the charts over all workloads), or auto (compact beyond \(ReportStyle.surveyWorkloadCount) workloads).", valueName: "auto|full|compact"))
    var report: String = "auto"

    func validate() throws {
        _ = try Self.reportStyle(report)
    }

    func run() throws {
        let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        if CampaignFolder.isCampaign(folder) { return try plotCampaign(folder) }
        let results = try ResultFolderReader.load(folder)
        let publication = try ReportPublisher.publish(results, in: folder, style: try Self.reportStyle(report))
        Self.announce(publication, results: results)
        if let problem = publication.problems.first { throw problem }
    }

    /// Parses `--report`: nil for auto.
    static func reportStyle(_ text: String) throws -> ReportStyle? {
        if text == "auto" { return nil }
        guard let style = ReportStyle(rawValue: text) else {
            throw ValidationError("--report '\(text)' is not valid: give auto, full or compact")
        }
        return style
    }

    /// Prints the short summary (folder, report, how many charts, warnings by code), gnuplot's warnings, and every
    /// problem but the first (which the caller throws or prints).
    static func announce(_ publication: ReportPublication, results: RunResults) {
        FileHandleOutput.standardOutput(RunEndSummary.text(results, publication: publication))
        for warning in publication.warnings { FileHandleOutput.standardError("gilbench: gnuplot warned: \(TerminalText.line(warning))\n") }
        for problem in publication.problems.dropFirst() { FileHandleOutput.standardError("gilbench: error: \(TerminalText.line(problem.description))\n") }
    }
}
