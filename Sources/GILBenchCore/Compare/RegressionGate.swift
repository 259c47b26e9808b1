// RegressionGate: the decision CI acts on: which gating tests fail, with family-wise control and real power.
import Foundation

/// The gate of `gilbench compare` (and of `gilbench ab`): exit 2 when something got worse beyond the threshold,
/// 0 only when every gating test could have seen a threshold-sized regression, 3 otherwise.
///
/// What gates: wall time at every point by default (throughput is the same test, so it is not counted again);
/// speedup with `gateScaling`, set-up time with `gateSetup`, memory with `memoryThreshold`.
///
/// Decision rule, per gating test: its **one-sided** p of "new is worse" (Mann-Whitney for wall, set-up and
/// memory; Welch on log times for speedup), **Holm adjusted** over the gate's tests, is below alpha (1 - level),
/// **and** the change lies beyond the threshold under `thresholdRule` (default `reach`: the interval's far bound
/// reaches it, i.e. the data do not show the worsening to be smaller than the threshold). The significance test is
/// against "no change", not against the threshold, so that a regression of exactly the threshold is found with a
/// probability that can be made high (its power); testing "worse than the threshold" directly would find a
/// threshold-sized regression only alpha of the time. Holm keeps the chance of any false exit 2 at or below alpha when
/// nothing got worse, however many other points improved.
///
/// Scaling (speedup at N workers, with `gateScaling`): fails only when the speedup fell significantly beyond the
/// threshold **and** T(N) itself got significantly slower (its wall test's adjusted p < alpha). The speedup ratio
/// T(1)/T(N) falls when T(1) improves; without the second condition a faster single worker would be called a
/// scaling regression. Together the two tests reject "T(N) rose by no more than T(1) did, or T(N) did not rise" (an
/// intersection-union test: each at level alpha gives the pair level alpha).
///
/// Power: for every gating test, the probability of flagging a regression of exactly its threshold, at alpha / m
/// (the level Holm applies to the smallest of m p-values), given its trials' spread and counts (`GatePower`).
public enum RegressionGate {
    /// The gate's verdict of `new` against `base` under `options`: `exitCode`, per-test power, the change the
    /// weakest test could detect, and the trials per side that would make every test powerful enough.
    public static func evaluate(base: ComparisonSide, new: ComparisonSide, options: ComparisonSettings) -> GateVerdict {
        Comparator.compare(base: base, new: new, settings: options).gate
    }

    /// The gate's tests for `points` (each point's estimates in `ComparisonMetric.allCases` order), in the same
    /// shape: nil where a metric does not gate or was not computed.
    static func judge(_ points: [(key: ComparisonPointID, trials: Int, estimates: [MetricEstimate?])],
                      settings: ComparisonSettings) -> [[GateTest?]] {
        var slots: [(point: Int, metric: Int)] = []
        for (pointIndex, point) in points.enumerated() {
            for (metricIndex, estimate) in point.estimates.enumerated() where estimate.map({ settings.gates($0.metric) }) ?? false {
                slots.append((pointIndex, metricIndex))
            }
        }
        let raw = slots.map { points[$0.point].estimates[$0.metric]?.oneSidedPValue }
        let holm = settings.correction == .bh
        let adjusted = holm ? Holm.adjust(raw) : raw
        let family = raw.compactMap { $0 }.count
        let level = holm ? settings.alpha / Double(max(family, 1)) : settings.alpha
        var adjustedBySlot: [String: Double] = [:]
        for (slot, p) in zip(slots, adjusted) { adjustedBySlot["\(slot.point)|\(slot.metric)"] = p }
        var tests = points.map { $0.estimates.map { _ -> GateTest? in nil } }
        for (slot, adjustedP) in zip(slots, adjusted) {
            let point = points[slot.point]
            guard let estimate = point.estimates[slot.metric] else { continue }
            let threshold = settings.threshold(for: estimate.metric)
            let limit = log(1 + threshold)
            let oriented = estimate.oriented
            var regression = estimate.ratio.isFinite && (adjustedP ?? 1) < settings.alpha
                && settings.thresholdRule.exceeds(estimate: oriented.estimate, near: oriented.near, far: oriented.far, limit: limit)
            if estimate.metric == .speedup {
                // T(N) itself must be significantly slower: wall is metric 0 and always gates.
                regression = regression && (adjustedBySlot["\(slot.point)|0"] ?? 1) < settings.alpha
            }
            let name = "\(point.key.workload)|\(point.key.strategy.rawValue)|\(point.key.workers)|\(estimate.metric.rawValue)"
            let seed = Comparator.seed(settings, "gate|" + name)
            let decision = GateDecision(level: level, limit: limit, rule: settings.thresholdRule, confidence: settings.level)
            var power: Double?
            var detectable: Double?
            var trialsNeeded: Int?
            if let samples = estimate.gateSamples, settings.powerResamples > 0 {
                let value = estimate.oneSidedPValue == nil ? 0
                    : GatePower.power(samples, change: threshold, decision: decision, resamples: settings.powerResamples, seed: seed)
                power = value
                if value < settings.minPower {
                    detectable = GatePower.detectableChange(samples, target: settings.minPower, decision: decision,
                                                            resamples: settings.powerResamples, seed: seed)
                    trialsNeeded = GatePower.trialsNeeded(samples, change: threshold, target: settings.minPower, decision: decision,
                                                          resamples: settings.powerResamples, seed: seed)
                }
            }
            tests[slot.point][slot.metric] = GateTest(
                workload: point.key.workload, strategy: point.key.strategy, workers: point.key.workers, metric: estimate.metric,
                trialsPerSide: estimate.gateSamples?.trialsPerSide ?? point.trials, threshold: threshold,
                pValue: estimate.oneSidedPValue, adjustedPValue: adjustedP, powerLevel: level, power: power,
                detectableChange: detectable, trialsNeededPerSide: trialsNeeded, regression: regression)
        }
        return tests
    }
}
