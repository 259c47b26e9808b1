// StabilityRule: one check of a summary point; each rule is its own small type.
import Foundation

/// What a rule looks at: the point's summary row (its wall and per-worker statistics, speedup and spread),
/// and what was recorded about the machine (nil facts: the rule stays quiet).
public struct StabilityPoint: Sendable {
    public let row: SummaryRow
    /// CPUs the run could use at once (affinity mask and cgroup quota); nil when not recorded.
    public let usableCPUs: Int?
    /// The 1-minute load average when the run started.
    public let loadAverage: Double?
    /// The cpufreq governors of the usable CPUs; nil where the machine exposes none.
    public let frequencyGovernors: [String]?

    public init(row: SummaryRow, usableCPUs: Int?, loadAverage: Double?, frequencyGovernors: [String]?) {
        self.row = row
        self.usableCPUs = usableCPUs
        self.loadAverage = loadAverage
        self.frequencyGovernors = frequencyGovernors
    }

    /// The point's row with the machine facts of `machine`.
    public init(row: SummaryRow, machine: MachineInfo?) {
        self.init(row: row, usableCPUs: machine?.usableCPUCount, loadAverage: machine?.loadAverage.first,
                  frequencyGovernors: machine?.frequencyGovernors)
    }
}

/// A check that either returns one warning for a point or stays quiet.
public protocol StabilityRule: Sendable {
    var code: StabilityWarning.Code { get }
    func check(_ point: StabilityPoint) -> StabilityWarning?
}

extension StabilityRule {
    /// "12.3 ms", "4.1 µs", "1.20 s".
    static func duration(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.001 { return String(format: "%.1f ms", seconds * 1000) }
        return String(format: "%.1f µs", seconds * 1_000_000)
    }

    static func percent(_ fraction: Double) -> String { String(format: "%.0f%%", fraction * 100) }
}
