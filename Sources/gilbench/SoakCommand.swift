// SoakCommand: `gilbench soak`: create, run once and end one worker per cycle in one host; does memory grow?
import ArgumentParser
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

struct SoakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soak",
        abstract: "Create, run once and end one worker per cycle inside one host, and fit the memory growth per cycle.",
        discussion: """
        Records the host's RSS, PSS and USS every --sample-every cycles to soak.csv, fits the growth per cycle \
        (least squares, with a 95% interval) after --warmup-cycles, draws soak.png, and prints the slopes. A slope \
        whose interval contains 0 is noise, not a leak.
        """)

    @Option(name: .long, help: ArgumentHelp("The Python: a version (3.13), an interpreter or a libpython path.", valueName: "python"))
    var python: String?

    @Option(name: .long, help: ArgumentHelp("threads, subinterpreters or shared-subinterpreters.", valueName: "strategy"))
    var strategy: String = Strategy.subinterpreters.rawValue

    @Option(name: .long, help: ArgumentHelp("A built-in workload name or a path to a .py file defining run(size).", valueName: "name-or-path"))
    var workload: String = "nbody"

    @Option(name: .long, help: ArgumentHelp("The argument passed to run(size), overriding the workload's SIZE.", valueName: "n"))
    var size: Int?

    @Option(name: .long, help: "Cycles: workers created, run once and ended, one after the other.")
    var cycles: Int = 1000

    @Option(name: .long, help: ArgumentHelp("Record memory every this many cycles (default: cycles / 100, at least 1).", valueName: "k"))
    var sampleEvery: Int?

    @Option(name: .long, help: ArgumentHelp("Cycles left out of the fit while caches and allocator pools fill (default: cycles / 10).", valueName: "n"))
    var warmupCycles: Int?

    @Option(name: .long, help: ArgumentHelp("Seconds the whole soak may take before it is killed.", valueName: "seconds"))
    var timeout: Double = 3600

    @Option(name: .long, help: ArgumentHelp("The folder for soak.csv and the chart (must be new or empty). Default: Results/soak-<run-id>/.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Do not import site in the interpreters.")
    var noSite = false

    func validate() throws {
        if cycles < 3 { throw ValidationError("--cycles must be at least 3 (got \(cycles))") }
        if let sampleEvery, sampleEvery < 1 { throw ValidationError("--sample-every must be 1 or more (got \(sampleEvery))") }
        if let warmupCycles, warmupCycles < 0 || warmupCycles >= cycles {
            throw ValidationError("--warmup-cycles must be 0 or more and below --cycles (got \(warmupCycles))")
        }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds (got \(timeout))") }
        if let size, size < 0 { throw ValidationError("--size must be 0 or more (got \(size))") }
    }

    func run() throws {
        let chosen = try Strategy.parse(strategy)
        guard SoakSpec.strategies.contains(chosen) else {
            throw GILBenchError.invalidValue(flag: "--strategy", value: strategy,
                                             expected: SoakSpec.strategies.map(\.rawValue).joined(separator: ", ") + " (a process worker's memory leaves with its process)")
        }
        let selection = PythonSelection()
        let candidates = try python.map { try selection.resolve([$0]) } ?? selection.defaultSelection()
        guard let installation = candidates.first else { throw GILBenchError.pythonNotFound(spec: python ?? "default", found: []) }
        if let reason = chosen.unsupportedReason(on: installation) {
            throw GILBenchError.pythonUnusable(spec: installation.label, reason: reason)
        }
        let catalog = try WorkloadCatalog.builtIn()
        defer { catalog.removePrivateCopy() }
        guard let resolved = try catalog.resolve([workload]).first else {
            throw GILBenchError.invalidValue(flag: "--workload", value: workload, expected: "a built-in name or a .py file")
        }
        let executor = ChildHostExecutor(timeoutSeconds: min(timeout, 600), logDirectory: nil, memorySampleSeconds: 0)
        let reference = executor.reference(python: installation, workload: resolved, size: size, importSite: !noSite)
        guard case let .completed(result) = reference, result.invalidReason == nil, let runSize = size ?? result.defaultSize else {
            let reason: String
            switch reference {
            case let .completed(result): reason = result.invalidReason ?? "it defines no integer SIZE; add SIZE = <n> or pass --size"
            case let .failed(_, message): reason = message
            }
            throw GILBenchError.workloadInvalid(name: resolved.name, path: resolved.path, reason: reason)
        }
        let every = sampleEvery ?? max(1, cycles / 100)
        let fitFrom = warmupCycles ?? cycles / 10
        let runID = "soak-" + RunCommand.runID(Date())
        let store = try ResultStore.create(parent: URL(fileURLWithPath: "Results", isDirectory: true), runID: runID,
                                           explicit: out.map { URL(fileURLWithPath: $0, isDirectory: true) }, exporters: [])
        ChildProcess.killChildrenOnInterrupt()
        let spec = SoakSpec(python: installation, workload: resolved, size: runSize, strategy: chosen, cycles: cycles,
                            sampleEvery: every, importSite: !noSite)
        let subject = "\(chosen.rawValue), \(resolved.name), Python \(installation.label)"
        FileHandleOutput.standardError("gilbench soak: \(subject): \(cycles) cycles, memory every \(every); writing \(store.directory.path)\n")
        var partial: [SoakSample] = []
        let outcome = SoakRunner.run(spec, timeoutSeconds: timeout) { sample in
            partial.append(sample)
            // Save as we go: a crash or Ctrl-C keeps every sample so far.
            try? SoakReport(samples: partial, fitFromCycle: fitFrom).csv()
                .write(to: store.directory.appendingPathComponent("soak.csv"), options: .atomic)
        }
        let report = SoakReport(samples: outcome.samples, fitFromCycle: fitFrom)
        let problem = try report.write(to: store.directory, subject: subject, runID: store.directory.lastPathComponent)
        FileHandleOutput.standardOutput("soak: \(subject), \(outcome.samples.last?.cycle ?? 0) of \(cycles) cycles\n")
        for line in report.summaryLines() { FileHandleOutput.standardOutput("  " + line + "\n") }
        FileHandleOutput.standardOutput("results: \(store.directory.path)/{soak.csv,soak.gp,soak.png}\n")
        if let problem { FileHandleOutput.standardError("gilbench: \(problem)\n") }
        if let failure = outcome.failure {
            FileHandleOutput.standardError("gilbench: the soak stopped early (\(failure.status.rawValue)): \(failure.message)\n")
            throw ExitCode(ExitStatus.trialFailed.rawValue)
        }
    }
}
