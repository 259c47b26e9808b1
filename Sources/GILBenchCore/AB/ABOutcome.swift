// ABOutcome: what `gilbench ab` measured: both sides' records, the probe, and how the design ended.

/// The result of `ABRunner.run`, before the gate.
public struct ABOutcome: Sendable {
    public let baseRecords: [TrialRecord]
    public let newRecords: [TrialRecord]
    /// The drift probe's calls (both sides' Pythons): the same in both folders.
    public let calibration: [CalibrationSample]
    /// Every point pair's final state.
    public let points: [ABPointStatus]
    /// Whether measuring stopped because the budget was spent before every point had its trials.
    public let budgetSpent: Bool
    /// ABBA blocks run (pilot included).
    public let blocks: Int
    public let elapsedSeconds: Double

    public init(baseRecords: [TrialRecord], newRecords: [TrialRecord], calibration: [CalibrationSample], points: [ABPointStatus],
                budgetSpent: Bool, blocks: Int, elapsedSeconds: Double) {
        self.baseRecords = baseRecords
        self.newRecords = newRecords
        self.calibration = calibration
        self.points = points
        self.budgetSpent = budgetSpent
        self.blocks = blocks
        self.elapsedSeconds = elapsedSeconds
    }
}
