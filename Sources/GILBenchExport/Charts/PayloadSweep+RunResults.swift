// PayloadSweep+RunResults: the payload points of a run, as payload.csv, the payload charts and report.md take them.
import GILBenchCore
import GILBenchResults

extension PayloadSweep {
    /// `points(_:workloads:)` of `results`' summary and workloads.
    public static func points(_ results: RunResults) -> [PayloadPoint] {
        points(results.summary, workloads: results.metadata.options.workloads)
    }
}
