"""Fannkuch-redux: count pancake flips over all permutations of 1..8, list slicing/reversal and small-int work.

Adapted from the Computer Language Benchmarks Game "fannkuch-redux" program (pyperformance's
bm_fannkuch uses the same algorithm). Because the cost grows factorially with the
permutation length (n=8 takes ~0.05 s, n=9 ~0.5 s), the length is fixed at N = 8 and
`size` is the number of times the whole n=8 problem is solved.
Returns "<checksum summed over all repetitions>:<max flips>" (one repetition gives the
Benchmarks Game's own output for n=8, "1616:22").
"""

N = 8

SIZE = 5


def fannkuch(n):
    """Return (checksum, max_flips) for permutations of length n."""
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        # Count the flips for the current permutation.
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += -flips if perm_count & 1 else flips
        perm_count += 1

        # Next permutation, in the Benchmarks Game's order.
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def run(size):
    total = 0
    max_flips = 0
    for _ in range(size):
        checksum, flips = fannkuch(N)
        total += checksum
        if flips > max_flips:
            max_flips = flips
    return "%d:%d" % (total, max_flips)
