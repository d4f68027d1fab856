"""Confluent hypergeometric family: hyp0f1(v, x), hyp1f1(a, b, x), hyperu(a, b, x) (real).

References: mpmath's hyp0f1 / hyp1f1 at 50 digits. Points:
- hyp0f1: v uniform in [-10, 50] (and small integers and half-integers), x with log-uniform
  magnitude in [1e-3, 1e3], both signs;
- hyp1f1: a uniform in [-10, 30], b uniform in [0.1, 30] (and a few small integer pairs),
  x with log-uniform magnitude in [1e-3, 100], both signs;
- hyperu: x log-uniform in [1e-3, 100] with a in (0, 20], b in [-20, 20]; a in [-10, 0) with
  a - b + 1 > 0 (b in [-20, a + 1)); and a in [-5, 0), b in [a + 1, 10] (where both a and
  a - b + 1 are negative).
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, logspace_signed, rng, table


def hyp0f1_points():
    g = rng(20241201)
    pts = []
    n = 900
    pts += list(zip(g.uniform(-10.0, 50.0, n), logspace_signed(-3, 3, n, g)))
    for v in [0.5, 1.0, 1.5, 2.0, 3.0, 10.0, -0.5, -2.5]:
        pts += [(v, x) for x in logspace_signed(-3, 3, 20, g)]
    return sorted(set((float(v), float(x)) for v, x in pts))


def hyp1f1_points():
    g = rng(20241202)
    pts = []
    n = 950
    a = g.uniform(-10.0, 30.0, n)
    b = g.uniform(0.1, 30.0, n)
    x = logspace_signed(-3, 2, n, g)
    pts += list(zip(a, b, x))
    for a, b in [(1.0, 2.0), (0.5, 1.5), (-3.0, 2.0), (2.0, 1.0), (-2.5, 0.5)]:
        pts += [(a, b, x) for x in logspace_signed(-3, 2, 12, g)]
    return sorted(set((float(a), float(b), float(x)) for a, b, x in pts))


def hyperu_points():
    g = rng(20241203)
    pts = []
    n = 600
    pts += list(zip(g.uniform(1e-3, 20.0, n), g.uniform(-20.0, 20.0, n), logspace(-3, 2, n, g)))
    n = 300
    a = g.uniform(-10.0, 0.0, n)
    b = a + 1.0 - g.uniform(1e-3, 20.0, n)
    pts += list(zip(a, b, logspace(-3, 2, n, g)))
    n = 150
    a = g.uniform(-5.0, 0.0, n)
    b = a + 1.0 + g.uniform(1e-3, 10.0, n)
    pts += list(zip(a, b, logspace(-3, 2, n, g)))
    return sorted(set((float(a), float(b), float(x)) for a, b, x in pts))


def generate():
    fx = Fixture("special", "hypergeometric")
    fx.accuracy(
        "hyp0f1", "scipy.special.hyp0f1(v, x)", columns(["v", "x"]),
        table(mpmath.hyp0f1, sc.hyp0f1, hyp0f1_points()),
        "v in [-10, 50], |x| in [1e-3, 1e3] (log-spaced, both signs)",
    )
    fx.accuracy(
        "hyp1f1", "scipy.special.hyp1f1(a, b, x)", columns(["a", "b", "x"]),
        table(mpmath.hyp1f1, sc.hyp1f1, hyp1f1_points()),
        "a in [-10, 30], b in [0.1, 30], |x| in [1e-3, 100] (log-spaced, both signs)",
    )
    fx.accuracy(
        "hyperu", "scipy.special.hyperu(a, b, x)", columns(["a", "b", "x"]),
        table(mpmath.hyperu, sc.hyperu, hyperu_points()),
        "x in [1e-3, 100] (log-spaced); a in (0, 20] with b in [-20, 20], a in [-10, 0) with "
        "a - b + 1 in (0, 20], a in [-5, 0) with b - a - 1 in (0, 10]",
    )
    fx.write()
