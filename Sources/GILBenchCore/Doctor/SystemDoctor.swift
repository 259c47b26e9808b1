// SystemDoctor: reads this machine's facts and runs every SystemChecks rule (`gilbench doctor`).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Collects the facts: /sys for CPUs and frequency, /proc for load, processes and memory, the clock itself.
public enum SystemDoctor {
    /// Every check, in the order `gilbench doctor` prints them. Takes about `sampleSeconds` (CPU use of processes).
    public static func examine(sampleSeconds: Double = 0.5) -> [SystemCheck] {
        let budget = CPUBudget.current()
        let cpus = budget.affinity?.cpus ?? Array(0..<(budget.online ?? 1))
        let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3).compactMap { Double($0) }
        return [
            SystemChecks.cpus(budget),
            SystemChecks.governor(CPUFrequency.governors(cpus: cpus)),
            SystemChecks.turbo(CPUFrequency.turboEnabled()),
            SystemChecks.load(load, usableCPUs: budget.usable),
            SystemChecks.busyProcesses(busyProcesses(sampleSeconds: sampleSeconds)),
            SystemChecks.swap(meminfo: (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""),
            timer(),
        ]
    }

    /// CPU use of every other process over `sampleSeconds` (utime + stime from /proc/<pid>/stat, twice).
    static func busyProcesses(sampleSeconds: Double) -> [SystemChecks.BusyProcess] {
        let first = processTimes()
        usleep(UInt32(sampleSeconds * 1_000_000))
        let second = processTimes()
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        let me = getpid()
        return second.compactMap { pid, now in
            guard pid != me, let before = first[pid] else { return nil }
            return SystemChecks.BusyProcess(pid: pid, name: now.name, cpuFraction: Double(now.ticks - before.ticks) / ticks / sampleSeconds)
        }
    }

    private static func processTimes() -> [Int32: (name: String, ticks: Int)] {
        var times: [Int32: (name: String, ticks: Int)] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let parsed = parseStat(stat) else { continue }
            times[pid] = parsed
        }
        return times
    }

    /// The command name and utime + stime of a /proc/<pid>/stat line. The name sits in parentheses and may
    /// itself contain spaces and parentheses, so the fields are counted from the last ")".
    public static func parseStat(_ line: String) -> (name: String, ticks: Int)? {
        guard let open = line.firstIndex(of: "("), let close = line.lastIndex(of: ")"), open < close else { return nil }
        let name = String(line[line.index(after: open)..<close])
        let fields = line[line.index(after: close)...].split(separator: " ")
        // After the name: state(0) ppid(1) ... utime(11) stime(12).
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return (name, user + system)
    }

    private static func timer() -> SystemCheck {
        var resolution = timespec()
        clock_getres(CLOCK_MONOTONIC, &resolution)
        var smallest = UInt64.max
        for _ in 0..<1000 {
            let a = MonotonicInstant.now().nanoseconds
            let b = MonotonicInstant.now().nanoseconds
            if b > a { smallest = min(smallest, b - a) }
        }
        return SystemChecks.timer(resolutionSeconds: Double(resolution.tv_sec) + Double(resolution.tv_nsec) / 1e9,
                                  readCostSeconds: smallest == .max ? 0 : Double(smallest) / 1e9)
    }
}
