// GnuplotScript: the script a run folder keeps for one chart: its parameters, then a verbatim copy of plots/<kind>.gp.
import Foundation
import GILBenchCore

/// Builds `plots/<chart>.gp` in a run folder. The copy runs with plain `gnuplot <chart>.gp` from any folder: it
/// first moves into its own folder, so the relative CSV paths hold; the data is read from the CSV every time.
public enum GnuplotScript {
    /// The complete script for `chart`, given the text of its chart definition.
    public static func text(for chart: Chart, definition: String, runID: String) -> String {
        var lines = [
            "# \(chart.scriptName): \(GnuplotString.comment(chart.caption)). Written by gilbench \(GILBenchVersion.tool) for run \(GnuplotString.comment(runID)).",
            "# Draws \(chart.pngName) and \(chart.svgName) from the CSV named below, read afresh on every run:",
            "#   gnuplot \(chart.scriptName)",
            "# Edit the parameters or the chart definition below (a copy of plots/\(chart.kind.scriptName)) to suit a report.",
            "",
            "# Work in this script's folder, so the relative paths below hold wherever gnuplot is started.",
            "script_path = ARG0",
            "slash = strlen(script_path)",
            "while (slash > 0 && script_path[slash:slash] ne \"/\") { slash = slash - 1 }",
            "if (slash > 0) { cd script_path[1:slash] }",
            "",
        ]
        // Names are gilbench's own identifiers; every string literal comes from GnuplotString.
        lines += chart.parameters.map { "\($0.name) = \($0.literal)" }
        lines += ["", "# ---- plots/\(chart.kind.scriptName) ----", ""]
        return lines.joined(separator: "\n") + "\n" + definition + (definition.hasSuffix("\n") ? "" : "\n")
    }
}
