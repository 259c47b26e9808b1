"""Word frequencies over a large generated text (str split, dict counting); size = passes over the text.

The input, built once per worker by make_input, is a deterministic English-like text of about INPUT_BYTES
characters drawn from a fixed vocabulary with a linear congruential generator (no `random`, so every Python
builds the same text; a 64 Ki-word block, then rotations of it). run() counts every word `size` times and returns the vocabulary size, the total count
and the five most frequent words: a checksum every strategy must reproduce. Threads share nothing: each worker
gets its own str; copying strategies pickle it (about INPUT_BYTES bytes each way in).
"""

SIZE = 3
INPUT_BYTES = 1 << 20

_VOCABULARY = (
    "the of and to in a is that for it as was with be by on not he this are or his from at which but have an "
    "they you were her she there been one all we their has would when if so no will can more its out into up "
    "time about some what could them other then than only my new made like over also after did many most "
    "world before just where through those while how state people should because each such between under "
    "python thread process interpreter lock memory channel queue pool future result worker task data buffer"
).split()


def make_input(size, input_bytes=INPUT_BYTES):
    # A 64 Ki-word block from the generator, then rotations of it: fast enough for 16 MiB inputs.
    block = []
    state = 12345
    for _ in range(1 << 16):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        block.append(_VOCABULARY[(state >> 8) % len(_VOCABULARY)])
    parts = []
    length = 0
    turn = 0
    while length < input_bytes:
        shift = (turn * 7919) % len(block)
        part = " ".join(block[shift:] + block[:shift])
        parts.append(part)
        length += len(part) + 1
        turn += 1
    return " ".join(parts)[:input_bytes].rsplit(" ", 1)[0]


def run(size, text):
    counts = {}
    for _ in range(size):
        for word in text.split():
            counts[word] = counts.get(word, 0) + 1
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
    return len(counts), sum(counts.values()), top
