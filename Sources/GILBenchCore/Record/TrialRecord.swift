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
    /// Memory of the host and its worker processes (nil: not measured, e.g. a format-1 folder).
    public let memory: TrialMemory?

    public init(spec: TrialSpec, status: TrialStatus, setupSeconds: Double?, wallSeconds: Double?,
                teardownSeconds: Double?, checksumOK: Bool?, message: String, workers: [WorkerSample],
                memory: TrialMemory? = nil) {
        self.spec = spec
        self.status = status
        self.setupSeconds = setupSeconds
        self.wallSeconds = wallSeconds
        self.teardownSeconds = teardownSeconds
        self.checksumOK = checksumOK
        self.message = message
        self.workers = workers
        self.memory = memory
    }

    /// A record for a trial that did not run.
    public static func notRun(_ spec: TrialSpec, status: TrialStatus, message: String) -> TrialRecord {
        TrialRecord(spec: spec, status: status, setupSeconds: nil, wallSeconds: nil, teardownSeconds: nil,
                    checksumOK: nil, message: message, workers: [])
    }
}
