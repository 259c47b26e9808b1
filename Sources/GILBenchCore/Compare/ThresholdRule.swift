// ThresholdRule: whether compare's threshold applies to the estimated change or to the interval's near bound.

/// `--threshold-rule`: what must exceed `--threshold` for a significant change to count as a regression.
public enum ThresholdRule: String, Codable, CaseIterable, Sendable {
    /// The point estimate (the default): a ratio of 1.06 with interval [1.002, 1.12] is a 5% regression, although
    /// the data also fit +0.2%. Catches more, and flags some changes that are smaller than the threshold.
    case estimate
    /// The interval's bound nearest to no change ("evidence of more than 5%"): the same example is only `worse`.
    /// Flags fewer, and each flag means the change is beyond the threshold at the interval's confidence.
    case bound
}
