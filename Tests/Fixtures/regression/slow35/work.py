"""Regression fixture, slowed version: the same workload name and SIZE as base/work.py, 35% more loop iterations.

Written for gilbench's compare tests; `gilbench compare base slow35` must report a wall-time regression and exit 2.
35% rather than 15%: on a busy 2-vCPU machine one trial of this ~40 ms loop varies by up to 70% (a busy SMT
sibling), so a 15% change is flagged in only about four of five attempts, while 35% is flagged every time.
Returns an int.
"""

SIZE = 500000


def run(size):
    total = 0
    for i in range(size + size * 35 // 100):
        total += i * i
    return total
