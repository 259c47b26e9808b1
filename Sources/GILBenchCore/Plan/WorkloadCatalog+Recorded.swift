// WorkloadCatalog+Recorded: what metadata.json records as a workload's path: a built-in by name, never the private copy.

extension WorkloadCatalog {
    /// The prefix of a built-in's recorded path: `builtin:nbody`.
    public static let recordedBuiltInPrefix = "builtin:"

    /// `workload` as a result folder records it. A built-in read from the private copy of the embedded files is
    /// recorded as `builtin:<name>`: that folder is removed when the run ends, and the file's bytes are the ones
    /// embedded in the gilbench version the folder also records (`gilbench_version`). Any other workload (a user's
    /// file, a pyperformance script, built-ins from `$GILBENCH_BENCHMARKS`) keeps its absolute path.
    public func recorded(_ workload: Workload) -> Workload {
        guard workload.builtIn, let privateCopy, workload.path.hasPrefix(privateCopy.url.path + "/") else { return workload }
        return Workload(name: workload.name, path: Self.recordedBuiltInPrefix + workload.name, summary: workload.summary,
                        builtIn: true, inputBytes: workload.inputBytes, arguments: workload.arguments)
    }

    /// `options` with every workload as `recorded(_:)` gives it: what `RunMetadata` keeps.
    public func recorded(_ options: RunOptions) -> RunOptions {
        var copy = options
        copy.workloads = options.workloads.map(recorded)
        return copy
    }
}
