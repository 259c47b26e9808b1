// ABReport: ab.md, what `gilbench ab` measured, how it chose how much, and compare's verdict on it.
import Foundation
import GILBenchCore

/// Renders ab.md: the two sides, the design (threshold, power, family, pilot, trials per point and why), how it
/// ended (done or budget spent), the drift probe, and compare's Markdown report of the two folders.
public enum ABReport {
    /// - Parameters:
    ///   - sides: one line per side saying what it ran (Python, workload paths), plain text.
    ///   - tests: the gating tests alpha was split over.
    public static func render(sides: [ABSide: String], design: ABDesign, tests: Int, outcome: ABOutcome,
                              comparison: Comparison, drift: DriftCheck) throws -> Data {
        var lines = ["# gilbench ab", ""]
        for side in ABSide.allCases {
            lines.append("- \(side.rawValue): \(MarkdownText.inline(sides[side] ?? ""))  (folder `\(side.rawValue)/`)")
        }
        lines += ["", "## Design", ""]
        lines.append(String(format: "Threshold %.1f%%, power %.0f%% wanted, one-sided family level %.3f over %d gating test(s) (%.4f a test). ",
                            design.threshold * 100, design.minimumPower * 100, design.alpha, tests, design.alpha / Double(max(1, tests)))
                     + "Both sides interleaved as A B B A per point and block; a pilot of \(design.pilotTrials) trial(s) a side, "
                     + "then the trials a side its spread asks for (at most \(design.maximumTrials)); the gate is applied once, to all trials. "
                     + String(format: "Budget %.0f s, used %.0f s, %d block(s).", design.budgetSeconds, outcome.elapsedSeconds, outcome.blocks))
        lines += ["", "| point | spread (sd of log time) | trials needed a side | base trials | new trials | new/base | note |",
                  "|---|---:|---:|---:|---:|---:|---|"]
        for point in outcome.points {
            let cells = [MarkdownText.inline(point.name),
                         point.spread.map { String(format: "%.4f", $0) } ?? "",
                         point.neededTrials.map(String.init) ?? "",
                         String(point.baseTrials), String(point.newTrials),
                         point.ratio.map { String(format: "%.3f", $0) } ?? "",
                         MarkdownText.inline(point.stopped.map { "stopped: \($0)" } ?? (point.remaining > 0 ? "short of its trials" : ""))]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(outcome.budgetSpent
            ? "Measuring stopped: the budget was spent before every point had the trials its spread asks for; the gate below says whether what was measured decides."
            : "Every point got the trials its spread asks for (or stopped, as noted).")
        lines += ["", MarkdownText.inline(drift.line(accepted: false)), "", "## Verdict (gilbench compare base new)", ""]
        let report = String(decoding: try ComparisonFormat.markdown.render(comparison), as: UTF8.self)
        return Data((lines.joined(separator: "\n") + "\n" + report).utf8)
    }
}
