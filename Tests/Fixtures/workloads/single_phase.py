"""Test fixture that imports _curses at load time: a single-phase-init extension module that own-GIL sub-interpreters refuse.

Written for gilbench's test suite. _curses (the C half of the curses module) is built in
every CPython 3.11-3.13 that has ncurses, and it still uses legacy single-phase
initialisation, so on 3.12 and 3.13 importing it in an interpreter created with
check_multi_interp_extensions (every own-GIL / "isolated" sub-interpreter) raises
ImportError("module _curses does not support loading in subinterpreters"). It imports
fine in the main interpreter and in legacy shared-GIL sub-interpreters. _curses was chosen
over readline (whose import initialises the terminal) and _tkinter (needs Tcl/Tk); merely
importing _curses does not touch the terminal (no initscr() is called).
"""

import _curses

SIZE = 10


def run(size):
    total = 0
    for i in range(size):
        total += i
    return total
