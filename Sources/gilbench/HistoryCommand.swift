// HistoryCommand: `gilbench history DIR...`: loads runs, orders them, writes history CSVs and draws them with gnuplot.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Chart each strategy's speedup and 1-worker wall time across runs and Pythons, so a regression shows as a step.",
        discussion: """
        Every run x Python is one x position, ordered by run date or by Python version. For each workload (and the \
        geometric mean over the workloads every run measured) this writes history-<workload>.csv and draws \
        history-<workload>.png and .svg with the built-in template history.gp (copied beside them with a driver history-<workload>.gp, \
        so `gnuplot history-<workload>.gp` redraws after an edit). \
        A DIR may be a run folder, a folder of run folders or a merged campaign (gilbench merge). Runs of different \
        CPU models are refused unless --machine picks one or --allow-cross-machine charts them grouped by machine \
        (each label then names its host).

        Examples:
          gilbench history Results/                        # every run under Results/
          gilbench history Results/run-a Results/run-b --order python --workers 4
          gilbench history campaign/ --allow-cross-machine  # every machine of a merged campaign

        Exit codes: 0 drawn; 64 bad input (not a gilbench result, truncated file, incompatible format version, \
        gnuplot missing, runs of different CPU models).
        """)

    @Argument(help: ArgumentHelp("Run folders, or folders holding run folders.", valueName: "dir"))
    var directories: [String]

    @Option(name: .long, help: ArgumentHelp("x axis order: date or python.", valueName: "order"))
    var order: String = "date"

    @Option(name: .long, help: ArgumentHelp("Worker count for the speedup panel (default: the largest one every run measured).", valueName: "n"))
    var workers: Int?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Workload(s) to chart (default: each one, plus the geometric mean). Comma list or repeat.", valueName: "name"))
    var workload: [String] = []

    @OptionGroup var machineOptions: MachineOptions

    @Option(name: .long, help: ArgumentHelp("Output folder (must be new or empty). Default: Results/history-<time>/.", valueName: "dir"))
    var out: String?

    func validate() throws {
        if directories.isEmpty { throw ValidationError("give at least one run folder (or a folder of runs)") }
        guard HistoryOrder(rawValue: order) != nil else {
            throw ValidationError("--order '\(order)' is not valid: expected date or python")
        }
        if let workers, workers < 1 { throw ValidationError("--workers must be 1 or more (got \(workers))") }
    }

    func run() throws {
        var entries: [HistoryEntry] = []
        var machines: [MachineInfo] = []
        for folder in try ResultFolderReader.runFolders(directories.map { URL(fileURLWithPath: $0, isDirectory: true) }) {
            let results = try ResultFolderReader.load(folder)
            let info = results.metadata.machine
            if let machine = machineOptions.machine, !info.matches(machine) { continue }
            machines.append(info)
            entries += HistoryEntry.entries(runID: results.metadata.runID, startTime: results.metadata.startTime,
                                            pythons: results.metadata.options.pythons, summary: results.summary, machine: info)
        }
        guard !entries.isEmpty else {
            let which = machineOptions.machine.map { "no run of machine '\($0)' holds any summary row (see metadata.json's machine.hostname and cpu_model)" }
            throw GILBenchError.resultsInvalid(path: directories.joined(separator: ", "), reason: which ?? "no run holds any summary row")
        }
        try machineOptions.checkOneMachine(machines, command: "history")
        entries = HistoryEntry.ordered(HistoryEntry.labellingMachines(entries), by: HistoryOrder(rawValue: order) ?? .date)
        let series = try HistorySeries.plan(entries: entries, workloads: splitList(workload), workers: workers)

        let store = try ResultStore.create(
            parent: URL(fileURLWithPath: "Results", isDirectory: true), runID: "history-" + RunCommand.runID(Date()),
            explicit: out.map { URL(fileURLWithPath: $0, isDirectory: true) }, exporters: [])
        let chart = HistoryChart(store: store)
        let data = try chart.writeData(series, script: try HistoryChart.script())
        for item in series { FileHandleOutput.standardOutput(HistoryTable.render(item) + "\n") }
        let charts = try chart.draw(series)
        FileHandleOutput.standardOutput("history: \(store.directory.path)/{\((charts + data).joined(separator: ","))}\n")
    }
}
