// ABPointStatus: where one point pair of `gilbench ab` stands: trials so far, spread, trials needed, estimate.

/// One point pair's state, for progress lines and ab.md.
public struct ABPointStatus: Codable, Equatable, Sendable {
    /// The point as the base side names it ("work threads x1").
    public let name: String
    /// Ok measured trials a side so far.
    public let baseTrials: Int
    public let newTrials: Int
    /// The pilot's pooled standard deviation of log wall times; nil before the pilot ends.
    public let spread: Double?
    /// Trials a side the pilot asked for (capped by `ABDesign.maximumTrials`); nil before the pilot ends.
    public let neededTrials: Int?
    /// Hodges-Lehmann ratio new / base of wall time so far; nil without trials on both sides.
    public let ratio: Double?
    /// Why the point stopped being measured early (a failed trial, unsupported); nil otherwise.
    public let stopped: String?

    public init(name: String, baseTrials: Int, newTrials: Int, spread: Double?, neededTrials: Int?, ratio: Double?,
                stopped: String?) {
        self.name = name
        self.baseTrials = baseTrials
        self.newTrials = newTrials
        self.spread = spread
        self.neededTrials = neededTrials
        self.ratio = ratio
        self.stopped = stopped
    }

    /// Trials a side still to measure (0 once stopped or done).
    public var remaining: Int {
        guard stopped == nil, let neededTrials else { return 0 }
        return max(0, neededTrials - min(baseTrials, newTrials))
    }
}
