// MetricEstimate: one metric of one point before the multiple-test adjustment: estimate, interval, raw p-value.
import Foundation

/// What `Comparator` computes per point and metric before every p-value of the comparison is known and the
/// multiple-test adjustment can be applied.
struct MetricEstimate {
    let metric: ComparisonMetric
    /// The point values shown per side: medians (wall, set-up) or the summary.csv speedup.
    let baseValue: Double
    let newValue: Double
    /// The estimate of new / base that the test and interval are built on.
    let ratio: Double
    let interval: ConfidenceInterval?
    let pValue: Double?
    /// The best p-value the test can reach with these sample sizes (0 for the t test: only noise limits it).
    let smallestPValue: Double?
    /// For a confidence level, how far (in log ratio) the estimate must lie from no change for the interval at that
    /// level to exclude it, on the side of a worsening; nil when no interval reaches the level.
    let logMargin: (Double) -> Double?
    /// Names of the samples (side, point, quantity) the estimate is computed from, and the estimate computed from
    /// one resample of them (log seconds, in the same order): the geometric mean over workloads resamples each
    /// distinct sample once per replicate.
    let sampleKeys: [String]
    let statistic: ([[Double]]) -> Double

    /// Applies the significance rule and the threshold, given the adjusted p-value and the number of tests it was
    /// adjusted over.
    func judged(qValue: Double?, familySize: Int, settings: ComparisonSettings) -> MetricComparison {
        let significant = ratio.isFinite && (interval.map { !$0.contains(1) } ?? false) && (qValue ?? 1) < settings.alpha
        let threshold = settings.threshold(for: metric)
        let verdict = ComparisonVerdict.classify(ratio: ratio, significant: significant, metric: metric, threshold: threshold,
                                                 rule: settings.thresholdRule, interval: interval)
        return MetricComparison(metric: metric, baseValue: baseValue, newValue: newValue, ratio: ratio, interval: interval,
                                pValue: pValue, qValue: qValue, significant: significant, verdict: verdict,
                                gates: settings.gates(metric), smallestPValue: smallestPValue,
                                detectableChange: detectableChange(familySize: familySize, settings: settings))
    }

    /// The smallest worsening this point could flag on its own: a lone small p among `familySize` tests gets
    /// q = p x familySize under Benjamini-Hochberg, so it must pass the test at alpha / familySize; its interval at
    /// that level must then clear 1 (and, with the bound rule, 1 +- threshold).
    func detectableChange(familySize: Int, settings: ComparisonSettings) -> Double? {
        let alpha = settings.correction == .bh ? settings.alpha / Double(max(familySize, 1)) : settings.alpha
        guard let smallestPValue, smallestPValue < alpha, let margin = logMargin(1 - alpha) else { return nil }
        let threshold = settings.threshold(for: metric)
        let factor = exp(margin)
        switch (metric.higherIsBetter, settings.thresholdRule) {
        case (false, .estimate): return max(threshold, factor - 1)
        case (false, .bound): return (1 + threshold) * factor - 1
        case (true, .estimate): return max(threshold, 1 - 1 / factor)
        case (true, .bound): return 1 - (1 - threshold) / factor
        }
    }
}
