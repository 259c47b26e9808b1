// ComparisonCSV: `gilbench compare --format csv`: every number of every point, plus unmatched points and means.
import Foundation
import GILBenchCore
import GILBenchResults

/// Per metric: `<metric>_one_sided_p` (p of "new is worse"), and for gating metrics `<metric>_gate_p` (Holm
/// adjusted), `<metric>_power` (probability of flagging a regression of exactly the threshold), and, below
/// `--min-power`, `<metric>_detectable_change` (the worsening it would flag with that power) and
/// `<metric>_trials_needed` (trials per side for that power at the threshold); empty where not applicable.
/// One CSV row per compared point (`compared` true), per unmatched point (false, with the reason), and per
/// geometric mean (workload "geomean"; strategy "all" for the mean over every point).
public enum ComparisonCSV {
    /// The columns; `<metric>_*` repeats for wall, speedup and setup.
    public static var columns: [String] {
        ["workload", "strategy", "workers", "size", "base_trials", "new_trials", "compared"]
            + ComparisonMetric.allCases.flatMap { metric in
                ["base", "new", "ratio", "ci_low", "ci_high", "p_value", "q_value", "significant", "verdict", "detectable_change",
                 "one_sided_p", "gate_p", "power", "trials_needed"].map { "\(metric.rawValue)_\($0)" }
            }
            + ["regression", "note"]
    }

    private static let metricColumns = 14

    /// The CSV bytes, header first.
    public static func render(_ comparison: Comparison) -> Data {
        var lines = [CSVFormat.line(columns)]
        for row in comparison.rows {
            var fields = [row.workload, row.strategy.rawValue, String(row.workers), String(row.size),
                          String(row.baseTrials), String(row.newTrials), "true"]
            fields += metricFields(row.wall) + metricFields(row.speedup) + metricFields(row.setup) + metricFields(row.memory)
            fields += [row.isRegression ? "true" : "false", ""]
            lines.append(CSVFormat.line(fields))
        }
        let emptyMetrics = [String](repeating: "", count: metricColumns * ComparisonMetric.allCases.count)
        for point in comparison.unmatched {
            lines.append(CSVFormat.line([point.workload, point.strategy.rawValue, String(point.workers), "", "", "", "false"]
                                        + emptyMetrics + ["false", point.reason]))
        }
        for mean in comparison.geometricMeans {
            var fields = ["geomean", mean.strategy?.rawValue ?? "all", mean.workers.map(String.init) ?? "", "", "", "", "false"]
            for (ratio, interval) in [(mean.wallRatio, mean.wallInterval), (mean.speedupRatio, mean.speedupInterval),
                                      (mean.setupRatio, mean.setupInterval), (mean.memoryRatio, mean.memoryInterval)] {
                fields += ["", "", CSVFormat.ratio(ratio), CSVFormat.ratio(interval?.lower), CSVFormat.ratio(interval?.upper),
                           "", "", interval.map { $0.contains(1) ? "false" : "true" } ?? "", "", "", "", "", "", ""]
            }
            fields += ["false", "geometric mean over \(mean.points) point(s)"]
            lines.append(CSVFormat.line(fields))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    private static func metricFields(_ metric: MetricComparison?) -> [String] {
        guard let metric else { return [String](repeating: "", count: metricColumns) }
        let value = { (x: Double) -> String in
            switch metric.metric {
            case .speedup: return CSVFormat.ratio(x)
            case .memory: return CSVFormat.bytes(x)
            default: return CSVFormat.seconds(x)
            }
        }
        return [value(metric.baseValue), value(metric.newValue), CSVFormat.ratio(metric.ratio),
                CSVFormat.ratio(metric.interval?.lower), CSVFormat.ratio(metric.interval?.upper),
                metric.pValue.map { String(format: "%.6f", $0) } ?? "", metric.qValue.map { String(format: "%.6f", $0) } ?? "",
                metric.significant ? "true" : "false",
                metric.verdict.rawValue, metric.detectableChange.map { String(format: "%.4f", $0) } ?? "",
                metric.oneSidedPValue.map { String(format: "%.6f", $0) } ?? "", metric.adjustedPValue.map { String(format: "%.6f", $0) } ?? "",
                metric.power.map { String(format: "%.3f", $0) } ?? "", metric.trialsNeeded.map(String.init) ?? ""]
    }
}
