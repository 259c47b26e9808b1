// ExportFixtures: a small RunResults for the storage and exporter tests.
import Foundation
import GILBenchCore
import GILBenchResults

public enum ExportFixtures {
    public static let python = PythonInstallation(
        version: "3.13.0", versionDetail: "3.13.0 (main)", executable: "/opt/py/bin/python3", library: "/opt/py/lib/libpython3.13.so.1.0",
        home: "/opt/py", freeThreaded: false, supportsOwnGIL: true, configureArguments: "--enable-shared")
    public static let workload = Workload(name: "nbody", path: "/b/nbody.py", summary: "floats", builtIn: true)

    public static func results() -> RunResults {
        let options = RunOptions(pythons: [python], workloads: [workload], strategies: [.threads, .processes],
                                 workerCounts: [1, 2], sizeOverride: nil, repeatCount: 2, warmupCount: 0,
                                 timeoutSeconds: 60, importSite: true)
        let machine = MachineInfo(hostname: "h", cpuModel: "Test CPU", cpuCount: 2, kernel: "Linux", loadAverage: [0.1, 0.2, 0.3], memoryBytes: 1 << 30)
        let metadata = RunMetadata(runID: "r", commandLine: ["gilbench", "run"], startTime: Date(timeIntervalSince1970: 0),
                                   machine: machine, options: options, references: [])
        var records: [TrialRecord] = []
        for strategy in [Strategy.threads, .processes] {
            for workers in [1, 2] {
                for repetition in 1...2 {
                    let spec = TrialSpec(python: python, workload: workload, size: 100, strategy: strategy, workers: workers,
                                         repetition: repetition, warmup: false, importSite: true)
                    let wall = strategy == .threads ? 0.1 * Double(workers) : 0.1
                    let samples = (0..<workers).map {
                        WorkerSample(index: $0, pid: strategy == .threads ? 7 : Int32(8 + $0), interpreterID: 0, startSeconds: 0.0001,
                                     endSeconds: wall, checksum: "0x2a", error: nil)
                    }
                    records.append(TrialRecord(spec: spec, status: .ok, setupSeconds: 0.02, wallSeconds: wall, teardownSeconds: 0.001,
                                               checksumOK: true, message: "", workers: samples))
                }
            }
        }
        records.append(.notRun(TrialSpec(python: python, workload: workload, size: 100, strategy: .processes, workers: 2,
                                         repetition: 3, warmup: false, importSite: true),
                               status: .crash, message: "host process killed by SIGSEGV, \"quoted\""))
        return RunResults(metadata: metadata, records: records)
    }
}
