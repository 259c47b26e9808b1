// GateTest: one test that can fail a comparison: its one-sided p, Holm-adjusted p, decision and power.

/// One gating test of a comparison (the wall time of a point, or with the gates asked for its speedup, set-up time
/// or memory).
public struct GateTest: Codable, Equatable, Sendable {
    public let workload: String
    public let strategy: Strategy
    public let workers: Int
    public let metric: ComparisonMetric
    /// Measured trials per side (the fewest of the four samples for scaling).
    public let trialsPerSide: Int
    /// The threshold it is judged against (a fraction).
    public let threshold: Double
    /// One-sided p of "new is worse"; nil when the test could not be computed.
    public let pValue: Double?
    /// `pValue` Holm adjusted over the gate's tests (raw with `--correction none`).
    public let adjustedPValue: Double?
    /// The level the power is computed at: alpha / m under Holm (the level of the family's smallest p), alpha without.
    public let powerLevel: Double
    /// The probability of flagging a regression of exactly `threshold` (`GatePower`); nil when not computed
    /// (`powerResamples` 0 or no test).
    public let power: Double?
    /// When `power` < `--min-power`: the smallest worsening it would flag with `--min-power` probability at these
    /// trial counts; nil otherwise or when not even +100% would be.
    public let detectableChange: Double?
    /// When `power` < `--min-power`: trials per side that would give it `--min-power` at this spread; nil otherwise
    /// or beyond `GatePower.maximumTrials`.
    public let trialsNeededPerSide: Int?
    /// The gate's decision: the adjusted p < alpha and the change beyond the threshold under the threshold rule
    /// (scaling: and T(N)'s own wall test significant).
    public let regression: Bool

    public init(workload: String, strategy: Strategy, workers: Int, metric: ComparisonMetric, trialsPerSide: Int, threshold: Double,
                pValue: Double?, adjustedPValue: Double?, powerLevel: Double, power: Double?, detectableChange: Double?,
                trialsNeededPerSide: Int?, regression: Bool) {
        self.workload = workload
        self.strategy = strategy
        self.workers = workers
        self.metric = metric
        self.trialsPerSide = trialsPerSide
        self.threshold = threshold
        self.pValue = pValue
        self.adjustedPValue = adjustedPValue
        self.powerLevel = powerLevel
        self.power = power
        self.detectableChange = detectableChange
        self.trialsNeededPerSide = trialsNeededPerSide
        self.regression = regression
    }

    /// "nbody threads x2 wall".
    public var name: String { "\(workload) \(strategy.rawValue) x\(workers) \(metric.rawValue)" }

    /// Whether its power reached `minPower`.
    public func powered(_ minPower: Double) -> Bool { (power ?? 0) >= minPower }
}
