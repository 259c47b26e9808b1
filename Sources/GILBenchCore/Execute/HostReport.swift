// HostReport: the messages a child host process sends back to the runner on its private channel.

/// One line of JSON from a host (or a process worker) to its parent.
public enum HostReport: Codable, Sendable, Equatable {
    /// A finished trial: every worker's sample and the phase timings.
    case trial(TrialMeasurement)
    /// The trial could not run to completion; `status` is `.error` or `.unsupported`.
    case failed(status: TrialStatus, message: String)
    /// The result of a reference run (see `ReferenceResult`).
    case reference(ReferenceResult)
    /// The size a calibration request chose.
    case calibrated(SizeCalibration)
    /// A process worker finished set-up and waits at the barrier.
    case workerReady(pid: Int32, interpreterID: Int64)
    /// A process worker finished (or failed) its timed call; instants are absolute monotonic nanoseconds.
    case workerDone(start: MonotonicInstant, end: MonotonicInstant, checksum: String?, error: String?, gilEnabled: Bool?)
    /// A soak host's memory after some cycles (one of many lines).
    case soakSample(SoakSample)
    /// A soak host ran every cycle (its last line).
    case soakFinished(cycles: Int)
}

/// Phase timings of a trial as measured inside the host.
public struct TrialMeasurement: Codable, Sendable, Equatable {
    /// Starting the workers: creating threads, interpreters or processes, importing the workload.
    public let setupSeconds: Double
    /// From releasing the start barrier until the last worker returned.
    public let wallSeconds: Double
    /// From the last worker returning until every worker is joined and its interpreter or process is gone.
    public let teardownSeconds: Double
    public let workers: [WorkerSample]
    /// From the release until the last `run` returned, when that differs from `wallSeconds` (strategies that
    /// move results back to the parent); nil means the same as `wallSeconds`.
    public let computeSeconds: Double?
    /// What an ok row's message column says (e.g. which Python API ran), nil for nothing.
    public let note: String?
    /// The untimed `run(size)` call the host made before starting its workers (`threads` with a shared
    /// module), excluded from `setupSeconds`; nil when the strategy makes none.
    public let hostWarmupSeconds: Double?
    /// The host's and its worker processes' memory with every worker waiting at the barrier (nil off Linux).
    public let setupMemory: MemoryUsage?
    /// Filled in by the runner's sampler, outside the host.
    public var peakMemory: PeakMemory?

    public init(setupSeconds: Double, wallSeconds: Double, teardownSeconds: Double, workers: [WorkerSample],
                computeSeconds: Double? = nil, note: String? = nil, hostWarmupSeconds: Double? = nil,
                setupMemory: MemoryUsage? = nil, peakMemory: PeakMemory? = nil) {
        self.computeSeconds = computeSeconds
        self.note = note
        self.hostWarmupSeconds = hostWarmupSeconds
        self.setupSeconds = setupSeconds
        self.wallSeconds = wallSeconds
        self.teardownSeconds = teardownSeconds
        self.workers = workers
        self.setupMemory = setupMemory
        self.peakMemory = peakMemory
    }
}

/// A workload run once in the main interpreter: validates the file and yields the reference checksum.
public struct ReferenceResult: Codable, Sendable, Equatable {
    /// The module's `SIZE`, if defined as an int.
    public let defaultSize: Int?
    /// The first line of the module docstring.
    public let docstring: String
    /// The checksum of `run(size)`, nil when loading or running failed.
    public let checksum: String?
    /// `run(size)` timed with `time.perf_counter` inside Python: the yardstick for harness overhead.
    public let directSeconds: Double?
    /// Why the module cannot be used (syntax error, no `run`): bad input, not a trial failure.
    public let invalidReason: String?
    /// Why `run(size)` failed (an exception).
    public let runError: String?
    /// The module sets `SIZE = "auto"`: calibrate its size (SizeCalibration).
    public var sizeIsAuto: Bool?

    public init(defaultSize: Int?, docstring: String, checksum: String?, directSeconds: Double?,
                invalidReason: String?, runError: String?) {
        self.defaultSize = defaultSize
        self.docstring = docstring
        self.checksum = checksum
        self.directSeconds = directSeconds
        self.invalidReason = invalidReason
        self.runError = runError
    }
}
