"""Struve family: struve (H_v) and modstruve (L_v) of real order and argument.

References: mpmath's struveh / struvel at 50 digits; at negative x (integer orders only; SciPy
gives NaN otherwise) the reference is (-1)^(v+1) times the value at |x| (DLMF 11.4.16). Points:
orders uniform in [-20, 60] and small integers and half-integers, arguments log-spaced in
[1e-3, 1e4] for H (1e-3 to 700 for L, where L overflows beyond), with a dense band over
x in [20, 80] where the methods change.
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, rng, table


def reference(f):
    def value(v, x):
        if x < 0:
            if v != int(v):
                return None
            return (-1) ** (int(v) + 1) * f(v, -x)
        return f(v, x)
    return value


def points(seed, x_hi):
    g = rng(seed)
    pts = []
    n = 700
    vs = g.uniform(-20.0, 60.0, n)
    xs = logspace(-3, np.log10(x_hi), n, g)
    pts += list(zip(vs, xs))
    # Small orders over the whole range, and the transition band.
    vs = g.uniform(-3.0, 5.0, 300)
    xs = logspace(-3, np.log10(x_hi), 300, g)
    pts += list(zip(vs, xs))
    vs = g.uniform(-20.0, 40.0, 250)
    xs = g.uniform(20.0, 80.0, 250)
    pts += list(zip(vs, xs))
    # Integer and half-integer orders, both signs of x at integer orders.
    for v in [-5.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 10.0, -0.5, 0.5, 1.5, -1.5, -2.5, 7.5]:
        xs = logspace(-3, np.log10(x_hi), 18, g)
        pts += [(v, x) for x in xs]
        if v == int(v):
            pts += [(v, -x) for x in xs[:6]]
    return sorted(set((float(v), float(x)) for v, x in pts))


def generate():
    fx = Fixture("special", "struve")
    pts = points(20241124, 1e4)
    fx.accuracy(
        "struve", "scipy.special.struve(v, x)", columns(["v", "x"]),
        table(reference(mpmath.struveh), sc.struve, pts),
        "v in [-20, 60], |x| in [1e-3, 1e4] (log-spaced; negative x at integer v), dense on x in [20, 80]",
    )
    pts = points(20241125, 700.0)
    fx.accuracy(
        "modstruve", "scipy.special.modstruve(v, x)", columns(["v", "x"]),
        table(reference(mpmath.struvel), sc.modstruve, pts),
        "v in [-20, 60], |x| in [1e-3, 700] (log-spaced; negative x at integer v), dense on x in [20, 80]",
    )
    fx.write()
