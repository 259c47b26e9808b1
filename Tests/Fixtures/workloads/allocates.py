"""Allocates MIB_PER_WORKER MiB, touches every page and keeps it alive while it computes (a memory fixture)."""
import os

SIZE = 1
MIB_PER_WORKER = int(os.environ.get("GILBENCH_TEST_MIB", "200"))


def run(size):
    block = bytearray(MIB_PER_WORKER << 20)
    for offset in range(0, len(block), 4096):
        block[offset] = 1
    # Hold the block for a while, so the runner's sampler sees it.
    total = 0
    for _ in range(size):
        for i in range(1_500_000):
            total += i & 7
    return (sum(block[::4096]), total)
