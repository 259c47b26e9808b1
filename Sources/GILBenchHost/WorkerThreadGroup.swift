// WorkerThreadGroup: the mechanics of strategies whose workers are OS threads of the host (start, barrier,
// clock, join); what each worker shares and loads is decided by the strategy that uses it.
import Foundation
import GILBenchCore
import PythonEmbedding

/// Starts one OS thread per worker, waits until every worker is ready at the start barrier, releases them at
/// one instant, and turns what they measured into a `TrialMeasurement`.
struct WorkerThreadGroup {
    /// What one worker thread reports back.
    final class Slot {
        var interpreterID: Int64 = -1
        var call = TimedCallResult()
    }

    /// A worker's single pass through the start barrier (a second call does nothing), so a worker that fails in
    /// set-up still arrives and never holds up the others.
    final class Gate {
        private let barrier: StartBarrier
        private var passed = false

        init(_ barrier: StartBarrier) { self.barrier = barrier }

        func arriveAndWait() {
            guard !passed else { return }
            passed = true
            barrier.arriveAndWait()
        }
    }

    /// Runs `worker(index, slot, gate)` on each of `count` new threads. Each must attach to its interpreter,
    /// prepare, pass `gate` with its GIL released, and time its call into `slot.call`.
    /// - Parameters:
    ///   - setupStart: when set-up began (a strategy may have prepared things in the host before).
    ///   - excludedFromSetup: seconds inside set-up that are reported elsewhere (the host's warm-up call).
    static func run(count: Int, setupStart: MonotonicInstant, excludedFromSetup: Double = 0, hostWarmupSeconds: Double? = nil,
                    worker: @escaping (Int, Slot, Gate) -> Void) -> TrialMeasurement {
        let barrier = StartBarrier(parties: count)
        let slots = (0..<count).map { _ in Slot() }
        let threads = slots.enumerated().map { index, slot in
            OSThread {
                let gate = Gate(barrier)
                worker(index, slot, gate)
                gate.arriveAndWait()
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
                checksum: slot.call.checksum, error: slot.call.error, gilEnabled: slot.call.gilEnabled)
        }
        return TrialMeasurement(
            setupSeconds: ready.seconds(since: setupStart) - excludedFromSetup, wallSeconds: lastEnd.seconds(since: release),
            teardownSeconds: joined.seconds(since: lastEnd), workers: samples, hostWarmupSeconds: hostWarmupSeconds,
            setupMemory: setupMemory)
    }

    /// The body most workers share: attach to an interpreter of `kind`, run `prepare` in it (a set-up error is
    /// the worker's error), pass the gate with the GIL released, and time the call.
    static func attachPrepareAndRun(_ kind: InterpreterKind, runtime: PythonRuntime, index: Int, slot: Slot, gate: Gate,
                                    prepare: (AttachedInterpreter) throws -> Void) {
        do {
            try WorkerInterpreter.with(kind, in: runtime) { interpreter in
                slot.interpreterID = interpreter.interpreterID
                do {
                    try prepare(interpreter)
                } catch {
                    slot.call.error = "set-up: \(error)"
                    HostLog.note("worker \(index): \(slot.call.error!)")
                    interpreter.withGILReleased { gate.arriveAndWait() }
                    return
                }
                slot.call = TimedCall.run(interpreter) { gate.arriveAndWait() }
                if let error = slot.call.error { HostLog.note("worker \(index): \(error)") }
            }
        } catch {
            slot.call.error = "set-up: \(error)"
            HostLog.note("worker \(index): \(slot.call.error!)")
        }
    }
}
