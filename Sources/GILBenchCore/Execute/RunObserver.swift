// RunObserver: hears about a run's progress, to save results and show progress as trials finish.

/// Receives every record as soon as it exists.
public protocol RunObserver: AnyObject {
    /// The references are done and trials are about to start.
    func runWillStart(metadata: RunMetadata, plannedTrials: Int)
    /// A trial finished (or was recorded without running). `completed` counts planned trials handled so far.
    func runDidRecord(_ record: TrialRecord, all records: [TrialRecord], completed: Int, planned: Int)
    /// A trial is about to run.
    func runWillExecute(_ spec: TrialSpec, completed: Int, planned: Int)
    /// The drift probe ran; `samples` holds every probe call so far.
    func runDidCalibrate(_ samples: [CalibrationSample])
}

extension RunObserver {
    /// The drift probe ran (`CalibrationProbe`); `samples` holds every probe call so far. Default: nothing.
    public func runDidCalibrate(_ samples: [CalibrationSample]) {}
}
