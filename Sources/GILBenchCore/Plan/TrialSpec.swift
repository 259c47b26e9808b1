// TrialSpec: one trial to execute, as sent to a child host process.

/// Everything a host process needs to run one trial. Codable: it crosses the process boundary as JSON.
public struct TrialSpec: Codable, Hashable, Sendable {
    public let python: PythonInstallation
    public let workload: Workload
    /// The argument passed to `run(size)`.
    public let size: Int
    public let strategy: Strategy
    public let workers: Int
    /// 1-based; warm-up trials count separately from measured ones.
    public let repetition: Int
    /// A discarded warm-up trial.
    public let warmup: Bool
    /// Whether interpreters import `site` (PYTHONNOUSERSITE-like isolation is the user's choice).
    public let importSite: Bool
    /// `threads` only: one module shared by every worker (warmed up in the host) or one private copy each.
    public let threadModule: ThreadModule
    /// Untimed `run(size)` calls each worker makes after loading the workload, before the start barrier.
    public let innerWarmupCount: Int
    /// `--memory-limit`: the host sets `RLIMIT_AS` to it (worker processes inherit it); nil: no limit.
    public let memoryLimitBytes: Int?

    public init(python: PythonInstallation, workload: Workload, size: Int, strategy: Strategy, workers: Int,
                repetition: Int, warmup: Bool, importSite: Bool, threadModule: ThreadModule = .shared,
                innerWarmupCount: Int = 0, memoryLimitBytes: Int? = nil) {
        self.python = python
        self.workload = workload
        self.size = size
        self.strategy = strategy
        self.workers = workers
        self.repetition = repetition
        self.warmup = warmup
        self.importSite = importSite
        self.threadModule = threadModule
        self.innerWarmupCount = innerWarmupCount
        self.memoryLimitBytes = memoryLimitBytes
    }

    /// The point this trial measures.
    public var point: PointKey {
        PointKey(pythonLabel: python.label, workload: workload.name, strategy: strategy, workers: workers)
    }
}

/// A point of the plan: one Python x workload x strategy x worker count.
public struct PointKey: Hashable, Codable, Sendable, CustomStringConvertible {
    public let pythonLabel: String
    public let workload: String
    public let strategy: Strategy
    public let workers: Int

    public init(pythonLabel: String, workload: String, strategy: Strategy, workers: Int) {
        self.pythonLabel = pythonLabel
        self.workload = workload
        self.strategy = strategy
        self.workers = workers
    }

    public var description: String { "\(pythonLabel) \(workload) \(strategy.rawValue) x\(workers)" }
}
