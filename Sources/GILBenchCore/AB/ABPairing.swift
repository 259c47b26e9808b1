// ABPairing: what each side of `gilbench ab` runs when its SPEC leaves something out, and how its rows pair.

/// The rules that complete the two SPECs and pair their points.
public enum ABPairing {
    /// The `--python` values a side resolves: its own `python=`, else `--python`, else the other side's, else nil
    /// (the default Python).
    public static func pythonSpec(_ side: ABSpec, other: ABSpec, option: [String]) -> [String]? {
        if let own = side.python { return [own] }
        if !option.isEmpty { return option }
        return other.python.map { [$0] }
    }

    /// The `--workload` values a side resolves: its own `workload=`, else `--workload`, else the other side's,
    /// else every built-in (`all`).
    public static func workloadSpecs(_ side: ABSpec, other: ABSpec, option: [String]) -> [String] {
        if !side.workloads.isEmpty { return side.workloads }
        if !option.isEmpty { return option }
        return other.workloads.isEmpty ? ["all"] : other.workloads
    }

    /// The new side's workloads renamed to the base side's names, by position (paths, arguments and payload sizes
    /// kept), so that both folders name a pair alike and `gilbench compare DIR/base DIR/new` pairs them as ab did.
    /// - Throws: `GILBenchError.invalidValue` when the sides have different numbers of workloads.
    public static func aligning(new: [Workload], toBase base: [Workload]) throws -> [Workload] {
        guard new.count == base.count else {
            throw GILBenchError.invalidValue(flag: "--new", value: new.map(\.name).joined(separator: ","),
                                             expected: "as many workloads as --base (\(base.count): \(base.map(\.name).joined(separator: ","))); rows pair by position")
        }
        return zip(base, new).map { baseWorkload, newWorkload in
            Workload(name: baseWorkload.name, path: newWorkload.path, summary: newWorkload.summary, builtIn: newWorkload.builtIn,
                     inputBytes: newWorkload.inputBytes, arguments: newWorkload.arguments)
        }
    }
}
