// ChildHostExecutor+Calibration: size calibration in a child host, under the same timeout as a reference run.

extension ChildHostExecutor {
    public func calibrate(python: PythonInstallation, workload: Workload, minimumSeconds: Double, importSite: Bool) -> CalibrationOutcome {
        switch exchange(.calibration(python: python, workload: workload, minimumSeconds: minimumSeconds, importSite: importSite)) {
        case let .success(.calibrated(calibration)): return .calibrated(calibration)
        case let .success(.failed(status, message)): return .failed(status, message)
        case .success: return .failed(.error, "the host sent an unexpected message")
        case let .failure(failure): return .failed(failure.status, failure.message)
        }
    }
}
