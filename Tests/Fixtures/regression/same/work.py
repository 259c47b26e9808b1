"""Regression fixture, unchanged version: identical to base/work.py (the 0% change control).

Written for gilbench's compare tests; `gilbench compare base same` must report no regression. Returns an int.
"""

SIZE = 500000


def run(size):
    total = 0
    for i in range(size):
        total += i * i
    return total
