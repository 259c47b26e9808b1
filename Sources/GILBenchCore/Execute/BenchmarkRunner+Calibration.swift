// BenchmarkRunner+Calibration: --size auto and SIZE = "auto": one calibration per workload, before its reference run.

extension BenchmarkRunner {
    /// The calibration target when none was given: pyperf's default minimum time of one value.
    public static let defaultMinimumCallSeconds = 0.1

    /// Calibrates `workload` on `python` (the first Python of the run: every Python then runs the same size).
    /// - Throws: `GILBenchError.workloadInvalid` when no size reaches the target or `run` fails while growing.
    func calibrate(python: PythonInstallation, workload: Workload) throws -> SizeCalibration {
        let target = options.minimumCallSeconds ?? Self.defaultMinimumCallSeconds
        switch executor.calibrate(python: python, workload: workload, minimumSeconds: target, importSite: options.importSite) {
        case let .calibrated(calibration):
            return calibration
        case let .failed(status, message):
            throw GILBenchError.workloadInvalid(name: workload.name, path: workload.path,
                                                reason: "its size could not be calibrated on Python \(python.version) (\(status.rawValue): \(message)); pass --size N")
        }
    }
}
