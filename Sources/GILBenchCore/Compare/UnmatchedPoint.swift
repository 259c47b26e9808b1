// UnmatchedPoint: a point that could not be compared, and why; listed rather than silently dropped.

/// A workload x strategy x workers point that is missing, failed or differs in size on one side.
public struct UnmatchedPoint: Codable, Equatable, Sendable {
    public let workload: String
    public let strategy: Strategy
    public let workers: Int
    /// Why it was not compared, e.g. "only in base", "size differs: base 2000, new 3000",
    /// "new: unsupported (own-GIL sub-interpreters need CPython 3.12+)".
    public let reason: String

    public init(workload: String, strategy: Strategy, workers: Int, reason: String) {
        self.workload = workload
        self.strategy = strategy
        self.workers = workers
        self.reason = reason
    }
}
