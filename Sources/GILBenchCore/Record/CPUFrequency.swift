// CPUFrequency: whether the CPUs' clock is fixed or scales (governor, turbo), where the machine exposes it.
import Foundation

/// Frequency scaling facts from /sys/devices/system/cpu. Virtual machines often expose none (nil).
public enum CPUFrequency {
    /// The scaling governors of `cpus` ("performance", "powersave", "schedutil", ...), distinct, in CPU order;
    /// empty where cpufreq is not exposed.
    public static func governors(cpus: [Int], root: String = "/sys/devices/system/cpu") -> [String] {
        var seen: [String] = []
        for cpu in cpus {
            guard let text = try? String(contentsOfFile: "\(root)/cpu\(cpu)/cpufreq/scaling_governor", encoding: .utf8) else { continue }
            let governor = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !governor.isEmpty && !seen.contains(governor) { seen.append(governor) }
        }
        return seen
    }

    /// Whether turbo/boost is on: intel_pstate `no_turbo` (0 = on) or cpufreq `boost` (1 = on); nil where neither exists.
    public static func turboEnabled(root: String = "/sys/devices/system/cpu") -> Bool? {
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let noTurbo = read("\(root)/intel_pstate/no_turbo") { return noTurbo == "0" }
        if let boost = read("\(root)/cpufreq/boost") { return boost == "1" }
        return nil
    }

    /// Whether a governor keeps the clock fixed for benchmarking.
    public static func isFixed(_ governor: String) -> Bool { governor == "performance" }
}
