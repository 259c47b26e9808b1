// CalibrationSample: one timed call of the drift probe (Benchmarks/_calibration.py), a row of calibration.csv.

/// One call of the built-in calibration probe, timed like a 1-worker `threads` trial (format 3).
public struct CalibrationSample: Codable, Equatable, Sendable {
    /// 1-based, in the order the probes ran.
    public let probe: Int
    /// How many trials (warm-ups included) the run had executed when the probe ran: 0 is before the first.
    public let afterTrials: Int
    public let pythonVersion: String
    public let pythonBuild: String
    /// The timed `run(size)` call, as `wall_seconds` of a trial.
    public let wallSeconds: Double

    public init(probe: Int, afterTrials: Int, pythonVersion: String, pythonBuild: String, wallSeconds: Double) {
        self.probe = probe
        self.afterTrials = afterTrials
        self.pythonVersion = pythonVersion
        self.pythonBuild = pythonBuild
        self.wallSeconds = wallSeconds
    }

    /// The Python label as elsewhere in results ("3.13.5", "3.13.5t").
    public var pythonLabel: String { pythonBuild == "free-threaded" ? pythonVersion + "t" : pythonVersion }
}
