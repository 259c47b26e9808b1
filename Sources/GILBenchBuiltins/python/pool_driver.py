# pool_driver.py: one trial of a Python-level strategy (thread-pool, process-pool, interpreter-pool), driven from
# the host's main interpreter.
#
# Written with the harness into a private folder as the modules _gilbench_pool and _gilbench_harness
# (PoolDriver.swift), so that worker processes (and 3.14's pool interpreters) can import the task functions by
# name, which pickling a callable requires. _gilbench_executor_trial(kind, path, size, workers, executable,
# start_method) returns the trial as JSON; _gilbench_interpreter_pool_trial(path, size, workers) does the same for
# interpreter-pool (InterpreterPoolExecutor on 3.14+, else _gilbench_lowlevel_trial on 3.12/3.13). Clocks are time.monotonic (CLOCK_MONOTONIC in every process); times in the JSON
# are seconds since the release (the instant just before the first task is handed over).
import os
import time
import json
import pickle
import threading

# The harness (harness.py + pyperf_workload.py) beside this module: run here, and sent into sub-interpreters.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_gilbench_harness.py"), encoding="utf-8") as _gb_file:
    _gilbench_harness_source = _gb_file.read()
exec(_gilbench_harness_source)

_gb_loaded = {}


def _gilbench_loaded(path):
    """The workload's run(), loaded once per interpreter (set-up; never inside a timed task)."""
    run = _gb_loaded.get(path)
    if run is None:
        run = _gilbench_load(path)[1]
        _gb_loaded[path] = run
    return run


def _gilbench_pool_warm(path, pause):
    """A warm-up task: loads the workload in the worker and holds it briefly so every worker gets one."""
    _gilbench_loaded(path)
    time.sleep(pause)
    return os.getpid()


def _gilbench_interpreter_id():
    """This interpreter's ID (0 in a main interpreter), from whichever interpreters module exists."""
    try:
        import _interpreters
        current = _interpreters.get_current()
        return int(current[0] if isinstance(current, tuple) else current)
    except ImportError:
        pass
    try:
        import _xxsubinterpreters
        return int(_xxsubinterpreters.get_current())
    except ImportError:
        return 0


def _gilbench_pool_task(path, args):
    """The timed task: the input is usable on entry (the pool has delivered it); returns the result itself."""
    t_in = time.monotonic()
    value = _gilbench_loaded(path)(*args)
    t_end = time.monotonic()
    return os.getpid(), _gilbench_interpreter_id(), t_in, t_end, value


class _GilbenchSubinterpreterError(Exception):
    """An exception raised inside a sub-interpreter, already described as "Type: message"."""


def _gilbench_describe(exc):
    if isinstance(exc, _GilbenchSubinterpreterError):
        return str(exc)
    text = str(exc)
    return f"{type(exc).__qualname__}: {text}" if text else type(exc).__qualname__


def _gilbench_inputs(module, size, workers, input_bytes):
    """One argument tuple per worker, (size,) or (size, data): make_input runs once per worker (set-up), so
    each worker owns its input object."""
    return [_gilbench_args(module, size, input_bytes) for _ in range(workers)]


def _gilbench_check_picklable(inputs, strategy):
    """A copying strategy must pickle each input: say so plainly, before any worker starts, if it cannot."""
    if len(inputs[0]) < 2:
        return
    try:
        pickle.dumps(inputs[0][1])
    except Exception as exc:
        raise TypeError(f"make_input's value cannot be pickled, which {strategy} needs to send it to a worker "
                        f"({_gilbench_describe(exc)}); return plain data (lists, dicts, str, bytes, numbers)") from None


