// WorkerIdentityRule: which process and interpreter a strategy's workers must report, checked by TrialJudge.

/// The identities (pid, interpreter ID) a strategy's workers must have reported for a trial to count: the check
/// that a strategy really ran what it claims (threads in one interpreter, sub-interpreters distinct, ...).
public enum WorkerIdentityRule: String, CaseIterable, Sendable {
    /// Every worker in one interpreter of one process (threads).
    case sharedInterpreter = "shared interpreter"
    /// One process; every worker in its own interpreter, none in the main one (ID 0).
    case distinctSubinterpreters = "distinct non-main interpreters"
    /// Every worker in its own process.
    case distinctProcesses = "distinct processes"
    /// No task in the main interpreter; which pool interpreter ran a task is recorded, not required.
    case noMainInterpreter = "no task in the main interpreter"
    /// A pool hands tasks to whichever worker is idle: which one ran each task is recorded, not required.
    case recordedOnly = "recorded, not required"
}
