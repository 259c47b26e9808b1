"""Test fixture whose run() never returns: a pure-Python busy loop, to exercise gilbench's timeouts.

Written for gilbench's test suite. The loop is CPU-bound, only lets go of its GIL at the
interpreter's periodic switch points and never finishes, so the only way out is for the
host to kill the process (or, in-process, to abandon the thread).
"""

SIZE = 10


def run(size):
    while True:
        pass