def _gilbench_executor_trial(kind, path, size, workers, executable, start_method, input_bytes=None):
    """thread-pool / process-pool / interpreter-pool (3.14+ InterpreterPoolExecutor): JSON for the host."""
    import concurrent.futures as cf
    setup_start = time.monotonic()
    module, _ = _gilbench_load(path)
    _gilbench_loaded(path)
    inputs = _gilbench_inputs(module, size, workers, input_bytes)
    if kind != "thread-pool":
        _gilbench_check_picklable(inputs, kind)
    api = ""
    if kind == "thread-pool":
        pool = cf.ThreadPoolExecutor(max_workers=workers)
        api = "concurrent.futures.ThreadPoolExecutor"
    elif kind == "process-pool":
        import multiprocessing
        multiprocessing.set_executable(executable)
        context = multiprocessing.get_context(start_method)
        pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=context)
        api = f"concurrent.futures.ProcessPoolExecutor ({start_method})"
    else:
        import sys
        bootstrap = (f"import sys\nsys.path.insert(0, {os.path.dirname(__file__)!r})\n"
                     f"import _gilbench_pool\n_gilbench_pool._gilbench_loaded({path!r})\n")
        pool = cf.InterpreterPoolExecutor(max_workers=workers, initializer=exec, initargs=(bootstrap,))
        api = _gilbench_interpreter_pool_api()
    try:
        # Warm-up: every worker started and the workload loaded before the clock starts.
        for _ in range(20):
            seen = {f.result() for f in [pool.submit(_gilbench_pool_warm, path, 0.05) for _ in range(workers)]}
            if kind != "process-pool" or len(seen) >= workers:
                break
        received = [None] * workers

        def stamp(index):
            def done(_future):
                received[index] = time.monotonic()
            return done

        release = time.monotonic()
        futures = []
        for index, args in enumerate(inputs):
            future = pool.submit(_gilbench_pool_task, path, args)
            future.add_done_callback(stamp(index))
            futures.append(future)
        cf.wait(futures)
        last = time.monotonic()
        rows = []
        for index, future in enumerate(futures):
            try:
                pid, iid, t_in, t_end, value = future.result()
                rows.append({"pid": pid, "interpreter_id": iid, "in": t_in - release, "end": t_end - release,
                             "back": (received[index] or last) - release, "checksum": _gilbench_checksum(value)})
            except BaseException as exc:
                rows.append({"error": _gilbench_describe(exc)})
    finally:
        shutdown_start = time.monotonic()
        pool.shutdown(wait=True)
    end = time.monotonic()
    return json.dumps({"api": api, "setup": release - setup_start, "teardown": end - shutdown_start, "workers": rows})


def _gilbench_interpreter_pool_trial(path, size, workers, input_bytes=None):
    """interpreter-pool: concurrent.futures.InterpreterPoolExecutor where this Python has it (3.14+), else the
    low-level interpreters module (3.12/3.13)."""
    import concurrent.futures as cf
    if hasattr(cf, "InterpreterPoolExecutor"):
        return _gilbench_executor_trial("interpreter-pool", path, size, workers, None, None, input_bytes)
    return _gilbench_lowlevel_trial(path, size, workers, input_bytes)


def _gilbench_interpreter_pool_api():
    """What InterpreterPoolExecutor ran on: 3.14+ builds it on the PEP 734 module concurrent.interpreters (named
    when that module is loaded, as creating the executor does), an earlier preview directly on _interpreters."""
    import sys
    if "concurrent.interpreters" in sys.modules:
        return "concurrent.futures.InterpreterPoolExecutor (concurrent.interpreters)"
    return "concurrent.futures.InterpreterPoolExecutor"


def _gilbench_lowlevel_api():
    """The interpreters module this Python has (3.13 `_interpreters`, 3.12 `_xxsubinterpreters`), or None."""
    try:
        import _interpreters, _interpchannels
        return "_interpreters + _interpchannels"
    except ImportError:
        pass
    try:
        import _xxsubinterpreters, _xxinterpchannels
        return "_xxsubinterpreters + _xxinterpchannels"
    except ImportError:
        return None


# Code run inside each sub-interpreter: the channel calls of whichever module this Python has.
_GB_SUB_CHANNELS = """
try:
    import _interpchannels as _gb_ch
    def _gb_send(cid, obj): _gb_ch.send(cid, obj, 2, blocking=False)
    def _gb_recv(cid): return _gb_ch.recv(cid)[0]
except ImportError:
    import _xxinterpchannels as _gb_ch
    def _gb_send(cid, obj): _gb_ch.send(cid, obj)
    def _gb_recv(cid): return _gb_ch.recv(cid)
"""

