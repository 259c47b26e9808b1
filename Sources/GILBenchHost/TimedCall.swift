// TimedCall: one worker's set-up and timed run(size) inside an attached interpreter.
import GILBenchCore
import PythonEmbedding

/// What a worker measured around its call.
struct TimedCallResult {
    var start = MonotonicInstant(nanoseconds: 0)
    var end = MonotonicInstant(nanoseconds: 0)
    var checksum: String?
    var error: String?
}

/// The per-worker protocol shared by every strategy: load the workload, wait for the start signal with the GIL
/// released, take the GIL, then read the clock, call `run(size)`, read the clock. Nothing else is timed: the
/// look-ups come before the first read, storing and digesting the result after the second.
enum TimedCall {
    /// Loads the harness and the workload into `interpreter`.
    static func prepare(_ interpreter: AttachedInterpreter, workload: Workload, size: Int) throws {
        try interpreter.execute(WorkloadHarness.source)
        try interpreter.execute(WorkloadHarness.prepare(path: workload.path, size: size, inputBytes: workload.inputBytes))
    }

    /// Waits in `waitForStart` (GIL released), then runs and digests the call.
    static func run(_ interpreter: AttachedInterpreter, waitForStart: () -> Void) -> TimedCallResult {
        var result = TimedCallResult()
        interpreter.withGILReleased(waitForStart)
        do {
            try interpreter.call("_gb_run", arguments: "_gb_args", storingResultIn: "_gb_result",
                                 before: { result.start = .now() }, after: { result.end = .now() })
            try interpreter.execute(WorkloadHarness.digest)
            result.checksum = interpreter.string(named: "_gb_checksum")
        } catch {
            result.error = "\(error)"
        }
        return result
    }
}
