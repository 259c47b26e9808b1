// MultipleTestCorrection: whether compare adjusts its p-values for testing many points at once.

/// How the rank-test p-values of one metric, over all compared points, are adjusted before judging significance.
public enum MultipleTestCorrection: String, Codable, CaseIterable, Sendable {
    /// Benjamini-Hochberg q-values within each metric (the default: an A/A comparison of a whole suite stays quiet).
    case bh
    /// Raw p-values: more power for a single point, about 5% false findings per point when nothing changed.
    case none
}
