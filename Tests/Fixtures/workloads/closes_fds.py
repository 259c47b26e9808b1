"""Test fixture that closes descriptors 3..255 and writes garbage to fd 3 inside run(), as daemonising code does.

Written for gilbench's test suite: the harness's private channel must be out of reach, so every row still
ends ok with the right checksum. Returns an int.
"""

import os

SIZE = 20000


def run(size):
    os.closerange(3, 256)
    try:
        os.write(3, b'{"not": "a gilbench message"}\n')
    except OSError:
        pass
    total = 0
    for i in range(size):
        total += i * i
    return total
