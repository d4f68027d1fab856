"""Wright's generalized Bessel function: wright_bessel(a, b, x), log_wright_bessel(a, b, x).

References: the series Phi(a, b; x) = sum_k x^k / (k! Gamma(a k + b)) summed directly in
mpmath at 50 digits (a manual loop: every term is positive, so the sum is exact to the
working precision; it stops past the largest term once a term is below 1e-60 of the sum).
Points (seeded):
- wright_bessel: a uniform in [0, 1] (500), [1, 5] (450) and log-uniform in [1e-4, 1e-1]
  (150), plus a = 0 (25); b uniform in [0, 20] (with some b = 0, 1 and b log-uniform in
  [1e-3, 1]); x log-uniform in [1e-5, 1e3];
- log_wright_bessel: the same kinds of a and b, x log-uniform in [1e-5, 1e5], keeping the
  points whose series needs at most 6000 terms (so large x comes with larger a).
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, rng, table


def peak(a, x):
    """Index of the largest series term (Stirling), as in the Rust series."""
    if a == 0:
        return x
    return (x / a ** a) ** (1.0 / (1.0 + a))


def phi(a, b, x):
    a, b, x = mpmath.mpf(a), mpmath.mpf(b), mpmath.mpf(x)
    k_peak = peak(float(a), float(x))
    power = mpmath.mpf(1)
    total = mpmath.rgamma(b)
    k = 0
    tiny = mpmath.mpf(10) ** -60
    while True:
        k += 1
        power *= x / k
        term = power * mpmath.rgamma(a * k + b)
        total += term
        if k > k_peak and term <= tiny * total:
            return total


def log_phi(a, b, x):
    v = phi(a, b, x)
    if v == 0:
        return None
    return mpmath.log(v)


def ab_points(g, n_unit, n_big, n_small, n_zero):
    a = np.concatenate([
        g.uniform(0.0, 1.0, n_unit),
        g.uniform(1.0, 5.0, n_big),
        logspace(-4, -1, n_small, g),
        np.zeros(n_zero),
    ])
    n = len(a)
    b = g.uniform(0.0, 20.0, n)
    special = g.choice(n, n // 6, replace=False)
    kinds = g.integers(0, 3, len(special))
    b[special[kinds == 0]] = 0.0
    b[special[kinds == 1]] = 1.0
    b[special[kinds == 2]] = logspace(-3, 0, int((kinds == 2).sum()), g)
    return a, b


def wright_points():
    g = rng(20261124)
    a, b = ab_points(g, 500, 450, 150, 25)
    x = logspace(-5, 3, len(a), g)
    return sorted(set((float(a), float(b), float(x)) for a, b, x in zip(a, b, x)))


def log_wright_points():
    g = rng(20261125)
    a, b = ab_points(g, 550, 550, 150, 25)
    x = logspace(-5, 5, len(a), g)
    pts = [(float(a), float(b), float(x)) for a, b, x in zip(a, b, x) if peak(a, x) <= 5000]
    return sorted(set(pts))


def generate():
    fx = Fixture("special", "wright_bessel")
    fx.accuracy(
        "wright_bessel", "scipy.special.wright_bessel(a, b, x)", columns(["a", "b", "x"]),
        table(phi, sc.wright_bessel, wright_points()),
        "a in [0, 5] (half in [0, 1], some log-spaced in [1e-4, 0.1] and a = 0), b in [0, 20] "
        "(some 0, 1, tiny), x log-spaced in [1e-5, 1e3]",
    )
    fx.accuracy(
        "log_wright_bessel", "scipy.special.log_wright_bessel(a, b, x)",
        columns(["a", "b", "x"]),
        table(log_phi, sc.log_wright_bessel, log_wright_points()),
        "a in [0, 5] (half in [0, 1], some log-spaced in [1e-4, 0.1] and a = 0), b in [0, 20] "
        "(some 0, 1, tiny), x log-spaced in [1e-5, 1e5] where the series has at most 6000 terms",
    )
    fx.write()
