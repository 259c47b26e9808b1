// RunOptions: what the user asked a run to measure.

/// The validated choices behind one `gilbench run`.
public struct RunOptions: Codable, Sendable {
    public let pythons: [PythonInstallation]
    public var workloads: [Workload]
    public let strategies: [Strategy]
    /// Ascending, always including 1 (the speedup baseline).
    public let workerCounts: [Int]
    /// `--size`: overrides every workload's SIZE.
    public let sizeOverride: Int?
    public let repeatCount: Int
    public let warmupCount: Int
    public let timeoutSeconds: Double
    public let importSite: Bool
    /// Format 2: `--size auto`: calibrate every workload's size (nil in format-1 folders).
    public var autoSize: Bool?
    /// Format 2: the calibration target, `--min-call-seconds` (also used for workloads with SIZE = "auto").
    public var minimumCallSeconds: Double?
    /// Format 2: `--until-ci PCT`: add rounds until each median wall time's 95% interval is under PCT% of it.
    public var untilCiPercent: Double?
    /// Format 2: `--max-repeat`: the most measured trials per point under --until-ci.
    public var maximumRepeat: Int?
    /// `--thread-module` (result format 2; nil in format-1 folders, whose `threads` workers loaded private copies).
    public let threadModule: ThreadModule?
    /// `--inner-warmup` (result format 2; nil in format-1 folders, which had none).
    public let innerWarmupCount: Int?
    /// `--memory-limit` in bytes per process of a trial (format 2; nil: none).
    public let memoryLimitBytes: Int?
    /// Format 3: `--note`: why the run measures what it does (scripts/bench: which release and why); nil: none.
    public var note: String?

    public init(pythons: [PythonInstallation], workloads: [Workload], strategies: [Strategy], workerCounts: [Int],
                sizeOverride: Int?, repeatCount: Int, warmupCount: Int, timeoutSeconds: Double, importSite: Bool,
                threadModule: ThreadModule = .shared, innerWarmupCount: Int = 0, memoryLimitBytes: Int? = nil) {
        self.pythons = pythons
        self.workloads = workloads
        self.strategies = strategies
        self.workerCounts = Array(Set(workerCounts + [1])).sorted()
        self.sizeOverride = sizeOverride
        self.repeatCount = repeatCount
        self.warmupCount = warmupCount
        self.timeoutSeconds = timeoutSeconds
        self.importSite = importSite
        self.threadModule = threadModule
        self.innerWarmupCount = innerWarmupCount
        self.memoryLimitBytes = memoryLimitBytes
    }

    /// The `threads` module pattern this run used (format-1 runs: `.private`, the only one there was).
    public var threadModuleInEffect: ThreadModule { threadModule ?? .private }

    /// The default worker counts: 1, 2, ... up to twice the core count.
    public static func defaultWorkerCounts(cores: Int) -> [Int] {
        Array(1...max(2, 2 * cores))
    }
}
