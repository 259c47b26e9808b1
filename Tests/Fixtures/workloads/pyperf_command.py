"""A pyperf script that times a command: gilbench reports it unsupported."""
import sys

import pyperf

if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.bench_command("python_startup", [sys.executable, "-c", "pass"])
