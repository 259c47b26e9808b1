// PayloadSweep: throughput vs payload size (`--input-bytes` variants of one workload), per strategy.

/// One point of a payload chart: a workload variant (`name@1M`) under one strategy and worker count.
public struct PayloadPoint: Equatable, Sendable, PythonIdentified {
    public let pythonVersion: String
    public let pythonBuild: String
    /// The workload without its "@size" suffix.
    public let workload: String
    public let inputBytes: Int
    public let strategy: Strategy
    public let workers: Int
    public let medianWallSeconds: Double
    /// Input bytes processed per second by all workers together: workers × input_bytes / median wall time.
    public var bytesPerSecond: Double { Double(workers * inputBytes) / medianWallSeconds }
    public let speedup: Double?
}

public enum PayloadSweep {
    /// Every summary row of a workload variant with a payload size and a median wall time, grouped so that
    /// each Python x workload x strategy x workers series is contiguous and in ascending payload order.
    /// `workloads` are the run's (its options'): those with an input size are the variants.
    public static func points(_ summary: [SummaryRow], workloads: [Workload]) -> [PayloadPoint] {
        let variants = Dictionary(workloads.compactMap { workload in
            workload.inputBytes.map { (workload.name, (base: String(workload.name.split(separator: "@").first ?? ""), bytes: $0)) }
        }, uniquingKeysWith: { first, _ in first })
        let points = summary.compactMap { row -> PayloadPoint? in
            guard let variant = variants[row.workload], let wall = row.wall?.median, wall > 0 else { return nil }
            return PayloadPoint(pythonVersion: row.pythonVersion, pythonBuild: row.pythonBuild, workload: variant.base,
                                inputBytes: variant.bytes, strategy: row.strategy, workers: row.workers,
                                medianWallSeconds: wall, speedup: row.speedup)
        }
        return points.sorted {
            ($0.pythonVersion, $0.pythonBuild, $0.workload, $0.strategy.rawValue, $0.workers, $0.inputBytes)
                < ($1.pythonVersion, $1.pythonBuild, $1.workload, $1.strategy.rawValue, $1.workers, $1.inputBytes)
        }
    }
}
