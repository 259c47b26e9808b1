"""Allocates `size` MiB, touches every page and keeps it alive while it computes (a memory fixture).

Written for gilbench's test suite: per-worker memory should come out at about `size` MiB for every strategy.
"""

SIZE = 200


def run(size):
    block = bytearray(size << 20)
    for offset in range(0, len(block), 4096):
        block[offset] = 1
    # Hold the block a while (about 0.2 s), so the runner's sampler sees it.
    total = 0
    for i in range(2_000_000):
        total += i & 7
    return (sum(block[::4096]), total)
