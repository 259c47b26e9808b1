// Bootstrap: percentile bootstrap confidence intervals for statistics of independent samples, seeded.
import Foundation

/// Resamples each group with replacement, independently, and takes percentiles of the statistic.
///
/// Deterministic: the same groups, statistic, resample count and seed always give the same interval.
public enum Bootstrap {
    /// The default number of resamples: enough that the 2.5% and 97.5% percentiles are stable to ~1%.
    public static let defaultResamples = 4000
    /// The default seed (any fixed value works; this one is recorded in compare's output).
    public static let defaultSeed: UInt64 = 0x6769_6C62_656E_6368 // "gilbench"

    /// A percentile interval for `statistic(groups)`.
    ///
    /// - Parameters:
    ///   - groups: independent samples (e.g. base trials and new trials); none may be empty.
    ///   - statistic: computed on one resample of every group, in the same order as `groups`. Non-finite results
    ///     are discarded (e.g. a resample whose median is 0 in a denominator).
    /// - Returns: nil when a group is empty or no resample gave a finite statistic.
    public static func percentileInterval(
        groups: [[Double]], level: Double = 0.95, resamples: Int = defaultResamples, seed: UInt64 = defaultSeed,
        statistic: ([[Double]]) -> Double
    ) -> ConfidenceInterval? {
        guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty }), resamples > 0 else { return nil }
        var generator = SplitMix64(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(resamples)
        var buffers = groups.map { [Double](repeating: 0, count: $0.count) }
        for _ in 0..<resamples {
            for (index, group) in groups.enumerated() {
                for slot in 0..<group.count {
                    buffers[index][slot] = group[generator.index(below: group.count)]
                }
            }
            let value = statistic(buffers)
            if value.isFinite { estimates.append(value) }
        }
        guard !estimates.isEmpty else { return nil }
        estimates.sort()
        let tail = (1 - level) / 2
        return ConfidenceInterval(
            lower: Statistics.quantile(estimates, tail), upper: Statistics.quantile(estimates, 1 - tail), level: level)
    }

    /// The interval for `median(new) / median(base)`.
    public static func ratioOfMedians(
        base: [Double], new: [Double], level: Double = 0.95, resamples: Int = defaultResamples,
        seed: UInt64 = defaultSeed
    ) -> ConfidenceInterval? {
        percentileInterval(groups: [base, new], level: level, resamples: resamples, seed: seed) { groups in
            median(groups[1]) / median(groups[0])
        }
    }

    /// The median of an unsorted sample (type 7 quantile, as `Statistics.median`).
    public static func median(_ values: [Double]) -> Double {
        Statistics.quantile(values.sorted(), 0.5)
    }
}
