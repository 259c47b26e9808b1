// SummaryCSVExporter: summary.csv, one row per Python x workload x strategy x workers.
import Foundation
import GILBenchCore

/// Writes summary.csv.
public struct SummaryCSVExporter: ResultExporter {
    public static let columns = [
        "python_version", "python_build", "workload", "size", "strategy", "workers", "gil", "trials", "failed_trials",
        "median_wall_seconds", "min_wall_seconds", "max_wall_seconds", "stdev_wall_seconds",
        "speedup", "speedup_min", "speedup_max", "efficiency",
        "baseline", "throughput_vs_baseline", "throughput_vs_baseline_min", "throughput_vs_baseline_max",
        "median_setup_seconds", "min_setup_seconds", "max_setup_seconds", "median_teardown_seconds",
        "median_worker_seconds", "status", "message",
        // Format 2.
        "worker_contention", "warnings", "stop_reason",
    ]
    /// Format-2 columns after `columns` (empty for format-1 folders).
    public static let format2Columns = ["median_compute_seconds", "median_transfer_in_seconds", "median_transfer_out_seconds"]
    /// Format 2: memory medians (bytes) and the per-worker PSS; empty when not measured.
    public static let memoryColumns = [
        "median_setup_rss_bytes", "median_setup_pss_bytes", "median_setup_uss_bytes", "median_peak_rss_bytes",
        "median_peak_pss_bytes", "pss_per_worker_bytes",
    ]
    public let fileName = "summary.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns + Self.format2Columns + Self.memoryColumns)]
        for row in results.summary {
            lines.append(CSVFormat.line([
                row.pythonVersion, row.pythonBuild, row.workload, String(row.size), row.strategy.rawValue,
                String(row.workers), row.lockModel.rawValue, String(row.trials), String(row.failedTrials),
                CSVFormat.seconds(row.wall?.median), CSVFormat.seconds(row.wall?.minimum),
                CSVFormat.seconds(row.wall?.maximum), CSVFormat.seconds(row.wall?.standardDeviation),
                CSVFormat.ratio(row.speedup), CSVFormat.ratio(row.speedupMinimum), CSVFormat.ratio(row.speedupMaximum),
                CSVFormat.ratio(row.efficiency), row.baseline?.label ?? "", CSVFormat.ratio(row.throughputVsBaseline),
                CSVFormat.ratio(row.throughputVsBaselineMinimum), CSVFormat.ratio(row.throughputVsBaselineMaximum),
                CSVFormat.seconds(row.setup?.median), CSVFormat.seconds(row.setup?.minimum),
                CSVFormat.seconds(row.setup?.maximum), CSVFormat.seconds(row.teardown?.median),
                CSVFormat.seconds(row.workerSeconds?.median), row.status.rawValue, row.message,
                CSVFormat.ratio(row.workerContention), row.warnings.map(\.description).joined(separator: "; "),
                row.stopReason?.rawValue ?? "",
            ] + [CSVFormat.seconds(row.compute?.median), CSVFormat.seconds(row.transferIn?.median),
                 CSVFormat.seconds(row.transferOut?.median)]
              + [row.memory?.setupRSSBytes, row.memory?.setupPSSBytes, row.memory?.setupUSSBytes, row.memory?.peakRSSBytes,
                 row.memory?.peakPSSBytes, row.memory?.pssPerWorkerBytes].map(CSVFormat.bytes)))

        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
