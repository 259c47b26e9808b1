"""Test fixture with SIZE = "auto": a sum-of-squares loop whose time is proportional to its size.

Written for gilbench's test suite: gilbench must time growing sizes and pick one whose run(size) takes at
least --min-call-seconds. Returns an int.
"""

SIZE = "auto"


def run(size):
    total = 0
    for i in range(size):
        total += i * i
    return total
