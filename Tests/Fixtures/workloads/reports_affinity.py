"""Test fixture whose run() returns the CPUs its process may run on (os.sched_getaffinity), after a little work.

Written for gilbench's test suite: under --affinity every worker, thread or process, must report the same mask
as the reference run. Returns a list of ints.
"""

import os

SIZE = 20000


def run(size):
    total = 0
    for i in range(size):
        total += i * i
    return sorted(os.sched_getaffinity(0))
