// PythonRuntime: starting and finalising the embedded interpreter, and holding the main thread's GIL scope.
import CPythonBridge
#if canImport(Glibc)
import Glibc
#endif

/// The initialised CPython runtime of this process. After `start`, the main GIL is released so worker
/// threads can attach (own-GIL creation in 3.13 briefly needs it); re-take it only with `withMainInterpreter`.
public final class PythonRuntime {
    public let library: PythonLibrary
    private var mainThreadState: OpaquePointer?

    private init(library: PythonLibrary) {
        self.library = library
    }

    /// Sets PYTHONHOME and the program name, calls `Py_InitializeEx(0)` (no signal handlers), then
    /// `PyEval_SaveThread()`.
    /// - Parameters:
    ///   - home: the installation prefix; without it the runtime may find another version's stdlib.
    ///   - importSite: `false` sets `Py_NoSiteFlag` so neither the main nor any sub-interpreter imports `site`.
    ///   - executable: the installation's interpreter, which becomes `sys.executable` in every interpreter
    ///     (`Py_SetProgramName`, where the library still exports it), so a workload that starts
    ///     `sys.executable` (subprocess, multiprocessing) starts the same Python rather than PATH's `python3`.
    public static func start(library: PythonLibrary, home: String?, importSite: Bool = true,
                             executable: String? = nil) -> PythonRuntime {
        if let home { setenv("PYTHONHOME", home, 1) }
        if let executable { _ = gb_set_program_name(executable) }
        gb_set_no_site(importSite ? 0 : 1)
        gb_Py_Initialize()
        let runtime = PythonRuntime(library: library)
        runtime.mainThreadState = gb_PyEval_SaveThread()
        return runtime
    }

    /// Runs `body` on the calling thread with the main interpreter's thread state attached
    /// (`PyEval_RestoreThread` ... `PyEval_SaveThread`). Only the thread that called `start` may use it.
    public func withMainInterpreter<T>(_ body: (AttachedInterpreter) throws -> T) throws -> T {
        gb_PyEval_RestoreThread(mainThreadState)
        defer { mainThreadState = gb_PyEval_SaveThread() }
        let interpreter = try AttachedInterpreter()
        defer { interpreter.close() }
        return try body(interpreter)
    }

    /// `Py_FinalizeEx()` after re-attaching the main thread state. Every sub-interpreter must have ended.
    @discardableResult
    public func finalize() -> Int32 {
        gb_PyEval_RestoreThread(mainThreadState)
        mainThreadState = nil
        return gb_Py_FinalizeEx()
    }

    /// The main interpreter (`PyInterpreterState_Main()`), for worker threads that attach to it.
    var mainInterpreterState: OpaquePointer? { gb_PyInterpreterState_Main() }
}
