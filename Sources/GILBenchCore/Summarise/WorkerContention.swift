// WorkerContention: median_worker_seconds(N) / median_worker_seconds(1): how much slower each worker ran.

/// Separates contention from stragglers. Each worker's own `run` time at N workers over its time alone: near
/// 1.0 every worker ran as fast as alone (a low speedup then comes from a straggler or from waiting to start);
/// near N every worker took N times as long (one shared GIL, or N workers on fewer CPUs).
public enum WorkerContention {
    /// The ratio for `row`, with the 1-worker row of the same Python, workload and strategy in `summary`.
    public static func ratio(of row: SummaryRow, in summary: [SummaryRow]) -> Double? {
        guard let mine = row.workerSeconds?.median,
              let alone = summary.first(where: {
                  $0.workers == 1 && $0.python == row.python
                      && $0.workload == row.workload && $0.strategy == row.strategy
              })?.workerSeconds?.median, alone > 0 else { return nil }
        return mine / alone
    }

    /// How much of the wall time is the slowest worker waiting on others: median wall / median worker time.
    public static func stragglerRatio(of row: SummaryRow) -> Double? {
        guard let wall = row.wall?.median, let worker = row.workerSeconds?.median, worker > 0 else { return nil }
        return wall / worker
    }
}
