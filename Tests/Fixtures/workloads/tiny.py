"""Sum of squares of 0..size-1: a tiny, fast, valid int-arithmetic workload for end-to-end tests.

Written for gilbench's test suite (not a real benchmark); run(SIZE) takes a few milliseconds.
Returns an int.
"""

SIZE = 100000


def run(size):
    total = 0
    for i in range(size):
        total += i * i
    return total
