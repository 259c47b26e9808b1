// HostTestFixtures: a Python installation, workloads and trial specs for GILBenchHost's tests (no Python started).
import GILBenchCore

/// Values the host's pure parts take; nothing here points at a real Python, and nothing starts one.
enum HostTestFixtures {
    static func python(executable: String? = "/opt/py/bin/python3.13", version: String = "3.13.5") -> PythonInstallation {
        PythonInstallation(version: version, versionDetail: version, executable: executable,
                           library: "/opt/py/lib/libpython3.13.so", home: "/opt/py", freeThreaded: false,
                           supportsOwnGIL: true, configureArguments: "--enable-shared")
    }

    static func workload(path: String = "/w/nbody.py", inputBytes: Int? = nil, arguments: [String]? = nil) -> Workload {
        Workload(name: "nbody", path: path, summary: "float arithmetic", builtIn: false, inputBytes: inputBytes,
                 arguments: arguments)
    }

    static func spec(strategy: Strategy, workers: Int = 2, python: PythonInstallation = python(),
                     workload: Workload = workload(), size: Int = 100) -> TrialSpec {
        TrialSpec(python: python, workload: workload, size: size, strategy: strategy, workers: workers, repetition: 1,
                  warmup: false, importSite: true)
    }

    /// Every hostile character class a path or argument may carry into Python source.
    static let hostileText = "a\"b\\c\nd\re\tf\u{0}g\u{7f}h'i\u{1b}[31mj\u{2028}k\u{e9}\u{1F600}"
}