_GB_SUB_TASK = """
import os, time, pickle
if _gb_has_input:
    _gb_args = pickle.loads(_gb_recv(_gb_in))
else:
    _gb_args = (_gb_size,)
_gb_t_in = time.monotonic()
_gb_value = _gb_run(*_gb_args)
_gb_t_end = time.monotonic()
_gb_send(_gb_out, pickle.dumps((os.getpid(), _gb_t_in, _gb_t_end, _gb_value)))
"""


def _gilbench_lowlevel_trial(path, size, workers, input_bytes=None):
    """interpreter-pool on 3.12/3.13: one thread per worker drives its own-GIL sub-interpreter with the
    Python's low-level interpreters module, sending pickled input and result through its channels."""
    exec(_GB_SUB_CHANNELS, globals())
    try:
        import _interpreters as interp

        def create():
            return interp.create("isolated")

        def run_in(iid, code, shared):
            failure = interp.exec(iid, code, shared)
            if failure is not None:
                name = getattr(getattr(failure, "type", None), "__name__", "Exception")
                message = getattr(failure, "msg", "") or ""
                raise _GilbenchSubinterpreterError(f"{name}: {message}" if message else name)

        def new_channel():
            return _gb_ch.create(2)
    except ImportError:
        import _xxsubinterpreters as interp

        def create():
            return interp.create(isolated=True)

        def run_in(iid, code, shared):
            try:
                interp.run_string(iid, code, shared)
            except interp.RunFailedError as exc:
                # 3.12 words it "<class 'ValueError'>: message".
                import re
                text = str(exc)
                match = re.match(r"<class '([\w.]+)'>:? ?(.*)", text, re.S)
                if match:
                    text = match[1].rsplit(".", 1)[-1] + (f": {match[2]}" if match[2] else "")
                raise _GilbenchSubinterpreterError(text) from None

        def new_channel():
            return _gb_ch.create()

    api = _gilbench_lowlevel_api()
    setup_start = time.monotonic()
    module, _ = _gilbench_load(path)
    inputs = _gilbench_inputs(module, size, workers, input_bytes)
    _gilbench_check_picklable(inputs, "interpreter-pool")
    has_input = len(inputs[0]) > 1
    ready = threading.Barrier(workers + 1)
    go = threading.Event()
    rows = [None] * workers
    release_box = [0.0]

    def worker(index):
        iid = None
        channels = []
        arrived = False
        try:
            iid = create()
            cin, cout = new_channel(), new_channel()
            channels = [cin, cout]
            run_in(iid, _GB_SUB_CHANNELS + _gilbench_harness_source
                   + f"\nimport os, time, pickle\n_gb_module, _gb_run = _gilbench_load({path!r})\n", {})
            arrived = True
            ready.wait()
            go.wait()
            release = release_box[0]
            if has_input:
                _gb_send(cin, pickle.dumps(inputs[index]))
            run_in(iid, _GB_SUB_TASK, {"_gb_in": cin, "_gb_out": cout, "_gb_size": size,
                                        "_gb_has_input": 1 if has_input else 0})
            pid, t_in, t_end, value = pickle.loads(_gb_recv(cout))
            back = time.monotonic()
            rows[index] = {"pid": pid, "interpreter_id": int(iid), "in": t_in - release, "end": t_end - release,
                           "back": back - release, "checksum": _gilbench_checksum(value)}
        except BaseException as exc:
            rows[index] = {"error": _gilbench_describe(exc), "interpreter_id": int(iid) if iid is not None else -1}
            if not arrived:
                ready.wait()
        finally:
            for cid in channels:
                try:
                    _gb_ch.destroy(cid)
                except Exception:
                    pass
            if iid is not None:
                try:
                    interp.destroy(iid)
                except Exception:
                    pass

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    ready.wait()
    release = release_box[0] = time.monotonic()
    go.set()
    for thread in threads:
        thread.join()
    end = time.monotonic()
    last = max([row["back"] for row in rows if "back" in row] or [0.0])
    return json.dumps({"api": api, "setup": release - setup_start, "teardown": end - release - last, "workers": rows})
