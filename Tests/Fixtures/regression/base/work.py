"""Regression fixture, base version: sums squares of 0..size-1 (about 40 ms on a 2-core CI machine).

Written for gilbench's compare tests: slow35/work.py does 35% more work under the same name, same/work.py is
identical, so `gilbench compare` must flag the first and not the second. Returns an int.
"""

SIZE = 500000


def run(size):
    total = 0
    for i in range(size):
        total += i * i
    return total
