"""Test fixture that defines SIZE and this docstring but no run() function, to exercise gilbench's workload validation.

Written for gilbench's test suite: loading it succeeds, looking up run fails.
"""

SIZE = 10
