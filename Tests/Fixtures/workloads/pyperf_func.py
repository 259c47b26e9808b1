"""A pyperf script timing one call with bench_func and inner_loops."""
import pyperf

INNER = 10


def work():
    for _ in range(INNER):
        sorted(range(500, 0, -1))


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.bench_func("sort_reversed", work, inner_loops=INNER)
