"""Golden accuracy tables of the Kolmogorov-Smirnov kernels: kolmogorov, kolmogi, smirnov,
smirnovi.

References are mpmath at 50 significant digits, the series and sums evaluated in mpmath:
- kolmogorov(y) = 1 - K(y): for y >= 1/2 the alternating series 2 sum_k (-1)^(k-1)
  exp(-2 k^2 y^2); below, 1 - sqrt(2 pi)/y sum_k exp(-(2k-1)^2 pi^2 / (8 y^2)) (Kolmogorov 1933;
  the Jacobi theta transformation);
- smirnov(n, d): the Birnbaum-Tingey sum d sum_{j=0}^{floor(n(1-d))} C(n, j)
  (1 - d - j/n)^(n-j) (d + j/n)^(j-1), exact rational binomials, at 50 digits;
- the inverses: a point is drawn, p = float(forward(point)) is rounded to float64, and the
  exact root of forward(y*) = p is refined from the point by mpmath.findroot (the reference
  is the root for the float64 p actually passed to the function).
"""
import mpmath
import numpy as np
import scipy.special as sc

try:
    import _points as pts
except ImportError:  # imported as special.kolmogorov_smirnov
    from . import _points as pts

from golden import Fixture

mpmath.mp.dps = 50


def kolmogorov_mp(y):
    y = mpmath.mpf(y)
    if y <= 0:
        return mpmath.mpf(1)
    if y >= 0.5:
        s = mpmath.mpf(0)
        k = 1
        while True:
            t = mpmath.exp(-2 * k * k * y * y)
            s += t if k % 2 == 1 else -t
            if t < mpmath.mpf(10) ** -60 * abs(s):
                break
            k += 1
        return 2 * s
    s = mpmath.mpf(0)
    k = 1
    while True:
        t = mpmath.exp(-((2 * k - 1) ** 2) * mpmath.pi ** 2 / (8 * y * y))
        s += t
        if t < mpmath.mpf(10) ** -60 * s:
            break
        k += 1
    return 1 - mpmath.sqrt(2 * mpmath.pi) / y * s


def smirnov_mp(n, d):
    n = int(n)
    d = mpmath.mpf(d)
    if d <= 0:
        return mpmath.mpf(1)
    if d >= 1:
        return mpmath.mpf(0)
    jmax = int(mpmath.floor(n * (1 - d)))
    s = mpmath.mpf(0)
    c = mpmath.mpf(1)
    for j in range(jmax + 1):
        if j > 0:
            c = c * (n - j + 1) / j
        u = 1 - d - mpmath.mpf(j) / n
        v = d + mpmath.mpf(j) / n
        s += c * u ** (n - j) * v ** (j - 1)
    return d * s


def _root(f, p, x0):
    p = mpmath.mpf(p)
    try:
        r = mpmath.findroot(lambda x: f(x) - p, mpmath.mpf(x0), tol=mpmath.mpf(10) ** -45)
    except (ValueError, ZeroDivisionError):
        return None
    if abs(f(r) - p) > mpmath.mpf(10) ** -40 * p:
        return None
    return r


def generate():
    fx = Fixture("special", "kolmogorov_smirnov")
    g = pts.rng(20261124)

    ys = np.concatenate([g.uniform(0.15, 2.0, 700), g.uniform(2.0, 19.0, 250),
                         pts.logspace(-3, -0.8, 50, g)])
    fx.accuracy("kolmogorov", "scipy.special.kolmogorov(y)", pts.columns(["y"]),
                pts.table(kolmogorov_mp, sc.kolmogorov, [(y,) for y in ys]),
                "y in [1e-3, 19]: uniform in [0.15, 2] and [2, 19], log-spaced below 0.16")

    # kolmogi: p = float(kolmogorov(y)) at y in [0.25, 19]; the root for that float p.
    yk = np.concatenate([g.uniform(0.25, 2.0, 700), g.uniform(2.0, 19.0, 300)])
    pk = [float(kolmogorov_mp(y)) for y in yk]
    pk_points = [(p,) for p in pk if 0.0 < p < 1.0]
    seeds = {p: y for (p,), y in zip([(q,) for q in pk], yk)}
    fx.accuracy("kolmogi", "scipy.special.kolmogi(p)", pts.columns(["p"]),
                pts.table(lambda p: _root(kolmogorov_mp, p, seeds[float(p)]), sc.kolmogi, pk_points),
                "p = kolmogorov(y), y in [0.25, 19] (p in [1e-300, 1 - 1e-6])")

    # smirnov: n log-spaced in [1, 2000], d uniform in (0, 1) and near sqrt(1/n) scales.
    ns = np.floor(pts.logspace(0, np.log10(2000), 1100, g)).astype(int)
    pts_s = []
    for k, n in enumerate(ns):
        if k % 2 == 0:
            d = g.uniform(0.0, 1.0)
        else:
            d = min(0.999, g.uniform(0.02, 4.0) / np.sqrt(n))
        pts_s.append((float(n), float(d)))
    fx.accuracy("smirnov", "scipy.special.smirnov(n, d)", pts.columns(["n", "d"]),
                pts.table(lambda n, d: smirnov_mp(n, d),
                          lambda n, d: sc.smirnov(n.astype(int), d), pts_s),
                "n log-spaced in [1, 2000], d uniform in (0, 1) or in [0.02, 4] / sqrt(n)")

    # smirnovi: p = float(smirnov(n, d)), n log-spaced in [1, 300], d in [0.02, 3] / sqrt(n).
    ni = np.floor(pts.logspace(0, np.log10(300), 1100, g)).astype(int)
    pts_i, seeds_i = [], {}
    for n in ni:
        d = min(0.99, g.uniform(0.02, 3.0) / np.sqrt(n))
        p = float(smirnov_mp(n, d))
        if 1e-300 < p < 1.0:
            pts_i.append((float(n), p))
            seeds_i[(float(n), p)] = d
    fx.accuracy("smirnovi", "scipy.special.smirnovi(n, p)", pts.columns(["n", "p"]),
                pts.table(lambda n, p: _root(lambda x: smirnov_mp(n, x), p,
                                             seeds_i[(float(n), float(p))]),
                          lambda n, p: sc.smirnovi(n.astype(int), p), pts_i),
                "p = smirnov(n, d), n log-spaced in [1, 300], d in [0.02, 3] / sqrt(n)")
    fx.write()
