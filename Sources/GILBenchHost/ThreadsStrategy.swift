// ThreadsStrategy: N OS threads in the main interpreter, the way a program runs threads: one workload module,
// imported once and warmed up in the host, shared by every worker (or, on request, a private copy per thread).
import Foundation
import GILBenchCore
import PythonEmbedding

/// `threads`. With `--thread-module shared` (the default) the host's main interpreter loads the workload once
/// and calls `run(size)` once (the host warm-up: a program has usually run its code before it spreads it over
/// threads, and on a free-threaded build the first calls specialise and version the types); then every worker
/// thread attaches a thread state to the main interpreter and calls that same `run`. Set-up covers loading,
/// starting threads and binding; the warm-up call is recorded apart (`host_warmup_seconds`). With
/// `--thread-module private` every worker loads its own copy of the file (its own globals, classes and
/// functions), which no program does, but which shows what sharing costs or saves.
struct ThreadsStrategy: HostStrategy {
    var needsRuntime: Bool { true }

    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport {
        guard let runtime else { return .failed(status: .error, message: "no Python runtime in the host") }
        switch spec.threadModule {
        case .private:
            return .trial(WorkerThreadGroup.run(count: spec.workers, setupStart: .now()) { index, slot, gate in
                WorkerThreadGroup.attachPrepareAndRun(.main, runtime: runtime, index: index, slot: slot, gate: gate) { interpreter in
                    try TimedCall.prepare(interpreter, workload: spec.workload, size: spec.size, innerWarmupCount: spec.innerWarmupCount)
                }
            })
        case .shared:
            return runShared(spec, runtime: runtime)
        }
    }

    private func runShared(_ spec: TrialSpec, runtime: PythonRuntime) -> HostReport {
        let setupStart = MonotonicInstant.now()
        var warmup = TimedCallResult()
        do {
            try runtime.withMainInterpreter { interpreter in
                try interpreter.execute(WorkloadHarness.source)
                try interpreter.execute(WorkloadHarness.prepare(path: spec.workload.path, size: spec.size, inputBytes: spec.workload.inputBytes,
                                                                          arguments: spec.workload.arguments ?? []))
                try interpreter.call("_gb_run", arguments: "_gb_args", storingResultIn: "_gb_result",
                                     before: { warmup.start = .now() }, after: { warmup.end = .now() })
            }
        } catch {
            HostLog.note("host warm-up: \(error)")
            return .failed(status: .error, message: "loading the workload or its warm-up call in the host: \(error)")
        }
        let warmupSeconds = warmup.end.seconds(since: warmup.start)
        return .trial(WorkerThreadGroup.run(count: spec.workers, setupStart: setupStart, excludedFromSetup: warmupSeconds,
                                            hostWarmupSeconds: warmupSeconds) { index, slot, gate in
            WorkerThreadGroup.attachPrepareAndRun(.main, runtime: runtime, index: index, slot: slot, gate: gate) { interpreter in
                try TimedCall.prepareShared(interpreter, workload: spec.workload, size: spec.size, innerWarmupCount: spec.innerWarmupCount)
            }
        })
    }
}
