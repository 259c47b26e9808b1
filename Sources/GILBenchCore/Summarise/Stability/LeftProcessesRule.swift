// LeftProcessesRule: the point's trials left processes running, which may have shared the CPUs with them.

/// Fires when any measured trial of the point left a process running once its host had ended (a child the
/// workload started with `start_new_session=True`, a daemon, a pool never shut down). The runner killed them
/// before the next trial, but while they ran they competed with the trial that started them.
public struct LeftProcessesRule: StabilityRule {
    public let code = StabilityWarning.Code.leftProcesses

    public init() {}

    public func check(_ point: StabilityPoint) -> StabilityWarning? {
        guard let left = point.row.leftProcesses, left.count > 0 else { return nil }
        let total = point.row.trials + point.row.failedTrials
        let first = left.firstCommandLine.isEmpty ? "" : ", the first: \(left.firstCommandLine)"
        return StabilityWarning(code, "\(left.count) process\(left.count == 1 ? "" : "es") outlived \(point.row.trialsLeavingProcesses) of \(total) trials and \(left.count == 1 ? "was" : "were") killed\(first) (the workload starts children it does not wait for, which may have shared the CPUs with the trial, see trials.csv left_processes)")
    }
}
