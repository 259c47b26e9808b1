# pyperf_workload.py: runs a pyperf benchmark script as a workload: a stand-in pyperf.Runner records the benchmark
# the script asks for, and run(size) times that many loops of it.
#
# Appended to harness.py (whose names, sys among them, it uses) wherever the harness runs.
# --- pyperf scripts as workloads (pyperf_workload.py) ---
class unsupported(Exception):
    """A pyperf script gilbench cannot time; the class name becomes the row's status."""

class _GilbenchUnchecked:
    """What a pyperf workload's run(size) returns: pyperf functions return timings, nothing to cross-check."""
    __slots__ = ()
    def __repr__(self):
        return "unchecked: a pyperf benchmark returns no result"

_GILBENCH_UNCHECKED = _GilbenchUnchecked()

def _gilbench_is_pyperf(path):
    """A pyperf script imports pyperf and defines no top-level run."""
    import ast
    try:
        with open(path, "rb") as handle:
            tree = ast.parse(handle.read())
    except Exception:
        return False
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == "run":
            return False
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "run" for t in node.targets):
            return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(alias.name.split(".")[0] == "pyperf" for alias in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "pyperf":
            return True
    return False

def _gilbench_pyperf_runner_class(calls):
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message):
            raise ValueError(f"its argument parser rejected the arguments: {message}")

    class Runner:
        """Stand-in for pyperf.Runner: records the benchmark instead of running it."""
        def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None, show_name=True,
                     program_args=None, add_cmdline_args=None, _argparser=None, warmups=None, **kwargs):
            self.metadata = dict(metadata or {})
            self.args = None
            parser = _Parser(prog=sys.argv[0] if sys.argv else "pyperf-script")
            # pyperf's own options, accepted and ignored: gilbench decides processes, loops and values.
            for flags, extra in (
                (("-p", "--processes"), {"type": int}), (("-n", "--values"), {"type": int}),
                (("-w", "--warmups"), {"type": int}), (("-l", "--loops"), {"type": int}),
                (("--min-time",), {"type": float}), (("-o", "--output"), {}), (("--inherit-environ",), {}),
                (("--worker-task",), {"type": int}),
            ):
                parser.add_argument(*flags, default=None, **extra)
            for flag in ("-v", "--verbose", "-q", "--quiet", "--fast", "--rigorous", "--worker", "--append",
                         "--debug-single-value", "--tracemalloc", "--track-memory", "--no-locale"):
                parser.add_argument(flag, action="store_true", default=False)
            # gilbench's own: which bench call to time in a script that makes several.
            parser.add_argument("--gilbench-bench", default=None)
            self.argparser = parser

        def parse_args(self, args=None):
            if self.args is None or args is not None:
                self.args = self.argparser.parse_args(sys.argv[1:] if args is None else args)
            return self.args

        def _record(self, method, name, func, args, inner_loops, **extra):
            self.parse_args()
            calls.append({"method": method, "name": name, "func": func, "args": args,
                          "inner_loops": inner_loops, **extra})

        def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
            self._record("bench_time_func", name, time_func, args, inner_loops)

        def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
            self._record("bench_func", name, func, args, inner_loops)

        def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None, loop_factory=None):
            self._record("bench_async_func", name, func, args, inner_loops, loop_factory=loop_factory)

        def bench_command(self, name, command):
            self._record("bench_command", name, None, tuple(command), None)

        def timeit(self, name, stmt=None, setup="pass", teardown="pass", inner_loops=None, duplicate=None,
                   metadata=None, globals=None):
            import timeit as _timeit
            timer = _timeit.Timer(stmt or "pass", setup, globals=globals)
            self._record("bench_time_func", name, timer.timeit, (), inner_loops)

    return Runner

def _gilbench_pyperf_module(runner_class):
    """A fresh `pyperf` module: real pyperf's functions where it is installed, with Runner replaced."""
    import types, time
    module = types.ModuleType("pyperf")
    previous = sys.modules.pop("pyperf", None)
    try:
        import pyperf as real
        module.__dict__.update({k: v for k, v in vars(real).items() if k not in ("__name__", "__spec__", "__loader__")})
        module.__gilbench_real__ = True
    except ImportError:
        module.perf_counter = time.perf_counter
        module.python_implementation = lambda: sys.implementation.name
        module.__version__ = "0 (gilbench stand-in: pyperf is not installed)"
        module.__gilbench_real__ = False
    finally:
        if previous is not None:
            sys.modules["pyperf"] = previous
    module.Runner = runner_class
    return module

class _GilbenchPyperfWorkload:
    """Looks like a workload module to the harness: run(size), SIZE (calibrated on first use), __doc__."""
    def __init__(self, run, doc, failed):
        self.run = run
        self.__doc__ = doc
        self._failed = failed
        self._size = None

    @property
    def SIZE(self):
        if self._size is None:
            self._size = 1 if self._failed else _gilbench_pyperf_calibrate(self.run)
        return self._size

