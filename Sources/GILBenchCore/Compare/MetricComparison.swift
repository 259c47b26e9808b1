// MetricComparison: one metric of one point, base against new, with its interval, test and verdict.

/// The ratio new / base of one metric, how sure we are of it, and what it means.
public struct MetricComparison: Codable, Equatable, Sendable {
    public let metric: ComparisonMetric
    /// The point estimate on each side: median seconds (wall, setup) or the speedup.
    public let baseValue: Double
    public let newValue: Double
    /// `newValue / baseValue`.
    public let ratio: Double
    /// Percentile bootstrap interval of the ratio; nil when it could not be computed.
    public let interval: ConfidenceInterval?
    /// Two-sided Mann-Whitney U p-value over the per-trial values; nil when it could not be computed.
    public let pValue: Double?
    /// `pValue` adjusted for the number of points compared (Benjamini-Hochberg within this metric), or `pValue`
    /// itself with `--correction none`.
    public let qValue: Double?
    /// The interval excludes 1 and `qValue` < 1 - level.
    public let significant: Bool
    public let verdict: ComparisonVerdict
    /// Whether this metric's verdict can fail the comparison (see `ComparisonSettings`).
    public let gates: Bool

    public init(metric: ComparisonMetric, baseValue: Double, newValue: Double, ratio: Double,
                interval: ConfidenceInterval?, pValue: Double?, qValue: Double?, significant: Bool, verdict: ComparisonVerdict,
                gates: Bool) {
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
    }

    /// A regression on a gating metric.
    public var isRegression: Bool { gates && verdict == .regression }

    /// The change in percent, signed: +12.5 for a ratio of 1.125.
    public var percentChange: Double { (ratio - 1) * 100 }
}
