// MonotonicClock: CLOCK_MONOTONIC readings, comparable across threads and processes of one machine.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point on `CLOCK_MONOTONIC` (the clock Python's `time.monotonic`/`perf_counter` use on Linux, and the same
/// in every process, so workers in other processes report comparable instants).
public struct MonotonicInstant: Comparable, Codable, Sendable {
    public let nanoseconds: UInt64

    public init(nanoseconds: UInt64) { self.nanoseconds = nanoseconds }

    /// `clock_gettime(CLOCK_MONOTONIC)`.
    public static func now() -> MonotonicInstant {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return MonotonicInstant(nanoseconds: UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec))
    }

    /// The instant `seconds` from now (a deadline).
    public static func after(seconds: Double) -> MonotonicInstant {
        MonotonicInstant(nanoseconds: now().nanoseconds + UInt64(max(0, seconds) * 1e9))
    }

    /// Seconds from `earlier` to self (negative when self is earlier).
    public func seconds(since earlier: MonotonicInstant) -> Double {
        (Double(nanoseconds) - Double(earlier.nanoseconds)) / 1e9
    }

    public static func < (lhs: MonotonicInstant, rhs: MonotonicInstant) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
}
