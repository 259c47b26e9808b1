"""Test fixture whose run() returns a different value on every call, to exercise gilbench's checksum-mismatch detection.

Written for gilbench's test suite: the result combines time.perf_counter_ns() with the
address of a fresh object, so it differs between calls, threads, interpreters and processes.
"""

import time

SIZE = 1000


def run(size):
    total = 0
    for i in range(size):
        total += i
    return time.perf_counter_ns() * 1000003 + id(object()) + total
