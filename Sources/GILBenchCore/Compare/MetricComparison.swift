// MetricComparison: one metric of one point, base against new, with its interval, test and verdict.

/// The ratio new / base of one metric, how sure we are of it, and what it means.
public struct MetricComparison: Codable, Equatable, Sendable {
    public let metric: ComparisonMetric
    /// The point estimate on each side: median seconds (wall, setup) or the speedup.
    public let baseValue: Double
    public let newValue: Double
    /// The estimate of new / base the test and interval are built on (wall, set-up: the Hodges-Lehmann ratio, the
    /// median of all new/base trial ratios; speedup: the ratio of geometric-mean speedups), near newValue / baseValue.
    public let ratio: Double
    /// The interval of the ratio that matches the test (wall, set-up: exact Mann-Whitney interval of the
    /// Hodges-Lehmann ratio; speedup: Welch t interval); nil when the samples are too small to reach the level.
    public let interval: ConfidenceInterval?
    /// Two-sided p-value (wall, set-up: Mann-Whitney U; speedup: Welch t on log times); nil when it could not be computed.
    public let pValue: Double?
    /// `pValue` adjusted for the number of tests (Benjamini-Hochberg over every metric of every point: the listing),
    /// or `pValue` itself with `--correction none`.
    public let qValue: Double?
    /// One-sided p-value of "new is worse" (wall, set-up, memory: Mann-Whitney; speedup: Welch on log times).
    public let oneSidedPValue: Double?
    /// Gating metrics: `oneSidedPValue` Holm adjusted over the gate's tests (raw with `--correction none`).
    public let adjustedPValue: Double?
    /// Gating metrics: the probability of flagging a regression of exactly the threshold (`GatePower`).
    public let power: Double?
    /// Gating metrics below `--min-power`: the trials per side that would give it; nil otherwise or beyond 1000.
    public let trialsNeeded: Int?
    /// The smallest p-value this test can give with its sample sizes, whatever the data (2 / C(m+n, m) for the rank
    /// test); nil when it has no test.
    public let smallestPValue: Double?
    /// Gating metrics below `--min-power`: the smallest worsening (a fraction: 0.07 for 7%) this test would flag
    /// with `--min-power` probability, given its trials, their spread, the family's size and the threshold rule; nil
    /// otherwise, or when not even +100% would be.
    public let detectableChange: Double?
    /// The listing's significance: the interval excludes 1 and `qValue` < 1 - level.
    public let significant: Bool
    public let verdict: ComparisonVerdict
    /// Whether this metric's verdict can fail the comparison (see `ComparisonSettings`).
    public let gates: Bool

    public init(metric: ComparisonMetric, baseValue: Double, newValue: Double, ratio: Double,
                interval: ConfidenceInterval?, pValue: Double?, qValue: Double?, significant: Bool, verdict: ComparisonVerdict,
                gates: Bool, smallestPValue: Double? = nil, detectableChange: Double? = nil, oneSidedPValue: Double? = nil,
                adjustedPValue: Double? = nil, power: Double? = nil, trialsNeeded: Int? = nil) {
        self.metric = metric
        self.baseValue = baseValue
        self.newValue = newValue
        self.ratio = ratio
        self.interval = interval
        self.pValue = pValue
        self.qValue = qValue
        self.significant = significant
        self.verdict = verdict
        self.gates = gates
        self.smallestPValue = smallestPValue
        self.detectableChange = detectableChange
        self.oneSidedPValue = oneSidedPValue
        self.adjustedPValue = adjustedPValue
        self.power = power
        self.trialsNeeded = trialsNeeded
    }

    /// A regression on a gating metric (the gate's decision).
    public var isRegression: Bool { gates && verdict == .regression }

    /// The change in percent, signed: +12.5 for a ratio of 1.125.
    public var percentChange: Double { (ratio - 1) * 100 }
}
