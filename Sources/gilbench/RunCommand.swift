// RunCommand: `gilbench run`: parses and validates the flags, then wires discovery, the runner and the store.
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
#if canImport(Glibc)
import GILBenchResults
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

    @Option(name: .long, help: ArgumentHelp("Run a benchmark suite (besides any --workload): pyperformance, or pyperformance:NAME,NAME for some of its benchmarks (downloaded from PyPI into ~/.cache/gilbench on first use).", valueName: "suite"))
    var suite: String?

    @Flag(name: .long, help: "With --suite: install each benchmark's requirements with pip, per Python, into gilbench's cache (a failed install makes it unsupported).")
    var installDeps = false

    @Option(name: .long, help: ArgumentHelp("The suite release to use (default: the newest in the cache, else PyPI's newest).", valueName: "version"))
    var suiteVersion: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("An option for pyperf scripts' argument parsers: NAME=VALUE (--NAME VALUE), NAME (a flag) or =VALUE (positional). Repeat.", valueName: "arg"))
    var workloadArg: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Strategies: threads, subinterpreters, shared-subinterpreters, processes (default: these four); Python-level: thread-pool, process-pool (spawn), process-pool-forkserver, process-pool-fork (or process-pool:METHOD), interpreter-pool. Comma list or repeat.", valueName: "strategy"))
    var strategy: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Worker counts, e.g. 1,2,4 (default: 1 up to twice the core count). 1 is always added: it is the speedup baseline.", valueName: "n"))
    var workers: [String] = []

    @Option(name: .long, help: ArgumentHelp("The argument passed to run(size), overriding each workload's SIZE; 'auto' picks the size whose run(size) takes --min-call-seconds.", valueName: "n|auto"))
    var size: String?

    @Option(name: .long, help: ArgumentHelp("With --size auto (or SIZE = \"auto\" in a workload): the least time one run(size) call should take.", valueName: "seconds"))
    var minCallSeconds: Double = BenchmarkRunner.defaultMinimumCallSeconds

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Payload sizes for workloads that declare INPUT_BYTES, e.g. 1K,1M,16M: each becomes one workload per size (name@1M). Comma list or repeat.", valueName: "bytes"))
    var inputBytes: [String] = []

    @Option(name: .long, help: "Measured trials per point.")
    var `repeat`: Int = 5

    @Option(name: .long, help: ArgumentHelp("Keep adding measured rounds until every point's median wall time has a 95% confidence interval narrower than this share of it, e.g. 5%.", valueName: "percent"))
    var untilCi: String?

    @Option(name: .long, help: ArgumentHelp("With --until-ci: the most measured trials per point.", valueName: "n"))
    var maxRepeat: Int = 20

    @Option(name: .long, help: "Discarded warm-up trials per point, run before the measured ones.")
    var warmup: Int = 1

    @Option(name: .long, help: ArgumentHelp("Seconds a trial (or reference run) may take before it is killed and recorded as timeout.", valueName: "seconds"))
    var timeout: Double = 120

    @Option(name: .long, help: ArgumentHelp("The run folder (must be new or empty). Default: Results/<run-id>/.", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("The 1-worker point throughput_vs_baseline is measured against, PYTHON[:STRATEGY] (e.g. 3.13.5:threads). Default: threads on the GIL build of the same release as the run's free-threaded Python, else on the run's first Python.", valueName: "python[:strategy]"))
    var baseline: String?

    @Flag(name: .long, help: "Do not import site in any interpreter (lower set-up cost; no site-packages).")
    var noSite = false

    @Option(name: .long, help: ArgumentHelp("Pin the run (every host, its threads and worker processes) to these CPUs, e.g. 0,1 or 2-3. Speedup ideals, warnings and default worker counts then use this many CPUs.", valueName: "cpu-list"))
    var affinity: String?

    @Option(name: .long, help: ArgumentHelp("threads: 'shared' (default: the host imports the workload once and warms it up with one run(size); every thread calls that run) or 'private' (every thread loads its own copy, to measure what sharing costs).", valueName: "shared|private"))
    var threadModule: String = ThreadModule.shared.rawValue

    @Option(name: .long, help: ArgumentHelp("Untimed run(size) calls each worker makes after loading the workload, before the start barrier (every strategy).", valueName: "n"))
    var innerWarmup: Int = 0

    @Option(name: .long, help: ArgumentHelp("Per-process address-space limit of a trial's host and worker processes (RLIMIT_AS), in bytes or with K/M/G/T (powers of 1024). A trial that exceeds it is an error or crash row saying so; the run goes on. Default: none.", valueName: "bytes"))
    var memoryLimit: String?

    @Option(name: .long, help: ArgumentHelp("How often the runner samples a trial's memory for its peak, in milliseconds (0: no sampling, no peak columns).", valueName: "ms"))
    var memoryIntervalMs: Double = ChildHostExecutor.defaultMemorySampleSeconds * 1000

    @Option(name: .long, help: ArgumentHelp("A line saying why this run measures what it does (e.g. which release and why), kept in metadata.json and shown in report.md.", valueName: "text"))
    var note: String?

    @Flag(name: .long, help: "Draw no charts (a survey saves minutes of gnuplot); draw them later with gilbench plot DIR.")
    var noPlots = false

    @Option(name: .long, help: ArgumentHelp("report.md: full (every table and chart), compact (a survey: the speedup tables and the charts over all workloads), or auto (compact beyond \(ReportStyle.surveyWorkloadCount) workloads, e.g. --suite pyperformance).", valueName: "auto|full|compact"))
    var report: String = "auto"

    @Flag(name: .long, help: "Also write pyperf.json (pyperf's JSON format; pyperf-<python>.json per Python when several) as the run goes.")
    var pyperf = false

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1 (got \(`repeat`))") }
        if warmup < 0 { throw ValidationError("--warmup must be 0 or more (got \(warmup))") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds (got \(timeout))") }
        _ = try sizeChoice()
        if !(minCallSeconds > 0 && minCallSeconds <= 60) { throw ValidationError("--min-call-seconds must be above 0 and at most 60 (got \(minCallSeconds))") }
        if innerWarmup < 0 { throw ValidationError("--inner-warmup must be 0 or more (got \(innerWarmup))") }
        if ThreadModule(rawValue: threadModule) == nil {
            throw ValidationError("--thread-module '\(threadModule)' is not valid: give shared or private")
        }
        _ = try workerCounts()
        _ = try affinityList()
        _ = try untilCiPercent()
        if untilCi != nil && maxRepeat < `repeat` { throw ValidationError("--max-repeat (\(maxRepeat)) must be at least --repeat (\(`repeat`))") }
        _ = try inputByteSizes()
        if !(memoryIntervalMs >= 0) { throw ValidationError("--memory-interval-ms must be 0 (off) or more (got \(memoryIntervalMs))") }
        _ = try PlotCommand.reportStyle(report)
        if let memoryLimit, MemoryLimit.parseBytes(memoryLimit) == nil {
            throw ValidationError("--memory-limit '\(memoryLimit)' is not a size: give bytes or a number with K, M, G or T, e.g. --memory-limit 2G")
        }
    }

    /// Parses --input-bytes values ("1K,1M" or repeated).
    func inputByteSizes() throws -> [Int] {
        try splitList(inputBytes).map { item in
            guard let bytes = Workload.parseByteSize(item) else {
                throw ValidationError("--input-bytes '\(item)' is not valid: give sizes such as 1K, 1M, 16M or a number of bytes")
            }
            return bytes
        }.uniqued()
    }

    /// Parses --until-ci ("5%" or "5").
    func untilCiPercent() throws -> Double? {
        guard let untilCi else { return nil }
        let text = untilCi.hasSuffix("%") ? String(untilCi.dropLast()) : untilCi
        guard let percent = Double(text), percent > 0, percent < 100 else {
            throw ValidationError("--until-ci '\(untilCi)' is not valid: give a percentage above 0 and below 100, e.g. --until-ci 5%")
        }
        return percent
    }

    /// Parses --affinity ("0,2-3").
    func affinityList() throws -> CPUList? {
        guard let affinity else { return nil }
        guard let list = CPUList(parsing: affinity) else {
            throw ValidationError("--affinity '\(affinity)' is not a CPU list: give CPU numbers and ranges, e.g. --affinity 0,1 or --affinity 0-3")
        }
        return list
    }

    /// Parses --size: nil (each SIZE), .some(nil) for "auto", or a number.
    func sizeChoice() throws -> Int?? {
        guard let size else { return nil }
        if size == "auto" { return .some(nil) }
        guard let number = Int(size), number >= 0 else {
            throw ValidationError("--size must be a whole number of 0 or more, or auto (got \(size))")
        }
        return .some(number)
    }

    /// Parses --workers values ("1,2,4" or repeated).
    func workerCounts() throws -> [Int] {
        let items = splitList(workers)
        if items.isEmpty { return RunOptions.defaultWorkerCounts(cores: CPUBudget.current().pinned(to: try affinityList()).usable) }
        return try items.map { item in
            guard let count = Int(item), count >= 1 else {
                throw ValidationError("--workers '\(item)' is not valid: give whole numbers of 1 or more, e.g. --workers 1,2,4")
            }
            guard count <= 256 else { throw ValidationError("--workers \(count) is more than 256 workers") }
            return count
        }
    }

    func run() throws {
        // Before any host starts: hosts, their threads and worker processes inherit the mask.
        if let cpus = try affinityList() { try CPUAffinity.pin(to: cpus) }
        let strategies = try splitList(strategy).map(Strategy.parse)
        let catalog = try WorkloadCatalog.builtIn()
        defer { catalog.removePrivateCopy() }
        let scriptArguments = try Workload.commandLine(fromWorkloadArgs: workloadArg)
        let selection = PythonSelection()
        let pythons = python.isEmpty ? try selection.defaultSelection() : try selection.resolve(splitList(python))
        let resolvedSuite = try suite.map { try SuiteSelection(spec: $0).resolve(version: suiteVersion, pythons: pythons) }
        let suiteWorkloads = resolvedSuite?.workloads ?? []
        if installDeps, let resolvedSuite {
            // Hosts inherit the environment; the pyperf adapter adds each benchmark's folder to sys.path.
            let deps = try SuiteDependencies.install(suite: resolvedSuite.suite, workloads: suiteWorkloads, pythons: pythons) {
                FileHandle.standardError.write(Data(("gilbench: " + $0 + "\n").utf8))
            }
            setenv(SuiteDependencies.environmentKey, deps, 1)
        }
        let named = workload.isEmpty && suite != nil ? [] : try catalog.resolve(workload.isEmpty ? ["all"] : splitList(workload))
        let chosen = try SuiteSelection.merge(named, suiteWorkloads).map { $0.adding(arguments: scriptArguments) }
        let workloads = Workload.expanding(chosen, inputBytes: try inputByteSizes())
        if !inputBytes.isEmpty && workloads == chosen {
            throw ValidationError("--input-bytes: none of the chosen workloads declares INPUT_BYTES (try --workload word_count,nested_records,numeric_buffer)")
        }
        var options = RunOptions(
            pythons: pythons, workloads: workloads, strategies: strategies.isEmpty ? Strategy.defaultStrategies : strategies.uniqued(),
            workerCounts: try workerCounts(), sizeOverride: try sizeChoice() ?? nil, repeatCount: `repeat`, warmupCount: warmup,
            timeoutSeconds: timeout, importSite: !noSite, threadModule: try ThreadModule.parse(threadModule),
            innerWarmupCount: innerWarmup, memoryLimitBytes: memoryLimit.flatMap(MemoryLimit.parseBytes))
        let throughputBaseline = try baseline.map { try ThroughputBaseline.parse($0, pythons: pythons, strategies: options.strategies) }
            ?? ThroughputBaseline.defaultChoice(pythons: pythons, strategies: options.strategies)
        options.autoSize = try sizeChoice().map { $0 == nil } ?? false
        options.minimumCallSeconds = minCallSeconds
        // A pyperf script's loops are calibrated inside its hosts (WorkloadHarness+Pyperf) to the same minimum.
        setenv("GILBENCH_MIN_CALL_SECONDS", String(minCallSeconds), 1)
        options.untilCiPercent = try untilCiPercent()
        options.maximumRepeat = untilCi == nil ? nil : maxRepeat
        options.note = note

        let startTime = Date()
        let runID = Self.runID(startTime)
        let store = try ResultStore.create(
            parent: URL(fileURLWithPath: "Results", isDirectory: true), runID: runID,
            explicit: out.map { URL(fileURLWithPath: $0, isDirectory: true) },
            exporters: ResultStore.standardExporters + (pyperf ? PyperfExporter.exporters(for: pythons) : []))
        ChildProcess.killChildrenOnInterrupt()
        // However run() ends (finished, or an error thrown), nothing it started outlives it.
        defer { ProcessHygiene.killAll() }
        let executor = ChildHostExecutor(timeoutSeconds: timeout, logDirectory: store.directory.appendingPathComponent("logs").path,
                                         memorySampleSeconds: memoryIntervalMs / 1000)
        let runner = BenchmarkRunner(options: options, executor: executor)
        runner.probe = CalibrationProbe(catalog: catalog)
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
            machine: MachineInfo.collect(), options: catalog.recorded(options), references: prepared.references, baseline: throughputBaseline)
        metadata.memoryBaselines = memoryBaselines
        let plan = RunPlan(options: options, sizes: prepared.sizes)
        progress.note("results: \(store.directory.path) (\(plan.trials.count) trials planned)")
        progress.runWillStart(metadata: metadata, plannedTrials: plan.trials.count)
        let records = runner.runUntilPrecise(plan: plan, references: prepared.references, observer: progress)
        var finished = metadata
        finished.endTime = ISO8601DateFormatter().string(from: Date())
        let results = RunResults(metadata: finished, records: records, calibration: runner.calibrationSamples)
        try RunInterruption.whileSaving { try store.save(results) }
        // The report and charts come from the folder as saved (times rounded to the microsecond), so that
        // `gilbench plot` on a copy of it reproduces them byte for byte.
        let saved = (try? ResultFolderReader.load(store.directory)) ?? results
        let publication = try ReportPublisher.publish(saved, in: store.directory, drawCharts: !noPlots,
                                                      style: try PlotCommand.reportStyle(report))
        progress.finish()
        FileHandleOutput.standardOutput(SummaryTable.render(saved) + "\n")
        PlotCommand.announce(publication, results: saved)
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
