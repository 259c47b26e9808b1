// InterpreterKind: which interpreter a worker thread runs Python in.

/// The interpreter a worker thread attaches to.
public enum InterpreterKind: Sendable {
    /// A new thread state in the main interpreter: every worker shares the one GIL.
    case main
    /// `Py_NewInterpreterFromConfig` with its own GIL and obmalloc (PEP 684, CPython 3.12+).
    case isolatedOwnGIL
    /// Legacy `Py_NewInterpreter`: a separate interpreter that shares the main GIL.
    case legacySharedGIL
}
