"""Associated Legendre function of integer order and real degree: lpmv(m, v, x) (Ferrers'
function P_v^m(x) on [-1, 1], with the Condon-Shortley phase).

References: mpmath's legenp(v, m, x, type=2) at 50 digits. Points (seeded): m an integer in
0..20 (and one point in eight with a negative order -20..-1), v uniform in [-30, 60] (one in
six an integer), x uniform in [-1, 1] (two thirds), and within 1e-12..1e-1 of ±1 (one third).
SciPy 1.17.1 returns NaN for integer v < -m (m < 0), where the function is a terminating
series; those points are kept.
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, rng, table


def points():
    g = rng(20261201)
    n = 1250
    m = g.integers(0, 21, n).astype(float)
    negative = g.random(n) < 1 / 8
    m[negative] = -g.integers(1, 21, int(negative.sum()))
    v = g.uniform(-30.0, 60.0, n)
    integer = g.random(n) < 1 / 6
    v[integer] = np.round(v[integer])
    x = g.uniform(-1.0, 1.0, n)
    near = g.random(n) < 1 / 3
    x[near] = g.choice([-1.0, 1.0], int(near.sum())) * (1.0 - 10.0 ** g.uniform(-12, -1, int(near.sum())))
    return sorted(set((float(a), float(b), float(c)) for a, b, c in zip(m, v, x)))


def reference(m, v, x):
    try:
        return mpmath.legenp(v, int(m), x, type=2, maxterms=10**6)
    except (ValueError, mpmath.libmp.NoConvergence):
        # mpmath's hypergeometric evaluation gives up where the value is exactly zero
        # (integer v < m) or on a few points next to x = ±1; they are left out.
        return None


def generate():
    fx = Fixture("special", "lpmv")
    fx.accuracy(
        "lpmv", "scipy.special.lpmv(m, v, x)", columns(["m", "v", "x"]),
        table(reference, sc.lpmv, points()),
        "m in -20..20 (mostly 0..20), v in [-30, 60] (some integers), x in [-1, 1] "
        "(uniform, and within 1e-12..0.1 of ±1)",
    )
    fx.write()
