// SubinterpreterThreadsStrategy: N OS threads in this process, each in its own sub-interpreter: own-GIL
// (subinterpreters) or legacy shared-GIL (shared-subinterpreters).
import Foundation
import GILBenchCore
import PythonEmbedding

/// One OS thread per worker, each creating its own sub-interpreter of `kind` and loading its own copy of the
/// workload there (sub-interpreters share no Python objects, so nothing else is possible). The clock covers
/// `run(size)` only; creating the interpreter and importing the workload is set-up.
struct SubinterpreterThreadsStrategy: HostStrategy {
    /// `.isolatedOwnGIL` or `.legacySharedGIL`.
    let kind: InterpreterKind
    var needsRuntime: Bool { true }

    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport {
        guard let runtime else { return .failed(status: .error, message: "no Python runtime in the host") }
        if kind == .isolatedOwnGIL {
            if !runtime.library.supportsOwnGIL {
                return .failed(status: .unsupported, message: "own-GIL sub-interpreters need CPython 3.12+; this is \(runtime.library.version)")
            }
            // The struct layouts are checked for the release the library says it is, not only the one discovery
            // reported: a struct is never filled with a layout verified for another release.
            let libraryRelease = PythonVersion(runtime.library.version)
            if libraryRelease.map({ ($0.major, $0.minor) != (spec.python.parsedVersion.major, spec.python.parsedVersion.minor) }) ?? true {
                return .failed(status: .unsupported, message: "own-GIL sub-interpreters: the library reports CPython \(runtime.library.version), discovery said \(spec.python.version); not filling PyInterpreterConfig for an unverified release")
            }
            if let reason = InterpreterConfigLayout.problem(for: spec.python) {
                return .failed(status: .unsupported, message: reason)
            }
        }
        let measurement = WorkerThreadGroup.run(count: spec.workers, setupStart: .now()) { index, slot, gate in
            WorkerThreadGroup.attachPrepareAndRun(kind, runtime: runtime, index: index, slot: slot, gate: gate) { interpreter in
                try TimedCall.prepare(interpreter, workload: spec.workload, size: spec.size, innerWarmupCount: spec.innerWarmupCount)
            }
        }
        return .trial(measurement)
    }
}
