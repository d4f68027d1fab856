"""Exponential and trigonometric integrals: `exp1`, `expi`, `expn`, `sici` (tables `sici_si`,
`sici_ci`), `shichi` (tables `shichi_shi`, `shichi_chi`) and `spence`.

References are mpmath's at 50 digits: `e1`, `ei`, `expint(n, x)` (checked at higher
precision, see `expint_checked`), `si`, `ci`, `shi`, `chi`
(for x < 0 SciPy returns the real part of Ci and Chi, so the reference is the real part), and
`spence(x) = polylog(2, 1 - x)` (SciPy's convention: the integral of log(t) / (1 - t) from 1 to
x).
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, logspace_signed, rng, table

mp = mpmath

# Zeros of Ei, Ci and Chi (where relative accuracy is hardest).
EI_ZERO = 0.3725074107813666
CHI_ZERO = 0.5238225713898644
CI_ZEROS = [0.6165054856207162, 3.384180422551186, 6.427047744050369, 9.525575457580666]


def expint_checked(n, x):
    """mpmath's `expint(n, x)`, which can cancel catastrophically for large n and x at 50
    digits (it returns negative values there): recomputed at 70, 150, then 300 digits until two
    successive precisions agree to 1e-25."""
    v = mp.expint(n, x)
    for dps in (70, 150, 300):
        with mp.workdps(dps):
            w = mp.expint(n, x)
        if v > 0 and abs(w - v) <= mp.mpf(10) ** -25 * abs(w):
            return w
        v = w
    return v


def near(x0, n, g):
    """n points within 10^[-12, -1] of x0, both sides."""
    return x0 + logspace_signed(-12, -1, n, g)


def generate():
    fx = Fixture("special", "exp_integrals")
    g = rng(302)

    x = np.concatenate([logspace(-300, 0, 300, g), g.uniform(0, 5, 200), logspace(0, np.log10(745), 450, g), g.uniform(690, 745, 50)])
    fx.accuracy("exp1", "scipy.special.exp1(x)", columns(["x"]),
                table(mp.e1, sc.exp1, [(v,) for v in x]), "x in [1e-300, 745] (positive real axis)")

    x = np.concatenate([logspace_signed(-300, 0, 250, g), g.uniform(-5, 5, 200), logspace_signed(0, np.log10(709), 400, g),
                        near(EI_ZERO, 150, g), g.uniform(700, 709.7, 20), -g.uniform(700, 745, 20)])
    fx.accuracy("expi", "scipy.special.expi(x)", columns(["x"]),
                table(mp.ei, sc.expi, [(v,) for v in x]), "|x| in [1e-300, 709], both signs, and near the zero 0.3725")

    n = np.concatenate([g.integers(0, 10, 500), g.integers(10, 100, 250), g.integers(100, 10000, 250)])
    xn = np.concatenate([logspace(-10, 0, 350, g), g.uniform(0, 5, 250), logspace(0, 2.8, 400, g)])
    pts = [(float(a), b) for a, b in zip(n, g.permutation(xn))]
    fx.accuracy("expn", "scipy.special.expn(n, x)", columns(["n", "x"]),
                table(lambda n, x: expint_checked(int(n), x), sc.expn, pts), "n in [0, 10000], x in [1e-10, 630]")

    x = np.concatenate([logspace_signed(-300, 0, 250, g), g.uniform(-12, 12, 250), logspace_signed(0, 10, 400, g),
                        *[near(z, 25, g) for z in CI_ZEROS]])
    pts = [(v,) for v in x]
    fx.accuracy("sici_si", "scipy.special.sici(x)[0]", columns(["x"]),
                table(mp.si, lambda x: sc.sici(x)[0], pts), "|x| in [1e-300, 1e10], both signs")
    fx.accuracy("sici_ci", "scipy.special.sici(x)[1]", columns(["x"]),
                table(lambda x: mp.re(mp.ci(x)), lambda x: sc.sici(x)[1], pts),
                "|x| in [1e-300, 1e10], both signs (real part for x < 0), near the zeros of Ci")

    x = np.concatenate([logspace_signed(-300, 0, 300, g), g.uniform(-12, 12, 250), logspace_signed(0, np.log10(710), 350, g),
                        near(CHI_ZERO, 100, g)])
    pts = [(v,) for v in x]
    fx.accuracy("shichi_shi", "scipy.special.shichi(x)[0]", columns(["x"]),
                table(mp.shi, lambda x: sc.shichi(x)[0], pts), "|x| in [1e-300, 710], both signs")
    fx.accuracy("shichi_chi", "scipy.special.shichi(x)[1]", columns(["x"]),
                table(lambda x: mp.re(mp.chi(x)), lambda x: sc.shichi(x)[1], pts),
                "|x| in [1e-300, 710], both signs (real part for x < 0), near the zero 0.5238")

    x = np.concatenate([logspace(-300, 0, 250, g), g.uniform(0, 4, 250), 1 + logspace_signed(-15, -1, 150, g),
                        logspace(0, 300, 350, g), [0.0, 1.0, 2.0, 0.5]])
    fx.accuracy("spence", "scipy.special.spence(x)", columns(["x"]),
                table(lambda x: mp.polylog(2, 1 - x), sc.spence, [(v,) for v in x]),
                "x in [0, 1e300]: log-spaced, U(0, 4), near 1")
    fx.write()
