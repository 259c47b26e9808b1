// CPUAffinity: reads and sets the CPUs this process may run on (sched_getaffinity/sched_setaffinity).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process's CPU affinity. Children (hosts, their threads and worker processes) inherit the mask of the
/// thread that spawns them, so pinning the runner before the first host pins everything a run measures.
public enum CPUAffinity {
    /// The CPUs this process may run on, from /proc/self/status (`Cpus_allowed_list`); nil where unreadable.
    public static func current() -> CPUList? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return allowedList(inStatus: status)
    }

    /// The `Cpus_allowed_list` of a /proc/<pid>/status text.
    public static func allowedList(inStatus status: String) -> CPUList? {
        for line in status.split(separator: "\n") where line.hasPrefix("Cpus_allowed_list:") {
            return CPUList(parsing: String(line.dropFirst("Cpus_allowed_list:".count)).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Restricts the calling thread (and every process and thread it starts from now on) to `cpus`.
    /// - Throws: `GILBenchError.invalidValue` naming `--affinity` when a CPU is not available to this process
    ///   or the kernel refuses the mask.
    public static func pin(to cpus: CPUList) throws {
        if let allowed = current() {
            let missing = cpus.cpus.filter { !allowed.cpus.contains($0) }
            guard missing.isEmpty else {
                throw GILBenchError.invalidValue(flag: "--affinity", value: cpus.description,
                                                 expected: "CPUs this process may use (\(allowed)); CPU \(CPUList(missing)) is not among them")
            }
        }
        // sched_setaffinity needs _GNU_SOURCE, which Swift's Glibc module does not import: look it up in libc.
        typealias SetAffinity = @convention(c) (pid_t, Int, UnsafeRawPointer) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "sched_setaffinity") else {
            throw GILBenchError.invalidValue(flag: "--affinity", value: cpus.description, expected: "a C library with sched_setaffinity (not found)")
        }
        let setAffinity = unsafeBitCast(symbol, to: SetAffinity.self)
        var mask = [UInt64](repeating: 0, count: (CPUList.maximumCPU + 1) / 64)
        for cpu in cpus.cpus { mask[cpu / 64] |= 1 << UInt64(cpu % 64) }
        let result = mask.withUnsafeBytes { setAffinity(0, $0.count, $0.baseAddress!) }
        guard result == 0 else {
            throw GILBenchError.invalidValue(flag: "--affinity", value: cpus.description,
                                             expected: "CPUs the kernel lets this process use (\(String(cString: strerror(errno))))")
        }
    }
}
