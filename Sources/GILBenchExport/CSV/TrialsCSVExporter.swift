// TrialsCSVExporter: trials.csv, one row per trial (warm-ups included and marked).
import Foundation
import GILBenchCore

/// Writes trials.csv.
public struct TrialsCSVExporter: ResultExporter {
    /// The columns of result format 1, which every readable trials.csv has.
    public static let format1Columns = [
        "python_version", "python_build", "workload", "size", "strategy", "workers", "repetition", "warmup",
        "status", "setup_seconds", "wall_seconds", "teardown_seconds", "checksum_ok", "message",
    ]
    /// Format 2: the trial's memory (TrialMemory), empty when not measured; readers treat them as optional.
    public static let memoryColumns = [
        "setup_rss_bytes", "setup_pss_bytes", "setup_uss_bytes", "peak_rss_bytes", "peak_pss_bytes", "peak_hwm_bytes",
    ]
    /// Format-2 columns after them; a reader treats them as optional (format-1 folders lack them):
    /// `compute_seconds` (release to the last `run` return), `gil_enabled` (true/false/empty, the GIL state in force
    /// in the workers), `host_warmup_seconds` (the host's warm-up call before `threads` workers), `result_checked`
    /// (yes: every worker's result matched the reference; no: an ok trial whose result cannot be cross-checked,
    /// a pyperf script; empty for a failed trial).
    public static let format2Columns = ["compute_seconds", "gil_enabled", "host_warmup_seconds", "result_checked"]
    /// Every column written.
    public static let columns = format1Columns + format2Columns + memoryColumns
    public let fileName = "trials.csv"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        var lines = [CSVFormat.line(Self.columns)]
        for record in results.records {
            let spec = record.spec
            lines.append(CSVFormat.line([
                spec.python.version, spec.python.build, spec.workload.name, String(spec.size), spec.strategy.rawValue,
                String(spec.workers), String(spec.repetition), spec.warmup ? "true" : "false", record.status.rawValue,
                CSVFormat.seconds(record.setupSeconds), CSVFormat.seconds(record.wallSeconds),
                CSVFormat.seconds(record.teardownSeconds), record.checksumOK.map { $0 ? "true" : "false" } ?? "",
                record.message,
            ] + [CSVFormat.seconds(record.computeSeconds), record.gilEnabled.map { $0 ? "true" : "false" } ?? "",
                 CSVFormat.seconds(record.hostWarmupSeconds),
                 record.status == .ok ? (record.checksumOK == true ? "yes" : "no") : ""]
              + CSVFormat.memoryFields(record.memory)))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
