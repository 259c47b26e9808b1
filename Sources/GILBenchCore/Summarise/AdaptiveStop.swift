// AdaptiveStop: --until-ci: whether a point's median wall time is known well enough, and why its repetitions stopped.

/// The rule behind `--until-ci PCT --max-repeat N`: a point gets more measured rounds while the 95% bootstrap
/// confidence interval of its median wall time is wider than PCT of the median, up to N trials.
public enum AdaptiveStop {
    /// Why a point stopped getting trials.
    public enum Reason: String, Codable, Sendable, CaseIterable {
        /// The interval became narrower than the target.
        case intervalReached = "ci-reached"
        /// `--max-repeat` trials were measured first.
        case maximumRepeat = "max-repeat"
        /// A trial failed (or the point is unsupported): no more rounds.
        case failed = "failed"
    }

    /// Fewest trials from which the interval is judged (with fewer, a bootstrap interval means little).
    public static let minimumTrials = 3

    /// The 95% bootstrap interval of the median of `walls`, as a fraction of the median; nil with fewer than
    /// `minimumTrials` values.
    public static func relativeWidth(_ walls: [Double]) -> Double? {
        guard walls.count >= minimumTrials, let median = Statistics(walls)?.median, median > 0,
              let interval = Bootstrap.percentileInterval(groups: [walls], resamples: 2000, statistic: { Bootstrap.median($0[0]) }) else { return nil }
        return interval.width / median
    }

    /// Why the point of `records` (its measured trials) stopped, or nil if it needs another round.
    public static func reason(_ records: [TrialRecord], targetFraction: Double, maximumRepeat: Int) -> Reason? {
        let measured = records.filter { !$0.spec.warmup }
        if measured.contains(where: { $0.status != .ok }) { return .failed }
        if let width = relativeWidth(measured.compactMap(\.wallSeconds)), width <= targetFraction { return .intervalReached }
        return measured.count >= maximumRepeat ? .maximumRepeat : nil
    }

    /// `summary` with each row's `stopReason` when the run used --until-ci.
    public static func annotate(_ summary: [SummaryRow], records: [TrialRecord], options: RunOptions) -> [SummaryRow] {
        guard let target = options.untilCiPercent, let maximum = options.maximumRepeat else { return summary }
        let byPoint = Dictionary(grouping: records) { record in
            "\(record.spec.python.version)|\(record.spec.python.build)|\(record.spec.workload.name)|\(record.spec.strategy.rawValue)|\(record.spec.workers)"
        }
        return summary.map { row in
            var row = row
            let key = "\(row.pythonVersion)|\(row.pythonBuild)|\(row.workload)|\(row.strategy.rawValue)|\(row.workers)"
            row.stopReason = byPoint[key].map { reason($0, targetFraction: target / 100, maximumRepeat: maximum) ?? .maximumRepeat }
            return row
        }
    }
}
