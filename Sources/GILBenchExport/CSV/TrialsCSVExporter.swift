// TrialsCSVExporter: trials.csv, one row per trial (warm-ups included and marked).
import Foundation
import GILBenchCore

/// Writes trials.csv.
public struct TrialsCSVExporter: ResultExporter {
    public static let columns = [
        "python_version", "python_build", "workload", "size", "strategy", "workers", "repetition", "warmup",
        "status", "setup_seconds", "wall_seconds", "teardown_seconds", "checksum_ok", "message",
    ]
    /// Format-2 columns after `columns`; a reader treats them as optional (format-1 folders lack them).
    public static let format2Columns = ["compute_seconds"]
    public let fileName = "trials.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns + Self.format2Columns)]
        for record in results.records {
            let spec = record.spec
            lines.append(CSVFormat.line([
                spec.python.version, spec.python.build, spec.workload.name, String(spec.size), spec.strategy.rawValue,
                String(spec.workers), String(spec.repetition), spec.warmup ? "true" : "false", record.status.rawValue,
                CSVFormat.seconds(record.setupSeconds), CSVFormat.seconds(record.wallSeconds),
                CSVFormat.seconds(record.teardownSeconds), record.checksumOK.map { $0 ? "true" : "false" } ?? "",
                record.message,
            ] + [CSVFormat.seconds(record.computeSeconds)]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
