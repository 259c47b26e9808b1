"""JSON encode/decode round trips of a nested document: stdlib json (its C accelerator), dict/list/str allocation and unicode escaping.

Modelled on pyperformance's bm_json_dumps and bm_json_loads, combined into a round
trip; the document (about 37 kB of JSON) is generated deterministically inside run()
from a fixed linear congruential generator. `size` is the number of round trips.
Returns an int checksum of encoded lengths and decoded element counts.
"""

import json

SIZE = 90

WORDS = (
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
    "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
    "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    "caf\u00e9", "na\u00efve", "\u00fcber", "\u65e5\u672c", "\u0441\u043b\u043e\u0432\u043e",
    "quote\"d", "back\\slash", "tab\there", "line\nbreak",
)


def make_document(records=120):
    seed = 12345

    def rand(n):
        nonlocal seed
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        return seed % n

    items = []
    for i in range(records):
        tags = [WORDS[rand(len(WORDS))] for _ in range(rand(6) + 1)]
        items.append({
            "id": i,
            "name": " ".join(WORDS[rand(len(WORDS))] for _ in range(3)),
            "active": rand(2) == 1,
            "score": rand(1000000) / 1000.0,
            "ratio": (rand(997) + 1) / 997.0,
            "tags": tags,
            "parent": None if i == 0 else rand(i),
            "attrs": {
                "depth": rand(10),
                "weights": [rand(2000) - 1000 for _ in range(8)],
                "nested": {"k%d" % j: [j, str(j), j * 0.5, {"leaf": j % 2 == 0}]
                           for j in range(rand(4))},
            },
        })
    return {"version": 3, "title": "gilbench document", "count": records,
            "items": items, "empty": {}, "nothing": [], "big": 2 ** 70}


def run(size):
    doc = make_document()
    total = 0
    for i in range(size):
        text = json.dumps(doc)
        back = json.loads(text)
        compact = json.dumps(back, sort_keys=True, ensure_ascii=False,
                             separators=(",", ":"))
        again = json.loads(compact)
        if again != doc:
            raise AssertionError("json round trip changed the document")
        total += len(text) + len(compact) + len(again["items"]) + i
    return total
