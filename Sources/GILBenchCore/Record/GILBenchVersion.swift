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
    ///   - memory (issue 9): trials.csv `setup_rss_bytes, setup_pss_bytes, setup_uss_bytes, peak_rss_bytes,
    ///     peak_pss_bytes, peak_hwm_bytes`; summary.csv `median_setup_{rss,pss,uss}_bytes, median_peak_{rss,pss}_bytes,
    ///     pss_per_worker_bytes`; metadata.json `memory_baselines` and options `memory_limit_bytes`.
    public static let resultFormat = 2
    /// The formats this gilbench reads.
    public static let readableFormats = 1...resultFormat
}
