// GeometricMeanRow: the geometric mean over workloads of each metric's ratio, for one strategy x workers (or all).

/// Geometric means of new / base ratios over the compared workloads.
public struct GeometricMeanRow: Codable, Equatable, Sendable {
    /// Nil for the row over every compared point.
    public let strategy: Strategy?
    /// Nil for the row over every compared point.
    public let workers: Int?
    /// How many points (workloads) went into each mean.
    public let points: Int
    public let wallRatio: Double?
    public let speedupRatio: Double?
    public let setupRatio: Double?
    /// Bootstrap intervals of the geometric means (trials of every point resampled); nil where there is no mean.
    public let wallInterval: ConfidenceInterval?
    public let speedupInterval: ConfidenceInterval?
    public let setupInterval: ConfidenceInterval?
    /// Bootstrap replicates (over the three metrics) whose geometric mean was not a finite number (a zero time):
    /// left out of the intervals, and counted here so a reader sees when the intervals rest on fewer replicates.
    public let nonFiniteResamples: Int
    /// Peak PSS ratio (format 2 runs), with its interval.
    public let memoryRatio: Double?
    public let memoryInterval: ConfidenceInterval?

    public init(strategy: Strategy?, workers: Int?, points: Int, wallRatio: Double?, speedupRatio: Double?, setupRatio: Double?,
                wallInterval: ConfidenceInterval? = nil, speedupInterval: ConfidenceInterval? = nil, setupInterval: ConfidenceInterval? = nil,
                nonFiniteResamples: Int = 0, memoryRatio: Double? = nil, memoryInterval: ConfidenceInterval? = nil) {
        self.strategy = strategy
        self.workers = workers
        self.points = points
        self.wallRatio = wallRatio
        self.speedupRatio = speedupRatio
        self.setupRatio = setupRatio
        self.wallInterval = wallInterval
        self.speedupInterval = speedupInterval
        self.setupInterval = setupInterval
        self.nonFiniteResamples = nonFiniteResamples
        self.memoryRatio = memoryRatio
        self.memoryInterval = memoryInterval
    }
}
