// WorkerInterpreter: attaching the calling OS thread to a (new) interpreter for the span of a closure.
import CPythonBridge

/// Scoped thread-state juggling for worker threads. The runtime's main GIL must be released (as
/// `PythonRuntime.start` leaves it) before workers call this.
public enum WorkerInterpreter {
    /// Attaches the calling thread to an interpreter of `kind`, runs `body` holding that interpreter's GIL,
    /// and tears everything down before returning. One (OS thread, interpreter) pair gets one thread state.
    ///
    /// Sequences (see shared notes; each held up on 3.11-3.13):
    /// - `.main`: `PyThreadState_New(main)`, `PyEval_RestoreThread`; end: `PyThreadState_Clear`,
    ///   `PyThreadState_DeleteCurrent`.
    /// - `.isolatedOwnGIL`: attach a main thread state as above (the docs require one on entry), then
    ///   `Py_NewInterpreterFromConfig`, which releases the main GIL and holds the new one; end:
    ///   `Py_EndInterpreter`, `PyEval_RestoreThread(main state)` (the main GIL is not held), clear, delete.
    /// - `.legacySharedGIL`: attach a main thread state (3.11 crashes without one), `PyThreadState_Swap(NULL)`,
    ///   `Py_NewInterpreter`; end: `Py_EndInterpreter`, `PyThreadState_Swap(main state)` (the shared GIL is
    ///   still held; `PyEval_RestoreThread` would deadlock on 3.11), clear, delete.
    public static func with<T>(
        _ kind: InterpreterKind, in runtime: PythonRuntime, _ body: (AttachedInterpreter) throws -> T
    ) throws -> T {
        let mainState = gb_PyThreadState_New(runtime.mainInterpreterState)
        gb_PyEval_RestoreThread(mainState)
        defer {
            gb_PyThreadState_Clear(mainState)
            gb_PyThreadState_DeleteCurrent()
        }
        switch kind {
        case .main:
            return try withHandle(body)
        case .isolatedOwnGIL:
            guard runtime.library.supportsOwnGIL else {
                throw PythonEmbeddingError.unsupported(
                    feature: "own-GIL sub-interpreters (Py_NewInterpreterFromConfig)",
                    version: runtime.library.version, needs: "3.12+")
            }
            var message = [CChar](repeating: 0, count: 512)
            guard let subState = gb_new_isolated_interpreter(&message, message.count) else {
                // On failure the calling thread state is left as it was: the main state, GIL held.
                gb_PyThreadState_Swap(mainState)
                throw PythonEmbeddingError.interpreterCreationFailed(decodeCString(message))
            }
            defer {
                gb_Py_EndInterpreter(subState)
                gb_PyEval_RestoreThread(mainState)
            }
            return try withHandle(body)
        case .legacySharedGIL:
            gb_PyThreadState_Swap(nil)
            guard let subState = gb_Py_NewInterpreter() else {
                gb_PyErr_Clear()
                gb_PyThreadState_Swap(mainState)
                throw PythonEmbeddingError.interpreterCreationFailed("Py_NewInterpreter returned NULL")
            }
            defer {
                gb_Py_EndInterpreter(subState)
                gb_PyThreadState_Swap(mainState)
            }
            return try withHandle(body)
        }
    }

    private static func withHandle<T>(_ body: (AttachedInterpreter) throws -> T) throws -> T {
        let handle = try AttachedInterpreter()
        defer { handle.close() }
        return try body(handle)
    }
}
