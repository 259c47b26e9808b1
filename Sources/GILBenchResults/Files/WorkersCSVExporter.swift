// WorkersCSVExporter: workers.csv, one row per worker of every trial (start/end relative to the start barrier).
import Foundation
import GILBenchCore

/// Writes workers.csv.
public struct WorkersCSVExporter: ResultExporter {
    public static let columns = [
        "python_version", "python_build", "workload", "strategy", "workers", "repetition", "warmup", "worker",
        "pid", "interpreter_id", "start_seconds", "end_seconds", "checksum", "error",
    ]
    /// Format-2 columns after `columns`; a reader treats them as optional (format-1 folders lack them).
    public static let format2Columns = ["transfer_in_seconds", "transfer_out_seconds"]
    public let fileName = "workers.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns + Self.format2Columns)]
        for record in results.records {
            let spec = record.spec
            for worker in record.workers {
                lines.append(CSVFormat.line([
                    spec.python.version, spec.python.build, spec.workload.name, spec.strategy.rawValue,
                    String(spec.workers), String(spec.repetition), spec.warmup ? "true" : "false", String(worker.index),
                    String(worker.pid), String(worker.interpreterID), CSVFormat.seconds(worker.startSeconds),
                    CSVFormat.seconds(worker.endSeconds), worker.checksum ?? "", worker.error ?? "",
                ] + [CSVFormat.seconds(worker.transferInSeconds), CSVFormat.seconds(worker.transferOutSeconds)]))
            }
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
