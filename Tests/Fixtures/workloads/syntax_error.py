"""Test fixture containing a syntax error, to exercise gilbench's reporting of workloads that fail to compile.

Written for gilbench's test suite: compiling it raises SyntaxError (the def below lacks its colon).
"""

SIZE = 10


def run(size)
    return size
