// Bootstrap: percentile bootstrap confidence intervals for statistics of independent samples, seeded.
import Foundation

/// Resamples each group with replacement, independently, and takes percentiles of the statistic.
///
/// compare uses it only for the geometric means over workloads (report only); per point it uses intervals that
/// match its tests (`HodgesLehmann`, `WelchContrast`), because the percentile bootstrap of a median of 5 takes at
/// most 25 values and under-covers.
///
/// Deterministic: the same groups, statistic, resample count and seed always give the same interval.
public enum Bootstrap {
    /// The default number of resamples: enough that the 2.5% and 97.5% percentiles are stable to ~1%.
    public static let defaultResamples = 4000
    /// The default seed (any fixed value works; this one is recorded in compare's output).
    public static let defaultSeed: UInt64 = 0x6769_6C62_656E_6368 // "gilbench"

    /// A percentile interval for `statistic(groups)`; see `percentile`. Nil when it has none.
    public static func percentileInterval(
        groups: [[Double]], level: Double = 0.95, resamples: Int = defaultResamples, seed: UInt64 = defaultSeed,
        statistic: ([[Double]]) -> Double
    ) -> ConfidenceInterval? {
        percentile(groups: groups, level: level, resamples: resamples, seed: seed, statistic: statistic).interval
    }

    /// A percentile interval for `statistic(groups)`, and how many resamples gave no number.
    ///
    /// - Parameters:
    ///   - groups: independent samples (e.g. base trials and new trials), each resampled once per replicate; none may
    ///     be empty.
    ///   - statistic: computed on one resample of every group, in the same order as `groups`. Infinite results keep
    ///     their place in the order (a bound may then be infinite); NaN results cannot be ordered, so they are left
    ///     out and counted in `nonFiniteResamples` (together with the infinite ones).
    /// - Returns: the interval, nil when a group is empty or no resample gave a number.
    public static func percentile(
        groups: [[Double]], level: Double = 0.95, resamples: Int = defaultResamples, seed: UInt64 = defaultSeed,
        statistic: ([[Double]]) -> Double
    ) -> (interval: ConfidenceInterval?, nonFiniteResamples: Int) {
        guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty }), resamples > 0 else { return (nil, 0) }
        var generator = SplitMix64(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(resamples)
        var nonFinite = 0
        var buffers = groups.map { [Double](repeating: 0, count: $0.count) }
        for _ in 0..<resamples {
            for (index, group) in groups.enumerated() {
                for slot in 0..<group.count {
                    buffers[index][slot] = group[generator.index(below: group.count)]
                }
            }
            let value = statistic(buffers)
            if !value.isFinite { nonFinite += 1 }
            if !value.isNaN { estimates.append(value) }
        }
        guard !estimates.isEmpty else { return (nil, nonFinite) }
        estimates.sort()
        let tail = (1 - level) / 2
        func quantile(_ probability: Double) -> Double {
            // Type 7, but an infinite neighbour makes the bound infinite rather than NaN.
            let position = probability * Double(estimates.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = min(lower + 1, estimates.count - 1)
            let fraction = position - Double(lower)
            if fraction == 0 || estimates[lower] == estimates[upper] { return estimates[lower] }
            return estimates[lower] + (estimates[upper] - estimates[lower]) * fraction
        }
        return (ConfidenceInterval(lower: quantile(tail), upper: quantile(1 - tail), level: level), nonFinite)
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
