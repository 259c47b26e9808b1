// ComparisonVerdict: what one metric's ratio means once significance and the threshold are applied.

/// The classification of one metric of one point.
public enum ComparisonVerdict: String, Codable, Sendable {
    /// Significant, and worse than the threshold allows.
    case regression
    /// Significantly worse, but within the threshold.
    case worse
    /// No significant change (the interval contains 1, or the rank test does not reject).
    case same
    /// Significantly better, but within the threshold.
    case better
    /// Significant, and better by more than the threshold.
    case improvement
    /// Could not be computed (too few trials, a zero median).
    case unknown

    /// Classifies `ratio` (new / base) of `metric`, given whether the change is significant.
    public static func classify(ratio: Double, significant: Bool, metric: ComparisonMetric, threshold: Double) -> ComparisonVerdict {
        guard ratio.isFinite, ratio > 0 else { return .unknown }
        guard significant else { return .same }
        // Express the change so that positive is worse: wall/set-up up, speedup down.
        let worsening = metric.higherIsBetter ? 1 - ratio : ratio - 1
        if worsening > threshold { return .regression }
        if worsening > 0 { return .worse }
        if -worsening > threshold { return .improvement }
        return .better
    }
}
