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
    ///   - trials.csv `gil_enabled` (the GIL state in force in the workers) and `host_warmup_seconds`;
    ///     metadata.json `options.thread_module` (`shared`/`private`), `options.inner_warmup_count`, and each
    ///     Python's `include_directory`.
    public static let resultFormat = 2
    /// The formats this gilbench reads.
    public static let readableFormats = 1...resultFormat
}
