// HostStrategy: how a host process runs one trial of a strategy.
import GILBenchCore
import PythonEmbedding

/// Runs a trial inside the host process and reports what happened.
protocol HostStrategy {
    /// - Parameter runtime: the host's initialised CPython (nil for strategies that do not embed in the host).
    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport
    /// Whether the host must start CPython itself before `run`.
    var needsRuntime: Bool { get }
}

extension Strategy {
    /// The host-side implementation of this strategy.
    var hostStrategy: HostStrategy {
        switch self {
        case .threads: return ThreadsStrategy()
        case .subinterpreters: return SubinterpreterThreadsStrategy(kind: .isolatedOwnGIL)
        case .sharedSubinterpreters: return SubinterpreterThreadsStrategy(kind: .legacySharedGIL)
        case .processes: return ProcessesStrategy()
        case .threadPool: return ThreadPoolStrategy()
        case .processPool, .processPoolForkserver, .processPoolFork:
            return ProcessPoolStrategy(startMethod: processStartMethod ?? "spawn")
        case .interpreterPool: return InterpreterPoolStrategy()
        }
    }
}
