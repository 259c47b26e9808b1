// MetricEstimate: one metric of one point before the multiple-test adjustments: estimate, interval, raw p-values.
import Foundation

/// What `Comparator` computes per point and metric before every p-value of the comparison is known and the
/// multiple-test adjustments can be applied.
struct MetricEstimate {
    let metric: ComparisonMetric
    /// The point values shown per side: medians (wall, set-up) or the summary.csv speedup.
    let baseValue: Double
    let newValue: Double
    /// The estimate of new / base that the test and interval are built on.
    let ratio: Double
    let interval: ConfidenceInterval?
    /// Two-sided p-value (the listing).
    let pValue: Double?
    /// One-sided p-value of "new is worse" (the gate).
    let oneSidedPValue: Double?
    /// The best p-value the test can reach with these sample sizes (0 for the t test: only noise limits it).
    let smallestPValue: Double?
    /// The log samples behind the test, for its power.
    let gateSamples: GateSamples?
    /// Names of the samples (side, point, quantity) the estimate is computed from, and the estimate computed from
    /// one resample of them (log seconds, in the same order): the geometric mean over workloads resamples each
    /// distinct sample once per replicate.
    let sampleKeys: [String]
    let statistic: ([[Double]]) -> Double

    /// The change oriented so that positive is worse, in log units, with the interval's ends (less worse, more
    /// worse); nil ends when there is no interval.
    var oriented: (estimate: Double, near: Double?, far: Double?) {
        let orient = { (value: Double) in metric.higherIsBetter ? -log(value) : log(value) }
        guard let interval, interval.lower > 0, interval.upper > 0 else { return (orient(ratio), nil, nil) }
        let ends = [orient(interval.lower), orient(interval.upper)].sorted()
        return (orient(ratio), ends[0], ends[1])
    }

    /// Applies the listing's significance rule and the threshold, given the listing's adjusted p-value, and the
    /// gate's findings when the metric gates.
    func judged(qValue: Double?, gate: GateTest?, settings: ComparisonSettings) -> MetricComparison {
        let significant = ratio.isFinite && (interval.map { !$0.contains(1) } ?? false) && (qValue ?? 1) < settings.alpha
        let threshold = settings.threshold(for: metric)
        var verdict = ComparisonVerdict.classify(ratio: ratio, significant: significant, metric: metric, threshold: threshold,
                                                 rule: settings.thresholdRule, interval: interval)
        if let gate {
            // On a gating metric "regression" is the gate's decision (one-sided, Holm adjusted), nothing else.
            if gate.regression {
                verdict = .regression
            } else if verdict == .regression {
                verdict = .worse
            }
        }
        return MetricComparison(metric: metric, baseValue: baseValue, newValue: newValue, ratio: ratio, interval: interval,
                                pValue: pValue, qValue: qValue, significant: significant, verdict: verdict,
                                gates: gate != nil, smallestPValue: smallestPValue, detectableChange: gate?.detectableChange,
                                oneSidedPValue: oneSidedPValue, adjustedPValue: gate?.adjustedPValue, power: gate?.power,
                                trialsNeeded: gate?.trialsNeededPerSide)
    }
}
