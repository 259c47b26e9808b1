// InterpreterPoolStrategy: `interpreter-pool`, sub-interpreters through Python's own API: 3.14's
// concurrent.futures.InterpreterPoolExecutor, or on 3.12/3.13 the low-level module driven from threads.
import GILBenchCore
import PythonEmbedding

/// On 3.14+ (`concurrent.futures.InterpreterPoolExecutor` exists) the pool's interpreters import the driver
/// module from an initializer and run the same task as the other pools (the callable, its input and its result
/// are pickled). On 3.12 (`_xxsubinterpreters` + `_xxinterpchannels`) and 3.13 (`_interpreters` +
/// `_interpchannels`), as the seed article does: one Python thread per worker creates an isolated own-GIL
/// interpreter and loads the workload in it (set-up), then after the release pickles its input, sends the bytes
/// through a channel, runs the task script in the interpreter, and receives the pickled result through a second
/// channel. The row's message names the API that ran.
struct InterpreterPoolStrategy: HostStrategy {
    var needsRuntime: Bool { true }

    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport {
        if let runtime, !runtime.library.supportsOwnGIL {
            return .failed(status: .unsupported, message: "interpreter-pool needs CPython 3.12+ (InterpreterPoolExecutor or the low-level interpreters module); this is \(runtime.library.version)")
        }
        return PoolTrial(call: Self.driverCall).run(spec, runtime: runtime)
    }

    /// The driver call, given the shared keyword arguments.
    static func driverCall(_ common: String) -> String {
        "\(PoolDriver.moduleName)._gilbench_interpreter_pool_trial(\(common))"
    }
}
