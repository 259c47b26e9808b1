"""Test fixture whose first call (the reference run) returns and whose later calls hang.

Written for gilbench's test suite: it checks that a timeout kills every process of a trial, process
workers included. The first call creates the file named by GILBENCH_TEST_MARKER; any call that finds
it loops forever.
"""

import os

SIZE = 1


def run(size):
    marker = os.environ["GILBENCH_TEST_MARKER"]
    if os.path.exists(marker):
        while True:
            pass
    with open(marker, "w") as handle:
        handle.write(str(os.getpid()))
    return size
