"""A pyperf script whose set-up raises."""
import pyperf

if __name__ == "__main__":
    runner = pyperf.Runner()
    data = {}["missing"]
    runner.bench_func("never", len, data)
