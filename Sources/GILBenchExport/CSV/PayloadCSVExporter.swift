// PayloadCSVExporter: payload.csv, throughput vs payload size for `--input-bytes` sweeps, for the payload chart.
import Foundation
import GILBenchCore
import GILBenchResults

/// Writes payload.csv; `ReportPublisher` writes it only when the run measured a payload (`--input-bytes`).
public struct PayloadCSVExporter: ResultExporter {
    public static let columns = [
        "python_version", "python_build", "workload", "input_bytes", "input", "strategy", "workers",
        "median_wall_seconds", "mib_per_second", "speedup",
    ]
    public let fileName = "payload.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns)]
        for point in PayloadSweep.points(results) {
            lines.append(CSVFormat.line([
                point.pythonVersion, point.pythonBuild, point.workload, String(point.inputBytes), Workload.byteLabel(point.inputBytes), point.strategy.rawValue,
                String(point.workers), CSVFormat.seconds(point.medianWallSeconds),
                String(format: "%.3f", point.bytesPerSecond / 1_048_576), CSVFormat.ratio(point.speedup),
            ]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
