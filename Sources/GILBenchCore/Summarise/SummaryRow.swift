// SummaryRow: the statistics of one point (Python x workload x strategy x workers) over its measured trials.

/// One row of summary.csv.
public struct SummaryRow: Codable, Sendable, Equatable {
    public let pythonVersion: String
    public let pythonBuild: String
    public let workload: String
    public let size: Int
    public let strategy: Strategy
    public let workers: Int
    /// Measured trials that ended ok (warm-ups excluded).
    public let trials: Int
    /// Measured trials that did not end ok.
    public let failedTrials: Int
    public let wall: Statistics?
    /// `workers x median T(1) / median T(workers)`, same Python, workload and strategy.
    public let speedup: Double?
    /// Speedup using the slowest and the fastest trial at this worker count: the spread for error bars.
    public let speedupMinimum: Double?
    public let speedupMaximum: Double?
    /// `speedup / workers`.
    public let efficiency: Double?
    public let setup: Statistics?
    public let teardown: Statistics?
    /// Each worker's own `run(size)` time (its start to its end), over every worker of the ok trials. Beside
    /// `wall` (the slowest worker) it separates contention (every worker slower than at 1 worker) from
    /// stragglers (one slow worker, e.g. a noisy core).
    public let workerSeconds: Statistics?
    /// `computeSeconds` of the ok trials (release to the last `run` return); nil for format-1 folders.
    public var compute: Statistics?
    /// Per-worker `transferInSeconds` / `transferOutSeconds` over every worker of the ok trials.
    public var transferIn: Statistics?
    public var transferOut: Statistics?
    public let status: TrialStatus
    public let message: String
    /// Which lock serialised the workers (the `gil` column): shared, per-interpreter, per-process or none.
    public let lockModel: LockModel
    /// The run's common 1-worker point (the `baseline` column), nil when the run has none.
    public var baseline: ThroughputBaseline?
    /// `workers x T_baseline(1) / median T(workers)`, the baseline's T(1) being its median for the same workload.
    public var throughputVsBaseline: Double?
    /// The same with the slowest and the fastest trial at this point.
    public var throughputVsBaselineMinimum: Double?
    public var throughputVsBaselineMaximum: Double?
    /// Format 2: why this point's numbers deserve less trust (StabilityChecks); empty when none fired.
    public var warnings: [StabilityWarning] = []
    /// Format 2: median_worker_seconds(N) / median_worker_seconds(1) (WorkerContention).
    public var workerContention: Double?
    /// Format 2: under --until-ci, why the point got no more trials (AdaptiveStop); nil otherwise.
    public var stopReason: AdaptiveStop.Reason?
    /// Memory medians and the per-worker PSS (format 2; nil when not measured).
    public var memory: MemorySummary?
    /// Format 3: the processes the point's measured trials left running, added up (the first command line of the
    /// first trial that left any); nil when none left any or none was checked.
    public var leftProcesses: LeftProcesses?
    /// Format 3: how many of the point's measured trials left processes running.
    public var trialsLeavingProcesses = 0

    public init(pythonVersion: String, pythonBuild: String, workload: String, size: Int, strategy: Strategy,
                workers: Int, trials: Int, failedTrials: Int, wall: Statistics?, speedup: Double?,
                speedupMinimum: Double?, speedupMaximum: Double?, efficiency: Double?, setup: Statistics?,
                teardown: Statistics?, workerSeconds: Statistics? = nil, status: TrialStatus, message: String,
                lockModel: LockModel? = nil, baseline: ThroughputBaseline? = nil, throughputVsBaseline: Double? = nil,
                throughputVsBaselineMinimum: Double? = nil, throughputVsBaselineMaximum: Double? = nil) {
        self.pythonVersion = pythonVersion
        self.pythonBuild = pythonBuild
        self.workload = workload
        self.size = size
        self.strategy = strategy
        self.workers = workers
        self.trials = trials
        self.failedTrials = failedTrials
        self.wall = wall
        self.speedup = speedup
        self.speedupMinimum = speedupMinimum
        self.speedupMaximum = speedupMaximum
        self.efficiency = efficiency
        self.setup = setup
        self.teardown = teardown
        self.workerSeconds = workerSeconds
        self.status = status
        self.message = message
        self.lockModel = lockModel ?? LockModel.of(strategy: strategy, freeThreaded: pythonBuild == "free-threaded", gilEnabledInTrials: nil)
        self.baseline = baseline
        self.throughputVsBaseline = throughputVsBaseline
        self.throughputVsBaselineMinimum = throughputVsBaselineMinimum
        self.throughputVsBaselineMaximum = throughputVsBaselineMaximum
    }
}

extension Statistics: Codable {
    private enum CodingKeys: String, CodingKey { case values }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode([count].map(Double.init) + [median, minimum, maximum, mean, standardDeviation], forKey: .values)
    }
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let values = try container.decode([Double].self, forKey: .values)
        guard values.count == 6 else {
            throw DecodingError.dataCorruptedError(forKey: .values, in: container, debugDescription: "expected 6 numbers")
        }
        self.init(count: Int(values[0]), median: values[1], minimum: values[2], maximum: values[3], mean: values[4],
                  standardDeviation: values[5])
    }
}

extension Statistics {
    /// Rebuilds statistics from stored numbers.
    public init(count: Int, median: Double, minimum: Double, maximum: Double, mean: Double, standardDeviation: Double) {
        self.count = count
        self.median = median
        self.minimum = minimum
        self.maximum = maximum
        self.mean = mean
        self.standardDeviation = standardDeviation
    }
}
