"""gilbench's drift probe: a fixed amount of pure-Python integer work (about 50 ms), not a user workload.

Every run times it a few times (one worker, `threads`, before the first trial, between trials and after the
last) and records the times in calibration.csv; `gilbench compare` takes the ratio of two runs' probe times as
the machine's own change of speed. Not listed in MANIFEST. Keep SIZE and the loop unchanged: a different
amount of work makes the probes of older runs incomparable. Returns an int.
"""

SIZE = 400000


def run(size):
    total = 0
    for i in range(size):
        total = (total + i * i) % 1000003
    return total
