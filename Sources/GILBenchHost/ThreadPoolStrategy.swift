// ThreadPoolStrategy: `thread-pool`, concurrent.futures.ThreadPoolExecutor in the host's main interpreter.
import GILBenchCore
import PythonEmbedding

/// What most user code writes for "run this on N threads". The workload is loaded once in the main
/// interpreter (its threads share the module, as a program's threads do); each task gets its own input
/// object, passed by reference (no copy). Set-up creates the pool and runs one warm-up task per worker so its
/// threads exist; the clock starts just before the first timed `submit` and stops when the last future's
/// result is set (`wall_seconds`); `compute_seconds` stops at the last `run` return.
struct ThreadPoolStrategy: HostStrategy {
    var needsRuntime: Bool { true }

    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport {
        PoolTrial(call: Self.driverCall).run(spec, runtime: runtime)
    }

    /// The driver call, given the shared keyword arguments.
    static func driverCall(_ common: String) -> String {
        "\(PoolDriver.moduleName)._gilbench_executor_trial(kind=\"thread-pool\", executable=None, start_method=None, \(common))"
    }
}
