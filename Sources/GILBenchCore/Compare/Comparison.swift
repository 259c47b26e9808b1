// Comparison: the result of `gilbench compare`: every compared point, the unmatched ones, and geometric means.

/// Base against new, point by point. Immutable and Codable: the JSON report is this value.
public struct Comparison: Codable, Sendable {
    public let base: String
    public let new: String
    public let settings: ComparisonSettings
    /// Points measured on both sides: workloads in first-seen order, then strategy, then workers.
    public let rows: [ComparisonRow]
    /// Points that could not be compared, with the reason.
    public let unmatched: [UnmatchedPoint]
    /// Per strategy x workers, then one row over every point (strategy and workers nil).
    public let geometricMeans: [GeometricMeanRow]
    /// Caveats about the inputs, e.g. that the two sides ran on different machines.
    public let notes: [String]
    /// The gate: its tests, their power, and the conclusion (the exit code).
    public let gate: GateVerdict

    public init(base: String, new: String, settings: ComparisonSettings, rows: [ComparisonRow],
                unmatched: [UnmatchedPoint], geometricMeans: [GeometricMeanRow], notes: [String] = [], gate: GateVerdict) {
        self.base = base
        self.new = new
        self.settings = settings
        self.rows = rows
        self.unmatched = unmatched
        self.geometricMeans = geometricMeans
        self.notes = notes
        self.gate = gate
    }

    /// The rows with at least one gating regression.
    public var regressions: [ComparisonRow] { rows.filter(\.isRegression) }

    /// Whether `gilbench compare` should exit with "regression found".
    public var hasRegression: Bool { !regressions.isEmpty }

    /// What the gate concludes: a regression wins; otherwise clean only if every gating test had the power to see
    /// a threshold-sized regression.
    public var outcome: ComparisonOutcome { gate.outcome }
}
