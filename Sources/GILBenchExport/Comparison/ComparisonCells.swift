// ComparisonCells: the human-readable cells shared by the terminal and Markdown comparison reports.
import Foundation
import GILBenchCore

/// Formats a `Comparison` as rows of text cells; `ComparisonTable` and `ComparisonMarkdown` lay them out.
public enum ComparisonCells {
    /// Column headings of the point table.
    public static let header = [
        "workload", "strategy", "N", "trials", "wall s base", "new", "ratio", "95% CI", "q", "gate p", "power",
        "speedup base", "new", "ratio", "95% CI", "q", "power", "setup ms base", "new", "ratio", "95% CI",
        "PSS MiB base", "new", "ratio", "95% CI", "verdict",
    ]

    /// One row of cells per compared point, matching `header`; `*` marks a significant ratio.
    public static func rows(_ comparison: Comparison) -> [[String]] {
        comparison.rows.map { row in
            var cells = [row.workload, row.strategy.rawValue, String(row.workers), "\(row.baseTrials)/\(row.newTrials)"]
            cells += metricCells(row.wall, scale: 1, format: "%.3f", withP: true)
            cells += [row.wall.adjustedPValue.map { String(format: "%.3f", $0) } ?? "-", powerCell(row.wall)]
            cells += metricCells(row.speedup, scale: 1, format: "%.2f", withP: true)
            cells.append(powerCell(row.speedup))
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
        var gating = ["wall time up (throughput is the same test)"]
        if settings.gateScaling { gating.append("speedup down with T(N) itself slower (--gate-scaling)") }
        if settings.gateSetup { gating.append("set-up time up (threshold \(percent(settings.setupThreshold)))") }
        if let memory = settings.memoryThreshold { gating.append("peak PSS up (threshold \(percent(memory)))") }
        let reported = [settings.gateScaling ? nil : "speedup", settings.gateSetup ? nil : "set-up time",
                        settings.memoryThreshold == nil ? "memory (PSS: peak of everything a trial ran)" : nil].compactMap { $0 }
        let adjustment = settings.correction == .bh ? "Holm adjusted over the gate's tests" : "not adjusted (--correction none)"
        let q = settings.correction == .bh
            ? "q: two-sided p, Benjamini-Hochberg adjusted over every metric of every point (for listing changes)"
            : "q: two-sided p, not adjusted (--correction none)"
        let rule: String
        switch settings.thresholdRule {
        case .reach: rule = "its interval reaches \(threshold) (--threshold-rule reach: the data do not show it smaller)"
        case .estimate: rule = "its ratio is beyond \(threshold) (--threshold-rule estimate)"
        case .bound: rule = "its whole interval is beyond \(threshold) (--threshold-rule bound)"
        }
        return "ratio = new / base: wall and set-up the Hodges-Lehmann ratio (median of all new/base trial ratios) with the exact "
            + "Mann-Whitney interval and U test; speedup (N x median T(1) / median T(N) per side) the ratio of geometric-mean speedups "
            + "with a Welch t test and interval on the log times of T(1) and T(N) of both sides; \(Int((settings.level * 100).rounded()))% CI; "
            + "\(q); * = significant (CI excludes 1 and q < \(String(format: "%.2f", settings.alpha))). "
            + "Gate (exit code): " + gating.joined(separator: "; ") + ". gate p: one-sided p of \"new is worse\", \(adjustment); "
            + "a gating test fails when gate p < \(String(format: "%.2f", settings.alpha)) and \(rule). "
            + "power: probability of flagging a regression of exactly the threshold, from the trials' own spread, at the level Holm "
            + "gives the smallest p; the gate says clean only when every test has >= \(percent(settings.minPower)) (--min-power). "
            + (reported.isEmpty ? "" : "Reported, not gated: " + reported.joined(separator: ", ") + ".")
    }

    /// What the gate could have detected: its tests, their adjustment, and their power at the threshold.
    public static func power(_ comparison: Comparison) -> String {
        let gate = comparison.gate
        let settings = comparison.settings
        guard !gate.tests.isEmpty else { return "Power: no test could be made (nothing compared)." }
        var text = "Power: \(gate.tests.count) gating test(s), one-sided, "
            + (settings.correction == .bh ? "Holm adjusted" : "not adjusted")
        text += "; trials \(trialCounts(comparison)). Probability of flagging a regression of exactly \(percent(settings.threshold))"
        let levels = Set(gate.tests.map(\.powerLevel))
        if let level = levels.first, levels.count == 1 { text += " at p < \(number(level))" }
        let powers = gate.tests.map { $0.power ?? 0 }
        if let low = powers.min(), let high = powers.max() {
            text += ", given each test's spread: " + (abs(low - high) < 0.005 ? percent(low, digits: 0) : "\(percent(low, digits: 0)) to \(percent(high, digits: 0))")
        }
        text += " (needed: \(percent(settings.minPower, digits: 0)) each, --min-power)"
        let weak = gate.underpowered
        if !weak.isEmpty {
            text += ". Below it: \(weak.count) of \(gate.tests.count)"
        }
        return text + "."
    }

    /// The closing line: the regressions, or that nothing regressed and what could have been seen, or why there
    /// is no verdict and what would give one.
    public static func conclusion(_ comparison: Comparison) -> String {
        let gate = comparison.gate
        let threshold = percent(comparison.settings.threshold)
        let minPower = percent(gate.minPower, digits: 0)
        switch gate.outcome {
        case .regression:
            let regressions = comparison.regressions
            let list = regressions.map { row in
                "\(row.workload) \(row.strategy.rawValue) x\(row.workers) (" + row.regressions.map(change).joined(separator: ", ") + ")"
            }
            var text = "REGRESSION in \(regressions.count) of \(comparison.rows.count) point(s): " + list.joined(separator: "; ")
            if !gate.underpowered.isEmpty {
                text += ". \(gate.underpowered.count) of \(gate.tests.count) gating test(s) had less than \(minPower) power to flag a "
                    + "\(threshold) regression, so others may have regressed unseen: " + remedy(comparison)
            }
            return text
        case .clean:
            let smallest = gate.smallestPower.map { percent($0, digits: 0) } ?? "-"
            return "No regression beyond \(threshold) in \(comparison.rows.count) compared point(s); every gating test had at least "
                + "\(minPower) power to flag a \(threshold) regression (smallest \(smallest))."
        case .inconclusive:
            guard !gate.tests.isEmpty else {
                return "INCONCLUSIVE: no point could be compared (\(comparison.unmatched.count) not compared, see above), so nothing was "
                    + "tested. Compare runs of the same workloads, --size, strategies and worker counts, each with ok trials."
            }
            let weak = gate.underpowered.sorted { ($0.power ?? 0) < ($1.power ?? 0) }
            let names = weak.prefix(3).map { "\($0.name) \(percent($0.power ?? 0, digits: 0))" }.joined(separator: ", ")
                + (weak.count > 3 ? ", ..." : "")
            return "INCONCLUSIVE: " + remedy(comparison) + " No regression found, but \(weak.count) of \(gate.tests.count) gating test(s) "
                + "had less than \(minPower) power to flag a \(threshold) regression (\(names))."
        }
    }

    /// "could detect >= X% here; to detect 5% at this spread, measure N trials a side".
    static func remedy(_ comparison: Comparison) -> String {
        let gate = comparison.gate
        let threshold = percent(comparison.settings.threshold)
        var text: String
        if let change = gate.detectableChange {
            text = "could detect >= \(percent(change, digits: 1)) here"
        } else {
            text = "could not detect even a doubling here at \(percent(gate.minPower, digits: 0)) power"
        }
        if let trials = gate.trialsNeededPerSide {
            text += "; to detect \(threshold) at this spread, measure \(trials) trials a side (run --repeat \(trials))."
        } else {
            text += "; to detect \(threshold) at this spread, more than \(GatePower.maximumTrials) trials a side would be needed: "
                + "quiet the machine, or raise --threshold."
        }
        return text
    }

    /// "5/5" or "4-5/5" style counts of trials per side over the compared points.
    static func trialCounts(_ comparison: Comparison) -> String {
        func span(_ values: [Int]) -> String {
            guard let low = values.min(), let high = values.max() else { return "-" }
            return low == high ? "\(low)" : "\(low)-\(high)"
        }
        return "\(span(comparison.rows.map(\.baseTrials))) vs \(span(comparison.rows.map(\.newTrials))) a side"
    }

    static func number(_ value: Double) -> String {
        value >= 0.001 ? String(format: "%.4f", value) : String(format: "%.2g", value)
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

    /// A gating metric's power at the threshold, "-" when it does not gate.
    static func powerCell(_ metric: MetricComparison?) -> String {
        guard let metric, metric.gates else { return "-" }
        return metric.power.map { percent($0, digits: 0) } ?? "?"
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

    /// A fraction as a percentage with `digits` decimals: "7.3%".
    static func percent(_ fraction: Double, digits: Int) -> String {
        String(format: "%.\(digits)f%%", fraction * 100)
    }
}
