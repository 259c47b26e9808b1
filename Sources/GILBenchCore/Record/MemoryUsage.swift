// MemoryUsage: resident memory of one process or a group of processes, as the kernel accounts it.

/// RSS, PSS and USS in bytes (from `/proc/PID/smaps_rollup`). RSS counts every resident page a process maps,
/// so pages shared by several processes (libpython, the C library) count once per process; PSS divides each
/// shared page among its sharers, so PSS adds up across processes; USS is the memory only this process holds
/// (`Private_Clean + Private_Dirty`).
public struct MemoryUsage: Codable, Hashable, Sendable {
    public let rssBytes: Int
    public let pssBytes: Int
    public let ussBytes: Int

    public init(rssBytes: Int, pssBytes: Int, ussBytes: Int) {
        self.rssBytes = rssBytes
        self.pssBytes = pssBytes
        self.ussBytes = ussBytes
    }

    public static let zero = MemoryUsage(rssBytes: 0, pssBytes: 0, ussBytes: 0)

    /// The sum over processes (meaningful for PSS and USS; RSS double-counts shared pages).
    public static func + (lhs: MemoryUsage, rhs: MemoryUsage) -> MemoryUsage {
        MemoryUsage(rssBytes: lhs.rssBytes + rhs.rssBytes, pssBytes: lhs.pssBytes + rhs.pssBytes,
                    ussBytes: lhs.ussBytes + rhs.ussBytes)
    }
}
