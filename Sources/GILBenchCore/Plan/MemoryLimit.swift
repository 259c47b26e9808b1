// MemoryLimit: `--memory-limit`, parsed, enforced in a host with RLIMIT_AS, and named in the rows it ends.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The per-process address-space limit of a trial. `RLIMIT_AS` counts reserved address space (thread stacks,
/// allocator arenas, mapped libraries), not only resident memory, so set it well above the resident memory a
/// workload needs; the cgroup v2 `memory.max` that would limit resident memory per trial needs privileges a
/// benchmark should not ask for.
public enum MemoryLimit {
    /// "1073741824", "512M", "2G", "1.5G" -> bytes (K/M/G/T are powers of 1024); nil when invalid or not positive.
    public static func parseBytes(_ text: String) -> Int? {
        let trimmed = text.uppercased().replacingOccurrences(of: "IB", with: "").replacingOccurrences(of: "B", with: "")
        let units: [Character: Double] = ["K": 1024, "M": 1024 * 1024, "G": 1024 * 1024 * 1024, "T": 1024 * 1024 * 1024 * 1024]
        var number = Substring(trimmed)
        var multiplier = 1.0
        if let last = number.last, let unit = units[last] {
            multiplier = unit
            number = number.dropLast()
        }
        guard let value = Double(number), value > 0, value * multiplier < 9e18 else { return nil }
        return Int(value * multiplier)
    }

    /// Sets this process's `RLIMIT_AS` (children inherit it). Returns an error text when it cannot.
    public static func apply(bytes: Int) -> String? {
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        var current = rlimit()
        if getrlimit(RLIMIT_AS_VALUE, &current) == 0, current.rlim_max != rlim_t.max, current.rlim_max < rlim_t(bytes) {
            limit.rlim_max = current.rlim_max
            limit.rlim_cur = current.rlim_max
        }
        guard setrlimit(RLIMIT_AS_VALUE, &limit) == 0 else { return "cannot set RLIMIT_AS: \(String(cString: strerror(errno)))" }
        return nil
    }

    private static var RLIMIT_AS_VALUE: __rlimit_resource_t { __rlimit_resource_t(RLIMIT_AS.rawValue) }

    /// Whether a failed trial's message says an allocation failed (Python's MemoryError, ENOMEM, a thread
    /// that could not start).
    public static func looksExhausted(_ message: String) -> Bool {
        ["MemoryError", "Cannot allocate memory", "out of memory", "can't start new thread", "cannot allocate"]
            .contains { message.contains($0) }
    }

    /// The message of a trial that failed under `--memory-limit`: "ran out of the --memory-limit ..." when an
    /// allocation failed; for a crash (a failed allocation in C code often ends as an abort or a segfault) it
    /// names the limit as the likely cause.
    public static func annotate(_ message: String, status: TrialStatus, limitBytes: Int?) -> String {
        guard let limitBytes else { return message }
        if looksExhausted(message) {
            return "ran out of the --memory-limit of \(limitBytes) bytes (RLIMIT_AS per process): \(message)"
        }
        if status == .crash {
            return "crashed under the --memory-limit of \(limitBytes) bytes (RLIMIT_AS per process; likely ran out of it): \(message)"
        }
        return message
    }
}
