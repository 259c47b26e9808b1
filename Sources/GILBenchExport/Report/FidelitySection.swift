// FidelitySection: report.md's "Fidelity" section: each C-API strategy against its Python-level twin, with intervals.
import Foundation
import GILBenchCore
import GILBenchResults

/// The Markdown section over `Fidelity.points`: one table per Python and strategy pair, a row per workload, a
/// column per worker count; under it, the API the twin ran and, where measured, what moving input and results
/// cost it. Empty when the run holds no strategy beside its twin.
public enum FidelitySection {
    /// The twin's median per-worker transfer times at one point (from summary rows; nil in format-1 folders).
    public struct Transfer: Equatable, Sendable {
        public let pythonLabel: String
        public let twin: Strategy
        public let workload: String
        public let workers: Int
        public let inSeconds: Double?
        public let outSeconds: Double?
    }

    /// "## Fidelity ..." or "".
    public static func markdown(_ results: RunResults) -> String {
        markdown(Fidelity.points(results.records), transfers: transfers(results.summary), apis: apis(results.records))
    }

    /// Every Python-level summary row with a transfer time measured.
    static func transfers(_ summary: [SummaryRow]) -> [Transfer] {
        summary.compactMap { row in
            guard row.strategy.cAPICounterpart != nil, row.transferIn != nil || row.transferOut != nil else { return nil }
            return Transfer(pythonLabel: row.python.label, twin: row.strategy, workload: row.workload, workers: row.workers,
                            inSeconds: row.transferIn?.median, outSeconds: row.transferOut?.median)
        }
    }

    /// The API each Python-level strategy ran on each Python, from its ok trials' notes ("API: ..."), keyed by
    /// "<python label> <strategy>"; several are joined with "; " (none expected).
    static func apis(_ records: [TrialRecord]) -> [String: String] {
        var found: [String: [String]] = [:]
        for record in records where record.status == .ok && record.spec.strategy.cAPICounterpart != nil && record.message.hasPrefix("API: ") {
            let key = record.spec.python.label + " " + record.spec.strategy.rawValue
            let api = String(record.message.dropFirst("API: ".count))
            if !(found[key] ?? []).contains(api) { found[key, default: []].append(api) }
        }
        return found.mapValues { $0.joined(separator: "; ") }
    }

    /// The section for `points` (every value through `MarkdownText`), with the twins' `transfers` and `apis`.
    public static func markdown(_ points: [FidelityPoint], transfers: [Transfer] = [], apis: [String: String] = [:]) -> String {
        guard !points.isEmpty else { return "" }
        var text = "## Fidelity: gilbench's strategies against plain Python\n\n"
        text += "gilbench's numbers are worth what their resemblance to plain Python is worth. Each C-API strategy beside "
        text += "its Python-level twin (threads and ThreadPoolExecutor, subinterpreters and interpreter-pool, processes and "
        text += "ProcessPoolExecutor) on the same Python, workload, size and worker count. Cell: the twin's wall time as a "
        text += "ratio to the strategy's (the Hodges-Lehmann ratio of their trials' wall times, as `gilbench compare` "
        text += String(format: "estimates it), then its exact %.0f%% interval (– where the trials are too few for one, e.g. 3 and 3). ", Fidelity.level * 100)
        text += "Below 1.00 the plain-Python pool was faster than gilbench's strategy. "
        text += String(format: "**Bold**: beyond %.0f%% either way (the ratio outside %.2f–%.2f), named among the findings; ",
                       Fidelity.threshold * 100, 1 - Fidelity.threshold, 1 + Fidelity.threshold)
        text += "it is firm where the whole interval lies outside that band too. "
        text += "The twin's wall time runs from handing over the first task to the last result received, so it includes "
        text += "moving input and result; where measured, a second table gives those median times per worker (in / out, "
        text += "ms; gilbench's strategies move nothing: each worker builds its own input and digests its own result).\n"
        var groups: [(python: String, strategy: Strategy, twin: Strategy)] = []
        for point in points where !groups.contains(where: { $0 == (point.pythonLabel, point.strategy, point.twin) }) {
            groups.append((point.pythonLabel, point.strategy, point.twin))
        }
        for group in groups {
            let mine = points.filter { ($0.pythonLabel, $0.strategy, $0.twin) == group }
            let counts = Array(Set(mine.map(\.workers))).sorted()
            text += "\n### Python \(MarkdownText.inline(group.python)): \(group.twin.rawValue) / \(group.strategy.rawValue)\n\n"
            text += "| workload | " + counts.map { "\($0) worker\($0 == 1 ? "" : "s")" }.joined(separator: " | ") + " |\n"
            text += "|---|" + String(repeating: "---:|", count: counts.count) + "\n"
            var workloads: [String] = []
            for point in mine where !workloads.contains(point.workload) { workloads.append(point.workload) }
            for workload in workloads {
                let cells = counts.map { count in mine.first { $0.workload == workload && $0.workers == count }.map(cell) ?? "" }
                text += "| \(MarkdownText.inline(workload)) | " + cells.joined(separator: " | ") + " |\n"
            }
            if let api = apis[group.python + " " + group.twin.rawValue] {
                text += "\n\(group.twin.rawValue) ran \(MarkdownText.inline(api)).\n"
            }
            let moved = transfers.filter { $0.pythonLabel == group.python && $0.twin == group.twin && workloads.contains($0.workload) }
            if !moved.isEmpty {
                text += "\n| \(group.twin.rawValue) in / out ms | " + counts.map { "\($0) worker\($0 == 1 ? "" : "s")" }.joined(separator: " | ") + " |\n"
                text += "|---|" + String(repeating: "---:|", count: counts.count) + "\n"
                for workload in workloads {
                    let cells = counts.map { count in
                        moved.first { $0.workload == workload && $0.workers == count }.map { "\(milliseconds($0.inSeconds)) / \(milliseconds($0.outSeconds))" } ?? ""
                    }
                    text += "| \(MarkdownText.inline(workload)) | " + cells.joined(separator: " | ") + " |\n"
                }
            }
        }
        return text + "\n"
    }

    /// "0.12" (milliseconds, two decimals) or "n/a".
    static func milliseconds(_ seconds: Double?) -> String {
        seconds.map { String(format: "%.2f", $0 * 1000) } ?? "n/a"
    }

    /// "**0.56**<br>0.50–0.60": the ratio (bold beyond the threshold), then its interval or "–".
    static func cell(_ point: FidelityPoint) -> String {
        let ratio = String(format: "%.2f", point.ratio)
        return (point.isBeyondThreshold ? "**\(ratio)**" : ratio) + "<br>" + interval(point.interval)
    }

    /// "0.50–0.60" or "–".
    static func interval(_ interval: ConfidenceInterval?) -> String {
        interval.map { String(format: "%.2f–%.2f", $0.lower, $0.upper) } ?? "–"
    }
}
