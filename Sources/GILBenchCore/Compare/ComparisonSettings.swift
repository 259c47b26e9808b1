// ComparisonSettings: the thresholds and statistical choices of `gilbench compare`, recorded in its output.

/// How `Comparator` decides what is significant and what is a regression.
///
/// A metric regresses when its change is significant (the interval of the ratio excludes 1 *and* the test's
/// p-value, Benjamini-Hochberg adjusted unless `correction` is `.none`, gives q < 1 - level) and its point estimate
/// (or, with `thresholdRule` `.bound`, the interval's bound nearest to 1) is worse than the threshold: wall time up
/// by more than `threshold`, speedup down by more than `threshold`. The adjustment runs over every test that can fail
/// the comparison at once (wall and speedup of every point, plus set-up with `gateSetup`), so the chance that an A/A
/// comparison fails stays at about 1 - level in total. Set-up time is reported with the same test but only gates
/// when `gateSetup` is set, against `setupThreshold` (it is milliseconds and noisier than wall time).
public struct ComparisonSettings: Codable, Equatable, Sendable {
    /// Fraction, 0.05 for 5%.
    public let threshold: Double
    public let setupThreshold: Double
    public let gateSetup: Bool
    /// Confidence level of the intervals; the rank test uses alpha = 1 - level.
    public let level: Double
    public let resamples: Int
    public let seed: UInt64
    public let correction: MultipleTestCorrection
    /// What must exceed the threshold: the estimate (default) or the interval's near bound.
    public let thresholdRule: ThresholdRule
    /// `--gate-memory THRESHOLD`: a significant peak-PSS increase beyond it is a regression; nil: memory is
    /// reported, not gated.
    public let memoryThreshold: Double?

    /// The default threshold: on a busy 2-core machine a run-to-run drift of a few percent is common, so
    /// smaller changes are reported (as `worse`/`better`) but do not fail.
    public static let defaultThreshold = 0.05
    public static let defaultSetupThreshold = 0.20

    public init(threshold: Double = defaultThreshold, setupThreshold: Double = defaultSetupThreshold, gateSetup: Bool = false,
                level: Double = 0.95, resamples: Int = Bootstrap.defaultResamples, seed: UInt64 = Bootstrap.defaultSeed,
                correction: MultipleTestCorrection = .bh, thresholdRule: ThresholdRule = .estimate,
                memoryThreshold: Double? = nil) {
        self.threshold = threshold
        self.setupThreshold = setupThreshold
        self.gateSetup = gateSetup
        self.level = level
        self.resamples = resamples
        self.seed = seed
        self.correction = correction
        self.thresholdRule = thresholdRule
        self.memoryThreshold = memoryThreshold
    }

    /// The rank test's significance level.
    public var alpha: Double { 1 - level }

    /// The threshold that applies to `metric`.
    public func threshold(for metric: ComparisonMetric) -> Double {
        switch metric {
        case .setup: return setupThreshold
        case .memory: return memoryThreshold ?? Self.defaultMemoryThreshold
        default: return threshold
        }
    }

    /// The threshold memory changes are classified against when `--gate-memory` is not given (report only).
    public static let defaultMemoryThreshold = 0.10

    /// Whether `metric` can fail a comparison.
    public func gates(_ metric: ComparisonMetric) -> Bool {
        switch metric {
        case .setup: return gateSetup
        case .memory: return memoryThreshold != nil
        default: return true
        }
    }
}
