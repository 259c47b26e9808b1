"""Test fixture that is fine in the reference run but fails inside `threads` trials, chosen by environment.

Written for gilbench's test suite. The reference run calls run() on the host's main thread; `threads`
workers run on other threads of the main interpreter. GILBENCH_TEST_FAILURE picks how such a worker
fails: "segfault" (SIGSEGV), "exit" (os._exit(5)), "hang" (loops forever) or "raise" (RuntimeError).
"""

import os
import signal
import threading

SIZE = 1000


def run(size):
    total = sum(i * i for i in range(size))
    if threading.current_thread() is not threading.main_thread():
        how = os.environ.get("GILBENCH_TEST_FAILURE", "raise")
        if how == "segfault":
            os.kill(os.getpid(), signal.SIGSEGV)
        elif how == "exit":
            os._exit(5)
        elif how == "hang":
            while True:
                pass
        raise RuntimeError("gilbench test: failure inside a trial worker")
    return total
