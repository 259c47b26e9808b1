// TrialStatus: how a trial ended.

/// The outcome of one trial, as written in the `status` column.
public enum TrialStatus: String, Codable, Sendable, CaseIterable {
    /// Every worker ran and returned the reference checksum.
    case ok
    /// Python raised (in set-up or in `run`), a checksum differed, or an invariant failed.
    case error
    /// A process died: a signal (SIGSEGV, SIGABRT from `Fatal Python error`) or an exit before reporting.
    case crash
    /// The trial outlived `--timeout` and was killed.
    case timeout
    /// The Python cannot run this strategy (e.g. own-GIL sub-interpreters on 3.11).
    case unsupported

    /// Whether this status makes the run exit non-zero.
    public var isFailure: Bool { self == .error || self == .crash || self == .timeout }

    /// Severity for choosing a point's summary status: the worst one wins.
    public var severity: Int {
        switch self {
        case .ok: return 0
        case .unsupported: return 1
        case .error: return 2
        case .crash: return 3
        case .timeout: return 4
        }
    }
}
