"""Test fixture whose run() kills its own process with SIGSEGV, to exercise gilbench's crash reporting.

Written for gilbench's test suite. It sends SIGSEGV with os.kill(os.getpid(), signal.SIGSEGV)
instead of dereferencing NULL through ctypes because os and signal are core built-in
modules that load in every interpreter kind (main, shared-GIL and own-GIL sub-interpreters,
3.11-3.13), whereas 3.12+ own-GIL sub-interpreters refuse to import ctypes (_ctypes is a
single-phase-init extension there). Unless a SIGSEGV handler is installed (e.g. faulthandler,
which dumps tracebacks and then re-raises), the process dies from signal 11.
"""

import os
import signal
import time

SIZE = 10


def run(size):
    os.kill(os.getpid(), signal.SIGSEGV)
    # A signal sent to one's own process is normally delivered before kill() returns;
    # wait a little in case another thread has to take it, then fail loudly.
    deadline = time.monotonic() + 5.0
    while time.monotonic() < deadline:
        time.sleep(0.01)
    raise RuntimeError("gilbench test: SIGSEGV was not delivered")
