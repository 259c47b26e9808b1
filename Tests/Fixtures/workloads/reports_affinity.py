"""Test fixture whose run() returns the CPUs its process may run on (os.sched_getaffinity), after a little work.

Written for gilbench's test suite: under --affinity every worker, thread or process, must report the same mask
as the reference run. When GILBENCH_TEST_CPU_LOG names a file, each call also appends a line
"pid start end cpu" (monotonic clock, and the process's CPU seconds spent in the call), so the test can check
that pinned workers together never used more than one CPU. Returns a list of ints.
"""

import os
import time

SIZE = 20000


def run(size):
    start, cpu = time.monotonic(), time.process_time()
    total = 0
    for i in range(size):
        total += i * i
    log = os.environ.get("GILBENCH_TEST_CPU_LOG")
    if log:
        with open(log, "a") as handle:
            handle.write(f"{os.getpid()} {start} {time.monotonic()} {time.process_time() - cpu}\n")
    return sorted(os.sched_getaffinity(0))
