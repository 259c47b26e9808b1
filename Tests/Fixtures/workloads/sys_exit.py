"""Test fixture whose run() calls sys.exit(3), to check that a workload raising SystemExit is reported rather than ending the host.

Written for gilbench's test suite. sys.exit() raises SystemExit(3); an embedding host that
passes it to PyErr_Print() would exit the whole process with status 3, so gilbench must
catch it like any other exception (or, in process mode, report the child's exit status 3).
"""

import sys

SIZE = 10


def run(size):
    sys.exit(3)
