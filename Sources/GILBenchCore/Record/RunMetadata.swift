// RunMetadata: what is common to every row of a run, written once to metadata.json.
import Foundation

/// The contents of metadata.json.
public struct RunMetadata: Codable, Sendable {
    /// Per Python x workload: the reference run in the main interpreter.
    public struct Reference: Codable, Sendable, Equatable {
        public let pythonVersion: String
        public let pythonBuild: String
        public let workload: String
        public let size: Int
        public let checksum: String?
        /// `run(size)` timed by `time.perf_counter` in Python: compare with 1-worker `threads` wall time to see
        /// the harness overhead.
        public let directSeconds: Double?
        public let docstring: String
        public let error: String?
        /// Format 2: how the size was calibrated on this Python (--size auto, SIZE = "auto"); nil when it was given.
        public var calibration: SizeCalibration?

        public init(pythonVersion: String, pythonBuild: String, workload: String, size: Int, checksum: String?,
                    directSeconds: Double?, docstring: String, error: String?) {
            self.pythonVersion = pythonVersion
            self.pythonBuild = pythonBuild
            self.workload = workload
            self.size = size
            self.checksum = checksum
            self.directSeconds = directSeconds
            self.docstring = docstring
            self.error = error
        }
    }

    public let formatVersion: Int
    public let gilbenchVersion: String
    public let runID: String
    public let commandLine: [String]
    /// ISO 8601, UTC.
    public let startTime: String
    public var endTime: String?
    public let machine: MachineInfo
    public let options: RunOptions
    public var references: [Reference]
    /// The clock behind every duration.
    public let clock: String
    /// The 1-worker point of `throughput_vs_baseline` (format 2; nil in a format-1 folder: the default rule applies).
    public let baseline: ThroughputBaseline?
    /// M(runtime only) per Python and strategy (format 2; nil in format-1 folders).
    public var memoryBaselines: [MemoryBaseline]?

    // "runId" so that snake_case conversion round-trips ("run_id" <-> "runId"); "runID" would not.
    private enum CodingKeys: String, CodingKey {
        case formatVersion, gilbenchVersion, runID = "runId", commandLine, startTime, endTime, machine, options
        case references, clock, baseline, memoryBaselines
    }

    public init(runID: String, commandLine: [String], startTime: Date, machine: MachineInfo, options: RunOptions,
                references: [Reference], baseline: ThroughputBaseline? = nil) {
        self.formatVersion = GILBenchVersion.resultFormat
        self.gilbenchVersion = GILBenchVersion.tool
        self.runID = runID
        self.commandLine = commandLine
        self.startTime = ISO8601DateFormatter().string(from: startTime)
        self.endTime = nil
        self.machine = machine
        self.options = options
        self.references = references
        self.clock = "CLOCK_MONOTONIC"
        self.baseline = baseline
    }
}
