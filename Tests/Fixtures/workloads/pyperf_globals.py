"""A pyperf script that keeps its state in module globals, as benchmark scripts do (pyperformance's richards):
two threads sharing one copy of it would overwrite each other's state."""
import threading
import time

import pyperf

OWNER = None


def work():
    global OWNER
    OWNER = threading.get_ident()
    time.sleep(0.002)  # lets another thread run in between
    if OWNER != threading.get_ident():
        raise RuntimeError("another worker changed this worker's module globals")


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.bench_func("globals", work)
