// WorkloadHarness: the Python code that loads a workload file and digests its result, identical in every
// interpreter and process.

import Foundation

/// Python source and snippets run inside each worker's interpreter.
enum WorkloadHarness {
    /// Defines `_gilbench_load(path)` and `_gilbench_checksum(value)`.
    static let source = #"""
    import sys
    import importlib.util

    def _gilbench_load(path, argv=()):
        if _gilbench_is_pyperf(path):
            return _gilbench_load_pyperf(path, argv)
        spec = importlib.util.spec_from_file_location("_gilbench_workload", path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {path} as a Python module")
        module = importlib.util.module_from_spec(spec)
        sys.modules["_gilbench_workload"] = module
        spec.loader.exec_module(module)
        run = getattr(module, "run", None)
        if not callable(run):
            raise TypeError("it defines no callable run(size)")
        return module, run

    def _gilbench_module_facts(module):
        import json
        size = getattr(module, "SIZE", None)
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            size = None
        doc = (module.__doc__ or "").strip().splitlines()
        return json.dumps({"defaultSize": size, "docstring": doc[0] if doc else ""})

    def _gilbench_checksum(value):
        # hex() for ints: repr() of a huge int hits the 3.11+ int-to-str digit limit.
        try:
            text = hex(value) if type(value) is int else repr(value)
        except Exception as exc:
            text = f"<unrepresentable {type(value).__name__}: {exc}>"
        if len(text) <= 64:
            return text
        # hash() of a str is deterministic across processes: hosts run with PYTHONHASHSEED=0.
        return f"{text[:24]}...[{len(text)} chars, hash {hash(text) & 0xFFFFFFFFFFFFFFFF:016x}]"

    def _gilbench_args(module, size, input_bytes=None):
        # (size,), or (size, make_input(size[, input_bytes])) for a workload with input: each call builds a new
        # object, so every worker that calls this owns its input (a run() that mutates it cannot reach another).
        make_input = getattr(module, "make_input", None)
        if not callable(make_input):
            return (size,)
        if input_bytes is None:
            input_bytes = getattr(module, "INPUT_BYTES", None)
        try:
            data = make_input(size) if input_bytes is None else make_input(size, input_bytes)
        except Exception as exc:
            text = str(exc)
            raise RuntimeError(f"make_input({size}) raised {type(exc).__qualname__}" + (f": {text}" if text else "")) from None
        return (size, data)

    def _gilbench_gil_enabled():
        # What is in force now: PYTHON_GIL=1 or an extension module without Py_MOD_GIL_NOT_USED re-enables the
        # GIL of a free-threaded build. CPythons without sys._is_gil_enabled (before 3.13) always have one.
        probe = getattr(sys, "_is_gil_enabled", None)
        return probe is None or bool(probe())

    def _gilbench_time_direct(run, args):
        import time
        start = time.perf_counter()
        value = run(*args)
        return time.perf_counter() - start, value

    \#(pyperfSource)
    """#

    /// A Python string literal for `text` (JSON string syntax is valid Python).
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Code that loads the workload and binds `_gb_run` and `_gb_args` for the timed call.
    static func prepare(path: String, size: Int, inputBytes: Int? = nil, arguments: [String] = []) -> String {
        "_gb_module, _gb_run = \(load(path: path, arguments: arguments))\n"
            + "_gb_args = _gilbench_args(_gb_module, \(size), \(inputBytes.map(String.init) ?? "None"))\n"
    }

    /// A `_gilbench_load(...)` call; `arguments` become a pyperf script's sys.argv[1:].
    static func load(path: String, arguments: [String]) -> String {
        "_gilbench_load(\(literal(path)), [\(arguments.map(literal).joined(separator: ", "))])"
    }

    /// Code that binds `_gb_run` and `_gb_args` to the module the main interpreter already loaded (`prepare`
    /// registered it in `sys.modules`): threads of one interpreter share that module object, but each thread
    /// builds its own input (`make_input`), so a `run` that mutates its input cannot reach another worker.
    /// A pyperf script is the exception: each thread runs its `__main__` itself (`path`, `arguments`), as every
    /// other worker does, because benchmark scripts keep their state in module globals (pyperformance's richards
    /// fails when two threads share one copy).
    static func bindShared(path: String, arguments: [String], size: Int, inputBytes: Int? = nil) -> String {
        "_gb_module = sys.modules[\"_gilbench_workload\"]\n"
            + "if type(_gb_module).__name__ == \"_GilbenchPyperfWorkload\":\n"
            + "    _gb_module, _gb_run = \(load(path: path, arguments: arguments))\n"
            + "else:\n    _gb_run = _gb_module.run\n"
            + "_gb_args = _gilbench_args(_gb_module, \(size), \(inputBytes.map(String.init) ?? "None"))\n"
    }

    /// Code that makes `count` untimed calls of `_gb_run(*_gb_args)` (`--inner-warmup`).
    static func innerWarmup(count: Int) -> String {
        "for _gb_i in range(\(count)):\n    _gb_run(*_gb_args)\n"
    }

    /// Code that digests `_gb_result` into the str `_gb_checksum`, and the GIL state in force once the call
    /// returned into the str `_gb_gil` ("true"/"false"). Read after the call, not during set-up: importing an
    /// extension module enables the GIL of a free-threaded build transiently (for the import; permanently for
    /// a module not marked free-threading-safe), and legacy sub-interpreters share the main GIL, so a read while
    /// another worker is still importing its workload would report that transient state.
    static let digest = "_gb_checksum = _gilbench_checksum(_gb_result)\n"
        + "_gb_gil = 'true' if _gilbench_gil_enabled() else 'false'\n"
}
