// HistoryRow: one entry of a history series: which run and Python, and a HistoryPoint per strategy.

/// One line of a history CSV.
public struct HistoryRow: Sendable {
    /// 1-based x position.
    public let index: Int
    public let entry: HistoryEntry
    public let workers: Int
    /// Keyed by strategy; every strategy is present (`HistoryPoint.empty` when not measured).
    public let points: [Strategy: HistoryPoint]

    public init(index: Int, entry: HistoryEntry, workers: Int, points: [Strategy: HistoryPoint]) {
        self.index = index
        self.entry = entry
        self.workers = workers
        self.points = points
    }
}
