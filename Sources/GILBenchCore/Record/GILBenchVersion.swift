// GILBenchVersion: the tool's version and the version of the result format it writes.

/// Versions recorded in every result folder.
public enum GILBenchVersion {
    /// The gilbench release.
    public static let tool = "0.1.0"
    /// The result-folder format (metadata.json `format_version`, CSV columns).
    /// History:
    /// - 1: trials.csv, workers.csv, summary.csv, metadata.json.
    /// - 2: new columns and metadata fields (listed below); every reader still accepts format 1, where the
    ///   new values are missing (empty cells, nil).
    ///   - campaign.json (`gilbench merge`): a `machines` list and, per merged run folder, its `machine_id`; each run
    ///     folder inside is copied unchanged (format 1 or 2). history-<workload>.csv gains a last `machine` column.
    ///   - summary.csv: `gil` (lock model), `baseline`, `throughput_vs_baseline` (+ `_min`, `_max`); metadata.json:
    ///     `baseline` (python_version, python_build, strategy; missing in format 1: the default rule applies).
    ///   - summary.csv `worker_contention`, `warnings` ("code: text; code: text", StabilityChecks) and `stop_reason`
    ///     (AdaptiveStop), all recomputed on load; metadata.json machine `online_cpus`, `affinity`, `cpu_quota`,
    ///     `usable_cpus`, `frequency_governors`; options `auto_size`, `minimum_call_seconds`, `until_ci_percent`,
    ///     `maximum_repeat`; references[] `calibration` (SizeCalibration).
    ///   - trials.csv `compute_seconds` (release to the last `run` return; `wall_seconds` is now end to end,
    ///     results moved back included); workers.csv `transfer_in_seconds`, `transfer_out_seconds`;
    ///     summary.csv `median_compute_seconds`; strategies thread-pool, process-pool(-forkserver/-fork),
    ///     interpreter-pool.
    ///   - trials.csv `gil_enabled` (the GIL state in force in the workers) and `host_warmup_seconds`;
    ///     metadata.json `options.thread_module` (`shared`/`private`), `options.inner_warmup_count`, and each
    ///     Python's `include_directory`.
    ///   - memory (issue 9): trials.csv `setup_rss_bytes, setup_pss_bytes, setup_uss_bytes, peak_rss_bytes,
    ///     peak_pss_bytes, peak_hwm_bytes`; summary.csv `median_setup_{rss,pss,uss}_bytes, median_peak_{rss,pss}_bytes,
    ///     pss_per_worker_bytes`; metadata.json `memory_baselines` and options `memory_limit_bytes`.
    ///   - trials.csv `result_checked`: yes when every worker's result matched the reference, no for an ok trial
    ///     whose result cannot be cross-checked (a pyperf script); derived from `checksum_ok` and status.
    ///   - compatibility.csv: workload x Python x strategy -> status and short reason (derived from trials.csv).
    /// - 3: trials.csv `left_processes` (how many processes the trial left running, killed by the runner before the
    ///   next trial; 0 none, empty not checked) and `left_process_command` (the first one's command line, printable);
    ///   summary.csv `warnings` may hold `left-processes` (recomputed on load). Formats 1 and 2 read as not checked.
    ///   Also calibration.csv (`probe, after_trials, python_version, python_build, wall_seconds`): the drift probe
    ///   (`CalibrationProbe`), a few calls of Benchmarks/_calibration.py spread through the run; `compare` takes
    ///   its ratio between two runs as the machine's drift. Folders of formats 1 and 2 have none: drift unchecked.
    ///   metadata.json `options.workloads[].path` of a built-in run from the embedded copy is `builtin:<name>` (its
    ///   bytes are those of the recorded `gilbench_version`), no longer the private folder removed after the run;
    ///   older folders keep the absolute path they recorded, which readers take as text either way.
    ///   metadata.json `options.note` (`--note`: why the run measures what it does; absent when not given).
    public static let resultFormat = 3
    /// The formats this gilbench reads.
    public static let readableFormats = 1...resultFormat
}
