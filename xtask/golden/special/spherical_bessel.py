"""Spherical Bessel family: spherical_jn, spherical_yn, spherical_in, spherical_kn and their
derivatives (SciPy's derivative=True).

References: mpmath (50 digits) through the cylinder functions of half-integer order,
j_n(x) = sqrt(pi/(2x)) J_{n+1/2}(x) (DLMF 10.47.3) and likewise for y_n, i_n, k_n; derivatives
as sqrt(pi/(2x)) (C'(x) - C(x)/(2x)). Negative x through the parity relations (DLMF 10.47.14)
and, for k_n, mpmath's analytic continuation of the closed form.
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, rng, table

CYL = {"jn": mpmath.besselj, "yn": mpmath.bessely, "in": mpmath.besseli, "kn": mpmath.besselk}
SIGN = {"jn": 0, "yn": 1, "in": 0}


def sph_value(kind, n, x):
    if x < 0:
        if kind == "kn":
            # k_n(x) = pi/2 e^-x / x * sum_k (n+k)! / (k! (n-k)!) (2x)^-k (DLMF 10.49.12).
            s = mpmath.fsum(mpmath.factorial(n + k) / (mpmath.factorial(k) * mpmath.factorial(n - k)) * (2 * x) ** -k for k in range(n + 1))
            return mpmath.pi / 2 * mpmath.exp(-x) / x * s
        return (-1) ** (n + SIGN[kind]) * sph_value(kind, n, -x)
    return mpmath.sqrt(mpmath.pi / (2 * x)) * CYL[kind](n + mpmath.mpf(1) / 2, x)


def sph_mp(kind, derivative):
    """The function, or its derivative by DLMF 10.51.2 / 10.51.5 (exact relations)."""
    def f(n, x):
        n = int(n)
        if not derivative:
            return sph_value(kind, n, x)
        if n == 0:
            return {"jn": -1, "yn": -1, "in": 1, "kn": -1}[kind] * sph_value(kind, 1, x)
        lower = sph_value(kind, n - 1, x)
        return (-lower if kind == "kn" else lower) - (n + 1) / x * sph_value(kind, n, x)
    return f


def points(kind, seed):
    g = rng(seed)
    pts = []
    orders = [0, 1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 50, 100, 200, 300]
    hi = 4 if kind in ("jn", "yn") else np.log10(700.0)
    for _ in range(1000):
        n = int(g.choice(orders))
        x = float(10.0 ** g.uniform(-6, hi))
        pts.append((float(n), x))
    for _ in range(150):
        n = int(g.choice(orders[:8]))
        pts.append((float(n), -float(10.0 ** g.uniform(-3, 1.5))))
    # Around the turning point n ~ x, where the methods switch.
    for n in [5, 10, 20, 50, 100]:
        for x in np.linspace(0.8 * n, 1.2 * n, 10):
            pts.append((float(n), float(x)))
    return sorted(set(pts))


def generate():
    fx = Fixture("special", "spherical_bessel")
    for seed, kind in enumerate(["jn", "yn", "in", "kn"]):
        pts = points(kind, 7000 + seed)
        for derivative in (False, True):
            name = f"spherical_{kind}" + ("_derivative" if derivative else "")
            fx.accuracy(
                name, f"scipy.special.spherical_{kind}(n, x, derivative={derivative})", columns(["n", "x"]),
                table(sph_mp(kind, derivative),
                      lambda n, x, k=kind, d=derivative: getattr(sc, f"spherical_{k}")(n.astype(int), x, derivative=d), pts),
                "n in {0..300}, |x| log-spaced in [1e-6, 1e4] (x <= 700 for i_n, k_n), some negative x, n ~ x",
            )
    fx.write()
