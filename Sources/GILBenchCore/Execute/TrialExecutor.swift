// TrialExecutor: runs one trial or reference run somewhere isolated (a child host, or a mock in tests).

/// Executes trials. The real one is `ChildHostExecutor`; tests substitute their own.
public protocol TrialExecutor {
    /// Runs the workload once in a main interpreter: validation, reference checksum, direct timing.
    func reference(python: PythonInstallation, workload: Workload, size: Int?, importSite: Bool) -> ReferenceOutcome
    /// Runs one trial.
    func execute(_ spec: TrialSpec) -> TrialOutcome
    /// Times growing sizes in a main interpreter until one call takes `minimumSeconds` (default: cannot).
    func calibrate(python: PythonInstallation, workload: Workload, minimumSeconds: Double, importSite: Bool) -> CalibrationOutcome
}

extension TrialExecutor {
    /// Picks a size for `workload` (SizeCalibration). Executors that cannot run Python say so.
    public func calibrate(python: PythonInstallation, workload: Workload, minimumSeconds: Double, importSite: Bool) -> CalibrationOutcome {
        .failed(.error, "this executor cannot calibrate sizes")
    }
}

/// The result of a calibration request.
public enum CalibrationOutcome: Sendable {
    case calibrated(SizeCalibration)
    case failed(TrialStatus, String)
}
