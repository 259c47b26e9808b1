// ComparisonCells: the human-readable cells shared by the terminal and Markdown comparison reports.
import Foundation
import GILBenchCore

/// Formats a `Comparison` as rows of text cells; `ComparisonTable` and `ComparisonMarkdown` lay them out.
public enum ComparisonCells {
    /// Column headings of the point table.
    public static let header = [
        "workload", "strategy", "N", "trials", "wall s base", "new", "ratio", "95% CI", "q",
        "speedup base", "new", "ratio", "95% CI", "q", "setup ms base", "new", "ratio", "95% CI",
        "PSS MiB base", "new", "ratio", "95% CI", "verdict",
    ]

    /// One row of cells per compared point, matching `header`; `*` marks a significant ratio.
    public static func rows(_ comparison: Comparison) -> [[String]] {
        comparison.rows.map { row in
            var cells = [row.workload, row.strategy.rawValue, String(row.workers), "\(row.baseTrials)/\(row.newTrials)"]
            cells += metricCells(row.wall, scale: 1, format: "%.3f", withP: true)
            cells += metricCells(row.speedup, scale: 1, format: "%.2f", withP: true)
            cells += metricCells(row.setup, scale: 1000, format: "%.1f", withP: false)
            cells += metricCells(row.memory, scale: 1.0 / 1_048_576, format: "%.1f", withP: false)
            cells.append(verdict(row, settings: comparison.settings))
            return cells
        }
    }

    /// Column headings of the geometric-mean table.
    public static let geometricMeanHeader = ["strategy", "N", "points", "wall ratio", "95% CI", "speedup ratio", "95% CI", "setup ratio", "95% CI",
                                             "PSS ratio", "95% CI"]

    /// One row of cells per geometric mean, matching `geometricMeanHeader`.
    public static func geometricMeanRows(_ comparison: Comparison) -> [[String]] {
        comparison.geometricMeans.map { row in
            [row.strategy?.rawValue ?? "all points", row.workers.map(String.init) ?? "all", String(row.points),
             marked(row.wallRatio, row.wallInterval), interval(row.wallInterval),
             marked(row.speedupRatio, row.speedupInterval), interval(row.speedupInterval),
             marked(row.setupRatio, row.setupInterval), interval(row.setupInterval),
             marked(row.memoryRatio, row.memoryInterval), interval(row.memoryInterval)]
        }
    }

    /// What the columns mean and what gates, in one paragraph.
    public static func legend(_ settings: ComparisonSettings) -> String {
        let threshold = percent(settings.threshold)
        let setup = settings.gateSetup
            ? "set-up time up by more than \(percent(settings.setupThreshold))"
            : "set-up time is reported, not gated (--gate-setup)"
        let q = settings.correction == .bh
            ? "q: two-sided Mann-Whitney U p-value, Benjamini-Hochberg adjusted over the points of that metric"
            : "q: two-sided Mann-Whitney U p-value (not adjusted: --correction none)"
        let memory = settings.memoryThreshold.map { "peak PSS up by more than \(percent($0))" }
            ?? "memory (PSS: peak of everything a trial ran) is reported, not gated (--gate-memory)"
        return "ratio = new / base of medians (speedup: N x median T(1) / median T(N)); \(Int(settings.level * 100))% CI: percentile bootstrap, "
            + "\(settings.resamples) resamples, fixed seed; \(q). * = significant (CI excludes 1 and q < \(String(format: "%.2f", settings.alpha))). "
            + "Regression = significant and wall time up by more than \(threshold) or speedup down by more than \(threshold); \(setup); \(memory)."
    }

    /// The closing line: how many regressions, and where.
    public static func conclusion(_ comparison: Comparison) -> String {
        let regressions = comparison.regressions
        guard !regressions.isEmpty else {
            return "No regression beyond \(percent(comparison.settings.threshold)) in \(comparison.rows.count) compared point(s)."
        }
        let list = regressions.map { row in
            "\(row.workload) \(row.strategy.rawValue) x\(row.workers) (" + row.regressions.map(change).joined(separator: ", ") + ")"
        }
        return "REGRESSION in \(regressions.count) of \(comparison.rows.count) point(s): " + list.joined(separator: "; ")
    }

    /// "wall +12.3%".
    public static func change(_ metric: MetricComparison) -> String {
        let name = metric.metric == .setup ? "setup" : metric.metric == .memory ? "memory" : metric.metric.rawValue
        return "\(name) \(String(format: "%+.1f%%", metric.percentChange))"
    }

    /// The verdict cell: the worst finding first.
    static func verdict(_ row: ComparisonRow, settings: ComparisonSettings) -> String {
        if row.isRegression { return "REGRESSION " + row.regressions.map(change).joined(separator: ", ") }
        let notable = row.metrics.filter { $0.verdict != .same && $0.verdict != .unknown }
        if notable.isEmpty { return row.metrics.contains { $0.verdict == .unknown } ? "?" : "same" }
        return notable.map { "\($0.verdict.rawValue) \(change($0))" }.joined(separator: ", ")
    }

    private static func metricCells(_ metric: MetricComparison?, scale: Double, format: String, withP: Bool) -> [String] {
        guard let metric else { return withP ? ["-", "-", "-", "-", "-"] : ["-", "-", "-", "-"] }
        var cells = [String(format: format, metric.baseValue * scale), String(format: format, metric.newValue * scale),
                     ratio(metric.ratio) + (metric.significant ? "*" : ""), interval(metric.interval)]
        if withP { cells.append(metric.qValue.map { String(format: "%.3f", $0) } ?? "-") }
        return cells
    }

    /// A ratio, with `*` when its interval excludes 1 (geometric means have no rank test).
    static func marked(_ value: Double?, _ interval: ConfidenceInterval?) -> String {
        ratio(value) + (interval.map { $0.contains(1) ? "" : "*" } ?? "")
    }

    static func ratio(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(format: "%.3f", value)
    }

    static func interval(_ interval: ConfidenceInterval?) -> String {
        guard let interval else { return "-" }
        return String(format: "[%.3f, %.3f]", interval.lower, interval.upper)
    }

    static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        return value == value.rounded() ? "\(Int(value))%" : String(format: "%.1f%%", value)
    }
}
