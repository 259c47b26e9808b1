// ComparisonVerdict: what one metric's ratio means once significance and the threshold are applied.
import Foundation

/// The classification of one metric of one point.
public enum ComparisonVerdict: String, Codable, Sendable {
    /// Significant, and worse beyond the threshold (under the threshold rule); on a gating metric, what the gate
    /// decided (one-sided test, Holm adjusted).
    case regression
    /// Significantly worse, but not beyond the threshold (or, on a gating metric, not significant for the gate).
    case worse
    /// No significant change (the interval contains 1, or the rank test does not reject).
    case same
    /// Significantly better, but within the threshold.
    case better
    /// Significant, and better beyond the threshold.
    case improvement
    /// Could not be computed (too few trials, a zero median).
    case unknown

    /// Classifies `ratio` (new / base) of `metric`, given whether the change is significant.
    ///
    /// `rule` decides what must lie beyond `threshold` (see `ThresholdRule`), applied to `ratio` and `interval`
    /// oriented so that positive is worse (and mirrored for improvements).
    public static func classify(ratio: Double, significant: Bool, metric: ComparisonMetric, threshold: Double,
                                rule: ThresholdRule = .reach, interval: ConfidenceInterval? = nil) -> ComparisonVerdict {
        guard ratio.isFinite, ratio > 0 else { return .unknown }
        guard significant else { return .same }
        let orient = { (value: Double) in metric.higherIsBetter ? -log(value) : log(value) }
        let estimate = orient(ratio)
        let ends = interval.flatMap { $0.lower > 0 && $0.upper > 0 ? [orient($0.lower), orient($0.upper)].sorted() : nil }
        let limit = log(1 + threshold)
        if estimate > 0 {
            return rule.exceeds(estimate: estimate, near: ends?[0], far: ends?[1], limit: limit) ? .regression : .worse
        }
        return rule.exceeds(estimate: -estimate, near: ends.map { -$0[1] }, far: ends.map { -$0[0] }, limit: limit) ? .improvement : .better
    }
}
