// AttachedInterpreter: Python code execution in the interpreter attached to the calling thread.
import CPythonBridge
import GILBenchBuiltins

/// A handle valid only inside the closure that provides it, on the thread that holds its GIL. It owns a
/// private globals dict in which code runs and from which values are fetched by name.
public final class AttachedInterpreter {
    private let globals: OpaquePointer

    init() throws {
        guard let dict = gb_PyDict_New() else { throw AttachedInterpreter.currentException() }
        globals = dict
    }

    func close() {
        gb_Py_DecRef(globals)
    }

    /// `PyInterpreterState_GetID(PyInterpreterState_Get())`: 0 for the main interpreter.
    public var interpreterID: Int64 { gb_current_interpreter_id() }

    /// Runs `code` as a module body (`PyRun_String` with `Py_file_input`) in this handle's globals.
    public func execute(_ code: String) throws {
        guard let result = gb_run_file_input(code, globals) else { throw AttachedInterpreter.currentException() }
        gb_Py_DecRef(result)
    }

    /// The `str` value of global `name` (which must be a `str`), or nil when it is missing or not a str.
    public func string(named name: String) -> String? {
        guard let object = gb_PyDict_GetItemString(globals, name), let utf8 = gb_PyUnicode_AsUTF8(object) else {
            gb_PyErr_Clear()
            return nil
        }
        return String(cString: utf8)
    }

    /// Calls global `function` with the tuple in global `arguments` (`PyObject_CallObject`) and stores the
    /// return value in global `result`. Only the call itself runs between `before()` and `after()` (the clock
    /// reads of a timed call): the look-ups happen before, storing the value or formatting an exception after.
    public func call(_ function: String, arguments: String, storingResultIn result: String,
                     before: () -> Void = {}, after: () -> Void = {}) throws {
        guard let callable = gb_PyDict_GetItemString(globals, function),
              let args = gb_PyDict_GetItemString(globals, arguments) else {
            throw PythonEmbeddingError.pythonException(
                type: "NameError", summary: "NameError: \(function) or \(arguments) is not defined")
        }
        // Own them for the call: the borrowed entries must outlive whatever the callee does.
        gb_Py_IncRef(callable)
        gb_Py_IncRef(args)
        defer {
            gb_Py_DecRef(args)
            gb_Py_DecRef(callable)
        }
        before()
        let value = gb_PyObject_CallObject(callable, args)
        after()
        guard let value else { throw AttachedInterpreter.currentException() }
        defer { gb_Py_DecRef(value) }
        if gb_PyDict_SetItemString(globals, result, value) != 0 { throw AttachedInterpreter.currentException() }
    }

    /// Runs `body` with this thread's GIL released (`PyEval_SaveThread` ... `PyEval_RestoreThread`), e.g. to
    /// wait at a start barrier without blocking other workers of a shared GIL.
    public func withGILReleased<T>(_ body: () throws -> T) rethrows -> T {
        let state = gb_PyEval_SaveThread()
        defer { gb_PyEval_RestoreThread(state) }
        return try body()
    }

    /// Fetches and clears the pending Python exception as a Swift error whose summary is
    /// "Type: message (at file:line)", naming the innermost frame.
    static func currentException() -> PythonEmbeddingError {
        guard let exception = gb_fetch_exception() else {
            return .pythonException(type: "SystemError", summary: "SystemError: a C-API call failed without an exception")
        }
        defer { gb_Py_DecRef(exception) }
        return describe(exception)
    }

    private static func describe(_ exception: OpaquePointer) -> PythonEmbeddingError {
        // Formatting goes through Python (type(exc).__qualname__ + str(exc) + the innermost traceback frame)
        // in a throwaway dict, so it works in any interpreter without assuming object layouts.
        guard let scratch = gb_PyDict_New() else { return fallback() }
        defer { gb_Py_DecRef(scratch) }
        let source = BuiltinFiles.text("describe_exception.py", in: .python) ?? ""
        guard let defined = gb_run_file_input(source, scratch) else { return fallback() }
        gb_Py_DecRef(defined)
        guard let function = gb_PyDict_GetItemString(scratch, "_describe"),
              let text = gb_call_one(function, exception) else { return fallback() }
        defer { gb_Py_DecRef(text) }
        guard let utf8 = gb_PyUnicode_AsUTF8(text) else { return fallback() }
        let parts = String(cString: utf8).split(separator: "\n", maxSplits: 1).map(String.init)
        return .pythonException(type: parts.first ?? "Exception", summary: parts.count > 1 ? parts[1] : parts[0])
    }

    private static func fallback() -> PythonEmbeddingError {
        gb_PyErr_Clear()
        return .pythonException(type: "Exception", summary: "an exception was raised and could not be formatted")
    }
}
