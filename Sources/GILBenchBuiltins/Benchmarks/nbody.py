"""N-body simulation of the Jovian planets: float-heavy arithmetic on small lists in tight nested loops.

Adapted from the Computer Language Benchmarks Game "n-body" program, as used by
pyperformance's bm_nbody; `size` is the number of integration steps (dt = 0.01).
The result is the total energy of the system after the run, rounded to 9 digits.
Each call builds its own bodies, so concurrent calls from several threads are safe.
"""

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

# (position, velocity, mass) for the Sun, Jupiter, Saturn, Uranus and Neptune.
# Immutable templates; run() copies them into fresh mutable lists every call.
BODIES = (
    # sun
    ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), SOLAR_MASS),
    # jupiter
    ((4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
     (1.66007664274403694e-03 * DAYS_PER_YEAR,
      7.69901118419740425e-03 * DAYS_PER_YEAR,
      -6.90460016972063023e-05 * DAYS_PER_YEAR),
     9.54791938424326609e-04 * SOLAR_MASS),
    # saturn
    ((8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
     (-2.76742510726862411e-03 * DAYS_PER_YEAR,
      4.99852801234917238e-03 * DAYS_PER_YEAR,
      2.30417297573763929e-05 * DAYS_PER_YEAR),
     2.85885980666130812e-04 * SOLAR_MASS),
    # uranus
    ((1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
     (2.96460137564761618e-03 * DAYS_PER_YEAR,
      2.37847173959480950e-03 * DAYS_PER_YEAR,
      -2.96589568540237556e-05 * DAYS_PER_YEAR),
     4.36624404335156298e-05 * SOLAR_MASS),
    # neptune
    ((1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
     (2.68067772490389322e-03 * DAYS_PER_YEAR,
      1.62824170038242295e-03 * DAYS_PER_YEAR,
      -9.51592254519715870e-05 * DAYS_PER_YEAR),
     5.15138902046611451e-05 * SOLAR_MASS),
)

# About 0.35 s on CPython 3.13 on the development machine: nbody is the reference for scaling checks, and a
# longer call lets bursts of machine noise average out (a trial's wall time is its slowest worker's).
SIZE = 70000


def make_system():
    """Fresh mutable ([x, y, z], [vx, vy, vz], mass) triples for one simulation."""
    return [(list(pos), list(vel), mass) for pos, vel, mass in BODIES]


def combinations(bodies):
    pairs = []
    n = len(bodies)
    for i in range(n - 1):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def offset_momentum(bodies, ref, px=0.0, py=0.0, pz=0.0):
    for (r, (vx, vy, vz), m) in bodies:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    (r, v, m) = ref
    v[0] = px / m
    v[1] = py / m
    v[2] = pz / m


def advance(dt, n, bodies, pairs):
    for i in range(n):
        for (([x1, y1, z1], v1, m1),
             ([x2, y2, z2], v2, m2)) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for (r, [vx, vy, vz], m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


def energy(bodies, pairs, e=0.0):
    for (((x1, y1, z1), v1, m1),
         ((x2, y2, z2), v2, m2)) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for (r, [vx, vy, vz], m) in bodies:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.
    return e


def run(size):
    bodies = make_system()
    pairs = combinations(bodies)
    offset_momentum(bodies, bodies[0])
    advance(0.01, size, bodies, pairs)
    return round(energy(bodies, pairs), 9)
