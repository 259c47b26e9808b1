// RunFolderChoice: picks the one run of a location (a run folder, a merged campaign, a folder of runs) that a side
// of `gilbench compare` means, by machine and Python.
import Foundation
import GILBenchCore

/// Resolves `compare`'s folder arguments, which may hold runs of several machines.
public enum RunFolderChoice {
    /// The run of `location` measured on `machine` (nil: any) that holds the Python `python` (nil: any).
    /// - Parameter flag: the Python option of this side, named in errors.
    /// - Throws: `GILBenchError.invalidValue` when no run or several runs fit (the message lists the machines),
    ///   `.resultsInvalid` for an unreadable folder.
    public static func load(_ location: URL, machine: String?, python: String?, flag: String) throws -> RunResults {
        let folders = try ResultFolderReader.runFolders([location])
        var fitting: [RunResults] = []
        var loaded: [RunResults] = []
        var machines: [String] = []
        for folder in folders {
            let results = try ResultFolderReader.load(folder)
            loaded.append(results)
            let info = results.metadata.machine
            if !machines.contains(info.displayName) { machines.append(info.displayName) }
            if let machine, !info.matches(machine) { continue }
            if let python, !results.records.contains(where: { ComparisonSide.matches($0.spec.python, python) }) { continue }
            fitting.append(results)
        }
        if fitting.count == 1 { return fitting[0] }
        // A single run of the right machine: let ComparisonSide name the Pythons it does hold.
        if folders.count == 1, let only = loaded.first, machine.map(only.metadata.machine.matches) ?? true {
            return only
        }
        let known = "machines: \(machines.joined(separator: "; "))"
        if fitting.isEmpty {
            let wanted = [machine.map { "machine '\($0)'" }, python.map { "Python \($0)" }].compactMap { $0 }.joined(separator: " and ")
            throw GILBenchError.invalidValue(flag: machine == nil ? flag : "--machine", value: machine ?? python ?? "",
                                             expected: "a run in \(location.path) with \(wanted) (\(known))")
        }
        let (named, value) = machine.map { ("--machine", $0) } ?? (flag, python ?? "(not given)")
        throw GILBenchError.invalidValue(flag: named, value: value, expected: "one run, but \(fitting.count) runs in \(location.path) fit; pass --machine NAME (a host name or part of a CPU model) and \(flag), or a run folder inside it (\(known))")
    }
}
