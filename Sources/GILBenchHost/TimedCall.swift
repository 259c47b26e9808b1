// TimedCall: one worker's set-up and timed run(size) inside an attached interpreter.
import GILBenchCore
import PythonEmbedding

/// What a worker measured around its call.
struct TimedCallResult {
    var start = MonotonicInstant(nanoseconds: 0)
    var end = MonotonicInstant(nanoseconds: 0)
    var checksum: String?
    var error: String?
    /// `sys._is_gil_enabled()` after the call (see `WorkloadHarness.digest`); nil if not read.
    var gilEnabled: Bool?
}

/// The per-worker protocol shared by every strategy: load the workload, wait for the start signal with the GIL
/// released, take the GIL, then read the clock, call `run(size)`, read the clock. Nothing else is timed: the
/// look-ups come before the first read, storing and digesting the result after the second.
enum TimedCall {
    /// Loads the harness and a private copy of the workload into `interpreter`, then makes the spec's
    /// `--inner-warmup` calls.
    static func prepare(_ interpreter: AttachedInterpreter, workload: Workload, size: Int, innerWarmupCount: Int = 0) throws {
        try interpreter.execute(WorkloadHarness.source)
        try interpreter.execute(WorkloadHarness.prepare(path: workload.path, size: size, inputBytes: workload.inputBytes,
                                                          arguments: workload.arguments ?? []))
        try finishPreparing(interpreter, innerWarmupCount: innerWarmupCount)
    }

    /// Loads the harness into a thread's `interpreter` and binds the workload module that the main interpreter
    /// loaded (`threads` with a shared module), then makes the `--inner-warmup` calls.
    static func prepareShared(_ interpreter: AttachedInterpreter, workload: Workload, size: Int, innerWarmupCount: Int) throws {
        try interpreter.execute(WorkloadHarness.source)
        try interpreter.execute(WorkloadHarness.bindShared(path: workload.path, arguments: workload.arguments ?? [], size: size,
                                                           inputBytes: workload.inputBytes))
        try finishPreparing(interpreter, innerWarmupCount: innerWarmupCount)
    }

    private static func finishPreparing(_ interpreter: AttachedInterpreter, innerWarmupCount: Int) throws {
        guard innerWarmupCount > 0 else { return }
        do {
            try interpreter.execute(WorkloadHarness.innerWarmup(count: innerWarmupCount))
        } catch {
            throw PythonEmbeddingError.pythonException(type: "InnerWarmup", summary: "inner warm-up: \(error)")
        }
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
            result.gilEnabled = interpreter.string(named: "_gb_gil").map { $0 == "true" }
        } catch {
            result.error = "\(error)"
        }
        return result
    }
}
