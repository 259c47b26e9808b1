# harness.py: loads a workload file and digests its result, identical in every interpreter and process.
#
# Run as source text in each worker's interpreter (exec'd into its globals), before pyperf_workload.py; the process
# worker (process_worker.py) and the pool driver (pool_driver.py) carry the same text. Embedded in the gilbench
# binary at build time (GILBenchBuiltins); nothing is read from disk. Names start with _gilbench_ so that they
# cannot clash with a workload's.
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


def _gilbench_prepare(path, argv, size, input_bytes=None):
    """Loads the workload: (module, run, args) for the timed call run(*args). Set-up, never timed."""
    module, run = _gilbench_load(path, argv)
    return module, run, _gilbench_args(module, size, input_bytes)

def _gilbench_bind_shared(path, argv, size, input_bytes=None):
    """(module, run, args) from the module the main interpreter already loaded (_gilbench_prepare registered it
    in sys.modules): threads of one interpreter share that module object, but each thread builds its own input
    (make_input), so a run that mutates its input cannot reach another worker. A pyperf script is the exception:
    each thread runs its __main__ itself, as every other worker does, because benchmark scripts keep their state
    in module globals (pyperformance's richards fails when two threads share one copy)."""
    module = sys.modules["_gilbench_workload"]
    if type(module).__name__ == "_GilbenchPyperfWorkload":
        module, run = _gilbench_load(path, argv)
    else:
        run = module.run
    return module, run, _gilbench_args(module, size, input_bytes)

def _gilbench_inner_warmup(run, args, count):
    """--inner-warmup: count untimed calls of run(*args) in the worker, after set-up."""
    for _ in range(count):
        run(*args)

def _gilbench_digest(result):
    """(checksum, "true"/"false"): the result's digest, and the GIL state in force once the call returned. Read
    after the call, not during set-up: importing an extension module enables the GIL of a free-threaded build
    transiently (for the import; permanently for a module not marked free-threading-safe), and legacy
    sub-interpreters share the main GIL, so a read while another worker is still importing its workload would
    report that transient state."""
    return _gilbench_checksum(result), "true" if _gilbench_gil_enabled() else "false"
