// ResultCSVSchema: the rule for every column of the CSVs in a result folder, checked on every row read.
import Foundation
import GILBenchCore

/// Column rules by name, shared by trials.csv, workers.csv and summary.csv (a column means the same in each).
/// A column not listed here (one a newer format adds) is free text, bounded; add new numeric columns here so
/// their values are checked too.
public enum ResultCSVSchema {
    /// A column's rule and whether it may be empty.
    public struct Column: Equatable, Sendable {
        public let rule: ResultFieldRule
        public let required: Bool

        public init(_ rule: ResultFieldRule, required: Bool) {
            self.rule = rule
            self.required = required
        }
    }

    public static let columns: [String: Column] = {
        var columns: [String: Column] = [:]
        for name in ["python_version", "python_build", "workload", "strategy", "status"] { columns[name] = Column(.identifier, required: true) }
        columns["size"] = Column(.integer(0...Int.max), required: true)
        columns["workers"] = Column(.integer(1...1_000_000), required: true)
        columns["repetition"] = Column(.integer(0...100_000_000), required: true)
        columns["worker"] = Column(.integer(0...1_000_000), required: true)
        columns["pid"] = Column(.integer(0...Int(Int32.max)), required: true)
        columns["interpreter_id"] = Column(.integer(0...Int.max), required: true)
        columns["trials"] = Column(.integer(0...100_000_000), required: true)
        // Format 3: calibration.csv.
        columns["probe"] = Column(.integer(1...100_000_000), required: true)
        columns["after_trials"] = Column(.integer(0...Int.max), required: true)
        columns["failed_trials"] = Column(.integer(0...100_000_000), required: true)
        columns["warmup"] = Column(.boolean, required: true)
        columns["checksum_ok"] = Column(.boolean, required: false)
        columns["gil_enabled"] = Column(.boolean, required: false)
        // Format 3 (`left_process_command` is free text).
        columns["left_processes"] = Column(.integer(0...100_000_000), required: false)
        for name in ["start_seconds", "end_seconds"] { columns[name] = Column(.offsetSeconds, required: true) }
        // Durations that may be 0: a teardown (clamped at 0 by the pools), a transfer, a spread, a worker's own
        // call or a warm-up call rounded to the microsecond.
        for name in ["teardown_seconds", "stdev_wall_seconds", "median_teardown_seconds", "median_worker_seconds",
                     // Format 2.
                     "transfer_in_seconds", "transfer_out_seconds", "median_transfer_in_seconds",
                     "median_transfer_out_seconds", "host_warmup_seconds"] {
            columns[name] = Column(.seconds, required: false)
        }
        // Durations that are never 0 when measured (empty when not): wall, compute and set-up times, whose
        // logarithms `compare` takes. The writer leaves them empty for a trial that did not get that far.
        for name in ["setup_seconds", "wall_seconds", "median_wall_seconds", "min_wall_seconds", "max_wall_seconds",
                     "median_setup_seconds", "min_setup_seconds", "max_setup_seconds",
                     // Format 2.
                     "compute_seconds", "median_compute_seconds"] {
            columns[name] = Column(.positiveSeconds, required: false)
        }
        for name in ["speedup", "speedup_min", "speedup_max", "efficiency", "throughput_vs_baseline",
                     "throughput_vs_baseline_min", "throughput_vs_baseline_max", "worker_contention"] {
            columns[name] = Column(.ratio, required: false)
        }
        for name in ["gil", "stop_reason", "result_checked"] { columns[name] = Column(.identifier, required: false) }
        for name in ["setup_rss_bytes", "setup_pss_bytes", "setup_uss_bytes", "peak_rss_bytes", "peak_pss_bytes", "peak_hwm_bytes",
                     "median_setup_rss_bytes", "median_setup_pss_bytes", "median_setup_uss_bytes", "median_peak_rss_bytes",
                     "median_peak_pss_bytes"] {
            columns[name] = Column(.integer(0...(1 << 50)), required: false)
        }
        return columns
    }()

    /// The rule of `name` (free text, optional, for a column not listed).
    public static func column(_ name: String) -> Column {
        columns[name] ?? Column(.text, required: false)
    }

    /// Checks `fields` (one data row under `header`), throwing one line that names the file, line and column.
    public static func check(_ fields: [String], header: [String], line: Int, file: URL) throws {
        for (name, value) in zip(header, fields) {
            let column = column(name)
            if value.isEmpty {
                if column.required {
                    throw GILBenchError.resultsInvalid(path: file.path, reason: "line \(line), column \(ResultFieldRule.show(name)): empty, but a value is required")
                }
                continue
            }
            if let problem = column.rule.violation(value) {
                throw GILBenchError.resultsInvalid(path: file.path, reason: "line \(line), column \(ResultFieldRule.show(name)): \(problem)")
            }
        }
    }
}
