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
            ? "q: p-value Benjamini-Hochberg adjusted over every test that can fail the comparison together (wall and speedup of every point"
                + (settings.gateSetup ? ", set-up" : "") + (settings.memoryThreshold != nil ? ", memory" : "") + "), so an unchanged Python fails it with probability about "
                + percent(settings.alpha, digits: 0) + " in all, not per metric"
            : "q: p-value, not adjusted (--correction none): each test alone has a " + percent(settings.alpha, digits: 0)
                + " false-alarm rate, so a comparison of many tests fails by chance far more often"
        let memory = settings.memoryThreshold.map { "peak PSS up by more than \(percent($0)) (--gate-memory)" }
            ?? "memory (PSS: peak of everything a trial ran) is reported, not gated (--gate-memory)"
        let rule = settings.thresholdRule == .estimate
            ? "the ratio is worse than the threshold (--threshold-rule estimate)"
            : "the whole interval is worse than the threshold (--threshold-rule bound)"
        return "ratio = new / base: wall and set-up the Hodges-Lehmann ratio (median of all new/base trial ratios) with the exact "
            + "Mann-Whitney interval and U test; speedup (N x median T(1) / median T(N) per side) the ratio of geometric-mean speedups "
            + "with a Welch t test and interval on the log times of T(1) and T(N) of both sides; \(Int(settings.level * 100))% CI; "
            + "\(q). * = significant (CI excludes 1 and q < \(String(format: "%.2f", settings.alpha))). "
            + "Regression = significant, wall time up or speedup down, and \(rule) of \(threshold); \(setup); \(memory)."
    }

    /// What the comparison could have detected: tests, the best p and q a lone point can reach, and the smallest
    /// change a lone point could flag.
    public static func power(_ comparison: Comparison) -> String {
        let power = comparison.power
        let settings = comparison.settings
        guard power.tests > 0 else { return "Power: no test could be made (nothing compared)." }
        var text = "Power: \(power.tests) test(s) can fail this comparison"
        text += settings.correction == .bh ? ", adjusted together (Benjamini-Hochberg)" : " (not adjusted)"
        if let p = power.smallestPValue {
            text += "; trials \(trialCounts(comparison)) allow p >= \(number(p))"
        }
        if let q = power.smallestSinglePointQValue, settings.correction == .bh {
            text += ", so a lone regressed point reaches q >= \(number(q))"
            if let needed = power.testsNeededTogether {
                if needed > 1 { text += " (\(needed) tests must regress together before any is flagged)" }
            } else {
                text += " (not even all tests regressing together could be flagged)"
            }
        }
        if let low = power.smallestDetectableChange, let high = power.largestDetectableChange {
            let range = abs(low - high) < 0.0005 ? percent(low, digits: 1) : "\(percent(low, digits: 1)) to \(percent(high, digits: 1))"
            text += ". Where a lone point could be flagged, the smallest change it could flag, given its trials' spread: \(range)"
        }
        if !power.blindTests.isEmpty {
            text += ". Blind (could not flag a regression alone, however large): \(power.blindTests.count) of \(power.tests)"
        }
        return text + "."
    }

    /// The closing line: how many regressions and where, or that nothing regressed and what could have been seen,
    /// or why there is no verdict.
    public static func conclusion(_ comparison: Comparison) -> String {
        let power = comparison.power
        switch comparison.outcome {
        case .regression:
            let regressions = comparison.regressions
            let list = regressions.map { row in
                "\(row.workload) \(row.strategy.rawValue) x\(row.workers) (" + row.regressions.map(change).joined(separator: ", ") + ")"
            }
            var text = "REGRESSION in \(regressions.count) of \(comparison.rows.count) point(s): " + list.joined(separator: "; ")
            if !power.blindTests.isEmpty {
                text += ". Elsewhere \(power.blindTests.count) of \(power.tests) test(s) could not have flagged a lone regression: " + remedy(comparison)
            }
            return text
        case .clean:
            var text = "No regression beyond \(percent(comparison.settings.threshold)) in \(comparison.rows.count) compared point(s)"
            if let high = power.largestDetectableChange {
                text += "; a single point worse by about \(percent(high, digits: 1)) or more (given the spread seen) would have been flagged"
            }
            return text + "."
        case .inconclusive:
            guard power.tests > 0 else {
                return "INCONCLUSIVE: no point could be compared (\(comparison.unmatched.count) not compared, see above), so nothing was "
                    + "tested. Compare runs of the same workloads, --size, strategies and worker counts, each with ok trials."
            }
            let names = power.blindTests.prefix(3).joined(separator: ", ") + (power.blindTests.count > 3 ? ", ..." : "")
            return "INCONCLUSIVE: no regression found, but \(power.blindTests.count) of \(power.tests) test(s) could not have flagged a "
                + "regression at a single point, however large (\(names)). " + remedy(comparison)
        }
    }

    /// How to make every test able to flag a lone point.
    static func remedy(_ comparison: Comparison) -> String {
        let power = comparison.power
        var options: [String] = []
        if let trials = power.trialsNeeded {
            options.append("measure both sides with --repeat \(trials) or more")
        } else {
            options.append("measure both sides with more trials")
        }
        if comparison.settings.correction == .bh && power.uncorrectedSuffices {
            options.append("use --correction none (each test judged alone at p < \(String(format: "%.2f", comparison.settings.alpha)); "
                + "more false alarms over many points)")
        }
        if comparison.rows.count > 1 {
            options.append("compare fewer points (--workload, --strategy, --workers)")
        }
        return "To make it able to: " + options.joined(separator: ", or ") + "."
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
