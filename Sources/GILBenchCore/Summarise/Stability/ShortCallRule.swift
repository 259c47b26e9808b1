// ShortCallRule: a worker's run() under 10 ms measures the clock and thread wake-ups, not the workload.

/// Fires when the median time of one worker's `run(size)` call (each worker's own start to end; the wall time
/// when no worker times were recorded) is under `minimumSeconds`.
public struct ShortCallRule: StabilityRule {
    public let code = StabilityWarning.Code.shortCall
    public let minimumSeconds: Double

    public init(minimumSeconds: Double = 0.010) { self.minimumSeconds = minimumSeconds }

    public func check(_ point: StabilityPoint) -> StabilityWarning? {
        guard let call = point.row.workerSeconds?.median ?? point.row.wall?.median, call < minimumSeconds else { return nil }
        return StabilityWarning(code, "one run() call takes \(Self.duration(call)) (median), under \(Self.duration(minimumSeconds)), so clock reads and thread wake-ups weigh in every ratio: raise --size or use --size auto")
    }
}
