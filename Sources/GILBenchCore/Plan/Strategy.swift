// Strategy: the four ways gilbench spreads a workload over workers, and which Pythons support each.

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

    /// One line for `gilbench list strategies` and `--help`.
    public var summary: String {
        switch self {
        case .threads: return "N threads in the main interpreter sharing one warmed-up workload module and one GIL (none on a free-threaded build)"
        case .subinterpreters: return "N own-GIL sub-interpreters (PEP 684), one per OS thread; CPython 3.12+"
        case .sharedSubinterpreters: return "N legacy sub-interpreters sharing the main GIL, one per OS thread"
        case .processes: return "N separate OS processes, each with its own interpreter"
        }
    }

    /// Why `python` cannot run this strategy, or nil when it can.
    public func unsupportedReason(on python: PythonInstallation) -> String? {
        switch self {
        case .subinterpreters where !python.supportsOwnGIL:
            return "own-GIL sub-interpreters need CPython 3.12+ (Py_NewInterpreterFromConfig); this is \(python.version)"
        case .subinterpreters:
            return InterpreterConfigLayout.problem(for: python)
        default:
            return nil
        }
    }

    /// Whether every worker must run in its own interpreter (checked against the recorded identities).
    public var expectsDistinctInterpreters: Bool { self != .threads }

    public static func < (lhs: Strategy, rhs: Strategy) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a name, or throws a `GILBenchError.unknownName` listing the valid ones.
    public static func parse(_ name: String) throws -> Strategy {
        guard let strategy = Strategy(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
            throw GILBenchError.unknownName(kind: "strategy", name: name, valid: allCases.map(\.rawValue))
        }
        return strategy
    }
}
