"""A pyperf script timing a function with bench_time_func and an option of its own."""
import pyperf


def bench(loops, count):
    start = pyperf.perf_counter()
    for _ in range(loops):
        sum(i * i for i in range(count))
    return pyperf.perf_counter() - start


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "sum of squares"
    runner.argparser.add_argument("--count", type=int, default=2000)
    args = runner.parse_args()
    runner.bench_time_func("sum_squares", bench, args.count)
