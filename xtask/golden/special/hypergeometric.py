"""Hypergeometric family: hyp0f1(v, x), hyp1f1(a, b, x), hyperu(a, b, x), hyp2f1(a, b, c, z)
(real).

References: mpmath's hyp0f1 / hyp1f1 at 50 digits. Points:
- hyp0f1: v uniform in [-10, 50] (and small integers and half-integers), x with log-uniform
  magnitude in [1e-3, 1e3], both signs;
- hyp1f1: a uniform in [-10, 30], b uniform in [0.1, 30] (and a few small integer pairs),
  x with log-uniform magnitude in [1e-3, 100], both signs;
- hyperu: x log-uniform in [1e-3, 100] with a in (0, 20], b in [-20, 20]; a in [-10, 0) with
  a - b + 1 > 0 (b in [-20, a + 1)); and a in [-5, 0), b in [a + 1, 10] (where both a and
  a - b + 1 are negative);
- hyp2f1: a, b, c uniform in [-20, 20] with z in (-1, 1), (0.9, 1), (-1.1, -0.9) and
  log-uniform in (-1e4, -1.1); c - a - b an integer and within 1e-9 of one near z = 1; a - b an
  integer or nearly one for z < -1; polynomials (a a nonpositive integer) up to z = 100; c
  within 1e-2..1e-8 of a nonpositive integer; parameters up to +-100. The reference is
  mpmath's hyp2f1 at 50 digits (maxterms raised), kept only where it agrees with a 70-digit
  evaluation to 1e-20 and is a finite nonzero double: the points where mpmath fails or does
  not converge are skipped.
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


def hyp2f1_points():
    g = rng(20241204)
    pts = []
    u = lambda lo, hi, n: g.uniform(lo, hi, n)

    def add(a, b, c, z):
        pts.extend(zip(a, b, c, z))

    # The general spread.
    n = 350
    add(u(-20, 20, n), u(-20, 20, n), u(-20, 20, n), u(-1.0, 1.0, n))
    n = 250
    add(u(-20, 20, n), u(-20, 20, n), u(-20, 20, n), 1.0 - logspace(-8, -1, n, g))
    n = 150
    add(u(-20, 20, n), u(-20, 20, n), u(-20, 20, n), u(-1.1, -0.9, n))
    n = 200
    add(u(-20, 20, n), u(-20, 20, n), u(-20, 20, n), -logspace(np.log10(1.1), 4, n, g))
    # c - a - b an integer, then within 1e-9 of one, near z = 1.
    n = 150
    a, b = u(-20, 20, n), u(-20, 20, n)
    add(a, b, a + b + g.integers(-6, 7, n), 1.0 - logspace(-8, np.log10(0.5), n, g))
    n = 100
    a, b = u(-20, 20, n), u(-20, 20, n)
    eps = logspace(-10, -9, n, g) * g.choice([-1.0, 1.0], n)
    add(a, b, a + b + g.integers(-6, 7, n) + eps, 1.0 - logspace(-8, np.log10(0.5), n, g))
    # a - b an integer or nearly one, z < -1.
    n = 150
    a = u(-20, 20, n)
    eps = np.where(g.random(n) < 0.5, 0.0, logspace(-10, -9, n, g) * g.choice([-1.0, 1.0], n))
    add(a, a + g.integers(-6, 7, n) + eps, u(-20, 20, n), -logspace(np.log10(1.1), 4, n, g))
    # Polynomials, beyond z = 1 too.
    n = 150
    add(-g.integers(1, 21, n).astype(float), u(-20, 20, n), u(-20, 20, n),
        np.where(g.random(n) < 0.6, logspace(0.01, 2, n, g), u(-10, 1, n)))
    # c near a nonpositive integer.
    n = 100
    c = -g.integers(0, 15, n) + logspace(-8, -2, n, g) * g.choice([-1.0, 1.0], n)
    add(u(-20, 20, n), u(-20, 20, n), c, u(-1.0, 1.0, n))
    # Parameters up to +-100.
    n = 150
    add(u(-100, 100, n), u(-100, 100, n), u(-100, 100, n), u(-1.0, 1.0, n))
    n = 50
    add(u(-100, 100, n), u(-100, 100, n), u(-100, 100, n), -logspace(0.05, 3, n, g))
    return sorted(set((float(a), float(b), float(c), float(z)) for a, b, c, z in pts))


def hyp2f1_reference(a, b, c, z):
    try:
        value = mpmath.hyp2f1(a, b, c, z, maxterms=10**6)
        with mpmath.workdps(70):
            check = mpmath.hyp2f1(a, b, c, z, maxterms=10**6)
    except (mpmath.libmp.NoConvergence, ZeroDivisionError, ValueError):
        return None
    if mpmath.im(value) != 0 or mpmath.im(check) != 0:
        return None
    value, check = mpmath.re(value), mpmath.re(check)
    if value == 0 or abs(value - check) > mpmath.mpf(10) ** -20 * abs(value):
        return None
    if not (1e-300 < abs(float(value)) < 1e300):
        return None
    return value


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
    fx.accuracy(
        "hyp2f1", "scipy.special.hyp2f1(a, b, c, z)", columns(["a", "b", "c", "z"]),
        table(hyp2f1_reference, sc.hyp2f1, hyp2f1_points()),
        "a, b, c in [-20, 20] (some in [-100, 100]), z in (-1e4, 1), many in (0.9, 1) and "
        "(-1.1, -0.9); c - a - b integer or within 1e-9 of one near z = 1, a - b integer or "
        "nearly for z < -1; polynomials to z = 100; c near nonpositive integers",
    )
    fx.write()
