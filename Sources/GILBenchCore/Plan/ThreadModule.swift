// ThreadModule: whether the workers of `threads` share one workload module or each load a private copy.

/// How the `threads` strategy gives its workers the workload (`--thread-module`).
public enum ThreadModule: String, CaseIterable, Codable, Sendable {
    /// The pattern of a real program: the host's main interpreter imports the workload once, runs `run(size)`
    /// once to warm it up, and every worker thread calls that same `run`.
    case shared
    /// Every worker thread loads its own copy of the workload file (gilbench before result format 2): private
    /// module globals, classes and functions per thread. Measures what sharing one module costs or saves.
    case `private`

    /// Parses a `--thread-module` value, or throws a `GILBenchError.unknownName` listing the valid ones.
    public static func parse(_ name: String) throws -> ThreadModule {
        guard let value = ThreadModule(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
            throw GILBenchError.unknownName(kind: "thread module", name: name, valid: allCases.map(\.rawValue))
        }
        return value
    }
}
