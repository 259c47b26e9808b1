// TrialExecutor: runs one trial or reference run somewhere isolated (a child host, or a mock in tests).

/// Executes trials. The real one is `ChildHostExecutor`; tests substitute their own.
public protocol TrialExecutor {
    /// Runs the workload once in a main interpreter: validation, reference checksum, direct timing.
    func reference(python: PythonInstallation, workload: Workload, size: Int?, importSite: Bool) -> ReferenceOutcome
    /// Runs one trial.
    func execute(_ spec: TrialSpec) -> TrialOutcome
}
