"""make_input returns a lock, which cannot be pickled: copying strategies must give an error row.

Written for gilbench's test suite (not a real benchmark).
"""
import threading

SIZE = 10


def make_input(size):
    return threading.Lock()


def run(size, data):
    with data:
        return size * 2
