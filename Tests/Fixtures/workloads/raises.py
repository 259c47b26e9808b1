"""Test fixture whose run() always raises ValueError, to exercise gilbench's workload-error reporting.

Written for gilbench's test suite; importing it is fine, every call to run() fails with
ValueError("gilbench test: deliberate failure").
"""

SIZE = 10


def run(size):
    raise ValueError("gilbench test: deliberate failure")
