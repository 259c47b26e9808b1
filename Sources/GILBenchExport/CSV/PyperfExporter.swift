// PyperfExporter: pyperf.json, the run in pyperf's JSON format (version "1.0") for `python -m pyperf` tools.
import Foundation
import GILBenchCore
import GILBenchResults

/// Writes a pyperf benchmark suite: one benchmark per Python x workload x strategy x workers, one pyperf run per
/// measured trial that ended ok (its single value is the trial's wall seconds, `loops` 1), and the point's warm-up
/// trials as the first run's warmups. Failed trials are left out (pyperf values must be positive); their count is
/// in the benchmark's `gilbench_failed_trials` metadata.
///
/// The format follows pyperf's `_bench.py` (`BenchmarkSuite._as_json`): `{"version": "1.0", "metadata": {...},
/// "benchmarks": [{"metadata": {"name", "unit", ...}, "runs": [{"metadata", "values", "warmups"}]}]}`.
/// Suite metadata holds what every benchmark shares (machine, gilbench, and the Python when there is one).
public struct PyperfExporter: ResultExporter {
    /// pyperf's JSON format version this writes.
    public static let pyperfFormatVersion = "1.0"

    /// Only this Python's trials, or every Python's (benchmark names then start with the Python's label,
    /// since names must be unique in a suite).
    public let python: PythonInstallation?
    public let fileName: String

    /// The exporter of every Python's trials, written to pyperf.json.
    public init() {
        python = nil
        fileName = "pyperf.json"
    }

    /// The exporter of one Python's trials, written to pyperf-<label>.json.
    public init(python: PythonInstallation) {
        self.python = python
        fileName = "pyperf-\(SafeFileName.component(python.label)).json"
    }

    /// The files for a run of `pythons`: pyperf.json, plus pyperf-<label>.json per Python when there are several,
    /// so `pyperf compare_to pyperf-3.12.1.json pyperf-3.13.0.json` compares benchmarks of the same name.
    public static func exporters(for pythons: [PythonInstallation]) -> [PyperfExporter] {
        [PyperfExporter()] + (pythons.count > 1 ? pythons.map { PyperfExporter(python: $0) } : [])
    }

    /// The benchmark name of a point: "nbody-threads-x2".
    public static func benchmarkName(workload: String, strategy: Strategy, workers: Int) -> String {
        "\(workload)-\(strategy.rawValue)-x\(workers)"
    }

    /// The suite's JSON bytes; benchmarks in workload, strategy, worker-count order.
    public func export(_ results: RunResults) throws -> Data {
        let records = results.records.filter { python == nil || $0.spec.python == python }
        var pythons: [PythonInstallation] = []
        for record in records where !pythons.contains(record.spec.python) { pythons.append(record.spec.python) }
        let onePython = pythons.count == 1 ? pythons.first : nil
        var order: [PointKey] = []
        var byPoint: [PointKey: [TrialRecord]] = [:]
        for record in records {
            let key = record.spec.point
            if byPoint[key] == nil { order.append(key) }
            byPoint[key, default: []].append(record)
        }
        // Workloads in first-seen order, then strategy and worker count (the runner interleaves trials).
        var workloads: [String] = []
        for key in order where !workloads.contains(key.workload) { workloads.append(key.workload) }
        let rank = { (key: PointKey) in (workloads.firstIndex(of: key.workload) ?? 0, key.strategy, key.workers) }
        order.sort { rank($0) < rank($1) }
        var benchmarks: [[String: Any]] = []
        for key in order {
            let trials = byPoint[key] ?? []
            // pyperf needs positive values: a wall time that rounds to 0 microseconds cannot be exported.
            let measured = trials.filter { !$0.spec.warmup && $0.status == .ok && Self.microseconds($0.wallSeconds ?? 0) > 0 }
            guard !measured.isEmpty else { continue }
            let warmups = trials.filter { $0.spec.warmup && $0.status == .ok && Self.microseconds($0.wallSeconds ?? 0) > 0 }
                .compactMap(\.wallSeconds).map { [1, Self.microseconds($0)] as [Any] }
            let spec = measured[0].spec
            var runs: [[String: Any]] = []
            for (index, trial) in measured.enumerated() {
                var run: [String: Any] = ["values": [Self.microseconds(trial.wallSeconds ?? 0)], "metadata": runMetadata(trial)]
                if index == 0 && !warmups.isEmpty { run["warmups"] = warmups }
                runs.append(run)
            }
            let name = Self.benchmarkName(workload: key.workload, strategy: key.strategy, workers: key.workers)
            var metadata: [String: Any] = [
                "name": onePython == nil ? "\(spec.python.label):\(name)" : name,
                "unit": "second",
                "loops": 1,
                "description": "\(key.workload) under \(key.strategy.rawValue) with \(key.workers) worker(s); value = wall seconds of one trial",
                "gilbench_workload": key.workload,
                "gilbench_strategy": key.strategy.rawValue,
                "gilbench_workers": key.workers,
                "gilbench_size": spec.size,
                "gilbench_failed_trials": trials.filter { !$0.spec.warmup && $0.status.isFailure }.count,
            ]
            if onePython == nil { metadata.merge(pythonMetadata(spec.python)) { _, new in new } }
            benchmarks.append(["metadata": metadata, "runs": runs])
        }
        var suiteMetadata = suiteMetadata(results.metadata)
        if let onePython { suiteMetadata.merge(pythonMetadata(onePython)) { _, new in new } }
        let document: [String: Any] = ["version": Self.pyperfFormatVersion, "metadata": suiteMetadata, "benchmarks": benchmarks]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            + Data("\n".utf8)
    }

