// FrequencyScalingRule: the CPU clock follows load (a governor other than performance), where the machine says.

/// Fires when the machine exposes cpufreq governors and any usable CPU's is not `performance`: one busy worker
/// may run at a higher clock than several, which bends every speedup.
public struct FrequencyScalingRule: StabilityRule {
    public let code = StabilityWarning.Code.frequencyScaling

    public init() {}

    public func check(_ point: StabilityPoint) -> StabilityWarning? {
        guard let governors = point.frequencyGovernors, !governors.isEmpty, !governors.allSatisfy(CPUFrequency.isFixed) else { return nil }
        return StabilityWarning(code, "CPU frequency governor \(governors.joined(separator: "/")), not performance: the clock changes with load, set it with sudo cpupower frequency-set -g performance")
    }
}
