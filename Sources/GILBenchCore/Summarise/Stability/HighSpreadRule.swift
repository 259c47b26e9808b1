// HighSpreadRule: wall times (or the workers' own times) vary by more than 10% of their mean.

/// Fires when the coefficient of variation (standard deviation / mean) of the point's wall times, or of every
/// worker's own `run` time over its trials (more samples, the same noise), is above `maximumVariation`.
public struct HighSpreadRule: StabilityRule {
    public let code = StabilityWarning.Code.highSpread
    public let maximumVariation: Double

    public init(maximumVariation: Double = 0.10) { self.maximumVariation = maximumVariation }

    public func check(_ point: StabilityPoint) -> StabilityWarning? {
        let wall = variation(point.row.wall)
        let worker = variation(point.row.workerSeconds)
        if let wall, wall.value > maximumVariation {
            return StabilityWarning(code, "wall time varies by \(Self.precisePercent(wall.value)) of its mean over \(wall.count) trials (coefficient of variation, above \(Self.percent(maximumVariation))): repeat with more --repeat on a quieter machine")
        }
        if let worker, worker.value > maximumVariation {
            return StabilityWarning(code, "the workers' own run() times vary by \(Self.precisePercent(worker.value)) of their mean over \(worker.count) calls (above \(Self.percent(maximumVariation))): repeat with more --repeat on a quieter machine")
        }
        return nil
    }

    /// "10.4%": one decimal, so a value just above the threshold does not print as the threshold.
    static func precisePercent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    /// Coefficient of variation; nil for fewer than 2 samples or a zero mean.
    private func variation(_ statistics: Statistics?) -> (value: Double, count: Int)? {
        guard let statistics, statistics.count >= 2, statistics.mean > 0 else { return nil }
        return (statistics.standardDeviation / statistics.mean, statistics.count)
    }
}
