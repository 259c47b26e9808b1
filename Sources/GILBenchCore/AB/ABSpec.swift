// ABSpec: one side of `gilbench ab`, parsed from "python=X,workload=FILE".

/// What one side of an A/B measurement runs: a Python and/or workload files; what it leaves out comes from the
/// run options (`--python`, `--workload`), else from the other side, else from the defaults.
public struct ABSpec: Equatable, Sendable {
    /// `python=X`: a version, an interpreter or a libpython path (as `--python`); nil when not given.
    public let python: String?
    /// `workload=FILE` (repeatable): built-in names or `.py` paths (as `--workload`); empty when not given.
    public let workloads: [String]

    public init(python: String?, workloads: [String]) {
        self.python = python
        self.workloads = workloads
    }

    /// Parses comma-separated `key=value` pairs; keys are `python` (once) and `workload` (repeatable).
    /// - Parameter flag: `--base` or `--new`, named in errors.
    /// - Throws: `GILBenchError.invalidValue` naming the flag for an unknown key, a missing value, or nothing given.
    public init(parsing text: String, flag: String) throws {
        var python: String?
        var workloads: [String] = []
        let expected = "comma-separated key=value with python=VERSION|PATH and/or workload=FILE, e.g. \(flag) python=3.13 or \(flag) workload=old/work.py"
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw GILBenchError.invalidValue(flag: flag, value: item, expected: expected)
            }
            switch parts[0] {
            case "python":
                guard python == nil else {
                    throw GILBenchError.invalidValue(flag: flag, value: text, expected: "one python= per side (each side measures one Python)")
                }
                python = parts[1]
            case "workload":
                workloads.append(parts[1])
            default:
                throw GILBenchError.invalidValue(flag: flag, value: item, expected: expected)
            }
        }
        guard python != nil || !workloads.isEmpty else {
            throw GILBenchError.invalidValue(flag: flag, value: text, expected: expected)
        }
        self.init(python: python, workloads: workloads)
    }
}
