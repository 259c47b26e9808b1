// RunEndSummary: the few lines that end a run or a plot: where the results, report and charts are, and the warnings.
import Foundation
import GILBenchCore
import GILBenchResults

/// Says where to look next without listing every file: the folder, report.md, how many charts plots/ holds (or
/// how to draw them), and the stability warnings counted by code. Paths go through `TerminalText`.
public enum RunEndSummary {
    /// The summary, one item a line, each line ending in a line feed.
    public static func text(_ results: RunResults, publication: ReportPublication) -> String {
        let folder = TerminalText.line(publication.directory.path)
        var text = "results: \(folder) (summary.csv, trials.csv, workers.csv, metadata.json)\n"
        text += "report:  \(TerminalText.line(publication.reportURL.path))\n"
        text += "charts:  " + chartsLine(publication, folder: folder) + "\n"
        text += "warnings: " + warningsLine(results.summary) + "\n"
        return text
    }

    /// "47 in DIR/plots/ (PNG + SVG, ...)", "not drawn (--no-plots): ...", or how many of how many.
    static func chartsLine(_ publication: ReportPublication, folder: String) -> String {
        let plots = TerminalText.line(publication.chartsDirectory.path) + "/"
        if publication.chartsSkipped {
            return "not drawn (--no-plots); draw the \(publication.charts.count) later with: gilbench plot \(folder)"
        }
        let drawn = publication.rendered.count
        let total = publication.charts.count
        if drawn == total { return "\(drawn) in \(plots) (PNG + SVG, each drawn by the .gp script beside it)" }
        return "\(drawn) of \(total) drawn in \(plots) (why the others are missing is below and in report.md)"
    }

    /// "none", or "short-call 12 points, high-load every point (report.md Stability)".
    static func warningsLine(_ summary: [SummaryRow]) -> String {
        let counts = StabilityWarning.Code.allCases.compactMap { code -> String? in
            let points = summary.filter { $0.warnings.contains { $0.code == code } }.count
            guard points > 0 else { return nil }
            return code.rawValue + " " + (code.isMachineWide ? "every point" : "\(points) point\(points == 1 ? "" : "s")")
        }
        return counts.isEmpty ? "none" : counts.joined(separator: ", ") + " (report.md, Stability)"
    }
}
