"""Digits of pi with an unbounded spigot algorithm: big-integer multiply, add and floor-divide on ever-growing ints.

Adapted from the Computer Language Benchmarks Game "pidigits" program (the pure-Python
variant of pyperformance's bm_pidigits, without gmpy); `size` is the number of decimal
digits produced, and the cost grows roughly quadratically with it.
Returns the last 20 digits produced, as a string.
"""

SIZE = 3000


def run(size):
    acc = 0
    den = 1
    num = 1
    k = 0
    produced = 0
    tail = []
    while produced < size:
        # Next term of the series.
        k += 1
        k2 = k * 2 + 1
        acc += num * 2
        acc *= k2
        den *= k2
        num *= k
        if num > acc:
            continue
        # The digit is safe once floor((3*num + acc)/den) == floor((4*num + acc)/den).
        tmp = num * 3 + acc
        d3 = tmp // den
        d4 = (tmp + num) // den
        if d3 != d4:
            continue
        tail.append(d3)
        if len(tail) > 20:
            del tail[0]
        produced += 1
        # Eliminate the digit.
        acc -= den * d3
        acc *= 10
        num *= 10
    return "".join(map(str, tail))
