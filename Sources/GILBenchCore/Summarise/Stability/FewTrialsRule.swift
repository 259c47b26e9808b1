// FewTrialsRule: fewer measured trials than a median and a spread need.

/// Fires when a point has fewer than `minimumTrials` ok measured trials (but at least one: a point with none
/// has a failure status instead).
public struct FewTrialsRule: StabilityRule {
    public let code = StabilityWarning.Code.fewTrials
    public let minimumTrials: Int

    public init(minimumTrials: Int = 3) { self.minimumTrials = minimumTrials }

    public func check(_ point: StabilityPoint) -> StabilityWarning? {
        let trials = point.row.trials
        guard trials > 0, trials < minimumTrials else { return nil }
        return StabilityWarning(code, "\(trials) measured trial\(trials == 1 ? "" : "s"): a median and a spread need at least \(minimumTrials) (5 or more for a confidence interval), raise --repeat")
    }
}
