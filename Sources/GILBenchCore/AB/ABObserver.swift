// ABObserver: hears about `gilbench ab` as it measures, to save both sides and show progress.

/// Receives every record and every block's state as soon as they exist.
public protocol ABObserver: AnyObject {
    /// A trial of `side` was recorded; `base` and `new` hold every record of each side so far, `calibration` every
    /// probe call.
    func abDidRecord(_ record: TrialRecord, side: ABSide, base: [TrialRecord], new: [TrialRecord], calibration: [CalibrationSample])
    /// A stage or block ended: `stage` is "pilot" or "measure", `points` where each pair stands, `trialsLeft` the
    /// trials (both sides) still planned.
    func abDidFinishBlock(_ block: Int, stage: String, points: [ABPointStatus], trialsLeft: Int, elapsedSeconds: Double)
}
