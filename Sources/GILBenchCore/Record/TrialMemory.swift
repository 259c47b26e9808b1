// TrialMemory: the memory of everything a trial ran (the host and any worker processes), at two moments.

/// Memory of one trial, summed over the host process and every worker process. Nil fields were not measured
/// (a format-1 folder, the sampler switched off, or a trial that ended before set-up).
public struct TrialMemory: Codable, Hashable, Sendable {
    /// When every worker had set up and waited at the start barrier (read by the host, outside every timing).
    public let setup: MemoryUsage?
    /// The highest total RSS and PSS seen by the runner's sampler while the trial ran (set-up included).
    public let peakRSSBytes: Int?
    public let peakPSSBytes: Int?
    /// The kernel's high-water marks: per process the larger of `VmHWM` and the reaped `ru_maxrss`, summed
    /// over the processes (an upper bound of the peak RSS: the processes may peak at different times).
    public let highWaterBytes: Int?

    public init(setup: MemoryUsage?, peakRSSBytes: Int?, peakPSSBytes: Int?, highWaterBytes: Int?) {
        self.setup = setup
        self.peakRSSBytes = peakRSSBytes
        self.peakPSSBytes = peakPSSBytes
        self.highWaterBytes = highWaterBytes
    }

    // "peakRssBytes" so that snake_case JSON round-trips.
    private enum CodingKeys: String, CodingKey {
        case setup, peakRSSBytes = "peakRssBytes", peakPSSBytes = "peakPssBytes", highWaterBytes
    }
}

/// What the runner's sampler saw while a host ran.
public struct PeakMemory: Codable, Hashable, Sendable {
    public let rssBytes: Int
    public let pssBytes: Int
    /// Summed per-process high-water marks (see `TrialMemory.highWaterBytes`).
    public let highWaterBytes: Int

    public init(rssBytes: Int, pssBytes: Int, highWaterBytes: Int) {
        self.rssBytes = rssBytes
        self.pssBytes = pssBytes
        self.highWaterBytes = highWaterBytes
    }
}

extension TrialMeasurement {
    /// The trial's memory: the host's set-up reading and the runner's peak (never below the set-up reading).
    public var memory: TrialMemory? {
        guard setupMemory != nil || peakMemory != nil else { return nil }
        let peakRSS = [peakMemory?.rssBytes, setupMemory?.rssBytes].compactMap { $0 }.max()
        let peakPSS = [peakMemory?.pssBytes, setupMemory?.pssBytes].compactMap { $0 }.max()
        return TrialMemory(setup: setupMemory, peakRSSBytes: peakMemory == nil ? nil : peakRSS,
                           peakPSSBytes: peakMemory == nil ? nil : peakPSS, highWaterBytes: peakMemory?.highWaterBytes)
    }
}
