"""Test fixture whose run() takes about a microsecond: timer and barrier latency, not a workload.

Written for gilbench's test suite: every point must get the short-call warning, and no finding may rank
strategies on it without saying so. Returns an int.
"""

SIZE = 10


def run(size):
    return sum(range(size))
