// CampaignReportExporter: report.md of a merged campaign: its machines, its runs, and each run's best speedup.
import Foundation
import GILBenchCore
import GILBenchResults

/// Writes the campaign's report.md. Each run keeps its own report and charts in its folder; this page lines the
/// machines up, with speedups computed within each run (each machine against its own 1-worker time).
public enum CampaignReportExporter {
    /// The Markdown for `campaign`, whose runs are `runs` (keyed by their folder name).
    public static func markdown(_ campaign: Campaign, runs: [String: RunResults]) -> String {
        var text = "# gilbench campaign: \(campaign.machines.count) machine(s), \(campaign.runs.count) run(s)\n\n"
        text += "Merged by gilbench \(campaign.gilbenchVersion). Each run keeps its own folder, report and charts; "
        text += "speedups compare each machine with its own 1-worker time, never across machines.\n\n"
        text += "## Machines\n\n| id | host | CPU | cores | kernel | memory |\n|---|---|---|---:|---|---:|\n"
        for machine in campaign.machines {
            let gibibytes = String(format: "%.1f GiB", Double(machine.memoryBytes) / 1_073_741_824)
            text += "| \(cell(machine.id)) | \(cell(machine.hostname)) | \(cell(machine.cpuModel)) | \(machine.cpuCount) | \(cell(machine.kernel)) | \(gibibytes) |\n"
        }
        text += "\n## Runs\n\n| run | machine | started | Pythons | workloads |\n|---|---|---|---|---|\n"
        for run in campaign.runs {
            text += "| [\(cell(run.runID))](\(run.folder)/report.md) | \(cell(run.machineID)) | \(cell(run.startTime)) | \(cell(run.pythons.joined(separator: ", "))) | \(cell(run.workloads.joined(separator: ", "))) |\n"
        }
        text += "\n## Speedup at the most workers each run measured\n\n"
        text += "Median speedup (N x T(1) / T(N)) at the largest worker count N with a result; '-' where a strategy did not run.\n\n"
        // The strategies some run measured, in their usual order.
        let measured = Strategy.allCases.filter { strategy in runs.values.contains { $0.summary.contains { $0.strategy == strategy } } }
        text += "| machine | Python | workload | " + measured.map(\.rawValue).joined(separator: " | ") + " |\n"
        text += "|---|---|---|" + String(repeating: "---:|", count: measured.count) + "\n"
        for run in campaign.runs {
            guard let results = runs[run.folder] else { continue }
            var keys: [String] = []
            for row in results.summary where !keys.contains("\(row.pythonVersion)|\(row.pythonBuild)|\(row.workload)") {
                keys.append("\(row.pythonVersion)|\(row.pythonBuild)|\(row.workload)")
            }
            for key in keys {
                let rows = results.summary.filter { "\($0.pythonVersion)|\($0.pythonBuild)|\($0.workload)" == key }
                guard let first = rows.first else { continue }
                let python = first.python.label
                let cells = measured.map { strategy -> String in
                    guard let best = rows.filter({ $0.strategy == strategy && $0.speedup != nil }).max(by: { $0.workers < $1.workers }),
                          let speedup = best.speedup else { return "-" }
                    return String(format: "%.2f (x%d)", speedup, best.workers)
                }
                text += "| \(cell(run.machineID)) | \(cell(python)) | \(cell(first.workload)) | " + cells.joined(separator: " | ") + " |\n"
            }
        }
        text += "\nAcross machines: `gilbench history <this folder> --allow-cross-machine`; one machine: "
        text += "`gilbench compare <this folder> --machine NAME --base-python A --new-python B`.\n"
        return text
    }

    /// Escapes a value for a Markdown table cell (as ReportMarkdownExporter does).
    static func cell(_ text: String) -> String {
        MarkdownText.inline(text)
    }
}
