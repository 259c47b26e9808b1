// GILBenchError: bad input and environment problems, each saying what to change.
import Foundation

/// An error the user can fix. `description` is one line naming the problem and the fix.
public enum GILBenchError: Error, CustomStringConvertible, Equatable {
    case unknownName(kind: String, name: String, valid: [String])
    case workloadFileMissing(path: String)
    case workloadInvalid(name: String, path: String, reason: String)
    case pythonNotFound(spec: String, found: [String])
    case pythonUnusable(spec: String, reason: String)
    case outputNotWritable(path: String, reason: String)
    case invalidValue(flag: String, value: String, expected: String)
    case benchmarksFolderMissing
    case resultsInvalid(path: String, reason: String)
    /// No `gnuplot` on PATH; `resultsPath` is the run folder to redraw once it is installed.
    case gnuplotMissing(resultsPath: String)
    /// gnuplot exited non-zero on `script`; `output` is what it printed.
    case gnuplotFailed(script: String, output: String)
    case plotsFolderMissing
    /// No `gnuplot` on PATH for `gilbench history`; its data files are in `dataPath`, `rerun` redraws them.
    case historyGnuplotMissing(dataPath: String, rerun: String)
    /// Results of different CPU models met where only one may (`compare`, `history`); `problem` names them.
    case crossMachine(problem: String, command: String)
    /// `gilbench merge` found one point measured by two runs of the same machine.
    case mergeConflict(point: String, first: String, second: String)
    /// A benchmark suite (`--suite`) could not be found in gilbench's cache or installed into it.
    case suiteUnavailable(suite: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownName(kind, name, valid):
            return "unknown \(kind) '\(name)'; valid: \(valid.joined(separator: ", "))"
        case let .workloadFileMissing(path):
            return "workload file \(path) does not exist; pass a built-in name (see 'gilbench list workloads') or a path to a .py file"
        case let .workloadInvalid(name, path, reason):
            return "workload '\(name)' (\(path)) cannot be used: \(reason). A workload is a .py file defining run(size)"
        case let .pythonNotFound(spec, found):
            let known = found.isEmpty ? "none found" : "found: \(found.joined(separator: ", "))"
            return "no Python matches --python \(spec) (\(known)); pass a version, an interpreter path or a libpython path"
        case let .pythonUnusable(spec, reason):
            return "--python \(spec) cannot be used: \(reason)"
        case let .outputNotWritable(path, reason):
            return "cannot write results to \(path): \(reason); pass --out with a writable folder"
        case let .invalidValue(flag, value, expected):
            return "\(flag) '\(value)' is not valid: expected \(expected)"
        case .benchmarksFolderMissing:
            return "GILBENCH_BENCHMARKS names no folder holding MANIFEST; point it at one (MANIFEST and the .py files), or unset it to use the workloads built into gilbench"
        case let .resultsInvalid(path, reason):
            return "\(path) is not a usable gilbench result: \(reason)"
        case let .gnuplotMissing(resultsPath):
            return "gnuplot is not installed, so no charts were drawn; install it (Debian/Ubuntu: sudo apt-get install gnuplot-nox, or scripts/setup.sh), then run: gilbench plot \(resultsPath)"
        case let .gnuplotFailed(script, output):
            let detail = output.trimmingCharacters(in: .whitespacesAndNewlines)
            return "gnuplot failed on \(script): \(detail.isEmpty ? "no message" : detail); fix the script (or its CSV) and re-run: gnuplot \(script)"
        case let .historyGnuplotMissing(dataPath, rerun):
            return "gnuplot is not installed, so no history chart was drawn (the data is in \(dataPath)); install it (Debian/Ubuntu: sudo apt-get install gnuplot-nox, or scripts/setup.sh), then run: \(rerun)"
        case let .crossMachine(problem, command):
            return "\(command) refuses results from different machines (\(problem)): timings and speedups of different CPUs are not comparable point by point; pick one with --machine NAME, or pass --allow-cross-machine"
        case let .mergeConflict(point, first, second):
            return "cannot merge: \(first) and \(second) both measured \(point) on the same machine; merge only one of them (or keep them as separate campaigns)"
        case let .suiteUnavailable(suite, reason):
            return "cannot use the \(suite) suite: \(reason); check that PyPI is reachable with pip, or pin an installed version with --suite-version"
        case .plotsFolderMissing:
            return "GILBENCH_PLOTS names no folder holding the chart templates (speedup.gp and the others); point it at one, or unset it to use the templates built into gilbench"
        }
    }
}
