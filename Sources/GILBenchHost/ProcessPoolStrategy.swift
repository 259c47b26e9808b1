// ProcessPoolStrategy: `process-pool` (spawn), `process-pool-forkserver`, `process-pool-fork`:
// concurrent.futures.ProcessPoolExecutor driven from the host's main interpreter.
import GILBenchCore
import PythonEmbedding

/// What user code writes for "run this on N processes". The start method is the strategy's
/// (`Strategy.processStartMethod`). `multiprocessing.set_executable` is set to the selected installation's
/// python, so spawn and forkserver start the same CPython that the host embeds whatever `sys.executable` says.
/// Set-up starts the pool and repeats a round of warm-up tasks until N distinct processes have each loaded the
/// workload. Timed: from just before the first `submit` to the last result received, so pickling the input
/// (parent), unpickling it (worker), pickling the result (worker) and unpickling it (parent) all count.
struct ProcessPoolStrategy: HostStrategy {
    let startMethod: String
    var needsRuntime: Bool { true }

    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport {
        guard let executable = spec.python.executable else {
            return .failed(status: .unsupported, message: "no python executable is known for this installation")
        }
        return PoolTrial { common in driverCall(executable: executable, common: common) }.run(spec, runtime: runtime)
    }

    /// The driver call for `executable` and this start method, given the shared keyword arguments.
    func driverCall(executable: String, common: String) -> String {
        "\(PoolDriver.moduleName)._gilbench_executor_trial(kind=\"process-pool\", executable=\(WorkloadHarness.literal(executable)), "
            + "start_method=\(WorkloadHarness.literal(startMethod)), \(common))"
    }
}
