// Fixtures: small model values shared by the core tests.
import GILBenchCore

enum Fixtures {
    static func python(_ version: String, ownGIL: Bool? = nil) -> PythonInstallation {
        let parsed = PythonVersion(version)!
        return PythonInstallation(
            version: version, versionDetail: version, executable: "/opt/python\(version)/bin/python3",
            library: "/opt/python\(version)/lib/libpython.so", home: "/opt/python\(version)", freeThreaded: false,
            supportsOwnGIL: ownGIL ?? (parsed >= PythonVersion(major: 3, minor: 12)), configureArguments: "")
    }

    static func workload(_ name: String) -> Workload {
        Workload(name: name, path: "/benchmarks/\(name).py", summary: "", builtIn: false)
    }

    static func options(pythons: [String] = ["3.13.0"], workloads: [String] = ["a"], strategies: [Strategy] = Strategy.defaultStrategies,
                        workers: [Int] = [1, 2], repeat repeatCount: Int = 2, warmup: Int = 1) -> RunOptions {
        RunOptions(pythons: pythons.map { python($0) }, workloads: workloads.map(workload), strategies: strategies,
                   workerCounts: workers, sizeOverride: nil, repeatCount: repeatCount, warmupCount: warmup,
                   timeoutSeconds: 5, importSite: true)
    }

    static func spec(python: String = "3.13.0", workload: String = "a", strategy: Strategy = .threads, workers: Int = 1,
                     repetition: Int = 1, warmup: Bool = false) -> TrialSpec {
        TrialSpec(python: self.python(python), workload: self.workload(workload), size: 10, strategy: strategy,
                  workers: workers, repetition: repetition, warmup: warmup, importSite: true)
    }

    /// A measured ok record with the given wall time.
    static func record(_ spec: TrialSpec, wall: Double, setup: Double = 0.01) -> TrialRecord {
        TrialRecord(spec: spec, status: .ok, setupSeconds: setup, wallSeconds: wall, teardownSeconds: 0.001,
                    checksumOK: true, message: "", workers: [])
    }

    /// Worker samples with the given identities.
    static func samples(_ identities: [(pid: Int32, interpreter: Int64)], checksum: String = "42") -> [WorkerSample] {
        identities.enumerated().map { index, identity in
            WorkerSample(index: index, pid: identity.pid, interpreterID: identity.interpreter, startSeconds: 0,
                         endSeconds: 0.1, checksum: checksum, error: nil)
        }
    }
}
