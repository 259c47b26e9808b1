// Geomean: the geometric mean of a metric over a run's workloads, per Python x strategy x workers.

/// One point of an "all workloads" curve of `Metric` (speedup, throughput): the geometric mean over every workload
/// the Python ran.
///
/// A point is only formed when every workload of that Python has the metric there; a mean over a subset would
/// silently mix different workloads into one line.
public struct Geomean<Metric: GeomeanMetric>: Equatable, Sendable, PythonIdentified {
    public let pythonVersion: String
    public let pythonBuild: String
    public let strategy: Strategy
    public let workers: Int
    /// The lock model the strategy ran under on this Python (of the point's first row).
    public let lockModel: LockModel
    /// The throughput baseline of the point's first row, if the run had one.
    public let baseline: ThroughputBaseline?
    /// How many workloads went into the means.
    public let workloads: Int
    /// The geometric mean of the metric.
    public let value: Double
    /// Geometric means of the per-workload spread (slowest and fastest trial); nil unless every workload has one.
    public let minimum: Double?
    public let maximum: Double?

    /// The means for every Python x strategy x worker count of `summary`, in summary order.
    public static func rows(_ summary: [SummaryRow]) -> [Geomean] {
        var result: [Geomean] = []
        var seen = Set<String>()
        for row in summary {
            let key = "\(row.pythonVersion)|\(row.pythonBuild)|\(row.strategy.rawValue)|\(row.workers)"
            guard seen.insert(key).inserted, Metric.opens(row) else { continue }
            let python = summary.filter { $0.python == row.python }
            let workloadCount = Set(python.map(\.workload)).count
            let points = python.filter { $0.strategy == row.strategy && $0.workers == row.workers }
            let values = points.compactMap(Metric.value)
            guard values.count == workloadCount, let mean = Statistics.geometricMean(values) else { continue }
            let minimums = points.compactMap(Metric.minimum)
            let maximums = points.compactMap(Metric.maximum)
            result.append(Geomean(
                pythonVersion: row.pythonVersion, pythonBuild: row.pythonBuild, strategy: row.strategy, workers: row.workers,
                lockModel: row.lockModel, baseline: row.baseline, workloads: workloadCount, value: mean,
                minimum: minimums.count == workloadCount ? Statistics.geometricMean(minimums) : nil,
                maximum: maximums.count == workloadCount ? Statistics.geometricMean(maximums) : nil))
        }
        return result
    }
}
