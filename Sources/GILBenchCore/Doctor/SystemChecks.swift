// SystemChecks: the rules of `gilbench doctor`, each a pure function of facts read elsewhere (so each is testable).
import Foundation

/// Turns machine facts into checks. Thresholds match the stability checks of a run (HighLoadRule & co).
public enum SystemChecks {
    public static func governor(_ governors: [String]) -> SystemCheck {
        guard !governors.isEmpty else {
            return SystemCheck("frequency governor", .unknown, "cpufreq is not exposed (common in VMs: the host decides the clock)")
        }
        let text = governors.joined(separator: ", ")
        guard governors.allSatisfy(CPUFrequency.isFixed) else {
            return SystemCheck("frequency governor", .warning, "\(text): the clock follows load, so 1 busy worker may run faster than N",
                               advice: "sudo cpupower frequency-set -g performance (or pyperf system tune); undo afterwards")
        }
        return SystemCheck("frequency governor", .ok, text)
    }

    public static func turbo(_ enabled: Bool?) -> SystemCheck {
        guard let enabled else { return SystemCheck("turbo / boost", .unknown, "not exposed") }
        guard !enabled else {
            return SystemCheck("turbo / boost", .warning, "on: the clock depends on how many cores are busy and on temperature, which bends speedups",
                               advice: "echo 1 | sudo tee /sys/devices/system/cpu/intel_pstate/no_turbo (Intel) or echo 0 | sudo tee /sys/devices/system/cpu/cpufreq/boost")
        }
        return SystemCheck("turbo / boost", .ok, "off")
    }

    public static func load(_ loadAverage: [Double], usableCPUs: Int) -> SystemCheck {
        guard let one = loadAverage.first else { return SystemCheck("load", .unknown, "/proc/loadavg unreadable") }
        let text = loadAverage.map { String(format: "%.2f", $0) }.joined(separator: ", ") + " (1, 5, 15 min) on \(usableCPUs) usable CPU\(usableCPUs == 1 ? "" : "s")"
        guard one <= HighLoadRule().maximumFraction * Double(usableCPUs) else {
            return SystemCheck("load", .warning, text, advice: "wait for the machine to be idle, or stop the busy processes below; a run started now gets the high-load warning")
        }
        return SystemCheck("load", .ok, text)
    }

    /// One process's CPU use between two samples.
    public struct BusyProcess: Sendable, Equatable {
        public let pid: Int32
        public let name: String
        /// Fraction of one CPU (1.0 = one CPU fully busy).
        public let cpuFraction: Double

        public init(pid: Int32, name: String, cpuFraction: Double) {
            self.pid = pid
            self.name = name
            self.cpuFraction = cpuFraction
        }
    }

    /// Processes using more than `threshold` of a CPU; the names are shown with control characters removed.
    public static func busyProcesses(_ processes: [BusyProcess], threshold: Double = 0.1) -> SystemCheck {
        let busy = processes.filter { $0.cpuFraction > threshold }.sorted { $0.cpuFraction > $1.cpuFraction }
        guard !busy.isEmpty else { return SystemCheck("busy processes", .ok, "none above \(Int(threshold * 100))% of a CPU") }
        let listed = busy.prefix(6).map { "\(printable($0.name)) (pid \($0.pid), \(Int(($0.cpuFraction * 100).rounded()))%)" }
        return SystemCheck("busy processes", .warning, listed.joined(separator: ", ") + (busy.count > 6 ? ", and \(busy.count - 6) more" : ""),
                           advice: "stop or pause them (kill -STOP <pid>, then -CONT), or pin gilbench away from them with --affinity")
    }

    public static func cpus(_ budget: CPUBudget) -> SystemCheck {
        var facts = ["\(budget.usable) usable"]
        if let affinity = budget.affinity { facts.append("affinity \(affinity)") }
        if let online = budget.online { facts.append("\(online) online") }
        if let quota = budget.quotaCPUs { facts.append(String(format: "cgroup quota %.2f CPUs", quota)) }
        let text = facts.joined(separator: ", ")
        if let online = budget.online, budget.usable < online {
            return SystemCheck("CPUs", .warning, text + ": gilbench can use fewer CPUs than are online",
                               advice: "speedups are judged against \(budget.usable) CPUs; run outside the cpuset/quota to measure all \(online)")
        }
        if budget.usable < 2 {
            return SystemCheck("CPUs", .warning, text + ": nothing can run in parallel", advice: "use a machine (or a container limit) with 2 or more CPUs")
        }
        return SystemCheck("CPUs", .ok, text)
    }

    /// From a /proc/meminfo text.
    public static func swap(meminfo: String) -> SystemCheck {
        var values: [String: Double] = [:]
        for line in meminfo.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let kib = Double(parts[1].split(separator: " ").first ?? "") else { continue }
            values[String(parts[0])] = kib
        }
        guard let total = values["SwapTotal"], let free = values["SwapFree"] else { return SystemCheck("swap", .unknown, "/proc/meminfo unreadable") }
        let available = (values["MemAvailable"] ?? 0) / 1_048_576
        let used = (total - free) / 1024
        if total == 0 { return SystemCheck("swap", .ok, String(format: "none configured; %.1f GiB memory available", available)) }
        guard used < 64 else {
            return SystemCheck("swap", .warning, String(format: "%.0f MiB of swap in use, %.1f GiB memory available: paging stalls workers at random", used, available),
                               advice: "free memory (close programs) or run fewer workers; sudo swapoff -a && sudo swapon -a moves pages back")
        }
        return SystemCheck("swap", .ok, String(format: "%.0f MiB in use; %.1f GiB memory available", used, available))
    }

    /// `resolution`: clock_getres; `readCost`: the smallest gap between two successive clock reads.
    public static func timer(resolutionSeconds: Double, readCostSeconds: Double) -> SystemCheck {
        let text = String(format: "CLOCK_MONOTONIC resolution %.0f ns, one read costs about %.0f ns", resolutionSeconds * 1e9, readCostSeconds * 1e9)
        guard resolutionSeconds <= 1e-6, readCostSeconds <= 1e-6 else {
            return SystemCheck("timer", .warning, text + ": coarse for short calls",
                               advice: "keep each run(size) at 100 ms or more (--size auto); check the clocksource (cat /sys/devices/system/clocksource/clocksource0/current_clocksource)")
        }
        return SystemCheck("timer", .ok, text + ": fine for calls of 10 ms and more")
    }

    /// A process name for a terminal: control characters (escape sequences from a hostile comm) become "?".
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }
}
