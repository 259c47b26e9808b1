// CompatibilitySection: the report's compatibility matrix, for runs of pyperf scripts and suites.
import GILBenchCore
import GILBenchResults

/// "## Compatibility": which workload ran on which Python under which strategy; counts per status; reasons.
enum CompatibilitySection {
    /// Empty unless the run has a workload that is not built in.
    static func markdown(_ results: RunResults) -> String {
        guard results.metadata.options.workloads.contains(where: { !$0.builtIn }) else { return "" }
        let rows = CompatibilityRow.rows(results.records.filter { !$0.spec.warmup || $0.status != .ok })
        guard !rows.isEmpty else { return "" }
        var columns: [String] = []
        for row in rows {
            let column = "\(row.pythonVersion)\(row.pythonBuild == "default" ? "" : " " + row.pythonBuild) \(row.strategy.rawValue)"
            if !columns.contains(column) { columns.append(column) }
        }
        var text = "## Compatibility\n\nWhether each workload ran (every measured trial ok) per Python and strategy; "
        text += "compatibility.csv has the same with the reasons.\n\n"
        text += "| workload | " + columns.joined(separator: " | ") + " |\n|---|" + String(repeating: "---|", count: columns.count) + "\n"
        var workloads: [String] = []
        for row in rows where !workloads.contains(row.workload) { workloads.append(row.workload) }
        for workload in workloads {
            let cells = columns.map { column in
                rows.first { "\($0.pythonVersion)\($0.pythonBuild == "default" ? "" : " " + $0.pythonBuild) \($0.strategy.rawValue)" == column && $0.workload == workload }?.status.rawValue ?? "-"
            }
            text += "| \(workload) | " + cells.joined(separator: " | ") + " |\n"
        }
        let counts = Dictionary(grouping: rows, by: \.status).map { ($0.key.rawValue, $0.value.count) }.sorted { $0.0 < $1.0 }
        text += "\nCells per status: " + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ".\n"
        var reasons: [String] = []
        for row in rows where row.status != .ok {
            let line = "- \(row.workload): \(row.status.rawValue): \(row.reason.replacingOccurrences(of: "|", with: "\\|"))"
            if !reasons.contains(line) { reasons.append(line) }
        }
        if !reasons.isEmpty { text += "\nReasons:\n\n" + reasons.joined(separator: "\n") + "\n" }
        return text + "\n"
    }
}
