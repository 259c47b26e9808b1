// HighLoadRule: the machine was busy when the run started, so other processes shared its CPUs.

/// Fires when the 1-minute load average at the start is above `maximumFraction` of the usable CPUs.
public struct HighLoadRule: StabilityRule {
    public let code = StabilityWarning.Code.highLoad
    public let maximumFraction: Double

    public init(maximumFraction: Double = 0.5) { self.maximumFraction = maximumFraction }

    public func check(_ point: StabilityPoint) -> StabilityWarning? {
        guard let load = point.loadAverage, let cpus = point.usableCPUs, load > maximumFraction * Double(cpus) else { return nil }
        return StabilityWarning(code, String(format: "load average %.2f at the start on %d usable CPUs (above %.0f%% of them): other processes competed for the CPUs, see gilbench doctor", load, cpus, maximumFraction * 100))
    }
}
