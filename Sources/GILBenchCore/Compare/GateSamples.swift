// GateSamples: the trials behind one gating test, in log units, kept so its power can be computed by resampling.

/// The log samples a gating test was computed from.
///
/// - `rank` (wall, set-up, memory): `[base, new]`, log seconds or log bytes, so a larger value is worse.
/// - `scaling` (speedup at N workers): `[base T(1), base T(N), new T(1), new T(N)]`, log seconds.
public struct GateSamples: Sendable {
    /// Which test the samples belong to.
    public enum Kind: String, Codable, Sendable {
        /// One-sided exact Mann-Whitney test of "new is larger" (worse).
        case rank
        /// One-sided Welch test of a loss of speedup, together with the rank test of T(N) (see `RegressionGate`).
        case scaling
    }

    public let kind: Kind
    public let groups: [[Double]]

    public init(kind: Kind, groups: [[Double]]) {
        precondition(groups.count == (kind == .rank ? 2 : 4))
        self.kind = kind
        self.groups = groups
    }

    /// Trials per side (the fewest of the groups).
    public var trialsPerSide: Int { groups.map(\.count).min() ?? 0 }
}
