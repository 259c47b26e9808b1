// SoakSpec: what `gilbench soak` asks one host to do: create, run once and end one worker per cycle.

/// A soak test inside one host process. Codable: it crosses the process boundary as JSON.
public struct SoakSpec: Codable, Sendable, Equatable {
    public let python: PythonInstallation
    public let workload: Workload
    public let size: Int
    /// threads, subinterpreters or shared-subinterpreters (a worker that lives inside the host).
    public let strategy: Strategy
    public let cycles: Int
    /// Report the host's memory after every `sampleEvery` cycles (and before the first).
    public let sampleEvery: Int
    public let importSite: Bool

    public init(python: PythonInstallation, workload: Workload, size: Int, strategy: Strategy, cycles: Int,
                sampleEvery: Int, importSite: Bool) {
        self.python = python
        self.workload = workload
        self.size = size
        self.strategy = strategy
        self.cycles = cycles
        self.sampleEvery = sampleEvery
        self.importSite = importSite
    }

    /// Strategies a soak can run: their workers live and end inside the host, so its memory tells a leak.
    public static let strategies: [Strategy] = [.threads, .subinterpreters, .sharedSubinterpreters]

    /// One cycle as a 1-worker trial.
    public var cycleTrial: TrialSpec {
        TrialSpec(python: python, workload: workload, size: size, strategy: strategy, workers: 1, repetition: 1,
                  warmup: false, importSite: importSite)
    }
}

/// The host's memory after `cycle` cycles (0: the runtime started, no worker yet).
public struct SoakSample: Codable, Sendable, Equatable {
    public let cycle: Int
    public let memory: MemoryUsage
    /// Seconds since the first sample.
    public let elapsedSeconds: Double

    public init(cycle: Int, memory: MemoryUsage, elapsedSeconds: Double) {
        self.cycle = cycle
        self.memory = memory
        self.elapsedSeconds = elapsedSeconds
    }
}
