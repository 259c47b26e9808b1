// TrialRecordFactory: builds trial records with chosen wall and set-up times for comparison and history tests.
import GILBenchCore

/// Synthetic records: no process runs, so statistics can be checked against exact expectations.
enum TrialRecordFactory {
    static func python(_ version: String = "3.12.1", freeThreaded: Bool = false) -> PythonInstallation {
        PythonInstallation(version: version, versionDetail: version, executable: nil, library: "/lib/libpython.so",
                           home: "/", freeThreaded: freeThreaded, supportsOwnGIL: true, configureArguments: "")
    }

    /// One ok record per wall time (repetitions 1...), set-up `setup` seconds each unless `setups` is given.
    static func records(python: PythonInstallation = python(), workload: String = "work", size: Int = 100,
                        strategy: Strategy = .threads, workers: Int = 1, walls: [Double], setups: [Double]? = nil,
                        status: TrialStatus = .ok, warmup: Bool = false) -> [TrialRecord] {
        walls.enumerated().map { index, wall in
            let spec = TrialSpec(python: python, workload: Workload(name: workload, path: "/w/\(workload).py", summary: "", builtIn: false),
                                 size: size, strategy: strategy, workers: workers, repetition: index + 1, warmup: warmup, importSite: true)
            if status != .ok { return TrialRecord.notRun(spec, status: status, message: "\(status.rawValue) on purpose") }
            return TrialRecord(spec: spec, status: .ok, setupSeconds: setups?[index] ?? 0.010, wallSeconds: wall,
                               teardownSeconds: 0.001, checksumOK: true, message: "", workers: [])
        }
    }

    /// `count` values around `center`, spread evenly by +-`spread` (deterministic "noise").
    static func around(_ center: Double, spread: Double, count: Int = 7) -> [Double] {
        let steps = Double(count - 1)
        return (0..<count).map { index -> Double in
            let position: Double = Double(index) / steps * 2 - 1
            return center * (1 + spread * position)
        }
    }
}
