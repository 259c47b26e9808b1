"""Aggregates over a nested JSON-like structure (dicts, lists, str, float, bool); size = passes.

The input, built once per worker by make_input, is a list of about INPUT_BYTES / 160 records, each a dict
holding an id, a name, a list of tags, a list of scores and a nested dict, roughly the shape of a decoded
JSON API response (about 160 bytes of JSON per record). run() walks it `size` times, grouping scores and
counting tags, and returns rounded totals per group: a checksum every strategy must reproduce. Copying
strategies pay for pickling many small objects, the worst case for serialisation per byte.
"""

SIZE = 16
INPUT_BYTES = 1 << 20

_GROUPS = ("alpha", "beta", "gamma", "delta", "epsilon")
_TAGS = ("red", "green", "blue", "cyan", "magenta", "yellow", "black")


def make_input(size, input_bytes=INPUT_BYTES):
    records = []
    state = 2024
    for index in range(max(1, input_bytes // 160)):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        records.append({
            "id": index,
            "name": f"record-{index:07d}",
            "tags": [_TAGS[(state >> shift) % len(_TAGS)] for shift in (3, 7, 11)],
            "scores": [((state >> shift) % 1000) / 10.0 for shift in (2, 5, 9, 13)],
            "meta": {"active": bool(state & 1), "group": _GROUPS[(state >> 4) % len(_GROUPS)], "rank": state % 97},
        })
    return records


def run(size, records):
    totals = {}
    tags = {}
    for _ in range(size):
        for record in records:
            meta = record["meta"]
            if not meta["active"]:
                continue
            group = totals.setdefault(meta["group"], [0, 0.0, 0])
            group[0] += 1
            group[1] += sum(record["scores"])
            group[2] += meta["rank"]
            for tag in record["tags"]:
                tags[tag] = tags.get(tag, 0) + 1
    return sorted((name, count, round(score, 3), rank) for name, (count, score, rank) in totals.items()), sorted(tags.items())
