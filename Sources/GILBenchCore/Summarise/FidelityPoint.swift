// FidelityPoint: one worker count at which a C-API strategy and its Python-level twin were both measured.

/// The twin's wall time as a ratio to the strategy's (the Hodges-Lehmann ratio of the trials' wall times, with
/// its exact distribution-free interval), on one Python, workload and worker count. Below 1 the Python-level
/// API ran faster than gilbench's strategy; above 1 slower.
public struct FidelityPoint: Equatable, Sendable {
    /// The Python's label, e.g. "3.13.5t".
    public let pythonLabel: String
    public let pythonVersion: String
    public let pythonBuild: String
    public let workload: String
    /// The C-API strategy (threads, subinterpreters, processes).
    public let strategy: Strategy
    /// Its Python-level twin (thread-pool, interpreter-pool, a process-pool).
    public let twin: Strategy
    public let workers: Int
    /// Median wall seconds of the strategy's measured ok trials.
    public let strategySeconds: Double
    /// Median wall seconds of the twin's measured ok trials.
    public let twinSeconds: Double
    /// exp(Hodges-Lehmann shift of log twin walls over log strategy walls): twin / strategy.
    public let ratio: Double
    /// The exact interval of `ratio` at `Fidelity.level`; nil when the trials are too few for one (3 vs 3).
    public let interval: ConfidenceInterval?
    public let strategyTrials: Int
    public let twinTrials: Int

    public init(pythonLabel: String, pythonVersion: String, pythonBuild: String, workload: String, strategy: Strategy,
                twin: Strategy, workers: Int, strategySeconds: Double, twinSeconds: Double, ratio: Double,
                interval: ConfidenceInterval?, strategyTrials: Int, twinTrials: Int) {
        self.pythonLabel = pythonLabel
        self.pythonVersion = pythonVersion
        self.pythonBuild = pythonBuild
        self.workload = workload
        self.strategy = strategy
        self.twin = twin
        self.workers = workers
        self.strategySeconds = strategySeconds
        self.twinSeconds = twinSeconds
        self.ratio = ratio
        self.interval = interval
        self.strategyTrials = strategyTrials
        self.twinTrials = twinTrials
    }

    /// Whether the ratio's point estimate lies outside [1 - threshold, 1 + threshold]: a finding.
    public var isBeyondThreshold: Bool {
        ratio < 1 - Fidelity.threshold || ratio > 1 + Fidelity.threshold
    }

    /// Whether the whole interval lies outside [1 - threshold, 1 + threshold]: the difference is beyond the
    /// threshold at the interval's confidence, not only at its point estimate.
    public var isIntervalBeyondThreshold: Bool {
        guard let interval else { return false }
        return interval.upper < 1 - Fidelity.threshold || interval.lower > 1 + Fidelity.threshold
    }

    /// Whether the whole interval lies inside [1 - threshold, 1 + threshold]: shown to be within it.
    public var isIntervalWithinThreshold: Bool {
        guard let interval else { return false }
        return interval.lower >= 1 - Fidelity.threshold && interval.upper <= 1 + Fidelity.threshold
    }
}
