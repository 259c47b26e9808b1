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
    /// Format 2: `--size auto`: calibrate every workload's size (nil in format-1 folders).
    public var autoSize: Bool?
    /// Format 2: the calibration target, `--min-call-seconds` (also used for workloads with SIZE = "auto").
    public var minimumCallSeconds: Double?
    /// Format 2: `--until-ci PCT`: add rounds until each median wall time's 95% interval is under PCT% of it.
    public var untilCiPercent: Double?
    /// Format 2: `--max-repeat`: the most measured trials per point under --until-ci.
    public var maximumRepeat: Int?

    public init(pythons: [PythonInstallation], workloads: [Workload], strategies: [Strategy], workerCounts: [Int],
                sizeOverride: Int?, repeatCount: Int, warmupCount: Int, timeoutSeconds: Double, importSite: Bool) {
        self.pythons = pythons
        self.workloads = workloads
        self.strategies = strategies
        self.workerCounts = Array(Set(workerCounts + [1])).sorted()
        self.sizeOverride = sizeOverride
        self.repeatCount = repeatCount
        self.warmupCount = warmupCount
        self.timeoutSeconds = timeoutSeconds
        self.importSite = importSite
    }

    /// The default worker counts: 1, 2, ... up to twice the core count.
    public static func defaultWorkerCounts(cores: Int) -> [Int] {
        Array(1...max(2, 2 * cores))
    }
}