    /// Seconds rounded to the microsecond, as trials.csv stores them, so pyperf.json is the same whether `run --pyperf`
    /// wrote it from memory or `export` from the CSVs.
    static func microseconds(_ seconds: Double) -> Double {
        Double(CSVFormat.seconds(seconds)) ?? seconds
    }

    /// Metadata pyperf knows (cpu_count, hostname, platform, ...) plus gilbench's own, prefixed gilbench_.
    private func suiteMetadata(_ metadata: RunMetadata) -> [String: Any] {
        var values: [String: Any] = [
            "cpu_count": metadata.machine.cpuCount,
            "cpu_model_name": metadata.machine.cpuModel,
            "hostname": metadata.machine.hostname,
            "platform": metadata.machine.kernel,
            // pyperf writes naive local-looking timestamps with a space ("2026-11-22 07:15:03"); ours are UTC.
            "date": metadata.startTime.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: ""),
            "timer": "clock_gettime(\(metadata.clock))",
            "gilbench_version": metadata.gilbenchVersion,
            "gilbench_run_id": metadata.runID,
            "gilbench_format_version": metadata.formatVersion,
            "gilbench_import_site": metadata.options.importSite ? "yes" : "no",
        ]
        if let load = metadata.machine.loadAverage.first, load >= 0 { values["load_avg_1min"] = load }
        if metadata.machine.memoryBytes > 0 { values["mem_total_bytes"] = Int(clamping: metadata.machine.memoryBytes) }
        return values
    }

    private func pythonMetadata(_ python: PythonInstallation) -> [String: Any] {
        var values: [String: Any] = [
            "python_implementation": "cpython",
            "python_version": python.version,
            "python_build": python.build,
            "python_library": python.library,
        ]
        if let executable = python.executable { values["python_executable"] = executable }
        if !python.configureArguments.isEmpty { values["python_configure_args"] = python.configureArguments }
        return values
    }

    private func runMetadata(_ trial: TrialRecord) -> [String: Any] {
        var values: [String: Any] = ["gilbench_repetition": trial.spec.repetition]
        if let setup = trial.setupSeconds { values["gilbench_setup_seconds"] = Self.microseconds(setup) }
        if let teardown = trial.teardownSeconds { values["gilbench_teardown_seconds"] = Self.microseconds(teardown) }
        let duration = [trial.setupSeconds, trial.wallSeconds, trial.teardownSeconds].compactMap { $0 }.map(Self.microseconds).reduce(0, +)
        if duration > 0 { values["duration"] = Self.microseconds(duration) }
        return values
    }
}
