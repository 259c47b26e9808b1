"""Raises ValueError inside a sub-interpreter only: fine in the reference run, an error row under interpreter-pool.

Written for gilbench's test suite (not a real benchmark).
"""

SIZE = 5


def _interpreter_id():
    try:
        import _interpreters
        current = _interpreters.get_current()
        return int(current[0] if isinstance(current, tuple) else current)
    except ImportError:
        import _xxsubinterpreters
        return int(_xxsubinterpreters.get_current())


def run(size):
    if _interpreter_id() != 0:
        raise ValueError("raised inside a sub-interpreter")
    return size
