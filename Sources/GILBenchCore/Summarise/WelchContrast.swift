// WelchContrast: a Welch t test and interval for a weighted sum of the means of independent samples.
import Foundation

/// Tests whether `sum(weight_g x mean_g)` is zero, each sample with its own variance, with the Welch-Satterthwaite
/// degrees of freedom (`scipy.stats.ttest_ind(a, b, equal_var=False)` is the two-sample case, weights -1 and 1).
///
/// compare uses it on log times for the speedup ratio: log(new speedup / base speedup) = (mean log T(1) - mean log
/// T(N)) of new minus the same of base, so the noise of all four samples, T(1) included, enters its variance.
/// The interval is the same t interval, so it excludes 0 exactly when the test rejects at that level.
public struct WelchContrast: Sendable {
    /// The contrast of the sample means.
    public let estimate: Double
    public let standardError: Double
    /// Welch-Satterthwaite; nil when the standard error is 0 (every sample constant).
    public let degreesOfFreedom: Double?

    /// Nil when a sample has fewer than two values (no variance to estimate).
    public init?(groups: [[Double]], weights: [Double]) {
        precondition(groups.count == weights.count)
        guard groups.allSatisfy({ $0.count >= 2 }) else { return nil }
        var estimate = 0.0
        var variance = 0.0
        var denominator = 0.0
        for (group, weight) in zip(groups, weights) {
            let count = Double(group.count)
            let mean = group.reduce(0, +) / count
            let sampleVariance = group.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (count - 1)
            let term = weight * weight * sampleVariance / count
            estimate += weight * mean
            variance += term
            denominator += term * term / (count - 1)
        }
        self.estimate = estimate
        standardError = variance.squareRoot()
        degreesOfFreedom = variance > 0 && denominator > 0 ? variance * variance / denominator : nil
    }

    /// Two-sided p-value of "the contrast is 0".
    public var pValue: Double {
        guard let degreesOfFreedom else { return estimate == 0 ? 1 : 0 }
        return StudentT(degreesOfFreedom: degreesOfFreedom).twoSidedPValue(estimate / standardError)
    }

    /// One-sided p-value of the alternative that the contrast is greater than 0: P(T >= estimate / standardError).
    public var greaterPValue: Double {
        guard let degreesOfFreedom else { return estimate > 0 ? 0 : 1 }
        return 1 - StudentT(degreesOfFreedom: degreesOfFreedom).cdf(estimate / standardError)
    }

    /// How far either bound lies from the estimate at `level`.
    public func halfWidth(level: Double) -> Double {
        guard let degreesOfFreedom else { return 0 }
        return StudentT(degreesOfFreedom: degreesOfFreedom).quantile(1 - (1 - level) / 2) * standardError
    }

    /// `estimate +- halfWidth(level)`.
    public func interval(level: Double) -> ConfidenceInterval {
        let half = halfWidth(level: level)
        return ConfidenceInterval(lower: estimate - half, upper: estimate + half, level: level)
    }
}
