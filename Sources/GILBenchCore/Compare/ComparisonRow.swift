// ComparisonRow: one point (workload x strategy x workers) present on both sides, compared metric by metric.

/// The comparison of one point measured on both sides.
public struct ComparisonRow: Codable, Equatable, Sendable {
    public let workload: String
    public let strategy: Strategy
    public let workers: Int
    /// The `run(size)` argument, equal on both sides (points whose sizes differ are `UnmatchedPoint`s).
    public let size: Int
    /// Measured trials that ended ok, per side.
    public let baseTrials: Int
    public let newTrials: Int
    public let wall: MetricComparison
    /// Nil at one worker (the speedup is 1 by definition) or when a side lacks its 1-worker baseline.
    public let speedup: MetricComparison?
    /// Nil when a side recorded no set-up time.
    public let setup: MetricComparison?
    /// Nil when a side recorded no memory (format 1).
    public let memory: MetricComparison?

    public init(workload: String, strategy: Strategy, workers: Int, size: Int, baseTrials: Int, newTrials: Int,
                wall: MetricComparison, speedup: MetricComparison?, setup: MetricComparison?, memory: MetricComparison? = nil) {
        self.workload = workload
        self.strategy = strategy
        self.workers = workers
        self.size = size
        self.baseTrials = baseTrials
        self.newTrials = newTrials
        self.wall = wall
        self.speedup = speedup
        self.setup = setup
        self.memory = memory
    }

    /// Every metric that was computed, in display order.
    public var metrics: [MetricComparison] { [wall, speedup, setup, memory].compactMap { $0 } }

    /// The metrics that regressed and gate.
    public var regressions: [MetricComparison] { metrics.filter(\.isRegression) }

    public var isRegression: Bool { !regressions.isEmpty }
}
