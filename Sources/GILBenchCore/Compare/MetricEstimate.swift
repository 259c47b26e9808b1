// MetricEstimate: one metric of one point before judging: the values, the interval and the raw p-value.

/// What `Comparator` measures per point and metric; it becomes a `MetricComparison` once every point's p-value is
/// known and the multiple-test adjustment can be applied.
struct MetricEstimate {
    let metric: ComparisonMetric
    let baseValue: Double
    let newValue: Double
    let interval: ConfidenceInterval?
    let pValue: Double?
    /// The samples the bootstrap resamples (independently), and the ratio computed from one resample of them: kept so
    /// the geometric mean over workloads can be bootstrapped from the same trials.
    let groups: [[Double]]
    let statistic: ([[Double]]) -> Double

    /// `newValue / baseValue`, NaN when the base is not positive.
    var ratio: Double { baseValue > 0 ? newValue / baseValue : .nan }

    /// Applies the significance rule and the threshold, given the adjusted p-value.
    func judged(qValue: Double?, settings: ComparisonSettings) -> MetricComparison {
        let significant = ratio.isFinite && (interval.map { !$0.contains(1) } ?? false) && (qValue ?? 1) < settings.alpha
        let verdict = ComparisonVerdict.classify(ratio: ratio, significant: significant, metric: metric,
                                                 threshold: settings.threshold(for: metric))
        return MetricComparison(metric: metric, baseValue: baseValue, newValue: newValue, ratio: ratio, interval: interval,
                                pValue: pValue, qValue: qValue, significant: significant, verdict: verdict,
                                gates: settings.gates(metric))
    }
}
