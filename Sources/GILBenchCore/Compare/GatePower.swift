// GatePower: the probability that a gating test flags a threshold-sized regression, by resampling its own trials.
import Foundation

/// Power of one gating test, from the spread of the trials it was computed on.
///
/// The model is a shift in log time (a regression multiplies every trial of the new side by 1 + change) with the
/// spread the trials showed: each side's log values are centred on their mean and pooled (the shift model assumes
/// one shape for both sides), scaled by sqrt(N / (N - 2)) for the two means estimated from N values; a replicate
/// draws base and new trials from the pool with replacement and adds log(1 + change) to the new ones; the test is
/// applied exactly as `GateDecision` applies it to measured data, at the level Holm uses for the smallest p of the
/// family (alpha / m). The power is the share of replicates flagged. Scaling tests resample T(1) and T(N) from their
/// own pools and shift new T(N). Replicates are drawn from a `SplitMix64` seeded per test, and the searches over
/// change and trial count reuse the seed (common random numbers), so output is deterministic and monotone enough to
/// bisect.
public enum GatePower {
    /// The largest trial count per side the trials-needed search tries.
    public static let maximumTrials = 1000

    /// The probability of flagging a worsening of `change` (a fraction: 0.05) with `trials` per side on every group
    /// (nil: the counts measured); 0 when `resamples` is 0.
    static func power(_ samples: GateSamples, change: Double, trials: Int? = nil, decision: GateDecision, resamples: Int,
                      seed: UInt64) -> Double {
        guard resamples > 0, change > -1 else { return 0 }
        let shift = log(1 + change)
        var generator = SplitMix64(seed: seed)
        var cache = RankCache()
        var flagged = 0
        switch samples.kind {
        case .rank:
            let pool = residuals(samples.groups[0], samples.groups[1])
            guard !pool.isEmpty else { return 0 }
            let m = trials ?? samples.groups[0].count
            let n = trials ?? samples.groups[1].count
            for _ in 0..<resamples {
                let base = draw(pool, m, &generator, shift: 0)
                let new = draw(pool, n, &generator, shift: shift)
                if decision.rank(base, new, cache: &cache) { flagged += 1 }
            }
        case .scaling:
            let one = residuals(samples.groups[0], samples.groups[2])
            let many = residuals(samples.groups[1], samples.groups[3])
            guard !one.isEmpty, !many.isEmpty else { return 0 }
            let counts = samples.groups.map { trials ?? $0.count }
            for _ in 0..<resamples {
                let groups = [draw(one, counts[0], &generator, shift: 0), draw(many, counts[1], &generator, shift: 0),
                              draw(one, counts[2], &generator, shift: 0), draw(many, counts[3], &generator, shift: shift)]
                if decision.scaling(groups, cache: &cache) { flagged += 1 }
            }
        }
        return Double(flagged) / Double(resamples)
    }

    /// The smallest worsening (a fraction) flagged with at least `target` probability at the measured trial counts,
    /// to within 1% of its size; nil when not even a doubling (+100%) would be.
    static func detectableChange(_ samples: GateSamples, target: Double, decision: GateDecision, resamples: Int, seed: UInt64) -> Double? {
        let power = { (change: Double) in Self.power(samples, change: change, decision: decision, resamples: resamples, seed: seed) }
        guard resamples > 0, power(1) >= target else { return nil }
        var low = 0.0 // log(1 + change) known too small
        var high = log(2.0) // known large enough
        while high - low > 0.01 * high {
            let middle = (low + high) / 2
            if power(exp(middle) - 1) >= target { high = middle } else { low = middle }
        }
        return exp(high) - 1
    }

    /// The fewest trials per side (the same on every group) with which a worsening of `change` is flagged with at
    /// least `target` probability; nil when not up to `maximumTrials`.
    ///
    /// Up to `MannWhitney.exactLimit` (30) a side by resampling, as `power`; beyond it (resampling hundreds of
    /// trials a side thousands of times is too slow for a report) from the large-sample formulas: Noether's for the
    /// rank test, n = (z_level + z_target)^2 / (6 (P(new > base) - 1/2)^2), with P(new > base) over every pair of the
    /// pooled residuals; for scaling also the Welch test's, n = (z_level + z_target)^2 x 2 (s1^2 + sN^2) / shift^2.
    static func trialsNeeded(_ samples: GateSamples, change: Double, target: Double, decision: GateDecision, resamples: Int,
                             seed: UInt64) -> Int? {
        guard resamples > 0, change > 0 else { return nil }
        let power = { (trials: Int) in Self.power(samples, change: change, trials: trials, decision: decision, resamples: resamples, seed: seed) }
        let limit = MannWhitney.exactLimit
        guard power(limit) >= target else { return largeSampleTrials(samples, change: change, target: target, level: decision.level) }
        var low = 1 // known too few (a rank test of one trial a side can reach no level below 0.5)
        var high = limit
        while high - low > 1 {
            let middle = (low + high) / 2
            if power(middle) >= target { high = middle } else { low = middle }
        }
        return high
    }

    /// The large-sample trial count (above `MannWhitney.exactLimit`), nil beyond `maximumTrials` or when the
    /// residuals show no spread to plan with.
    static func largeSampleTrials(_ samples: GateSamples, change: Double, target: Double, level: Double) -> Int? {
        let shift = log(1 + change)
        let z = StudentT.normalQuantile(1 - level) + StudentT.normalQuantile(target)
        func noether(_ base: [Double], _ new: [Double]) -> Double? {
            let pool = residuals(base, new)
            guard !pool.isEmpty else { return nil }
            var above = 0.0
            for i in pool {
                for j in pool {
                    if j + shift > i { above += 1 } else if j + shift == i { above += 0.5 }
                }
            }
            let excess = above / Double(pool.count * pool.count) - 0.5
            return excess > 0 ? z * z / (6 * excess * excess) : nil
        }
        var needed: Double?
        switch samples.kind {
        case .rank:
            needed = noether(samples.groups[0], samples.groups[1])
        case .scaling:
            let variance = { (values: [Double]) in values.reduce(0) { $0 + $1 * $1 } / Double(max(values.count, 1)) }
            let welch = z * z * 2 * (variance(residuals(samples.groups[0], samples.groups[2])) + variance(residuals(samples.groups[1], samples.groups[3])))
                / (shift * shift)
            needed = noether(samples.groups[1], samples.groups[3]).map { max($0, welch) }
        }
        guard let needed, needed.isFinite else { return nil }
        let trials = max(MannWhitney.exactLimit + 1, Int(needed.rounded(.up)))
        return trials <= maximumTrials ? trials : nil
    }

    /// Both samples centred on their means, pooled, scaled for the two estimated means.
    static func residuals(_ first: [Double], _ second: [Double]) -> [Double] {
        guard !first.isEmpty, !second.isEmpty else { return [] }
        let centred = { (values: [Double]) -> [Double] in
            let mean = values.reduce(0, +) / Double(values.count)
            return values.map { $0 - mean }
        }
        let pooled = centred(first) + centred(second)
        let count = Double(pooled.count)
        let scale = count > 2 ? (count / (count - 2)).squareRoot() : 1
        return pooled.map { $0 * scale }
    }

    private static func draw(_ pool: [Double], _ count: Int, _ generator: inout SplitMix64, shift: Double) -> [Double] {
        (0..<count).map { _ in pool[generator.index(below: pool.count)] + shift }
    }
}
