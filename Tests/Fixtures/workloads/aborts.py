"""Test fixture whose run() calls os.abort(), killing the process with SIGABRT.

Written for gilbench's test suite: os.abort() raises SIGABRT without any Python cleanup, so
whatever process runs it dies from signal 6 (possibly leaving a core dump).
"""

import os

SIZE = 10


def run(size):
    os.abort()
