"""Names the interpreter sys.executable points to, for the end-to-end test of hosts and process workers."""
import os
import sys

SIZE = 1


def run(size):
    # A workload that starts sys.executable (subprocess, multiprocessing) must start the Python being measured:
    # the real file's name, whether it lies in that installation's bin/, and whether it can be run.
    real = os.path.realpath(sys.executable)
    bin_folder = os.path.realpath(os.path.join(sys.base_prefix, "bin"))
    return (os.path.basename(real), os.path.dirname(real) == bin_folder, os.access(real, os.X_OK))
