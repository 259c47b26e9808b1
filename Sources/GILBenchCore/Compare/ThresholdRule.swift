// ThresholdRule: what of a significant change must lie beyond compare's threshold for it to count as a regression.

/// `--threshold-rule`: what must lie beyond `--threshold` for a significant worsening to count as a regression.
///
/// Every rule is applied to changes oriented so that positive is worse, in log units (log(new / base) for times and
/// memory, log(base / new) for the speedup), against `log(1 + threshold)`.
public enum ThresholdRule: String, Codable, CaseIterable, Sendable {
    /// The default: the interval's far bound (the worst change the data fit) reaches the threshold. A significant
    /// slowdown is a regression unless the interval shows it to be smaller than the threshold. This is the rule under
    /// which a threshold-sized regression can be found with high probability (the gate's power is computed for it):
    /// a slowdown of exactly the threshold leaves the far bound beyond it about 97.5% of the time.
    case reach
    /// The point estimate exceeds the threshold: a slowdown of exactly the threshold is flagged at most about half
    /// the time, so the gate's power at the threshold can never reach 80% under this rule (compare exits 3 unless
    /// `--min-power` is lowered). For reports.
    case estimate
    /// The interval's bound nearest to no change exceeds the threshold ("evidence of more than 5%"): a slowdown of
    /// exactly the threshold is flagged about as often as an A/A false alarm. For reports.
    case bound

    /// Whether a worsening beyond `limit` (log(1 + threshold)) is shown: `estimate` the oriented log change,
    /// `near` and `far` the interval's ends in the same units (nil when there is no interval).
    public func exceeds(estimate: Double, near: Double?, far: Double?, limit: Double) -> Bool {
        switch self {
        case .reach: return far.map { $0 >= limit } ?? true
        case .estimate: return estimate > limit
        case .bound: return near.map { $0 > limit } ?? false
        }
    }
}
