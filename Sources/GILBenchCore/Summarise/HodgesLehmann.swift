// HodgesLehmann: the shift estimate that goes with the Mann-Whitney test, and the exact interval that inverts it.
import Foundation

/// The Hodges-Lehmann estimate of how far `y` lies above `x` (the median of all m x n differences y_j - x_i) and
/// the distribution-free interval between the k-th smallest and k-th largest difference (Bauer 1972; R's
/// `wilcox.test(y, x, conf.int = TRUE)`), k chosen from the exact null distribution of U without ties.
///
/// Applied to log times it gives a ratio new / base and an interval for it that excludes 1 exactly when the
/// Mann-Whitney test rejects at the same level (without ties). At 5 vs 5 and 95% it is the 3rd smallest to the 3rd
/// largest of the 25 differences, which covers with probability 1 - 8/252 = 96.8%.
public struct HodgesLehmann: Sendable {
    /// The m x n differences y_j - x_i, ascending.
    public let differences: [Double]
    let m: Int
    let n: Int

    /// Nil when either sample is empty.
    public init?(_ x: [Double], _ y: [Double]) {
        guard !x.isEmpty, !y.isEmpty else { return nil }
        differences = y.flatMap { yValue in x.map { yValue - $0 } }.sorted()
        m = x.count
        n = y.count
    }

    /// The median of the differences.
    public var estimate: Double { Statistics.quantile(differences, 0.5) }

    /// The median of all differences y_j - x_i without keeping them (the bootstrap calls this per replicate);
    /// NaN when either sample is empty.
    public static func estimate(_ x: [Double], _ y: [Double]) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return .nan }
        var differences = [Double](repeating: 0, count: x.count * y.count)
        differences.withUnsafeMutableBufferPointer { buffer in
            var index = 0
            for yValue in y {
                for xValue in x {
                    buffer[index] = yValue - xValue
                    index += 1
                }
            }
            buffer.sort()
        }
        return Statistics.quantile(differences, 0.5)
    }

    /// The interval at `level` (0.95), nil when the samples are too small for any interval to reach it (e.g. 3
    /// vs 3 at 95%, where even the widest interval covers only 90%).
    public func interval(level: Double) -> ConfidenceInterval? {
        guard let k = Self.cut(m, n, level: level) else { return nil }
        return ConfidenceInterval(lower: differences[k - 1], upper: differences[differences.count - k], level: level)
    }

    /// The largest k >= 1 with P(U <= k - 1) <= (1 - level) / 2, exact up to `MannWhitney.exactLimit` a side,
    /// else from the normal approximation; nil when even k = 1 is too wide a cut.
    static func cut(_ m: Int, _ n: Int, level: Double) -> Int? {
        let tail = (1 - level) / 2
        if m <= MannWhitney.exactLimit && n <= MannWhitney.exactLimit {
            let distribution = nullDistribution(m, n)
            var cumulative = 0.0
            var k = 0
            while k < distribution.count {
                cumulative += distribution[k] // P(U <= k)
                if cumulative > tail { break }
                k += 1
            }
            // P(U <= k - 1) <= tail and P(U <= k) > tail.
            return k >= 1 ? min(k, (m * n + 1) / 2) : nil
        }
        let z = -StudentT.normalQuantile(tail)
        let sd = (Double(m * n) * Double(m + n + 1) / 12).squareRoot()
        let k = Int((Double(m * n) / 2 - z * sd).rounded(.down))
        return k >= 1 ? k : nil
    }

    /// P(U = u) for u = 0...m*n without ties, counted by where the largest value falls (O(m n x m n)); cached,
    /// since compare asks for the same sizes at every point.
    static func nullDistribution(_ m: Int, _ n: Int) -> [Double] {
        NullDistributionCache.shared.value(m, n) {
            // counts[j]: arrangements of i x's and j y's by U, built for i = 0...m.
            var previous = [[Double]](repeating: [1], count: n + 1) // i = 0: U = 0 only
            if m > 0 {
                for i in 1...m {
                    var current = [[Double]](repeating: [], count: n + 1)
                    current[0] = [1]
                    if n > 0 {
                        for j in 1...n {
                            var row = [Double](repeating: 0, count: i * j + 1)
                            // The largest value is an x (it beats all j y's: U + j) or a y.
                            for (k, count) in previous[j].enumerated() where k + j < row.count { row[k + j] += count }
                            for (k, count) in current[j - 1].enumerated() { row[k] += count }
                            current[j] = row
                        }
                    }
                    previous = current
                }
            }
            let counts = previous[n]
            let total = counts.reduce(0, +)
            return counts.map { $0 / total }
        }
    }
}

/// Null distributions of U by sample sizes, computed once per process.
final class NullDistributionCache: @unchecked Sendable {
    static let shared = NullDistributionCache()
    private let lock = NSLock()
    private var values: [Int: [Double]] = [:]

    func value(_ m: Int, _ n: Int, compute: () -> [Double]) -> [Double] {
        let key = m << 32 | n
        lock.lock()
        if let cached = values[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        values[key] = computed
        lock.unlock()
        return computed
    }
}