def _gilbench_pyperf_calibrate(run):
    """Loops such that one call takes at least GILBENCH_MIN_CALL_SECONDS (default 0.1 s)."""
    import os, time
    try:
        minimum = float(os.environ.get("GILBENCH_MIN_CALL_SECONDS", "0.1"))
    except ValueError:
        minimum = 0.1
    loops = 1
    try:
        while loops < (1 << 30):
            start = time.perf_counter()
            run(loops)
            elapsed = time.perf_counter() - start
            if elapsed >= minimum:
                break
            wanted = loops * 10 if elapsed <= 0 else int(loops * minimum * 1.2 / elapsed) + 1
            loops = max(loops * 2, min(wanted, loops * 1000))
    except Exception:
        return loops  # the reference run calls run() again and reports the error
    return loops

def _gilbench_load_pyperf(path, argv):
    """Runs the script's __main__ with a stand-in pyperf.Runner and returns (workload, run)."""
    import os, runpy, threading
    lock = sys.__dict__.setdefault("_gilbench_pyperf_lock", threading.RLock())
    calls = []
    problem = None
    import json
    deps = json.loads(os.environ.get("GILBENCH_PYPERF_DEPS") or "{}").get(sys.prefix + "\x1f" + path)
    if deps and "unsupported" in deps:
        problem = (unsupported, deps["unsupported"])
    elif deps and deps.get("path") and deps["path"] not in sys.path:
        sys.path.insert(0, deps["path"])
        # Its .pth files too, as in the virtual environment pyperformance would use (setuptools'
        # distutils-precedence.pth provides distutils on 3.12+); the folder is on sys.path already.
        import site
        site.addsitedir(deps["path"])
    with lock:
        module = _gilbench_pyperf_module(_gilbench_pyperf_runner_class(calls))
        previous = sys.modules.get("pyperf")
        saved_argv = sys.argv
        sys.modules["pyperf"] = module
        sys.argv = [path] + list(argv)
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in sys.path:
            sys.path.insert(0, folder)
        try:
            if problem is None:
                # A script's __main__ sees the builtins module as __builtins__ (exec alone would give its
                # dict; bm_sphinx patches __builtins__.open).
                import builtins
                runpy.run_path(path, init_globals={"__builtins__": builtins}, run_name="__main__")
        except SystemExit as exc:
            if exc.code not in (None, 0):
                problem = (RuntimeError, f"the pyperf script exited with {exc.code!r} in its set-up")
        except ModuleNotFoundError as exc:
            problem = (unsupported, f"the pyperf script needs the module {exc.name!r}, which is not installed "
                       "for this Python")
        except BaseException as exc:
            problem = (RuntimeError, f"the pyperf script failed in its set-up: {type(exc).__qualname__}: {exc}")
        finally:
            sys.argv = saved_argv
            if previous is None:
                sys.modules.pop("pyperf", None)
            else:
                sys.modules["pyperf"] = previous
    names = ", ".join(f"{c['method']}({c['name']!r})" for c in calls)
    wanted = None
    if "--gilbench-bench" in argv[:-1]:
        wanted = list(argv)[list(argv).index("--gilbench-bench") + 1]
    if problem is None and wanted is not None and calls:
        chosen = [c for c in calls if c["name"] == wanted]
        if not chosen:
            problem = (RuntimeError, f"the pyperf script makes no bench call named {wanted!r} (it makes {names})")
        calls = chosen
    if problem is None and not calls:
        problem = (RuntimeError, "the pyperf script never called a bench method (bench_func, bench_time_func, "
                   f"bench_async_func); arguments {list(argv)}")
    elif problem is None and len(calls) > 1:
        problem = (RuntimeError, f"the pyperf script called {len(calls)} bench methods ({names}); gilbench times "
                   f"one: choose it with --workload-arg gilbench-bench={calls[0]['name']} (or another name)")
    elif problem is None and calls[0]["method"] == "bench_command":
        problem = (unsupported, f"pyperf bench_command({calls[0]['name']!r}) times a command "
                   f"({' '.join(map(str, calls[0]['args']))}), not Python code in this interpreter")
    if problem is not None:
        kind, message = problem
        def run(size):
            raise kind(message)
        workload = _GilbenchPyperfWorkload(run, "pyperf script: " + message, True)
        sys.modules["_gilbench_workload"] = workload
        return workload, run
    call = calls[0]
    func, args = call["func"], call["args"]
    if call["method"] == "bench_time_func":
        def run(size):
            func(size, *args)
            return _GILBENCH_UNCHECKED
    elif call["method"] == "bench_func":
        def run(size):
            for _ in range(size):
                func(*args)
            return _GILBENCH_UNCHECKED
    else:
        import asyncio
        # One event loop per worker: threads sharing the module (threads' default) each make their own.
        per_thread = threading.local()
        async def loops(size):
            for _ in range(size):
                await func(*args)
        def run(size):
            loop = getattr(per_thread, "loop", None)
            if loop is None:
                loop = per_thread.loop = (call.get("loop_factory") or asyncio.new_event_loop)()
            loop.run_until_complete(loops(size))
            return _GILBENCH_UNCHECKED
    where = "real pyperf " + str(getattr(module, "__version__", "?")) if module.__gilbench_real__ else "pyperf not installed"
    doc = (f"pyperf {call['method']}({call['name']!r}), inner_loops={call['inner_loops']}, "
           f"arguments {list(argv)}, {where}")
    workload = _GilbenchPyperfWorkload(run, doc, False)
    # Registered like a module file, so that threads sharing one module (_gilbench_bind_shared) find it.
    sys.modules["_gilbench_workload"] = workload
    return workload, run
