// ComparisonOutcome: what `gilbench compare` concludes, and so its exit code.

/// The conclusion of a comparison.
public enum ComparisonOutcome: String, Codable, Sendable {
    /// At least one gating metric regressed beyond the threshold (exit 2), whatever the power elsewhere.
    case regression
    /// No regression, and every test that can fail the comparison could have flagged its point alone (exit 0).
    case clean
    /// No regression found, but nothing was compared, or some point could not have been flagged however much it
    /// regressed (too few trials for the number of tests): no verdict (exit 3).
    case inconclusive
}
