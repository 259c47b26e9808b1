// ChannelDescriptor: moves a child's private message channel out of the workload's reach before CPython starts.
#if canImport(Glibc)
import Glibc
#endif

/// The host's channel to its parent arrives on fd 3 (`ChildProcess` puts it there). Workloads close and write
/// low descriptors (`os.closerange(3, 256)` in code that daemonises, `os.write(3, ...)`), so every host and
/// worker process moves the channel to a high, close-on-exec descriptor before CPython starts, and puts
/// `/dev/null` on fd 3, so a stray write to fd 3 lands nowhere instead of in the channel or in a file opened later.
public enum ChannelDescriptor {
    /// Where `ChildProcess` hands the channel over.
    public static let inherited: Int32 = 3

    /// The exit status of a host or worker whose report could not be written because its channel was gone:
    /// the workload closed (or replaced) the harness's descriptor.
    public static let brokenExitStatus: Int32 = 75

    /// The lowest descriptor the channel is moved to: near the top of the soft `RLIMIT_NOFILE` (capped, so a
    /// huge limit does not make the kernel grow the descriptor table), and above what `closerange(3, 256)` reaches.
    public static func floor(softLimit: UInt64) -> Int32 {
        let top = min(softLimit, 4096)
        guard top > 300 else { return Int32(max(Int(top) - 8, 10)) }
        return Int32(top - 32)
    }

    /// The current soft limit on open descriptors.
    public static func softLimit() -> UInt64 {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return UInt64(limit.rlim_cur)
    }

    /// Duplicates `descriptor` to a close-on-exec descriptor at or above `floor(...)`, closes the original and
    /// opens /dev/null in its place. Returns the new descriptor, or `descriptor` unchanged when no high slot
    /// is free (the channel then works as before).
    @discardableResult
    public static func moveHigh(_ descriptor: Int32 = inherited) -> Int32 {
        let target = fcntl(descriptor, F_DUPFD_CLOEXEC, floor(softLimit: softLimit()))
        guard target >= 0 else { return descriptor }
        _ = close(descriptor)
        let placeholder = open("/dev/null", O_RDWR)
        if placeholder >= 0 && placeholder != descriptor {
            _ = dup2(placeholder, descriptor)
            _ = close(placeholder)
        }
        return target
    }

    /// What the parent records when a child exited with `brokenExitStatus`.
    public static let brokenMessage = "the workload closed or replaced the harness's private descriptor (its channel to gilbench, e.g. with os.closerange or os.dup2), so nothing could be reported; leave descriptors it did not open alone"

    /// What the parent records when a line on the channel is not a message.
    public static let garbledMessage = "unreadable host message (the workload wrote to the harness's private descriptor?)"
}
