// TrialMemory: the memory of everything a trial ran (the host and any worker processes), at two moments.

/// Memory of one trial, summed over the host process and every worker process. Nil fields were not measured
/// (a format-1 folder, the sampler switched off, or a trial that ended before set-up).
public struct TrialMemory: Codable, Hashable, Sendable {
    /// When every worker had set up and waited at the start barrier (read by the host, outside every timing).
    public let setup: MemoryUsage?
    /// The highest total RSS seen by the runner's sampler while the trial ran (set-up included).
    public let peakRSSBytes: Int?
    /// Set-up PSS plus the growth of the total RSS above its set-up value: what a run allocates is private
    /// to its process, so it adds to PSS as much as to RSS (the sampler reads cheap RSS counters, not PSS).
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
    /// The highest summed resident set of the host and its descendants.
    public let rssBytes: Int
    /// Summed per-process high-water marks (see `TrialMemory.highWaterBytes`).
    public let highWaterBytes: Int

    public init(rssBytes: Int, highWaterBytes: Int) {
        self.rssBytes = rssBytes
        self.highWaterBytes = highWaterBytes
    }
}

extension TrialMeasurement {
    /// The trial's memory: the host's set-up reading and the runner's peak (never below the set-up reading);
    /// the peak PSS is the set-up PSS plus the RSS growth above set-up.
    public var memory: TrialMemory? {
        guard setupMemory != nil || peakMemory != nil else { return nil }
        guard let peakMemory else { return TrialMemory(setup: setupMemory, peakRSSBytes: nil, peakPSSBytes: nil, highWaterBytes: nil) }
        let peakRSS = max(peakMemory.rssBytes, setupMemory?.rssBytes ?? 0)
        let peakPSS = setupMemory.map { $0.pssBytes + max(0, peakRSS - $0.rssBytes) }
        return TrialMemory(setup: setupMemory, peakRSSBytes: peakRSS, peakPSSBytes: peakPSS,
                           highWaterBytes: max(peakMemory.highWaterBytes, peakRSS))
    }
}
