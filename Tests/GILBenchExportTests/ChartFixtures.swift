// ChartFixtures: a run with two Pythons (one without own-GIL sub-interpreters) and two workloads, with known speedups.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

enum ChartFixtures {
    static func python(_ version: String, ownGIL: Bool) -> PythonInstallation {
        PythonInstallation(version: version, versionDetail: "\(version) (main)", executable: nil, library: "/opt/\(version)/lib/libpython.so",
                           home: "/opt/\(version)", freeThreaded: false, supportsOwnGIL: ownGIL, configureArguments: "--enable-shared")
    }

    static let old = python("3.11.7", ownGIL: false)
    static let new = python("3.13.0", ownGIL: true)
    static let nbody = Workload(name: "nbody", path: "/b/nbody.py", summary: "", builtIn: true)
    static let pidigits = Workload(name: "pidigits", path: "/b/pidigits.py", summary: "", builtIn: true)

    /// Median wall seconds: threads do not scale, processes reach 2x on nbody and 1.6x on pidigits at 2 workers,
    /// subinterpreters 1.5x (only on 3.13). Two identical trials per point, so min = median = max.
    static func wall(_ workload: String, _ strategy: Strategy, _ workers: Int) -> Double {
        let base = workload == "nbody" ? 0.1 : 0.2
        switch strategy {
        case .threads, .sharedSubinterpreters: return base * Double(workers)
        case .subinterpreters: return base * Double(workers) / (workers == 1 ? 1 : 1.5)
        case .processes: return workers == 1 ? base : base * Double(workers) / (workload == "nbody" ? 2 : 1.6)
        default: return base * Double(workers)  // Python-level strategies are not in these fixtures
        }
    }

    static func results(pythons: [PythonInstallation] = [old, new], workloads: [Workload] = [nbody, pidigits],
                        failing: Bool = false) -> RunResults {
        let options = RunOptions(pythons: pythons, workloads: workloads, strategies: Strategy.defaultStrategies, workerCounts: [1, 2, 3],
                                 sizeOverride: nil, repeatCount: 2, warmupCount: 0, timeoutSeconds: 60, importSite: true)
        let machine = MachineInfo(hostname: "h", cpuModel: "Test CPU 'X'", cpuCount: 2, kernel: "Linux 6", loadAverage: [0.1, 0.2, 0.3],
                                  memoryBytes: 1 << 33)
        let metadata = RunMetadata(runID: "fixture-run", commandLine: ["/somewhere/gilbench", "run", "--python", "3.11,3.13"],
                                   startTime: Date(timeIntervalSince1970: 0), machine: machine, options: options, references: [])
        var records: [TrialRecord] = []
        for python in pythons {
            for workload in workloads {
                for strategy in Strategy.defaultStrategies {
                    for workers in [1, 2, 3] {
                        for repetition in 1...2 {
                            let spec = TrialSpec(python: python, workload: workload, size: 10, strategy: strategy, workers: workers,
                                                 repetition: repetition, warmup: false, importSite: true)
                            if let reason = strategy.unsupportedReason(on: python) {
                                records.append(.notRun(spec, status: .unsupported, message: reason))
                            } else if failing && workers == 3 && strategy == .processes && repetition == 2 {
                                records.append(.notRun(spec, status: .timeout, message: "killed after 60 s"))
                            } else {
                                let setup = [Strategy.threads: 0.004, .subinterpreters: 0.012, .sharedSubinterpreters: 0.013, .processes: 0.030][strategy]!
                                records.append(TrialRecord(spec: spec, status: .ok, setupSeconds: setup * Double(workers),
                                                           wallSeconds: wall(workload.name, strategy, workers), teardownSeconds: 0.001,
                                                           checksumOK: true, message: "", workers: []))
                            }
                        }
                    }
                }
            }
        }
        return RunResults(metadata: metadata, records: records)
    }
}
