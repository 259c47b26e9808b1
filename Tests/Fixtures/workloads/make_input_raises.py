"""make_input raises: every point gets an error row naming it, and the run goes on.

Written for gilbench's test suite (not a real benchmark).
"""

SIZE = 10


def make_input(size):
    raise ValueError("no input today")


def run(size, data):
    return size
