"""Test fixture whose run() calls os._exit(7), terminating the process immediately with status 7.

Written for gilbench's test suite: os._exit() skips all Python cleanup and cannot be caught,
so whatever process runs it dies with exit status 7 (process mode should report that).
"""

import os

SIZE = 10


def run(size):
    os._exit(7)
