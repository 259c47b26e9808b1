// WorkerSample: what one worker of a trial reported.

/// One worker's measurements. Times are seconds relative to the trial's start-barrier release.
public struct WorkerSample: Codable, Hashable, Sendable {
    /// 0-based worker index.
    public let index: Int
    /// The OS process the worker ran in.
    public let pid: Int32
    /// `PyInterpreterState_GetID` of the worker's interpreter.
    public let interpreterID: Int64
    /// When `run(size)` was entered (after taking the GIL), relative to the barrier release.
    public let startSeconds: Double
    /// When `run(size)` returned, relative to the barrier release.
    public let endSeconds: Double
    /// A digest of `repr(run(size))`; nil if the worker failed.
    public let checksum: String?
    /// "Type: message (at file:line)" when the worker's Python raised.
    public let error: String?
    /// From the barrier release until the worker's input was usable inside it (0 when nothing is moved: the
    /// C-API strategies build their input in place); nil in format-1 results.
    public let transferInSeconds: Double?
    /// From `run` returning until its result was back in the parent (0 when the worker digests its own result,
    /// as the C-API strategies do); nil in format-1 results.
    public let transferOutSeconds: Double?

    /// Whether a GIL was in force in the worker's interpreter when its call returned (`sys._is_gil_enabled()`,
    /// which sees a GIL that `PYTHON_GIL=1` or an imported extension module re-enabled; true on CPythons
    /// without that function, which always have a GIL); nil when not reported.
    public let gilEnabled: Bool?

    public init(index: Int, pid: Int32, interpreterID: Int64, startSeconds: Double, endSeconds: Double,
                checksum: String?, error: String?, transferInSeconds: Double? = nil, transferOutSeconds: Double? = nil,
                gilEnabled: Bool? = nil) {
        self.transferInSeconds = transferInSeconds
        self.transferOutSeconds = transferOutSeconds
        self.index = index
        self.pid = pid
        self.interpreterID = interpreterID
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.checksum = checksum
        self.error = error
        self.gilEnabled = gilEnabled
    }
}
