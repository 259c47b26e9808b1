// ComparisonSettings: the thresholds and statistical choices of `gilbench compare`, recorded in its output.

/// How `Comparator` decides what is significant, what is a regression and when the gate may say "clean".
///
/// Two questions, two families of tests:
/// - **The gate** (the exit code): by default only wall time gates: at some point (workload x strategy x workers)
///   the new side is slower. Speedup gates with `gateScaling`, set-up time with `gateSetup`, memory with
///   `memoryThreshold`. Each gating test is one-sided in the direction that fails (new slower, speedup lower, more
///   memory); their p-values are Holm adjusted together (`correction` `.none`: not adjusted), so the chance that a
///   comparison in which nothing got worse exits 2 stays at or below alpha = 1 - level, whatever the other points
///   do. A gating test fails when its adjusted p < alpha and the change lies beyond the threshold under
///   `thresholdRule` (default `.reach`: the interval's far bound reaches it). A scaling failure also needs the
///   wall test of T(N) itself to be significant (see `RegressionGate`).
/// - **The listing** (the verdict column of every metric): two-sided p-values, Benjamini-Hochberg adjusted over
///   every metric of every point (`correction` `.none`: raw); a change is significant when its interval excludes 1
///   and q < alpha.
/// The gate says "clean" only when every gating test had at least `minPower` probability of flagging a regression
/// of exactly the threshold (`GatePower`).
public struct ComparisonSettings: Codable, Equatable, Sendable {
    /// Fraction, 0.05 for 5%.
    public let threshold: Double
    public let setupThreshold: Double
    public let gateSetup: Bool
    /// Confidence level of the intervals; the tests use alpha = 1 - level.
    public let level: Double
    public let resamples: Int
    public let seed: UInt64
    /// `.bh`: Holm for the gate, Benjamini-Hochberg for the listing; `.none`: raw p-values for both.
    public let correction: MultipleTestCorrection
    /// What must lie beyond the threshold: the interval's far bound (default), the estimate, or the near bound.
    public let thresholdRule: ThresholdRule
    /// `--gate-memory THRESHOLD`: a significant peak-PSS increase beyond it is a regression; nil: memory is
    /// reported, not gated.
    public let memoryThreshold: Double?
    /// `--gate-scaling`: a loss of speedup, with T(N) itself slower, fails the comparison (see `RegressionGate`).
    public let gateScaling: Bool
    /// `--min-power`: the probability each gating test must have had of flagging a regression of exactly its
    /// threshold for the gate to say "clean" (exit 0) instead of "inconclusive" (exit 3).
    public let minPower: Double
    /// Resamples per power estimate (`GatePower`); 0 skips the power computation (every gating test then counts as
    /// underpowered, so no comparison is clean).
    public let powerResamples: Int

    /// The default threshold: on a busy 2-core machine a run-to-run drift of a few percent is common, so
    /// smaller changes are reported (as `worse`/`better`) but do not fail.
    public static let defaultThreshold = 0.05
    public static let defaultSetupThreshold = 0.20
    public static let defaultMinPower = 0.8
    public static let defaultPowerResamples = 400

    public init(threshold: Double = defaultThreshold, setupThreshold: Double = defaultSetupThreshold, gateSetup: Bool = false,
                level: Double = 0.95, resamples: Int = Bootstrap.defaultResamples, seed: UInt64 = Bootstrap.defaultSeed,
                correction: MultipleTestCorrection = .bh, thresholdRule: ThresholdRule = .reach,
                memoryThreshold: Double? = nil, gateScaling: Bool = false, minPower: Double = defaultMinPower,
                powerResamples: Int = defaultPowerResamples) {
        self.threshold = threshold
        self.setupThreshold = setupThreshold
        self.gateSetup = gateSetup
        self.level = level
        self.resamples = resamples
        self.seed = seed
        self.correction = correction
        self.thresholdRule = thresholdRule
        self.memoryThreshold = memoryThreshold
        self.gateScaling = gateScaling
        self.minPower = minPower
        self.powerResamples = powerResamples
    }

    /// The tests' significance level, 1 - level rounded to 12 decimals: 1 - 0.95 in floating point is a little
    /// above 0.05, which would let an exact p of exactly 0.05 (1/20, the best of 3 vs 3 trials) pass "p < alpha".
    public var alpha: Double { ((1 - level) * 1e12).rounded() / 1e12 }

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
        case .wall: return true
        case .speedup: return gateScaling
        case .setup: return gateSetup
        case .memory: return memoryThreshold != nil
        }
    }
}
