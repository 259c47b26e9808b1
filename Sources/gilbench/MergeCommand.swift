// MergeCommand: `gilbench merge DIR... --out DIR`: combines the result folders of one campaign into one folder.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine result folders of one campaign (several machines or Pythons) into one folder that plot, compare and history read.",
        discussion: """
        Each run is checked, copied whole into OUT/<machine>_<run-id>/ (its own metadata, trials and speedup \
        baseline) and listed with its machine in OUT/campaign.json. A DIR may be a run folder, a folder of runs or \
        an earlier merge. Two runs of one machine that measured the same point (Python x workload x size x \
        strategy x workers) are refused. Then: gilbench plot OUT (every run's charts, and OUT/report.md side by \
        side), gilbench history OUT --allow-cross-machine, gilbench compare OUT --machine NAME ...

        Exit codes: 0 merged; 64 bad input (not a gilbench result, a conflict, OUT not new or empty).
        """)

    @Argument(help: ArgumentHelp("Run folders (or folders of runs) to merge.", valueName: "dir"))
    var directories: [String]

    @Option(name: .long, help: ArgumentHelp("The merged folder (must be new or empty).", valueName: "dir"))
    var out: String

    func validate() throws {
        if directories.isEmpty { throw ValidationError("give at least one run folder to merge") }
    }

    func run() throws {
        let output = URL(fileURLWithPath: out, isDirectory: true)
        let campaign = try CampaignFolder.merge(directories.map { URL(fileURLWithPath: $0, isDirectory: true) }, into: output)
        for run in campaign.runs {
            FileHandleOutput.standardOutput("  \(run.folder): \(run.pythons.joined(separator: ", ")); \(run.workloads.joined(separator: ", "))\n")
        }
        FileHandleOutput.standardOutput("merged \(campaign.runs.count) run(s) of \(campaign.machines.count) machine(s) into \(output.path) (draw with: gilbench plot \(out))\n")
    }
}
