// SpeedupAboveIdealRule: a speedup above min(workers, usable CPUs) even at its slowest trial is noise, not scaling.

/// Fires when the speedup's own interval (slowest to fastest trial) lies wholly above the ideal, the smaller of
/// the worker count and the usable CPUs: every worker does the whole workload, so nothing can beat it; a noisy
/// T(1) (which every ratio of the line divides by) or a frequency change does.
public struct SpeedupAboveIdealRule: StabilityRule {
    public let code = StabilityWarning.Code.speedupAboveIdeal
    /// Rounding slack: 2.004 on 2 CPUs is 2.00.
    public let tolerance: Double

    public init(tolerance: Double = 0.005) { self.tolerance = tolerance }

    public func check(_ point: StabilityPoint) -> StabilityWarning? {
        guard let speedup = point.row.speedup, point.row.workers > 1 else { return nil }
        let cpus = point.usableCPUs ?? point.row.workers
        let ideal = Double(min(point.row.workers, cpus))
        let lowest = point.row.speedupMinimum ?? speedup
        guard lowest > ideal * (1 + tolerance) else { return nil }
        return StabilityWarning(code, String(format: "speedup %.2f (%.2f at the slowest trial) is above the ideal %.0f (%d workers, %d usable CPUs): T(1) or these trials were disturbed, so the whole line is suspect", speedup, lowest, ideal, point.row.workers, cpus))
    }
}
