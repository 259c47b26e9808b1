// TrialOutcome: what executing a trial produced, before the runner checks it.

/// The raw result of one trial execution.
public enum TrialOutcome: Sendable {
    /// The host reported timings and worker samples.
    case measured(TrialMeasurement)
    /// The trial ended without a measurement, with the status and reason.
    case failed(TrialStatus, String)
}

/// The raw result of a reference run.
public enum ReferenceOutcome: Sendable {
    case completed(ReferenceResult)
    case failed(TrialStatus, String)
}
