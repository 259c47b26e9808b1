"""Sum of a list built by make_input, after appending to it: a tiny input workload for end-to-end tests.

Written for gilbench's test suite (not a real benchmark). run() mutates its input on purpose: under threads
every worker must still get the reference result, which holds only if each worker owns its input object.
"""

SIZE = 20000


def make_input(size):
    return {"numbers": list(range(size)), "label": "x" * 100}


def run(size, data):
    data["numbers"].append(size)
    return sum(data["numbers"]) + len(data["numbers"]) + len(data["label"])
