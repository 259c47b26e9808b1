// PlotCommand: `gilbench plot DIR`: redraws the charts and report.md of an earlier run from its CSVs, running nothing.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport

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

    func run() throws {
        let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        if CampaignFolder.isCampaign(folder) { return try plotCampaign(folder) }
        let results = try ResultFolderReader.load(folder)
        let publication = try ReportPublisher.publish(results, in: folder)
        Self.announce(publication)
        if let problem = publication.problems.first { throw problem }
    }

    /// Prints where the charts and report are, gnuplot's warnings, and every problem but the first (which the
    /// caller throws or prints).
    static func announce(_ publication: ReportPublication) {
        if !publication.rendered.isEmpty {
            FileHandleOutput.standardOutput("charts (PNG + SVG, each drawn by the .gp script beside it):\n")
            for url in publication.pngURLs { FileHandleOutput.standardOutput("  \(url.path)\n") }
        }
        FileHandleOutput.standardOutput("report: \(publication.reportURL.path)\n")
        for warning in publication.warnings { FileHandleOutput.standardError("gilbench: gnuplot warned: \(TerminalText.line(warning))\n") }
        for problem in publication.problems.dropFirst() { FileHandleOutput.standardError("gilbench: error: \(TerminalText.line(problem.description))\n") }
    }
}
