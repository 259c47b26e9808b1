// RunOptions: what the user asked a run to measure.

/// The validated choices behind one `gilbench run`.
public struct RunOptions: Codable, Sendable {
    public let pythons: [PythonInstallation]
    public let workloads: [Workload]
    public let strategies: [Strategy]
    /// Ascending, always including 1 (the speedup baseline).
    public let workerCounts: [Int]
    /// `--size`: overrides every workload's SIZE.
    public let sizeOverride: Int?
    public let repeatCount: Int
    public let warmupCount: Int
    public let timeoutSeconds: Double
    public let importSite: Bool
    /// `--memory-limit` in bytes per process of a trial (format 2; nil: none).
    public let memoryLimitBytes: Int?

    public init(pythons: [PythonInstallation], workloads: [Workload], strategies: [Strategy], workerCounts: [Int],
                sizeOverride: Int?, repeatCount: Int, warmupCount: Int, timeoutSeconds: Double, importSite: Bool,
                memoryLimitBytes: Int? = nil) {
        self.pythons = pythons
        self.workloads = workloads
        self.strategies = strategies
        self.workerCounts = Array(Set(workerCounts + [1])).sorted()
        self.sizeOverride = sizeOverride
        self.repeatCount = repeatCount
        self.warmupCount = warmupCount
        self.timeoutSeconds = timeoutSeconds
        self.importSite = importSite
        self.memoryLimitBytes = memoryLimitBytes
    }

    /// The default worker counts: 1, 2, ... up to twice the core count.
    public static func defaultWorkerCounts(cores: Int) -> [Int] {
        Array(1...max(2, 2 * cores))
    }
}
