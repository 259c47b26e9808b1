"""Point normalisation and component-wise maximum: float arithmetic and math.sin/cos/sqrt through small __slots__ objects.

Adapted from pyperformance's bm_float (an artificial floating-point benchmark originally
used by the Factor language); `size` is the number of points created, normalised and
folded into their component-wise maximum.
Returns the maximum point as a string "x y z", each coordinate with 9 decimals.
"""

from math import sin, cos, sqrt

SIZE = 220000


class Point(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next


def run(size):
    points = [None] * size
    for i in range(size):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    m = maximize(points)
    return "%.9f %.9f %.9f" % (m.x, m.y, m.z)
