// GateDecision: the rule by which one gating test fails, applied alike to measured data and to resampled data.
import Foundation

/// Whether a gating test flags a regression: its one-sided p below `level`, and the change beyond the threshold
/// under `rule`.
///
/// On measured data `RegressionGate` compares the Holm-adjusted p with alpha; `GatePower` applies this rule to
/// resampled data with `level` = alpha / m, the most stringent level Holm uses in a family of m tests, so the power
/// it reports holds for a test that regressed alone.
struct GateDecision: Sendable {
    /// The one-sided p must be below this.
    let level: Double
    /// log(1 + threshold).
    let limit: Double
    let rule: ThresholdRule
    /// Confidence level of the interval the rule reads (the report's level).
    let confidence: Double

    /// The rank test on `base` and `new` (larger is worse), with exact no-ties critical values up to
    /// `MannWhitney.exactLimit` a side (resampled data from continuous times has no ties between the sides).
    func rank(_ base: [Double], _ new: [Double], cache: inout RankCache) -> Bool {
        let m = base.count
        let n = new.count
        guard m > 0, n > 0 else { return false }
        let sortedBase = base.sorted()
        guard cache.lessPValue(m: m, n: n, u: Self.pairsGreater(sortedBase: sortedBase, new)) < level else { return false }
        guard m <= MannWhitney.exactLimit, n <= MannWhitney.exactLimit else {
            // Large samples: the interval is narrow next to a threshold-sized shift, so the far bound is taken to
            // reach it and the estimate is the difference of medians.
            let estimate = Bootstrap.median(new) - Bootstrap.median(base)
            return rule.exceeds(estimate: estimate, near: nil, far: rule == .reach ? .infinity : nil, limit: limit)
        }
        guard let k = cache.cut(m: m, n: n, confidence: confidence) else {
            return rule.exceeds(estimate: HodgesLehmann.estimate(base, new), near: nil, far: nil, limit: limit)
        }
        // The interval is the k-th smallest to the k-th largest of the m x n differences new - base: count the
        // differences beyond the limit instead of sorting them.
        switch rule {
        case .reach: // k-th largest >= limit: at least k differences >= limit
            return Self.differencesAtLeast(sortedBase: sortedBase, new, limit, strictly: false) >= Double(k)
        case .bound: // k-th smallest > limit: at least m n - k + 1 differences > limit
            return Self.differencesAtLeast(sortedBase: sortedBase, new, limit, strictly: true) >= Double(m * n - k + 1)
        case .estimate:
            return rule.exceeds(estimate: HodgesLehmann.estimate(base, new), near: nil, far: nil, limit: limit)
        }
    }

    /// How many differences new - base are >= `limit` (> with `strictly`).
    static func differencesAtLeast(sortedBase: [Double], _ new: [Double], _ limit: Double, strictly: Bool) -> Double {
        var count = 0
        for value in new {
            // base values <= value - limit (< with strictly).
            let bound = value - limit
            var low = 0
            var high = sortedBase.count
            while low < high {
                let middle = (low + high) / 2
                if strictly ? sortedBase[middle] < bound : sortedBase[middle] <= bound { low = middle + 1 } else { high = middle }
            }
            count += low
        }
        return Double(count)
    }

    /// U of the base sample: the pairs with base > new, ties counting one half (small when new is slower).
    static func pairsGreater(sortedBase: [Double], _ new: [Double]) -> Double {
        let m = sortedBase.count
        var greater = 0.0
        for value in new {
            var low = 0 // first base value above `value`
            var high = m
            while low < high {
                let middle = (low + high) / 2
                if sortedBase[middle] <= value { low = middle + 1 } else { high = middle }
            }
            var tieStart = low
            while tieStart > 0 && sortedBase[tieStart - 1] == value { tieStart -= 1 }
            greater += Double(m - low) + 0.5 * Double(low - tieStart)
        }
        return greater
    }

    /// The scaling test on `[base T(1), base T(N), new T(1), new T(N)]`: the speedup fell (one-sided Welch on log
    /// times: (new T(N) - base T(N)) - (new T(1) - base T(1)) > 0) beyond the threshold, and T(N) itself got slower
    /// (the rank test of base T(N) against new T(N) at the same level).
    func scaling(_ groups: [[Double]], cache: inout RankCache) -> Bool {
        guard let contrast = WelchContrast(groups: groups, weights: Self.scalingWeights) else { return false }
        guard contrast.greaterPValue < level else { return false }
        let half = contrast.halfWidth(level: confidence)
        let hasInterval = contrast.degreesOfFreedom != nil
        guard rule.exceeds(estimate: contrast.estimate, near: hasInterval ? contrast.estimate - half : nil,
                           far: hasInterval ? contrast.estimate + half : nil, limit: limit) else { return false }
        return rankPValueOnly(groups[1], groups[3], cache: &cache)
    }

    /// Weights of the oriented scaling contrast over `[base T(1), base T(N), new T(1), new T(N)]`.
    static let scalingWeights: [Double] = [1, -1, -1, 1]

    /// The rank test's p alone, without the threshold rule.
    private func rankPValueOnly(_ base: [Double], _ new: [Double], cache: inout RankCache) -> Bool {
        guard !base.isEmpty, !new.isEmpty else { return false }
        return cache.lessPValue(m: base.count, n: new.count, u: Self.pairsGreater(sortedBase: base.sorted(), new)) < level
    }
}

/// Null distributions and interval cuts by sample size, kept across the resamples of one power computation.
struct RankCache {
    private var cumulative: [Int: [Double]] = [:]
    private var cuts: [Int: Int?] = [:]

    /// P(U <= u) for U the count of base > new pairs without ties: exact up to `MannWhitney.exactLimit` a side, else
    /// normal with continuity correction.
    mutating func lessPValue(m: Int, n: Int, u: Double) -> Double {
        if m <= MannWhitney.exactLimit && n <= MannWhitney.exactLimit {
            let key = m << 32 | n
            if cumulative[key] == nil {
                var running = 0.0
                cumulative[key] = HodgesLehmann.nullDistribution(m, n).map { running += $0; return running }
            }
            let table = cumulative[key]!
            let index = Int(u.rounded(.down))
            return index < 0 ? 0 : table[min(index, table.count - 1)]
        }
        let mean = Double(m * n) / 2
        let sd = (Double(m * n) * Double(m + n + 1) / 12).squareRoot()
        return 0.5 * erfc(-((u - mean + 0.5) / sd) / 2.squareRoot())
    }

    /// `HodgesLehmann.cut`, cached.
    mutating func cut(m: Int, n: Int, confidence: Double) -> Int? {
        let key = m << 32 | n
        if let cached = cuts[key] { return cached }
        let value = HodgesLehmann.cut(m, n, level: confidence)
        cuts[key] = value
        return value
    }
}
