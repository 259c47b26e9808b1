"""Text generation plus regular-expression tokenising, searching and substitution: str building and the stdlib re engine.

In the spirit of pyperformance's bm_regex_effbot / bm_regex_v8 and the Computer Language
Benchmarks Game "regex-redux", but self-contained: each iteration generates a fresh
deterministic pseudo-text (a fixed linear congruential generator picks words, numbers,
e-mail addresses, dates and punctuation), then tokenises it, counts matches of several
patterns and rewrites it with re.sub. `size` is the number of iterations.
Returns an int checksum of match counts and rewritten text lengths.
"""

import re

SIZE = 50

WORDS = (
    "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "interpreter",
    "thread", "lock", "global", "process", "scaling", "benchmark", "Python", "Swift",
    "GIL", "subinterpreter", "memory", "allocator", "object", "reference", "count",
    "garbage", "collector", "bytecode", "frame", "cache", "kernel", "schedule",
)
DOMAINS = ("example.com", "mail.test.org", "uni.edu", "host.invalid")
PUNCT = (".", ",", ";", "!", "?", ":")

TOKEN_RE = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?|[^\sA-Za-z\d]")
EMAIL_RE = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
NUMBER_RE = re.compile(r"\b\d+(?:\.\d+)?\b")
CAPWORD_RE = re.compile(r"\b[A-Z][a-z]+\b")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
DOUBLE_RE = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
VOWELS_RE = re.compile(r"[aeiou]{2,}")


def generate(seed, n_tokens):
    parts = []
    append = parts.append
    for i in range(n_tokens):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        r = seed >> 8
        kind = r % 16
        if kind < 10:
            w = WORDS[(r >> 4) % len(WORDS)]
            append(w.capitalize() if (r >> 9) % 5 == 0 else w)
        elif kind < 12:
            append(str((r >> 4) % 100000))
        elif kind == 12:
            append("%d.%02d" % ((r >> 4) % 1000, (r >> 14) % 100))
        elif kind == 13:
            append("%s.%s@%s" % (WORDS[(r >> 4) % len(WORDS)].lower(),
                                 WORDS[(r >> 9) % len(WORDS)].lower(),
                                 DOMAINS[(r >> 14) % len(DOMAINS)]))
        elif kind == 14:
            append("%04d-%02d-%02d" % (1990 + (r >> 4) % 40, 1 + (r >> 10) % 12,
                                       1 + (r >> 14) % 28))
        else:
            append(WORDS[(r >> 4) % len(WORDS)] + PUNCT[(r >> 10) % len(PUNCT)])
    return " ".join(parts), seed


def _redact(m):
    return "<%s at %s>" % (m.group(1)[:1], m.group(2).upper())


def run(size):
    seed = 2024
    checksum = 0
    for i in range(size):
        text, seed = generate(seed, 1500)
        tokens = TOKEN_RE.findall(text)
        checksum += len(tokens)
        checksum += len(EMAIL_RE.findall(text)) * 3
        checksum += sum(int(y) - 1990 for y, _, _ in DATE_RE.findall(text))
        checksum += len(CAPWORD_RE.findall(text)) * 5
        checksum += len(SENTENCE_RE.split(text)) * 7
        checksum += len(DOUBLE_RE.findall(text)) * 11
        checksum += len(VOWELS_RE.findall(text)) * 13
        rewritten = EMAIL_RE.sub(_redact, text)
        rewritten = DATE_RE.sub(r"\3/\2/\1", rewritten)
        rewritten = NUMBER_RE.sub(lambda m: str(len(m.group())), rewritten)
        checksum += len(rewritten) + len(rewritten.upper().split())
        checksum = (checksum * 31 + i) & 0xFFFFFFFFFFFF
    return checksum
