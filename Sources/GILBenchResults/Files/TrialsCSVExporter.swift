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
    /// Format 3, after them (optional for a reader): `left_processes`, how many processes the trial left running
    /// (killed by the runner before the next trial; 0: none; empty: not checked, e.g. a trial that did not run) and
    /// `left_process_command`, the first one's command line (printable, free text: data, never code).
    public static let format3Columns = ["left_processes", "left_process_command"]
    /// Every column written.
    public static let columns = format1Columns + format2Columns + memoryColumns + format3Columns
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
              + CSVFormat.memoryFields(record.memory)
              + [record.leftProcesses.map { String($0.count) } ?? "", record.leftProcesses?.firstCommandLine ?? ""]))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
