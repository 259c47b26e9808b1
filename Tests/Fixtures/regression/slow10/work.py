"""Regression fixture, 10% slower version: the same workload name and SIZE as base/work.py, 10% more loop iterations.

Written to measure how often `gilbench compare base slow10` detects a 10% slow-down at the default settings (see
docs/regressions.md, "Power, and when compare says \"inconclusive\""). Returns an int.
"""

SIZE = 500000


def run(size):
    total = 0
    for i in range(size + size * 10 // 100):
        total += i * i
    return total
