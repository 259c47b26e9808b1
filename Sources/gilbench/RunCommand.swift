// RunCommand: `gilbench run`: parses and validates the flags, then wires discovery, the runner and the store.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
#if canImport(Glibc)
import Glibc
#endif

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run workloads under each strategy at 1..N workers and write CSV results.",
        discussion: """
        Every trial runs in a fresh child process; results go to Results/<run-id>/ (trials.csv, workers.csv, \
        summary.csv, metadata.json), rewritten after every trial so nothing measured is lost.
        """)

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Python(s) to measure: a version (3.13), an interpreter or libpython path, or 'all'. Comma list or repeat.", valueName: "python"))
    var python: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Workload(s): a built-in name, a path to a .py file defining run(size), or 'all' (default). Comma list or repeat.", valueName: "name-or-path"))
    var workload: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Strategies: threads, subinterpreters, shared-subinterpreters, processes (default: all four). Comma list or repeat.", valueName: "strategy"))
    var strategy: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Worker counts, e.g. 1,2,4 (default: 1 up to twice the core count). 1 is always added: it is the speedup baseline.", valueName: "n"))
    var workers: [String] = []

    @Option(name: .long, help: ArgumentHelp("The argument passed to run(size), overriding each workload's SIZE.", valueName: "n"))
    var size: Int?

    @Option(name: .long, help: "Measured trials per point.")
    var `repeat`: Int = 5

    @Option(name: .long, help: "Discarded warm-up trials per point, run before the measured ones.")
    var warmup: Int = 1

    @Option(name: .long, help: ArgumentHelp("Seconds a trial (or reference run) may take before it is killed and recorded as timeout.", valueName: "seconds"))
    var timeout: Double = 120

    @Option(name: .long, help: ArgumentHelp("The run folder (must be new or empty). Default: Results/<run-id>/.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Do not import site in any interpreter (lower set-up cost; no site-packages).")
    var noSite = false

    @Option(name: .long, help: ArgumentHelp("Per-process address-space limit of a trial's host and worker processes (RLIMIT_AS), in bytes or with K/M/G/T (powers of 1024). A trial that exceeds it is an error or crash row saying so; the run goes on. Default: none.", valueName: "bytes"))
    var memoryLimit: String?

    @Option(name: .long, help: ArgumentHelp("How often the runner samples a trial's memory for its peak, in milliseconds (0: no sampling, no peak columns).", valueName: "ms"))
    var memoryIntervalMs: Double = ChildHostExecutor.defaultMemorySampleSeconds * 1000

    @Flag(name: .long, help: "Also write pyperf.json (pyperf's JSON format; pyperf-<python>.json per Python when several) as the run goes.")
    var pyperf = false

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1 (got \(`repeat`))") }
        if warmup < 0 { throw ValidationError("--warmup must be 0 or more (got \(warmup))") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds (got \(timeout))") }
        if let size, size < 0 { throw ValidationError("--size must be 0 or more (got \(size))") }
        _ = try workerCounts()
        if !(memoryIntervalMs >= 0) { throw ValidationError("--memory-interval-ms must be 0 (off) or more (got \(memoryIntervalMs))") }
        if let memoryLimit, MemoryLimit.parseBytes(memoryLimit) == nil {
            throw ValidationError("--memory-limit '\(memoryLimit)' is not a size: give bytes or a number with K, M, G or T, e.g. --memory-limit 2G")
        }
    }

    /// Parses --workers values ("1,2,4" or repeated).
    func workerCounts() throws -> [Int] {
        let items = splitList(workers)
        if items.isEmpty { return RunOptions.defaultWorkerCounts(cores: ProcessInfo.processInfo.activeProcessorCount) }
        return try items.map { item in
            guard let count = Int(item), count >= 1 else {
                throw ValidationError("--workers '\(item)' is not valid: give whole numbers of 1 or more, e.g. --workers 1,2,4")
            }
            guard count <= 256 else { throw ValidationError("--workers \(count) is more than 256 workers") }
            return count
        }
    }

    func run() throws {
        let strategies = try splitList(strategy).map(Strategy.parse)
        let catalog = try WorkloadCatalog.locate()
        let workloads = try catalog.resolve(workload.isEmpty ? ["all"] : splitList(workload))
        let selection = PythonSelection()
        let pythons = python.isEmpty ? try selection.defaultSelection() : try selection.resolve(splitList(python))
        let options = RunOptions(
            pythons: pythons, workloads: workloads, strategies: strategies.isEmpty ? Strategy.allCases : strategies.uniqued(),
            workerCounts: try workerCounts(), sizeOverride: size, repeatCount: `repeat`, warmupCount: warmup,
            timeoutSeconds: timeout, importSite: !noSite, memoryLimitBytes: memoryLimit.flatMap(MemoryLimit.parseBytes))

        let startTime = Date()
        let runID = Self.runID(startTime)
        let store = try ResultStore.create(
            parent: URL(fileURLWithPath: "Results", isDirectory: true), runID: runID,
            explicit: out.map { URL(fileURLWithPath: $0, isDirectory: true) },
            exporters: ResultStore.standardExporters + (pyperf ? PyperfExporter.exporters(for: pythons) : []))
        ChildProcess.killChildrenOnInterrupt()
        let executor = ChildHostExecutor(timeoutSeconds: timeout, logDirectory: store.directory.appendingPathComponent("logs").path,
                                         memorySampleSeconds: memoryIntervalMs / 1000)
        let runner = BenchmarkRunner(options: options, executor: executor)
        let progress = ProgressReporter(store: store)
        progress.note("gilbench \(GILBenchVersion.tool): \(pythons.map { "Python \($0.label)" }.joined(separator: ", ")); \(workloads.count) workload(s); strategies \(options.strategies.map(\.rawValue).joined(separator: ",")); workers \(options.workerCounts.map(String.init).joined(separator: ",")); \(warmup) warm-up + \(`repeat`) measured trial(s) per point")

        // Before the references, so the trials follow them at once.
        let memoryBaselines = runner.measureMemoryBaselines()
        let prepared: (sizes: [String: Int], references: [RunMetadata.Reference])
        do {
            prepared = try runner.runReferences()
        } catch {
            try? FileManager.default.removeItem(at: store.directory)
            throw error
        }
        var metadata = RunMetadata(
            runID: store.directory.lastPathComponent, commandLine: CommandLine.arguments, startTime: startTime,
            machine: MachineInfo.collect(), options: options, references: prepared.references)
        metadata.memoryBaselines = memoryBaselines
        let plan = RunPlan(options: options, sizes: prepared.sizes)
        progress.note("results: \(store.directory.path) (\(plan.trials.count) trials planned)")
        progress.runWillStart(metadata: metadata, plannedTrials: plan.trials.count)
        let records = runner.run(plan: plan, references: prepared.references, observer: progress)
        var finished = metadata
        finished.endTime = ISO8601DateFormatter().string(from: Date())
        let results = RunResults(metadata: finished, records: records)
        try store.save(results)
        let publication = try ReportPublisher.publish(results, in: store.directory)
        progress.finish()
        FileHandleOutput.standardOutput(SummaryTable.render(results))
        FileHandleOutput.standardOutput("\nresults: \(store.directory.path)/{summary.csv,trials.csv,workers.csv,metadata.json}\n")
        PlotCommand.announce(publication)
        if let problem = publication.problems.first { FileHandleOutput.standardError("gilbench: \(problem.description)\n") }
        if let failed = progress.saveError {
            throw GILBenchError.outputNotWritable(path: store.directory.path, reason: failed)
        }
        if records.contains(where: { $0.status.isFailure }) {
            FileHandleOutput.standardError("gilbench: some trials failed (see the status and message columns of trials.csv)\n")
            throw ExitCode(ExitStatus.trialFailed.rawValue)
        }
    }

    /// "2026-11-22T07-15-03Z": sortable, and a valid folder name everywhere.
    static func runID(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH-mm-ss'Z'"
        return formatter.string(from: date)
    }
}

/// Splits repeated and comma-separated values: ["a,b", "c"] -> ["a", "b", "c"].
func splitList(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
