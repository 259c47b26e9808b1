// ThroughputGeomean: the geometric mean of throughput_vs_baseline over a run's workloads, per Python x strategy x workers.
import GILBenchCore

/// One point of the "all workloads" throughput curve. As with `SpeedupGeomean`, a point is only formed when every
/// workload of that Python has a throughput there, so no line silently mixes different workloads.
public struct ThroughputGeomean: Equatable, Sendable, PythonIdentified {
    public let pythonVersion: String
    public let pythonBuild: String
    public let strategy: Strategy
    public let workers: Int
    public let lockModel: LockModel
    public let baseline: ThroughputBaseline
    /// How many workloads went into the means.
    public let workloads: Int
    public let throughputVsBaseline: Double
    /// Geometric means of the per-workload spread (slowest and fastest trial).
    public let throughputVsBaselineMinimum: Double?
    public let throughputVsBaselineMaximum: Double?

    /// The means for every Python x strategy x worker count of `summary`, in summary order.
    public static func rows(_ summary: [SummaryRow]) -> [ThroughputGeomean] {
        var result: [ThroughputGeomean] = []
        var seen = Set<String>()
        for row in summary {
            let key = "\(row.pythonVersion)|\(row.pythonBuild)|\(row.strategy.rawValue)|\(row.workers)"
            guard seen.insert(key).inserted, let baseline = row.baseline else { continue }
            let python = summary.filter { $0.python == row.python }
            let workloadCount = Set(python.map(\.workload)).count
            let points = python.filter { $0.strategy == row.strategy && $0.workers == row.workers }
            let values = points.compactMap(\.throughputVsBaseline)
            guard values.count == workloadCount, let mean = Statistics.geometricMean(values) else { continue }
            let minimums = points.compactMap(\.throughputVsBaselineMinimum)
            let maximums = points.compactMap(\.throughputVsBaselineMaximum)
            result.append(ThroughputGeomean(
                pythonVersion: row.pythonVersion, pythonBuild: row.pythonBuild, strategy: row.strategy, workers: row.workers,
                lockModel: row.lockModel, baseline: baseline, workloads: workloadCount, throughputVsBaseline: mean,
                throughputVsBaselineMinimum: minimums.count == workloadCount ? Statistics.geometricMean(minimums) : nil,
                throughputVsBaselineMaximum: maximums.count == workloadCount ? Statistics.geometricMean(maximums) : nil))
        }
        return result
    }
}
