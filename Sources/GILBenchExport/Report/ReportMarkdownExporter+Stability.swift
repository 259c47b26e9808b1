// ReportMarkdownExporter+Stability: the report's Stability section (warnings by code) and the contention table.
import Foundation
import GILBenchCore
import GILBenchResults

extension ReportMarkdownExporter {
    /// "## Stability": machine-wide warnings once, then one row per code of the warnings about points' own samples.
    static func stabilitySection(_ results: RunResults) -> String {
        var text = "## Stability\n\n" + adaptiveLine(results)
        let warned = results.summary.filter { !$0.warnings.isEmpty }
        guard !warned.isEmpty else {
            return text + "No stability warning: every point had calls of 10 ms or more, at least 3 trials, a spread under 10%, no speedup above the usable CPUs, a quiet machine at the start, (where exposed) a fixed CPU clock, and no trial left a process running.\n\n"
        }
        text += "Checks per point (codes in the `warnings` column of summary.csv). A finding that rests on a warned point says so.\n\n"
        var machineWide: [StabilityWarning] = []
        for warning in warned.flatMap(\.warnings) where warning.code.isMachineWide && !machineWide.contains(where: { $0.code == warning.code }) {
            machineWide.append(warning)
        }
        for warning in machineWide { text += "- **\(warning.code.rawValue)** (every point): \(markdownCell(warning.text))\n" }
        if !machineWide.isEmpty { text += "\n" }
        let own = warned.filter { $0.warnings.contains { !$0.code.isMachineWide } }
        guard !own.isEmpty else { return text }
        // One row per code: a default run warns on dozens of points, mostly for one or two reasons.
        text += "| warning | points | for example | where (Python workload: strategy at worker counts, all = every count it ran) |\n|---|---:|---|---|\n"
        for code in StabilityWarning.Code.allCases where !code.isMachineWide {
            let points = own.filter { $0.warnings.contains { $0.code == code } }
            guard let first = points.first, let example = first.warnings.first(where: { $0.code == code }) else { continue }
            let at = "\(first.python.label) \(first.workload) \(first.strategy.rawValue) at \(first.workers)"
            text += "| **\(code.rawValue)** | \(points.count) | \(markdownCell(at)): \(markdownCell(example.text)) | \(whereCell(points, summary: results.summary)) |\n"
        }
        return text + "\nEach point's own words are in the `warnings` column of summary.csv.\n\n"
    }

    /// "3.13.0 nbody: processes all; threads 2<br>3.13.0 richards: threads 4": the points, grouped by Python and
    /// workload, each strategy with its worker counts ("all" when every point of that line in `summary` is there).
    static func whereCell(_ points: [SummaryRow], summary: [SummaryRow]) -> String {
        var lines: [String] = []
        var seen = Set<String>()
        for row in points where seen.insert(row.python.label + "|" + row.workload).inserted {
            let mine = points.filter { $0.python == row.python && $0.workload == row.workload }
            let strategies = Strategy.allCases.compactMap { strategy -> String? in
                let counts = mine.filter { $0.strategy == strategy }.map(\.workers).sorted()
                guard !counts.isEmpty else { return nil }
                let line = summary.filter { $0.python == row.python && $0.workload == row.workload && $0.strategy == strategy }
                let every = counts.count > 1 && Set(counts) == Set(line.map(\.workers))
                return "\(strategy.rawValue) " + (every ? "all" : counts.map(String.init).joined(separator: ", "))
            }
            lines.append(markdownCell("\(row.python.label) \(row.workload)") + ": " + strategies.joined(separator: "; "))
        }
        return lines.joined(separator: "<br>")
    }

    /// "## Contention and stragglers": per line and worker count above 1, each worker's time over its time alone
    /// (median_worker_seconds(N) / median_worker_seconds(1)) and the wall time over the median worker's.
    static func contentionSection(_ results: RunResults) -> String {
        let rows = results.summary.filter { $0.workers > 1 && $0.workerContention != nil }
        guard !rows.isEmpty else { return "" }
        let counts = Array(Set(rows.map(\.workers))).sorted()
        var text = "## Contention and stragglers\n\n"
        text += "Contention = median worker time at N workers / at 1 worker: near 1 every worker ran as fast as alone, near N "
        text += "they shared one GIL or too few CPUs. Straggle = median wall time / median worker time: above 1 some worker "
        text += "finished late (a noisy CPU, a late start) while the others waited. Cells: contention / straggle.\n\n"
        text += "| Python | workload | strategy | " + counts.map { "\($0) workers" }.joined(separator: " | ") + " |\n"
        text += "|---|---|---|" + String(repeating: "---:|", count: counts.count) + "\n"
        var seen = Set<String>()
        for row in rows {
            let key = "\(row.pythonVersion)|\(row.pythonBuild)|\(row.workload)|\(row.strategy.rawValue)"
            guard seen.insert(key).inserted else { continue }
            let line = rows.filter { "\($0.pythonVersion)|\($0.pythonBuild)|\($0.workload)|\($0.strategy.rawValue)" == key }
            let cells = counts.map { count -> String in
                guard let point = line.first(where: { $0.workers == count }), let contention = point.workerContention else { return "" }
                let straggle = WorkerContention.stragglerRatio(of: point).map { String(format: " / %.2f", $0) } ?? ""
                return String(format: "%.2f", contention) + straggle
            }
            let python = row.python.label
            text += "| \(markdownCell(python)) | \(markdownCell(row.workload)) | \(row.strategy.rawValue) | " + cells.joined(separator: " | ") + " |\n"
        }
        return text + "\n"
    }

    /// Under --until-ci: how many points reached the interval, hit --max-repeat or failed (summary.csv stop_reason).
    static func adaptiveLine(_ results: RunResults) -> String {
        let options = results.metadata.options
        guard let percent = options.untilCiPercent, let maximum = options.maximumRepeat else { return "" }
        let counts = AdaptiveStop.Reason.allCases.compactMap { reason -> String? in
            let count = results.summary.filter { $0.stopReason == reason }.count
            return count == 0 ? nil : "\(count) \(reason.rawValue)"
        }
        return String(format: "Adaptive repetitions (--until-ci %g%%, --max-repeat %d): ", percent, maximum)
            + counts.joined(separator: ", ") + " (per point in summary.csv, `stop_reason`).\n\n"
    }

    /// Escapes a value for a Markdown table cell or list item.
    static func markdownCell(_ text: String) -> String {
        MarkdownText.inline(text)
    }
}
