// CPUBudget: how many CPUs a run can really use: the affinity mask and any cgroup CPU quota, not the machine's count.
import Foundation

/// The CPUs available to this process, and where the limit comes from. The ideal line, the stability checks
/// and the default worker counts all use `usable`.
public struct CPUBudget: Sendable, Equatable {
    /// CPUs the kernel has online.
    public let online: Int?
    /// The affinity mask.
    public let affinity: CPUList?
    /// A cgroup CPU quota in CPUs (quota / period), nil when unlimited or unknown.
    public let quotaCPUs: Double?

    public init(online: Int?, affinity: CPUList?, quotaCPUs: Double?) {
        self.online = online
        self.affinity = affinity
        self.quotaCPUs = quotaCPUs
    }

    /// CPUs that can run at once: the mask's size, cut to the quota rounded up (a 1.5-CPU quota still lets two
    /// threads run, each part of the time), at least 1.
    public var usable: Int {
        var count = affinity?.count ?? online ?? ProcessInfo.processInfo.activeProcessorCount
        if let quotaCPUs { count = min(count, Int(quotaCPUs.rounded(.up))) }
        return max(1, count)
    }

    /// Reads this process's budget from /proc and /sys.
    public static func current() -> CPUBudget {
        let read = { (path: String) in try? String(contentsOfFile: path, encoding: .utf8) }
        let online = read("/sys/devices/system/cpu/online").flatMap { CPUList(parsing: $0.trimmingCharacters(in: .whitespacesAndNewlines)) }?.count
        return CPUBudget(online: online, affinity: CPUAffinity.current(), quotaCPUs: quota(cgroups: read("/proc/self/cgroup") ?? "", read: read))
    }

    /// The CPU quota of the cgroup named in a /proc/self/cgroup text, reading files through `read`: cgroup v2
    /// `cpu.max` ("max 100000" or "150000 100000"), else v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us`.
    public static func quota(cgroups: String, read: (String) -> String?) -> Double? {
        for line in cgroups.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { continue }
            let path = fields[2] == "/" ? "" : fields[2]
            if fields[0] == "0" && fields[1].isEmpty {
                for folder in ["/sys/fs/cgroup\(path)", "/sys/fs/cgroup"] {
                    if let text = read(folder + "/cpu.max") { return cpuMax(text) }
                }
            } else if fields[1].split(separator: ",").contains("cpu") {
                for folder in ["/sys/fs/cgroup/\(fields[1])\(path)", "/sys/fs/cgroup/cpu\(path)", "/sys/fs/cgroup/cpu"] {
                    if let quota = read(folder + "/cpu.cfs_quota_us"), let period = read(folder + "/cpu.cfs_period_us") {
                        return cfsQuota(quota, period)
                    }
                }
            }
        }
        return nil
    }

    /// CPUs in a cgroup v2 `cpu.max` text; nil for "max" (no quota).
    public static func cpuMax(_ text: String) -> Double? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let quota = Double(fields[0]), let period = Double(fields[1]), quota > 0, period > 0 else { return nil }
        return quota / period
    }

    /// CPUs from cgroup v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us`; nil for -1 (no quota).
    public static func cfsQuota(_ quota: String, _ period: String) -> Double? {
        guard let quota = Double(quota.trimmingCharacters(in: .whitespacesAndNewlines)),
              let period = Double(period.trimmingCharacters(in: .whitespacesAndNewlines)), quota > 0, period > 0 else { return nil }
        return quota / period
    }
}

extension CPUBudget {
    /// The budget once pinned to `cpus` (nil: unchanged).
    public func pinned(to cpus: CPUList?) -> CPUBudget {
        guard let cpus else { return self }
        return CPUBudget(online: online, affinity: cpus, quotaCPUs: quotaCPUs)
    }
}
