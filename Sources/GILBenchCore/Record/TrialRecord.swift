// TrialRecord: one executed (or skipped) trial, immutable, as written to trials.csv and workers.csv.

/// The recorded outcome of one trial.
public struct TrialRecord: Codable, Sendable {
    public let spec: TrialSpec
    public let status: TrialStatus
    /// Nil when the trial did not get that far.
    public let setupSeconds: Double?
    public let wallSeconds: Double?
    public let teardownSeconds: Double?
    /// Whether every worker's checksum equalled the reference; nil when no checksum was produced.
    public let checksumOK: Bool?
    /// Why the status is not ok ("" when ok).
    public let message: String
    public let workers: [WorkerSample]
    /// From the barrier release until the last worker's `run` returned (the pre-format-2 `wall_seconds`);
    /// `wallSeconds` also covers moving results back. Nil when not ok, or in a format-1 folder.
    public let computeSeconds: Double?
    /// Whether a GIL was in force in any worker (`sys._is_gil_enabled()` read in each worker once `run`
    /// returned, after the workload and whatever it imports are loaded: `PYTHON_GIL=1` or an extension module
    /// can re-enable it on a free-threaded build); nil when no worker reported it (format-1 folders, trials
    /// that did not run).
    public let gilEnabled: Bool?
    /// The host's untimed warm-up call before its workers started (`threads` with a shared module); nil otherwise.
    public let hostWarmupSeconds: Double?
    /// Memory of the host and its worker processes (nil: not measured, e.g. a format-1 folder).
    public let memory: TrialMemory?
    /// Format 3: the processes the trial left running, killed by the runner before the next trial (count 0: it
    /// left none; nil: not checked, e.g. a trial that did not run, a format-1 or -2 folder).
    public var leftProcesses: LeftProcesses?

    public init(spec: TrialSpec, status: TrialStatus, setupSeconds: Double?, wallSeconds: Double?,
                teardownSeconds: Double?, checksumOK: Bool?, message: String, workers: [WorkerSample],
                computeSeconds: Double? = nil, gilEnabled: Bool? = nil, hostWarmupSeconds: Double? = nil, memory: TrialMemory? = nil) {
        self.computeSeconds = computeSeconds
        self.spec = spec
        self.status = status
        self.setupSeconds = setupSeconds
        self.wallSeconds = wallSeconds
        self.teardownSeconds = teardownSeconds
        self.checksumOK = checksumOK
        self.message = message
        self.workers = workers
        self.gilEnabled = gilEnabled
        self.hostWarmupSeconds = hostWarmupSeconds
        self.memory = memory
    }

    /// A record for a trial that did not run.
    public static func notRun(_ spec: TrialSpec, status: TrialStatus, message: String) -> TrialRecord {
        TrialRecord(spec: spec, status: status, setupSeconds: nil, wallSeconds: nil, teardownSeconds: nil,
                    checksumOK: nil, message: message, workers: [])
    }
}
