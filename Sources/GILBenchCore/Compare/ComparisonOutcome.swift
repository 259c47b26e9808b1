// ComparisonOutcome: what `gilbench compare` concludes, and so its exit code.

/// The conclusion of a comparison's gate.
public enum ComparisonOutcome: String, Codable, Sendable {
    /// At least one gating test failed: significantly worse (one-sided, Holm adjusted) beyond the threshold (exit 2),
    /// whatever the power elsewhere.
    case regression
    /// No gating test failed, and each had at least `--min-power` probability of flagging a regression of exactly
    /// the threshold (exit 0).
    case clean
    /// No gating test failed, but nothing was compared, or some test had too little power to have seen a
    /// threshold-sized regression (exit 3).
    case inconclusive

    /// The process exit code `gilbench compare` (and `ab`) use: 0 clean, 2 regression, 3 inconclusive.
    public var exitCode: Int32 {
        switch self {
        case .clean: return 0
        case .regression: return 2
        case .inconclusive: return 3
        }
    }
}
