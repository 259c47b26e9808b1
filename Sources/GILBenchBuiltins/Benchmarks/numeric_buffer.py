"""Integer arithmetic over a large bytes buffer read as 32-bit words (memoryview); size = passes.

The input, built once per worker by make_input, is INPUT_BYTES of deterministic bytes
(`random.Random(seed).randbytes`: the Mersenne Twister stream, identical on 3.9+). run() reads it through
memoryview.cast("I") `size` times, folding every word into a polynomial hash and a sum of squares modulo a
prime, and returns both: a checksum every strategy must reproduce. One flat buffer: the cheapest shape to move
between interpreters or processes per byte.
"""

SIZE = 1
INPUT_BYTES = 1 << 20


def make_input(size, input_bytes=INPUT_BYTES):
    import random
    return random.Random(987654321).randbytes(input_bytes)


def run(size, buffer):
    usable = len(buffer) - len(buffer) % 4
    words = memoryview(buffer)[:usable].cast("I")
    prime = 2_147_483_647
    digest = 0
    squares = 0
    for _ in range(size):
        for word in words:
            digest = (digest * 31 + word) % prime
            squares = (squares + word * word) % prime
    return digest, squares, len(words)
