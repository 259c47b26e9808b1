// CalibrationProbe: times the built-in drift probe a few times through a run, so two runs can be checked for a
// change of the machine's own speed.
import Foundation

/// The drift probe: `Benchmarks/_calibration.py` (fixed work, about 50 ms), run like a 1-worker `threads`
/// trial through the run's own executor on every Python of the run.
///
/// Why a trial and not a bare `python -c`: the host measures only the `run(size)` call, after loading the
/// module and one untimed warm-up call (`threads` with a shared module), so interpreter start-up, imports and
/// the first, cold call stay out of the time; it is the least noisy timing gilbench has, and it is timed the same
/// way in every run. Each probe costs a host start plus two calls (about 0.2 s a Python); `count` probes a run
/// (5 by default) stay well under 2% of a default run.
public struct CalibrationProbe: Sendable {
    /// The probe's file name in Benchmarks/ (not in MANIFEST: no user workload).
    public static let fileName = "_calibration.py"
    /// Probes per run.
    public static let defaultCount = 5

    public let workload: Workload
    public let count: Int

    public init(workload: Workload, count: Int = defaultCount) {
        self.workload = workload
        self.count = max(2, count)
    }

    /// The probe beside the built-in workloads, nil when that folder lacks it (then the run records no probe and
    /// `compare` says drift could not be checked).
    public init?(catalog: WorkloadCatalog, count: Int = defaultCount) {
        let path = catalog.directory + "/" + Self.fileName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        self.init(workload: Workload(name: "_calibration", path: path, summary: "drift probe", builtIn: true), count: count)
    }

    /// The trial indices (0-based, counting every planned trial) before which a probe runs: 0, evenly spaced
    /// points between, and `total` (after the last trial).
    public func schedule(totalTrials total: Int) -> [Int] {
        (0..<count).map { index in Int((Double(total) * Double(index) / Double(count - 1)).rounded()) }
    }

    /// Runs probe number `number` once per Python through `executor`; probes that do not end ok are left out
    /// (a broken probe must not break the run: drift then reads as unchecked).
    public func measure(number: Int, afterTrials: Int, pythons: [PythonInstallation], importSite: Bool,
                        executor: TrialExecutor) -> [CalibrationSample] {
        pythons.compactMap { python in
            let spec = TrialSpec(python: python, workload: workload, size: Self.size, strategy: .threads, workers: 1,
                                 repetition: number, warmup: false, importSite: importSite, threadModule: .shared)
            let record = TrialJudge.record(spec, outcome: executor.execute(spec), referenceChecksum: nil)
            guard record.status == .ok, let wall = record.wallSeconds, wall > 0 else { return nil }
            return CalibrationSample(probe: number, afterTrials: afterTrials, pythonVersion: python.version,
                                     pythonBuild: python.build, wallSeconds: wall)
        }
    }

    /// The `run(size)` argument: `SIZE` of _calibration.py, fixed here too so that an edited file cannot pass a
    /// different amount of work silently (the host checks nothing about SIZE when a size is given).
    public static let size = 400_000
}
