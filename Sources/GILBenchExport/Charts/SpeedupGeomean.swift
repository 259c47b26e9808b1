// SpeedupGeomean: the geometric mean of speedup over a run's workloads, per Python x strategy x workers.
import GILBenchCore

/// One point of the "all workloads" speedup curve: the geometric mean over every workload the Python ran.
///
/// A point is only formed when every workload has a speedup there; a mean over a subset would silently mix
/// different workloads into one line.
public struct SpeedupGeomean: Equatable, Sendable, PythonIdentified {
    public let pythonVersion: String
    public let pythonBuild: String
    public let strategy: Strategy
    public let workers: Int
    /// How many workloads went into the means.
    public let workloads: Int
    public let speedup: Double
    /// Geometric means of the per-workload spread (slowest and fastest trial).
    public let speedupMinimum: Double?
    public let speedupMaximum: Double?

    /// `speedup / workers`.
    public var efficiency: Double { speedup / Double(workers) }

    /// The means for every Python x strategy x worker count of `summary`, in summary order.
    public static func rows(_ summary: [SummaryRow]) -> [SpeedupGeomean] {
        var result: [SpeedupGeomean] = []
        var seen = Set<String>()
        for row in summary {
            let key = "\(row.pythonVersion)|\(row.pythonBuild)|\(row.strategy.rawValue)|\(row.workers)"
            guard seen.insert(key).inserted else { continue }
            let python = summary.filter { $0.python == row.python }
            let workloadCount = Set(python.map(\.workload)).count
            let points = python.filter { $0.strategy == row.strategy && $0.workers == row.workers }
            let speedups = points.compactMap(\.speedup)
            guard speedups.count == workloadCount, let mean = Statistics.geometricMean(speedups) else { continue }
            let minimums = points.compactMap(\.speedupMinimum)
            let maximums = points.compactMap(\.speedupMaximum)
            result.append(SpeedupGeomean(
                pythonVersion: row.pythonVersion, pythonBuild: row.pythonBuild, strategy: row.strategy,
                workers: row.workers, workloads: workloadCount, speedup: mean,
                speedupMinimum: minimums.count == workloadCount ? Statistics.geometricMean(minimums) : nil,
                speedupMaximum: maximums.count == workloadCount ? Statistics.geometricMean(maximums) : nil))
        }
        return result
    }
}
