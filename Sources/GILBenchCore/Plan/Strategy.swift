// Strategy: the ways gilbench spreads a workload over workers (four through the C API, and the Python-level
// APIs users call); each case's facts are in its descriptor (Strategy+Descriptors.swift).

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

    /// One line for `gilbench list strategies` and `--help` (from the descriptor).
    public var summary: String { descriptor.summary }

    /// Why `python` cannot run this strategy, or nil when it can (from the descriptor's minimum Python, start method
    /// and interpreter config).
    public func unsupportedReason(on python: PythonInstallation) -> String? {
        let descriptor = self.descriptor
        if descriptor.processStartMethod != nil && python.executable == nil {
            return "\(rawValue) starts worker processes from the installation's python executable, and none is known for this installation (it was found through its library only)"
        }
        if let minimum = descriptor.minimumPython,
           python.parsedVersion < minimum.version || (descriptor.usesInterpreterConfig && !python.supportsOwnGIL) {
            return "\(minimum.reason); this is CPython \(python.version)"
        }
        return descriptor.usesInterpreterConfig ? InterpreterConfigLayout.problem(for: python) : nil
    }

    /// Whether every worker must run in its own interpreter (checked against the recorded identities).
    public var expectsDistinctInterpreters: Bool { descriptor.identity != .sharedInterpreter }

    /// The strategies a run measures when `--strategy` is not given: the four C-API strategies (the
    /// Python-level ones are asked for by name, so the default run keeps its time budget).
    public static var defaultStrategies: [Strategy] { allCases.filter(\.descriptor.inDefaultRun) }

    /// The start method of a `process-pool` variant, nil for other strategies.
    public var processStartMethod: String? { descriptor.processStartMethod }

    /// For a Python-level strategy, the C-API strategy it is compared with in the report; nil for C-API ones.
    public var cAPICounterpart: Strategy? { descriptor.cAPICounterpart }

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
