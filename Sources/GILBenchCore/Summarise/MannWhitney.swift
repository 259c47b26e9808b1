// MannWhitney: the two-sided Mann-Whitney U (Wilcoxon rank-sum) test for two independent samples.
import Foundation

/// A rank test that makes no assumption about the shape of the timing distributions.
///
/// Matches `scipy.stats.mannwhitneyu(x, y, alternative="two-sided")`: the exact distribution when there are no
/// ties and both samples have at most `exactLimit` values, otherwise the normal approximation with tie and
/// continuity corrections.
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
    public let method: Method

    /// Sample sizes up to which, without ties, the exact distribution is used.
    public static let exactLimit = 30

    /// Tests `x` against `y`; nil when either is empty.
    public init?(_ x: [Double], _ y: [Double]) {
        let m = x.count
        let n = y.count
        guard m > 0, n > 0 else { return nil }
        // Mid-ranks of the pooled sample.
        let pooled = (x.map { ($0, 0) } + y.map { ($0, 1) }).sorted { $0.0 < $1.0 }
        var ranks = [Double](repeating: 0, count: pooled.count)
        var tieTerm = 0.0
        var start = 0
        while start < pooled.count {
            var end = start
            while end + 1 < pooled.count && pooled[end + 1].0 == pooled[start].0 { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for index in start...end { ranks[index] = rank }
            let tied = Double(end - start + 1)
            tieTerm += tied * tied * tied - tied
            start = end + 1
        }
        let rankSumX = zip(pooled, ranks).filter { $0.0.1 == 0 }.map(\.1).reduce(0, +)
        let u1 = rankSumX - Double(m * (m + 1)) / 2
        let u2 = Double(m * n) - u1
        u = u1
        let big = max(u1, u2)
        if tieTerm == 0 && m <= Self.exactLimit && n <= Self.exactLimit {
            method = .exact
            pValue = min(1, 2 * Self.exactUpperTail(Int(big.rounded()), m, n))
        } else {
            method = .normal
            let total = Double(m + n)
            let mean = Double(m * n) / 2
            let variance = Double(m * n) / 12 * ((total + 1) - tieTerm / (total * (total - 1)))
            guard variance > 0 else {
                pValue = 1 // every value tied: no evidence of a difference
                return
            }
            let z = (big - mean - 0.5) / variance.squareRoot()
            pValue = min(1, max(0, erfc(z / 2.squareRoot()))) // 2 x P(Z > z)
        }
    }

    /// P(U >= u) under the null hypothesis for sample sizes m and n, by counting rank arrangements.
    static func exactUpperTail(_ u: Int, _ m: Int, _ n: Int) -> Double {
        // counts[i][j][k]: arrangements of i x's and j y's with U = k; built row by row in doubles.
        let maxU = m * n
        var previous = [[Double]](repeating: [], count: n + 1) // i - 1
        for i in 0...m {
            var current = [[Double]](repeating: [], count: n + 1)
            for j in 0...n {
                var row = [Double](repeating: 0, count: i * j + 1)
                if i == 0 || j == 0 {
                    row[0] = 1
                } else {
                    // The largest value is an x (it beats all j y's) or a y.
                    let fromX = previous[j]
                    for k in 0..<fromX.count where k + j < row.count { row[k + j] += fromX[k] }
                    let fromY = current[j - 1]
                    for k in 0..<fromY.count { row[k] += fromY[k] }
                }
                current[j] = row
            }
            previous = current
        }
        let distribution = previous[n]
        let total = distribution.reduce(0, +)
        guard u <= maxU else { return 0 }
        return distribution[max(0, u)...].reduce(0, +) / total
    }
}
