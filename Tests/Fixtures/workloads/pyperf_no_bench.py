"""A pyperf script that never calls a bench method."""
import pyperf

if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "forgot to benchmark"
