// PythonLibrary: the libpython loaded into this process with dlopen, and what it can do.
import CPythonBridge

/// The one CPython library loaded into this process. Load it with `PythonLibrary.load(path:)` before
/// starting a `PythonRuntime`.
public final class PythonLibrary {
    /// The path passed to dlopen.
    public let path: String
    /// `Py_GetVersion()`, e.g. "3.13.0 (main, ...)".
    public let versionString: String
    /// The leading "X.Y.Z" of `versionString`.
    public let version: String
    /// Whether `Py_NewInterpreterFromConfig` exists (CPython 3.12+): the feature test for own-GIL sub-interpreters.
    public let supportsOwnGIL: Bool

    private init(path: String) {
        self.path = path
        self.versionString = String(cString: gb_Py_GetVersion())
        self.version = String(versionString.prefix { $0 != " " })
        self.supportsOwnGIL = gb_has_interpreter_config() != 0
    }

    private static var loaded: PythonLibrary?

    /// Opens libpython with dlopen (RTLD_NOW | RTLD_GLOBAL) and resolves its C API (`gb_load_library`).
    public static func load(path: String) throws -> PythonLibrary {
        if let loaded {
            if loaded.path == path { return loaded }
            throw PythonEmbeddingError.libraryAlreadyLoaded(path: path)
        }
        var buffer = [CChar](repeating: 0, count: 1024)
        guard gb_load_library(path, &buffer, buffer.count) == 0 else {
            throw PythonEmbeddingError.libraryNotLoadable(path: path, reason: decodeCString(buffer))
        }
        let library = PythonLibrary(path: path)
        loaded = library
        return library
    }
}

/// The text of a NUL-terminated C buffer.
func decodeCString(_ buffer: [CChar]) -> String {
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
}
