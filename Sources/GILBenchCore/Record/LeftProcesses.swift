// LeftProcesses: the processes a trial left running when it ended (found, killed and reaped by the runner).

/// What outlived a trial: detached children of the workload (`start_new_session=True`, a daemon, a forgotten
/// pool) that were still alive once the trial's host had exited or been killed. The runner killed them before
/// the next trial started; while they lived they may have shared the CPUs with the trial.
public struct LeftProcesses: Codable, Sendable, Equatable {
    /// How many processes were left (0: the runner looked and found none).
    public let count: Int
    /// The first one's command line, printable (`ProcessTable.printable(commandLine:)`); "" when unreadable.
    public let firstCommandLine: String

    /// Nothing was left.
    public static let none = LeftProcesses(count: 0, firstCommandLine: "")

    public init(count: Int, firstCommandLine: String) {
        self.count = count
        self.firstCommandLine = firstCommandLine
    }

    /// "2 processes outlived the trial and were killed, the first: python -c ...".
    public var summary: String {
        "\(count) process\(count == 1 ? "" : "es") outlived the trial and \(count == 1 ? "was" : "were") killed"
            + (firstCommandLine.isEmpty ? "" : ", the first: \(firstCommandLine)")
    }
}
