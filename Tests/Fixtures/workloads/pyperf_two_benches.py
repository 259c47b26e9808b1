"""A pyperf script that calls two bench methods."""
import pyperf

if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.bench_func("first", sorted, [3, 2, 1])
    runner.bench_func("second", sorted, [1, 2, 3])
