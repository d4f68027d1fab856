"""Airy family: airy, airye (real x), ai_zeros, bi_zeros.

References: mpmath's airyai / airybi (50 digits) and airyaizero / airybizero. The scaled
functions of airye are mpmath's values times exp(+-zeta), zeta = 2/3 x^(3/2), computed with the
working precision raised by log10(zeta) digits so that the exponential keeps 50 digits.
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, rng, table

PARTS = ["ai", "aip", "bi", "bip"]


def airy_mp(part, x):
    d = 1 if part.endswith("p") else 0
    return mpmath.airyai(x, derivative=d) if part.startswith("ai") else mpmath.airybi(x, derivative=d)


def airye_mp(part, x):
    if x < 0:
        return None if part.startswith("ai") else airy_mp(part, x)
    zeta = 2 * x ** mpmath.mpf(1.5) / 3
    extra = int(mpmath.log10(zeta + 1)) + 10 if zeta > 1 else 0
    with mpmath.workdps(50 + extra):
        x = mpmath.mpf(x)
        zeta = 2 * x ** mpmath.mpf(1.5) / 3
        value = airy_mp(part, x)
        return value * mpmath.exp(zeta if part.startswith("ai") else -zeta)


def airy_points():
    g = rng(20240901)
    pts = list(np.linspace(-10.0, 10.0, 401))
    pts += list(-logspace(-12, 2, 250, g))
    pts += list(logspace(-12, np.log10(110.0), 250, g))
    pts += list(-logspace(1, 8, 300, g))
    # Next to the first zeros of Ai and Bi (where relative errors are hardest).
    for z in list(sc.ai_zeros(40)[0]) + list(sc.bi_zeros(40)[0]):
        pts += [z * (1 + 1e-9), z * (1 - 3e-12)]
    pts += [0.0, 1e-300, -1e-300, 8.75, 8.7500001, 10.0, -10.0, 104.0, 106.0, 108.0]
    return sorted(set(float(p) for p in pts))


def airye_points():
    g = rng(20240902)
    pts = list(np.linspace(0.0, 10.0, 301))
    pts += list(logspace(-12, 60, 700, g))
    pts += list(-logspace(-6, 3, 200, g))
    pts += [0.0, 1e-300, 8.75, 10.0, 1e100, 1e200]
    return sorted(set(float(p) for p in pts))


def generate():
    fx = Fixture("special", "airy")
    pts = [(x,) for x in airy_points()]
    for i, part in enumerate(PARTS):
        fx.accuracy(
            f"airy_{part}", f"scipy.special.airy(x)[{i}]", columns(["x"]),
            table(lambda x, p=part: airy_mp(p, x), lambda x, i=i: sc.airy(x)[i], pts),
            "x in [-1e8, 110]: uniform on [-10, 10], log-spaced magnitudes, next to the zeros",
        )
    pts = [(x,) for x in airye_points()]
    for i, part in enumerate(PARTS):
        fx.accuracy(
            f"airye_{part}", f"scipy.special.airye(x)[{i}]", columns(["x"]),
            table(lambda x, p=part: airye_mp(p, x), lambda x, i=i: sc.airye(x)[i], pts),
            "x in [0, 1e200] (and [-1e3, 0) for the Bi parts): log-spaced magnitudes",
        )
    nt = 1000
    sa, sb = sc.ai_zeros(nt), sc.bi_zeros(nt)
    ks = [(float(k),) for k in range(1, nt + 1)]
    refs = {
        "ai_zeros_a": lambda k: mpmath.airyaizero(int(k)),
        "ai_zeros_ap": lambda k: mpmath.airyaizero(int(k), derivative=1),
        "ai_zeros_ai": lambda k: mpmath.airyai(mpmath.airyaizero(int(k), derivative=1)),
        "ai_zeros_aip": lambda k: mpmath.airyai(mpmath.airyaizero(int(k)), derivative=1),
        "bi_zeros_b": lambda k: mpmath.airybizero(int(k)),
        "bi_zeros_bp": lambda k: mpmath.airybizero(int(k), derivative=1),
        "bi_zeros_bi": lambda k: mpmath.airybi(mpmath.airybizero(int(k), derivative=1)),
        "bi_zeros_bip": lambda k: mpmath.airybi(mpmath.airybizero(int(k)), derivative=1),
    }
    for name, f in refs.items():
        which, field = name.split("_zeros_")
        src = sa if which == "ai" else sb
        idx = {"a": 0, "ap": 1, "ai": 2, "aip": 3, "b": 0, "bp": 1, "bi": 2, "bip": 3}[field]
        fx.accuracy(
            name, f"scipy.special.{which}_zeros({nt})[{idx}][k-1]", columns(["k"]),
            table(f, lambda k, s=src[idx]: s[k.astype(int) - 1], ks),
            f"the first {nt} zeros (k = 1..{nt})",
        )
    fx.write()
