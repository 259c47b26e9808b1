// FreeThreadedFixtures: a run of a GIL build and its free-threaded twin (3.13.5 and 3.13.5t), with known times.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

enum FreeThreadedFixtures {
    static func python(freeThreaded: Bool, version: String = "3.13.5") -> PythonInstallation {
        PythonInstallation(version: version, versionDetail: "\(version) (main)", executable: nil, library: "/opt/\(version)\(freeThreaded ? "t" : "")/lib/libpython.so",
                           home: "/opt/\(version)", freeThreaded: freeThreaded, supportsOwnGIL: true, configureArguments: "--enable-shared")
    }

    static let gil = python(freeThreaded: false)
    static let free = python(freeThreaded: true)

    /// Median wall seconds. The free-threaded build is `singleThreadCost` times slower at one worker; its threads and
    /// legacy sub-interpreters scale (wall flat over 2 workers); on the GIL build they do not (wall doubles).
    /// `freeThreadsSlowdown`: how much longer the free-threaded build's `threads` take at 2 workers than at 1
    /// (1: they scale perfectly; more: contention on shared objects).
    static func wall(_ python: PythonInstallation, _ workload: String, _ strategy: Strategy, _ workers: Int, singleThreadCost: Double,
                     freeThreadsSlowdown: Double = 1) -> Double {
        let base = (workload == "nbody" ? 0.1 : 0.2) * (python.freeThreaded ? singleThreadCost : 1)
        switch strategy {
        case .threads where python.freeThreaded && workers > 1: return base * freeThreadsSlowdown
        case .threads, .sharedSubinterpreters: return python.freeThreaded ? base : base * Double(workers)
        default: return base
        }
    }

    /// Two trials per point, 2% apart, so intervals are narrow but not empty.
    static func results(workloads: [String] = ["nbody", "pidigits"], singleThreadCost: Double = 1.4,
                        baseline: ThroughputBaseline? = nil, freeThreadsSlowdown: Double = 1) -> RunResults {
        let pythons = [gil, free]
        let loads = workloads.map { Workload(name: $0, path: "/b/\($0).py", summary: "", builtIn: true) }
        let options = RunOptions(pythons: pythons, workloads: loads, strategies: Strategy.defaultStrategies, workerCounts: [1, 2],
                                 sizeOverride: nil, repeatCount: 2, warmupCount: 0, timeoutSeconds: 60, importSite: true)
        let machine = MachineInfo(hostname: "h", cpuModel: "Test CPU", cpuCount: 2, kernel: "Linux 6", loadAverage: [0, 0, 0], memoryBytes: 1 << 33)
        let metadata = RunMetadata(runID: "ft-run", commandLine: ["gilbench", "run", "--python", "3.13.5,3.13.5t"],
                                   startTime: Date(timeIntervalSince1970: 0), machine: machine, options: options, references: [],
                                   baseline: baseline)
        var records: [TrialRecord] = []
        for python in pythons {
            for workload in loads {
                for strategy in Strategy.defaultStrategies {
                    for workers in [1, 2] {
                        for repetition in 1...2 {
                            let spec = TrialSpec(python: python, workload: workload, size: 10, strategy: strategy, workers: workers,
                                                 repetition: repetition, warmup: false, importSite: true)
                            let wall = wall(python, workload.name, strategy, workers, singleThreadCost: singleThreadCost,
                                            freeThreadsSlowdown: freeThreadsSlowdown) * (repetition == 1 ? 0.99 : 1.01)
                            records.append(TrialRecord(spec: spec, status: .ok, setupSeconds: 0.01, wallSeconds: wall, teardownSeconds: 0.001,
                                                       checksumOK: true, message: "", workers: []))
                        }
                    }
                }
            }
        }
        return RunResults(metadata: metadata, records: records)
    }
}
