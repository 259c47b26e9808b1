// ABDesign: the settings of `gilbench ab`'s two-stage design: threshold, power, pilot, caps, budget.

/// How `ABRunner` decides how much to measure.
public struct ABDesign: Codable, Equatable, Sendable {
    /// The change to detect, a fraction (0.05 for 5%).
    public let threshold: Double
    /// The wanted probability of flagging a change of exactly `threshold`.
    public let minimumPower: Double
    /// The family's one-sided level (split over the gating tests).
    public let alpha: Double
    /// Measured trials a side and point in the pilot (rounded up to whole ABBA blocks).
    public let pilotTrials: Int
    /// The most measured trials a side and point, whatever the pilot asks for.
    public let maximumTrials: Int
    /// Seconds the measuring may take (references and warm-ups included); no new block starts that would end
    /// after it.
    public let budgetSeconds: Double

    public static let defaultPilotTrials = 4
    public static let defaultMaximumTrials = 200
    public static let defaultBudgetSeconds = 600.0

    public init(threshold: Double, minimumPower: Double, alpha: Double = 0.05, pilotTrials: Int = defaultPilotTrials,
                maximumTrials: Int = defaultMaximumTrials, budgetSeconds: Double = defaultBudgetSeconds) {
        self.threshold = threshold
        self.minimumPower = minimumPower
        self.alpha = alpha
        let perBlock = ABOrder.trialsPerSidePerBlock
        self.pilotTrials = max(perBlock, (pilotTrials + perBlock - 1) / perBlock * perBlock)
        self.maximumTrials = max(self.pilotTrials, maximumTrials)
        self.budgetSeconds = budgetSeconds
    }
}
