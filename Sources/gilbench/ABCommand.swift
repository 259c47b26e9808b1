// ABCommand: `gilbench ab`: parses two SPECs and run options, wires ABRunner, both folders and compare's gate.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

struct ABCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ab",
        abstract: "Did this build or this change make it slower? Measure two sides interleaved until compare's gate can decide.",
        discussion: """
        A SPEC is python=X and/or workload=FILE (comma-separated key=value; workload= may repeat). What a side \
        leaves out comes from --python/--workload, else from the other side. The two sides' workloads pair by \
        position (the new side's files take the base side's names in the results).

        Both sides run interleaved in one run, A B B A per point and block (B A A B in odd blocks), through the same child hosts as \
        'gilbench run'. A pilot of --pilot trials a side gives each point's spread of log wall times; from it, the \
        trials a side for --min-power to detect --threshold at the family's one-sided level (alpha 0.05 split over \
        one wall-time test per point); then the rest up to that, or until --budget is spent. The gate is applied \
        once at the end, on all trials (no peeking): it is gilbench compare's, and gilbench compare DIR/base \
        DIR/new gives the same verdict. A calibration probe runs through the run (calibration.csv in both folders).

        DIR holds base/ and new/ (ordinary run folders: compare, plot and export read them) and ab.md.

        Exit codes (compare's): 0 no regression and it could have been seen; 2 regression; 3 inconclusive (too \
        little measured, e.g. the budget ran out); 64 bad input.

        Example:
          gilbench ab --base workload=old/work.py --new workload=new/work.py --strategy threads --workers 1
          gilbench ab --base python=3.12 --new python=3.13 --workload nbody --budget 20m
        """)

    @Option(name: .long, help: ArgumentHelp("The reference side: python=X and/or workload=FILE.", valueName: "spec"))
    var base: String

    @Option(name: .long, help: ArgumentHelp("The side under test: python=X and/or workload=FILE.", valueName: "spec"))
    var new: String

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("The Python of a side whose SPEC names none.", valueName: "python"))
    var python: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Workload(s) of a side whose SPEC names none (as in run).", valueName: "name-or-path"))
    var workload: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Strategies, as in run.", valueName: "strategy"))
    var strategy: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Worker counts, as in run (1 is always added).", valueName: "n"))
    var workers: [String] = []

    @Option(name: .long, help: ArgumentHelp("The argument passed to run(size), overriding each workload's SIZE.", valueName: "n"))
    var size: Int?

    @Option(name: .long, help: "Discarded warm-up trials per point and side.")
    var warmup: Int = 1

    @Option(name: .long, help: ArgumentHelp("Seconds a trial may take before it is killed and recorded as timeout.", valueName: "seconds"))
    var timeout: Double = 120

    @Flag(name: .long, help: "Do not import site in any interpreter.")
    var noSite = false

    @Option(name: .long, help: ArgumentHelp("The change to detect, in percent (compare's --threshold).", valueName: "percent"))
    var threshold: String = "5%"

    @Option(name: .long, help: ArgumentHelp("The wanted probability of flagging a change of exactly --threshold, 0.5 to 0.99.", valueName: "p"))
    var minPower: Double = 0.8

    @Option(name: .long, help: ArgumentHelp("Time for the whole measurement: 600, 90s, 10m or 1h.", valueName: "time"))
    var budget: String = "10m"

    @Option(name: .long, help: ArgumentHelp("Pilot trials a side and point (rounded up to whole ABBA blocks of 2).", valueName: "n"))
    var pilot: Int = ABDesign.defaultPilotTrials

    @Option(name: .long, help: ArgumentHelp("The most trials a side and point, whatever the pilot asks for.", valueName: "n"))
    var maxTrials: Int = ABDesign.defaultMaximumTrials

    @Option(name: .long, help: ArgumentHelp("The ab folder (must be new or empty). Default: Results/<run-id>-ab/.", valueName: "dir"))
    var out: String?

    func validate() throws {
        do {
            _ = try ABSpec(parsing: base, flag: "--base")
            _ = try ABSpec(parsing: new, flag: "--new")
        } catch let error as GILBenchError {
            throw ValidationError(error.description)
        }
        _ = try CompareCommand.percent(threshold, flag: "--threshold")
        if !(try CompareCommand.percent(threshold, flag: "--threshold") > 0) { throw ValidationError("--threshold must be above 0% (got \(threshold))") }
        if !(minPower >= 0.5 && minPower <= 0.99) { throw ValidationError("--min-power must be from 0.5 to 0.99 (got \(minPower))") }
        _ = try budgetSeconds()
        if pilot < 2 { throw ValidationError("--pilot must be at least 2 (got \(pilot))") }
        if maxTrials < pilot { throw ValidationError("--max-trials (\(maxTrials)) must be at least --pilot (\(pilot))") }
        if warmup < 0 { throw ValidationError("--warmup must be 0 or more (got \(warmup))") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds (got \(timeout))") }
        if let size, size < 0 { throw ValidationError("--size must be 0 or more (got \(size))") }
        _ = try workerCounts()
    }

    /// "600", "90s", "10m", "1h" in seconds.
    func budgetSeconds() throws -> Double {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
        let unit = budget.last.flatMap { units[$0] }
        guard let value = Double(unit == nil ? budget : String(budget.dropLast())), value > 0, value.isFinite else {
            throw ValidationError("--budget '\(budget)' is not valid: give seconds or a number with s, m or h, e.g. --budget 10m")
        }
        return value * (unit ?? 1)
    }

    func workerCounts() throws -> [Int] {
        let items = splitList(workers)
        if items.isEmpty { return RunOptions.defaultWorkerCounts(cores: CPUBudget.current().usable) }
        return try items.map { item in
            guard let count = Int(item), count >= 1, count <= 256 else {
                throw ValidationError("--workers '\(item)' is not valid: give whole numbers from 1 to 256, e.g. --workers 1,2")
            }
            return count
        }
    }

    func run() throws {
        let startTime = Date()
        let started = MonotonicInstant.now()
        let design = ABDesign(threshold: try CompareCommand.percent(threshold, flag: "--threshold"), minimumPower: minPower,
                              pilotTrials: pilot, maximumTrials: maxTrials, budgetSeconds: try budgetSeconds())
        let specs: [ABSide: ABSpec] = [.base: try ABSpec(parsing: base, flag: "--base"), .new: try ABSpec(parsing: new, flag: "--new")]
        let catalog = try WorkloadCatalog.builtIn()
        defer { catalog.removePrivateCopy() }
        let selection = PythonSelection()
        let strategies = try splitList(strategy).map(Strategy.parse).uniqued()
        var options: [ABSide: RunOptions] = [:]
        var baseWorkloads: [Workload] = []
        for side in ABSide.allCases {
            let own = specs[side]!
            let other = specs[side == .base ? .new : .base]!
            let flag = "--\(side.rawValue)"
            let pythons = try ABPairing.pythonSpec(own, other: other, option: splitList(python)).map { try selection.resolve($0) }
                ?? [try selection.defaultSelection()[0]]
            guard pythons.count == 1 else {
                throw ValidationError("\(flag): python= names \(pythons.count) Pythons (\(pythons.map(\.label).joined(separator: ", "))); give one a side")
            }
            var workloads = try catalog.resolve(ABPairing.workloadSpecs(own, other: other, option: splitList(workload)))
            if side == .base { baseWorkloads = workloads } else { workloads = try ABPairing.aligning(new: workloads, toBase: baseWorkloads) }
            options[side] = RunOptions(pythons: pythons, workloads: workloads, strategies: strategies.isEmpty ? Strategy.defaultStrategies : strategies,
                                       workerCounts: try workerCounts(), sizeOverride: size, repeatCount: design.pilotTrials,
                                       warmupCount: warmup, timeoutSeconds: timeout, importSite: !noSite)
        }
        let folder = try ABFolder(parent: URL(fileURLWithPath: "Results", isDirectory: true), runID: RunCommand.runID(startTime) + "-ab",
                                  explicit: out.map { URL(fileURLWithPath: $0, isDirectory: true) })
        ChildProcess.killChildrenOnInterrupt()
        let executor = ChildHostExecutor(timeoutSeconds: timeout, logDirectory: folder.directory.appendingPathComponent("logs").path)
        var sides: [ABSide: ABRunner.Side] = [:]
        let machine = MachineInfo.collect()
        for side in ABSide.allCases {
            let sideOptions = options[side]!
            let prepared = try BenchmarkRunner(options: sideOptions, executor: executor).runReferences()
            sides[side] = ABRunner.Side(options: sideOptions, plan: RunPlan(options: sideOptions, sizes: prepared.sizes), references: prepared.references)
            folder.setMetadata(RunMetadata(runID: "\(folder.directory.lastPathComponent)-\(side.rawValue)", commandLine: CommandLine.arguments,
                                           startTime: startTime, machine: machine, options: catalog.recorded(sideOptions), references: prepared.references), for: side)
        }
        let runner = try ABRunner(base: sides[.base]!, new: sides[.new]!, design: design, executor: executor,
                                  probe: CalibrationProbe(catalog: catalog), startedAt: started)
        let describe: (ABSide) -> String = { side in
            let chosen = options[side]!
            return "Python \(chosen.pythons[0].label), " + chosen.workloads.map { $0.builtIn ? $0.name : $0.path }.joined(separator: ", ")
        }
        FileHandleOutput.standardError(TerminalText.line("gilbench ab: base \(describe(.base)); new \(describe(.new)); \(runner.gatingTests) point(s); results: \(folder.directory.path)") + "\n")
        let progress = ABProgress(folder: folder)
        let outcome = runner.run(observer: progress)
        let endTime = ISO8601DateFormatter().string(from: Date())
        for side in ABSide.allCases {
            // The trials a side the design asked for at most, as the run's --repeat.
            let sideOptions = options[side]!
            var metadata = RunMetadata(runID: "\(folder.directory.lastPathComponent)-\(side.rawValue)", commandLine: CommandLine.arguments,
                                       startTime: startTime, machine: machine, options: catalog.recorded(sideOptions), references: sides[side]!.references)
            metadata.endTime = endTime
            folder.setMetadata(metadata, for: side)
            try folder.save(side, records: side == .base ? outcome.baseRecords : outcome.newRecords, calibration: outcome.calibration)
        }
        // The verdict comes from the folders as saved, as `gilbench compare DIR/base DIR/new` reads them.
        let saved = try ABSide.allCases.map { try ResultFolderReader.load(folder.folder($0)) }
        let comparison = try ABGate.decide(
            base: saved[0].records, baseSource: folder.folder(.base).path, baseRunID: saved[0].metadata.runID, baseMachine: saved[0].metadata.machine,
            new: saved[1].records, newSource: folder.folder(.new).path, newRunID: saved[1].metadata.runID, newMachine: saved[1].metadata.machine,
            design: design)
        let drift = DriftCheck(base: saved[0].calibration, new: saved[1].calibration, threshold: design.threshold)
        try folder.writeReport(try ABReport.render(sides: [.base: describe(.base), .new: describe(.new)], design: design,
                                                   tests: runner.gatingTests, outcome: outcome, comparison: comparison, drift: drift))
        FileHandleOutput.standardOutput(String(decoding: try ComparisonFormat.text.render(comparison), as: UTF8.self))
        if outcome.budgetSpent {
            FileHandleOutput.standardOutput("ab: the budget (\(budget)) was spent before every point had the trials its spread asks for; see \(folder.directory.path)/ab.md\n")
        }
        FileHandleOutput.standardOutput(TerminalText.line("ab: \(folder.directory.path)/{base,new,ab.md}; gilbench compare \(folder.folder(.base).path) \(folder.folder(.new).path) gives this verdict") + "\n")
        if let failed = progress.saveError { throw GILBenchError.outputNotWritable(path: folder.directory.path, reason: failed) }
        if drift.drifted { throw ExitCode(ExitStatus.inconclusive.rawValue) }
        switch comparison.outcome {
        case .regression: throw ExitCode(ExitStatus.regressionFound.rawValue)
        case .inconclusive: throw ExitCode(ExitStatus.inconclusive.rawValue)
        case .clean: break
        }
    }
}
