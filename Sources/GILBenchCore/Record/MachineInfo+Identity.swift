// MachineInfo+Identity: which machine a run came from, for merging, selecting (--machine) and refusing comparisons.

extension MachineInfo {
    /// What tells two machines apart in a campaign: host name, CPU model and core count.
    public var identityKey: String { "\(hostname)\u{1}\(cpuModel)\u{1}\(cpuCount)" }

    /// "web-3 (AMD EPYC 7B13, 16 cores)": for tables, messages and chart labels.
    public var displayName: String {
        "\(hostname.isEmpty ? "unknown host" : hostname) (\(cpuModel), \(cpuCount) \(cpuCount == 1 ? "core" : "cores"))"
    }

    /// Whether `--machine name` picks this machine: its host name exactly, or a case-insensitive part of its CPU
    /// model ("EPYC", "Xeon").
    public func matches(_ name: String) -> Bool {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { return false }
        return hostname == wanted || cpuModel.lowercased().contains(wanted.lowercased())
    }

    /// `nil` when every machine has the same CPU model, else a one-line reason naming two that differ: times and
    /// speedups measured on different CPU models are not comparable point by point.
    public static func crossMachineProblem(_ machines: [MachineInfo]) -> String? {
        guard let first = machines.first, let other = machines.first(where: { $0.cpuModel != first.cpuModel }) else { return nil }
        return "\(first.displayName) and \(other.displayName) have different CPU models"
    }
}
