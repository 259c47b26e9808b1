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
    ///
    /// With `rule` `.bound` the threshold applies to `interval`'s bound nearest to 1 instead of to `ratio`: a
    /// regression (or improvement) then needs the whole interval beyond the threshold.
    public static func classify(ratio: Double, significant: Bool, metric: ComparisonMetric, threshold: Double,
                                rule: ThresholdRule = .estimate, interval: ConfidenceInterval? = nil) -> ComparisonVerdict {
        guard ratio.isFinite, ratio > 0 else { return .unknown }
        guard significant else { return .same }
        // Express the change so that positive is worse: wall/set-up up, speedup down.
        let worsen = { (value: Double) in metric.higherIsBetter ? 1 - value : value - 1 }
        let worsening = worsen(ratio)
        var beyond = abs(worsening)
        if rule == .bound, let interval {
            beyond = min(abs(worsen(interval.lower)), abs(worsen(interval.upper)))
        }
        if worsening > 0 { return beyond > threshold ? .regression : .worse }
        return beyond > threshold ? .improvement : .better
    }
}
