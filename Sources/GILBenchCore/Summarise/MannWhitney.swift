// MannWhitney: the two-sided Mann-Whitney U (Wilcoxon rank-sum) test for two independent samples.
import Foundation

/// A rank test that makes no assumption about the shape of the timing distributions.
///
/// Up to `exactLimit` values per sample the p-value is exact: the permutation distribution of the rank sum given the
/// observed ties (every one of the C(m+n, m) splits of the pooled values, counted by tie group), two-sided as twice
/// the smaller tail. Above it, the normal approximation with tie and continuity corrections.
///
/// Relation to scipy (`scipy.stats.mannwhitneyu(x, y, alternative="two-sided")`, checked in the tests): without ties
/// the exact p equals `method="exact"`; with ties it equals the exact enumeration of
/// `method=scipy.stats.PermutationMethod(n_resamples=np.inf)`; above the limit it equals `method="asymptotic"`.
/// It does *not* follow scipy's `method="auto"`, which switches to the normal approximation at the first tie even
/// at 5 trials a side (times are stored to the microsecond, so ties happen) and whenever both samples exceed 8.
public struct MannWhitney: Equatable, Sendable {
    /// How the p-value was computed.
    public enum Method: String, Codable, Sendable {
        case exact
        case normal
    }

    /// U of the first sample: the number of pairs (x, y) with x > y, ties counting one half.
    public let u: Double
    /// Two-sided p-value.
    public let pValue: Double
    /// One-sided p-value of the alternative that `x` tends to be smaller than `y` (scipy's `alternative="less"`):
    /// P(U <= u) under the null, exact given the ties up to `exactLimit` a side, else the normal approximation with
    /// tie and continuity corrections. `compare`'s gate asks "is new slower than base?" as `MannWhitney(base, new)`.
    public let lessPValue: Double
    public let method: Method

    /// Sample sizes up to which the exact permutation distribution is used (at most 1.2e17 splits, counted in doubles).
    public static let exactLimit = 30

    /// Tests `x` against `y`; nil when either is empty.
    public init?(_ x: [Double], _ y: [Double]) {
        let m = x.count
        let n = y.count
        guard m > 0, n > 0 else { return nil }
        // Tie groups of the pooled sample, ascending: size and how many of them are x's.
        let pooled = (x.map { ($0, 1) } + y.map { ($0, 0) }).sorted { $0.0 < $1.0 }
        var groups: [(size: Int, xs: Int)] = []
        var start = 0
        while start < pooled.count {
            var end = start
            while end + 1 < pooled.count && pooled[end + 1].0 == pooled[start].0 { end += 1 }
            groups.append((end - start + 1, pooled[start...end].reduce(0) { $0 + $1.1 }))
            start = end + 1
        }
        // Twice the rank sum of x (mid-ranks doubled are integers).
        var placed = 0
        var doubledRankSumX = 0
        var tieTerm = 0.0
        var doubledRanks: [Int] = []
        for group in groups {
            let rank = 2 * placed + group.size + 1 // first + last of its 1-based ranks placed+1 ... placed+size
            doubledRanks.append(rank)
            doubledRankSumX += rank * group.xs
            placed += group.size
            let tied = Double(group.size)
            tieTerm += tied * tied * tied - tied
        }
        let u1 = Double(doubledRankSumX - m * (m + 1)) / 2
        u = u1
        if m <= Self.exactLimit && n <= Self.exactLimit {
            method = .exact
            let counts = Self.rankSumCounts(groupSizes: groups.map(\.size), doubledRanks: doubledRanks, m: m)
            let total = counts.reduce(0, +)
            let lower = counts[...doubledRankSumX].reduce(0, +) / total
            let upper = counts[doubledRankSumX...].reduce(0, +) / total
            pValue = min(1, 2 * min(lower, upper))
            lessPValue = min(1, lower)
        } else {
            method = .normal
            let big = max(u1, Double(m * n) - u1)
            let total = Double(m + n)
            let mean = Double(m * n) / 2
            let variance = Double(m * n) / 12 * ((total + 1) - tieTerm / (total * (total - 1)))
            guard variance > 0 else {
                pValue = 1 // every value tied: no evidence of a difference
                lessPValue = 1
                return
            }
            let z = (big - mean - 0.5) / variance.squareRoot()
            pValue = min(1, max(0, erfc(z / 2.squareRoot()))) // 2 x P(Z > z)
            // P(U <= u) with the continuity correction: P(Z <= (u - mean + 0.5) / sd).
            let zLess = (u1 - mean + 0.5) / variance.squareRoot()
            lessPValue = min(1, max(0, 0.5 * erfc(-zLess / 2.squareRoot())))
        }
    }

    /// The smallest two-sided p-value the test can give for samples of `m` and `n` values: the p of two fully
    /// separated samples without ties (2 / C(m+n, m) when exact). No data can do better, whatever the change.
    public static func smallestPValue(_ m: Int, _ n: Int) -> Double {
        guard m > 0, n > 0 else { return 1 }
        if m <= exactLimit && n <= exactLimit {
            // P(U = 0) = 1 / C(m+n, m), from the cached distribution without ties.
            return min(1, 2 * (HodgesLehmann.nullDistribution(m, n).first ?? 1))
        }
        return MannWhitney((0..<m).map(Double.init), (m..<m + n).map(Double.init))?.pValue ?? 1
    }

    /// Weighted counts of the splits that put `m` of the pooled values in x, indexed by twice the rank sum of x.
    ///
    /// Dynamic programme over the tie groups: taking k of a group of t values, all with doubled rank r, happens in
    /// C(t, k) ways and adds k x r. Without ties every group has one value and this counts rank arrangements.
    static func rankSumCounts(groupSizes: [Int], doubledRanks: [Int], m: Int) -> [Double] {
        let maxSum = doubledRanks.last.map { $0 * m } ?? 0
        let width = maxSum + 1
        // table[j * width + s]: ways to choose j x's so far with doubled rank sum s.
        var table = [Double](repeating: 0, count: (m + 1) * width)
        table[0] = 1
        var seen = 0
        for (size, rank) in zip(groupSizes, doubledRanks) {
            var next = [Double](repeating: 0, count: table.count)
            var choose = [Double](repeating: 1, count: size + 1) // C(size, k)
            for k in stride(from: 1, through: size, by: 1) { choose[k] = choose[k - 1] * Double(size - k + 1) / Double(k) }
            for j in 0...min(m, seen) {
                let row = j * width
                for s in 0..<width where table[row + s] != 0 {
                    let ways = table[row + s]
                    for k in 0...min(size, m - j) {
                        next[(j + k) * width + s + k * rank] += ways * choose[k]
                    }
                }
            }
            table = next
            seen += size
        }
        return Array(table[(m * width)...])
    }
}
