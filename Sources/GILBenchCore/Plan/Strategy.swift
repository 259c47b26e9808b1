// Strategy: the ways gilbench spreads a workload over workers (four through the C API, and the Python-level
// APIs users call), and which Pythons support each.

/// A concurrency strategy. The raw value is the name used on the command line and in every result file.
public enum Strategy: String, CaseIterable, Codable, Sendable, Comparable {
    /// N threads in the main interpreter, one shared GIL.
    case threads
    /// N isolated sub-interpreters (`Py_NewInterpreterFromConfig`), each with its own GIL, one per OS thread.
    case subinterpreters
    /// N legacy sub-interpreters (`Py_NewInterpreter`) sharing the main GIL, one per OS thread.
    case sharedSubinterpreters = "shared-subinterpreters"
    /// N separate OS processes, each with its own interpreter.
    case processes
    /// `concurrent.futures.ThreadPoolExecutor` in the host's main interpreter (Python-level counterpart of threads).
    case threadPool = "thread-pool"
    /// `concurrent.futures.ProcessPoolExecutor`, start method `spawn` (Python-level counterpart of processes).
    case processPool = "process-pool"
    /// `ProcessPoolExecutor` with the `forkserver` start method.
    case processPoolForkserver = "process-pool-forkserver"
    /// `ProcessPoolExecutor` with the `fork` start method.
    case processPoolFork = "process-pool-fork"
    /// `concurrent.futures.InterpreterPoolExecutor` (3.14+), or on 3.12/3.13 the low-level interpreters module
    /// driven from threads (Python-level counterpart of subinterpreters).
    case interpreterPool = "interpreter-pool"

    /// One line for `gilbench list strategies` and `--help`.
    public var summary: String {
        switch self {
        case .threads: return "N threads in the main interpreter sharing one warmed-up workload module and one GIL (none on a free-threaded build)"
        case .subinterpreters: return "N own-GIL sub-interpreters (PEP 684), one per OS thread; CPython 3.12+"
        case .sharedSubinterpreters: return "N legacy sub-interpreters sharing the main GIL, one per OS thread"
        case .processes: return "N separate OS processes, each with its own interpreter"
        case .threadPool: return "concurrent.futures.ThreadPoolExecutor with N threads in the main interpreter"
        case .processPool: return "concurrent.futures.ProcessPoolExecutor with N processes, start method spawn"
        case .processPoolForkserver: return "concurrent.futures.ProcessPoolExecutor with N processes, start method forkserver"
        case .processPoolFork: return "concurrent.futures.ProcessPoolExecutor with N processes, start method fork"
        case .interpreterPool: return "InterpreterPoolExecutor (3.14+), else the _interpreters/_xxsubinterpreters module from N threads; CPython 3.12+"
        }
    }

    /// Why `python` cannot run this strategy, or nil when it can.
    public func unsupportedReason(on python: PythonInstallation) -> String? {
        if processStartMethod != nil && python.executable == nil {
            return "\(rawValue) starts worker processes from the installation's python executable, and none is known for this installation (it was found through its library only)"
        }
        switch self {
        case .subinterpreters where !python.supportsOwnGIL:
            return "own-GIL sub-interpreters need CPython 3.12+ (Py_NewInterpreterFromConfig); this is \(python.version)"
        case .interpreterPool where python.parsedVersion < PythonVersion(major: 3, minor: 12):
            return "interpreter-pool needs concurrent.futures.InterpreterPoolExecutor (3.14+) or the low-level interpreters module (_xxsubinterpreters in 3.12, _interpreters in 3.13); CPython \(python.version) has neither"
        case .subinterpreters:
            return InterpreterConfigLayout.problem(for: python)
        default:
            return nil
        }
    }

    /// Whether every worker must run in its own interpreter (checked against the recorded identities).
    public var expectsDistinctInterpreters: Bool { self != .threads }

    /// The strategies a run measures when `--strategy` is not given: the four C-API strategies (the
    /// Python-level ones are asked for by name, so the default run keeps its time budget).
    public static let defaultStrategies: [Strategy] = [.threads, .subinterpreters, .sharedSubinterpreters, .processes]

    /// The start method of a `process-pool` variant, nil for other strategies.
    public var processStartMethod: String? {
        switch self {
        case .processPool: return "spawn"
        case .processPoolForkserver: return "forkserver"
        case .processPoolFork: return "fork"
        default: return nil
        }
    }

    /// For a Python-level strategy, the C-API strategy it is compared with in the report; nil for C-API ones.
    public var cAPICounterpart: Strategy? {
        switch self {
        case .threadPool: return .threads
        case .processPool, .processPoolForkserver, .processPoolFork: return .processes
        case .interpreterPool: return .subinterpreters
        default: return nil
        }
    }

    public static func < (lhs: Strategy, rhs: Strategy) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a name, or throws a `GILBenchError.unknownName` listing the valid ones.
    public static func parse(_ name: String) throws -> Strategy {
        // "process-pool:forkserver" is accepted as a spelling of "process-pool-forkserver".
        let spelled = name.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ":", with: "-")
        guard let strategy = Strategy(rawValue: spelled == "process-pool-spawn" ? "process-pool" : spelled) else {
            throw GILBenchError.unknownName(kind: "strategy", name: name, valid: allCases.map(\.rawValue))
        }
        return strategy
    }
}
