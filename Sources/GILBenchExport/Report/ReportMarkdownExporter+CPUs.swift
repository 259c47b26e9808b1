// ReportMarkdownExporter+CPUs: the report's line on how many CPUs the run could use, and why.
import GILBenchCore

extension ReportMarkdownExporter {
    /// "2 (affinity 0-1 of 4 online; cgroup quota 1.5 CPUs; governor performance)"; "not recorded" for format 1.
    static func usableCPUsCell(_ machine: MachineInfo) -> String {
        guard let usable = machine.usableCpus else { return "not recorded" }
        var facts: [String] = []
        if let affinity = machine.affinity {
            facts.append("affinity \(affinity)" + (machine.onlineCpus.map { " of \($0) online" } ?? ""))
        }
        if let quota = machine.cpuQuota { facts.append(String(format: "cgroup quota %.2f CPUs", quota)) }
        facts.append("frequency governor " + (machine.frequencyGovernors?.joined(separator: ", ") ?? "not exposed"))
        return "\(usable) (\(facts.joined(separator: "; ")))"
    }
}

extension ReportMarkdownExporter {
    /// ", calibrated: one call 0.12 s, target 0.10 s".
    static func calibrationText(_ calibration: SizeCalibration) -> String {
        String(format: ", calibrated: one call %.3f s, target %.3f s", calibration.seconds, calibration.minimumSeconds)
    }
}
