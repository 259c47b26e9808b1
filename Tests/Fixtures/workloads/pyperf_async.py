"""A pyperf script timing a coroutine with bench_async_func."""
import asyncio

import pyperf


async def leaf(n):
    await asyncio.sleep(0)
    return sum(range(n))


async def tree():
    await asyncio.gather(*(leaf(200) for _ in range(20)))


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.bench_async_func("gather_leaves", tree)
