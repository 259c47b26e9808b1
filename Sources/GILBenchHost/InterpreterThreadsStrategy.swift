// InterpreterThreadsStrategy: N OS threads in this process, each attached to the main interpreter (threads),
// to its own own-GIL sub-interpreter (subinterpreters), or to its own shared-GIL one (shared-subinterpreters).
import Foundation
import GILBenchCore
import PythonEmbedding

/// One OS thread per worker; `kind` decides which interpreter each thread runs in.
struct InterpreterThreadsStrategy: HostStrategy {
    let kind: InterpreterKind
    var needsRuntime: Bool { true }

    private final class Slot {
        var interpreterID: Int64 = -1
        var call = TimedCallResult()
        var arrived = false
    }

    func run(_ spec: TrialSpec, runtime: PythonRuntime?) -> HostReport {
        guard let runtime else { return .failed(status: .error, message: "no Python runtime in the host") }
        if kind == .isolatedOwnGIL && !runtime.library.supportsOwnGIL {
            return .failed(status: .unsupported, message: "own-GIL sub-interpreters need CPython 3.12+; this is \(runtime.library.version)")
        }
        let barrier = StartBarrier(parties: spec.workers)
        let slots = (0..<spec.workers).map { _ in Slot() }
        let setupStart = MonotonicInstant.now()
        let threads = slots.enumerated().map { index, slot in
            OSThread {
                do {
                    try WorkerInterpreter.with(kind, in: runtime) { interpreter in
                        slot.interpreterID = interpreter.interpreterID
                        do {
                            try TimedCall.prepare(interpreter, workload: spec.workload, size: spec.size)
                        } catch {
                            slot.call.error = "set-up: \(error)"
                            HostLog.note("worker \(index): \(slot.call.error!)")
                            slot.arrived = true
                            interpreter.withGILReleased { barrier.arriveAndWait() }
                            return
                        }
                        slot.arrived = true
                        slot.call = TimedCall.run(interpreter) { barrier.arriveAndWait() }
                        if let error = slot.call.error { HostLog.note("worker \(index): \(error)") }
                    }
                } catch {
                    slot.call.error = "set-up: \(error)"
                    HostLog.note("worker \(index): \(slot.call.error!)")
                }
                if !slot.arrived {
                    slot.arrived = true
                    barrier.arriveAndWait()
                }
            }
        }
        barrier.waitUntilAllArrived()
        let ready = MonotonicInstant.now()
        // Read between set-up's end and the release, so it counts in neither.
        let setupMemory = MemoryProbe.usage(of: getpid())
        let release = barrier.release()
        threads.forEach { $0.join() }
        let joined = MonotonicInstant.now()
        let ran = slots.filter { $0.call.error == nil }
        let lastEnd = ran.map(\.call.end).max() ?? release
        let pid = getpid()
        let samples = slots.enumerated().map { index, slot in
            WorkerSample(
                index: index, pid: pid, interpreterID: slot.interpreterID,
                startSeconds: slot.call.error == nil ? slot.call.start.seconds(since: release) : 0,
                endSeconds: slot.call.error == nil ? slot.call.end.seconds(since: release) : 0,
                checksum: slot.call.checksum, error: slot.call.error)
        }
        return .trial(TrialMeasurement(
            setupSeconds: ready.seconds(since: setupStart), wallSeconds: lastEnd.seconds(since: release),
            teardownSeconds: joined.seconds(since: lastEnd), workers: samples, setupMemory: setupMemory))
    }
}
