// MachineInfo: small collectors for the machine a run measured (CPU, cores, kernel, load).
import Foundation

/// Facts about the host, recorded once per run.
public struct MachineInfo: Codable, Sendable, Equatable {
    public let hostname: String
    public let cpuModel: String
    /// Logical CPUs available to this process.
    public let cpuCount: Int
    public let kernel: String
    /// 1, 5 and 15 minute load averages when the run started.
    public let loadAverage: [Double]
    public let memoryBytes: UInt64
    // "Cpus", not "CPUs": metadata.json is snake_case, and "onlineCPUs" would not round-trip ("online_cp_us").
    /// Format 2: CPUs the kernel has online (nil in format-1 folders).
    public var onlineCpus: Int?
    /// Format 2: the affinity mask the run measured under (`--affinity`, or what it inherited).
    public var affinity: CPUList?
    /// Format 2: a cgroup CPU quota in CPUs; nil when unlimited.
    public var cpuQuota: Double?
    /// Format 2: CPUs the run could use at once (mask and quota): the ideal speedup's ceiling.
    public var usableCpus: Int?
    /// Format 2: the distinct cpufreq scaling governors of the usable CPUs; nil where not exposed.
    public var frequencyGovernors: [String]?

    public init(hostname: String, cpuModel: String, cpuCount: Int, kernel: String, loadAverage: [Double], memoryBytes: UInt64) {
        self.hostname = hostname
        self.cpuModel = cpuModel
        self.cpuCount = cpuCount
        self.kernel = kernel
        self.loadAverage = loadAverage
        self.memoryBytes = memoryBytes
    }

    /// Reads /proc and uname.
    public static func collect() -> MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n")
            .first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "")
            .split(separator: " ").prefix(3).compactMap { Double($0) }
        var name = utsname()
        uname(&name)
        let field: (UnsafeRawPointer) -> String = { String(cString: $0.assumingMemoryBound(to: CChar.self)) }
        let kernel = withUnsafePointer(to: &name.sysname) { a in
            withUnsafePointer(to: &name.release) { b in withUnsafePointer(to: &name.machine) { c in
                "\(field(a)) \(field(b)) \(field(c))" } }
        }
        var info = MachineInfo(
            hostname: ProcessInfo.processInfo.hostName, cpuModel: model,
            cpuCount: ProcessInfo.processInfo.activeProcessorCount, kernel: kernel, loadAverage: load,
            memoryBytes: ProcessInfo.processInfo.physicalMemory)
        let budget = CPUBudget.current()
        info.onlineCpus = budget.online
        info.affinity = budget.affinity
        info.cpuQuota = budget.quotaCPUs
        info.usableCpus = budget.usable
        let governors = CPUFrequency.governors(cpus: budget.affinity?.cpus ?? Array(0..<info.cpuCount))
        info.frequencyGovernors = governors.isEmpty ? nil : governors
        return info
    }

    /// The CPUs a run could use at once: `usableCpus`, or `cpuCount` for a format-1 folder.
    public var usableCPUCount: Int { usableCpus ?? cpuCount }
}
