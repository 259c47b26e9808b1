// TrialExecutor: runs one trial or reference run somewhere isolated (a child host, or a mock in tests).

/// Executes trials. The real one is `ChildHostExecutor`; tests substitute their own.
public protocol TrialExecutor {
    /// Runs the workload once in a main interpreter: validation, reference checksum, direct timing.
    func reference(python: PythonInstallation, workload: Workload, size: Int?, importSite: Bool) -> ReferenceOutcome
    /// Runs one trial.
    func execute(_ spec: TrialSpec) -> TrialOutcome
    /// Times growing sizes in a main interpreter until one call takes `minimumSeconds` (default: cannot).
    func calibrate(python: PythonInstallation, workload: Workload, minimumSeconds: Double, importSite: Bool) -> CalibrationOutcome
    /// The processes the last call left running, which the executor has killed since (count 0: none; nil: not tracked).
    var lastLeftProcesses: LeftProcesses? { get }
}

extension TrialExecutor {
    /// Picks a size for `workload` (SizeCalibration). Executors that cannot run Python say so.
    public func calibrate(python: PythonInstallation, workload: Workload, minimumSeconds: Double, importSite: Bool) -> CalibrationOutcome {
        .failed(.error, "this executor cannot calibrate sizes")
    }

    /// Executors that start no processes leave none.
    public var lastLeftProcesses: LeftProcesses? { nil }
}

/// The result of a calibration request.
public enum CalibrationOutcome: Sendable {
    case calibrated(SizeCalibration)
    case failed(TrialStatus, String)
}
