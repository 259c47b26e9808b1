// HistoryPoint: one strategy's numbers at one history entry: speedup at N workers and 1-worker wall time.

/// What a history chart draws for one strategy at one entry; nil where the run did not measure it.
public struct HistoryPoint: Equatable, Sendable {
    /// `N x median T(1) / median T(N)` and its spread (slowest and fastest trial).
    public let speedup: Double?
    public let speedupMinimum: Double?
    public let speedupMaximum: Double?
    /// Median, minimum and maximum 1-worker wall time.
    public let wallSeconds: Double?
    public let wallMinimumSeconds: Double?
    public let wallMaximumSeconds: Double?

    public init(speedup: Double?, speedupMinimum: Double?, speedupMaximum: Double?, wallSeconds: Double?,
                wallMinimumSeconds: Double?, wallMaximumSeconds: Double?) {
        self.speedup = speedup
        self.speedupMinimum = speedupMinimum
        self.speedupMaximum = speedupMaximum
        self.wallSeconds = wallSeconds
        self.wallMinimumSeconds = wallMinimumSeconds
        self.wallMaximumSeconds = wallMaximumSeconds
    }

    /// Nothing measured.
    public static let empty = HistoryPoint(speedup: nil, speedupMinimum: nil, speedupMaximum: nil, wallSeconds: nil,
                                           wallMinimumSeconds: nil, wallMaximumSeconds: nil)
}
