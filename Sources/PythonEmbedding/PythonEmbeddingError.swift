// PythonEmbeddingError: what can go wrong while loading or driving an embedded CPython, and how to fix it.

/// An error from the embedding layer. Each case's description names the cause and what to change.
public enum PythonEmbeddingError: Error, CustomStringConvertible, Equatable {
    /// dlopen or a required symbol failed.
    case libraryNotLoadable(path: String, reason: String)
    /// A second library was asked for in the same process (one process holds one libpython).
    case libraryAlreadyLoaded(path: String)
    /// The feature needs a newer CPython than the loaded one.
    case unsupported(feature: String, version: String, needs: String)
    /// Creating a sub-interpreter failed (PyStatus message).
    case interpreterCreationFailed(String)
    /// Python code raised; `summary` is "Type: message (file:line)".
    case pythonException(type: String, summary: String)

    public var description: String {
        switch self {
        case let .libraryNotLoadable(path, reason):
            return "cannot load the Python library \(path): \(reason). Pass --python with an interpreter or "
                + "libpython built with --enable-shared."
        case let .libraryAlreadyLoaded(path):
            return "this process already loaded a Python library; cannot also load \(path)"
        case let .unsupported(feature, version, needs):
            return "\(feature) needs CPython \(needs); this is \(version)"
        case let .interpreterCreationFailed(reason):
            return "creating a sub-interpreter failed: \(reason)"
        case let .pythonException(_, summary):
            return summary
        }
    }
}
