"""Spectral norm of an infinite matrix truncated to size x size: float arithmetic in doubly nested loops with int index math.

Adapted from the Computer Language Benchmarks Game "spectral-norm" program (also
pyperformance's bm_spectral_norm); `size` is the matrix order n, and the cost grows
as n**2 (10 power-method iterations, each doing four matrix-vector products).
The result is the spectral norm, rounded to 9 digits.
"""

SIZE = 170

ITERATIONS = 10


def eval_A(i, j):
    # A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), computed exactly in ints.
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_Av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * v[j]
        out.append(s)
    return out


def mul_Atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * v[j]
        out.append(s)
    return out


def mul_AtAv(v, n):
    return mul_Atv(mul_Av(v, n), n)


def run(size):
    n = size
    u = [1.0] * n
    v = u
    for _ in range(ITERATIONS):
        v = mul_AtAv(u, n)
        u = mul_AtAv(v, n)
    vBv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    return round((vBv / vv) ** 0.5, 9)
