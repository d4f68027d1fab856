"""Golden accuracy tables of the gamma family: gamma, rgamma, gammasgn, gammaln (positive and
negative arguments), loggamma (real), digamma (positive and negative), beta (positive and
negative), betaln; complex loggamma; zeta, zetac, zeta_hurwitz; polygamma, poch, multigammaln; factorial, binom,
comb, comb_repetition, perm (floating-point forms).

References are mpmath's at 50 significant digits (`mpmath.mp.dps = 50`). Where an argument
combination needs more than 50 digits to be represented exactly (`a + b` in beta when a and b
differ by many orders of magnitude), the working precision is raised for that point
(`mpmath.workdps`), so the reference is still good to 50 digits.
"""
import math

import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from special._points import columns, logspace, rng, table

mpmath.mp.dps = 50


def _not_pole(x):
    return not (x <= 0 and x == math.floor(x))


def gamma_points(seed, hi=171.6):
    g = rng(seed)
    pts = []
    pts += list(logspace(-20, math.log10(hi), 400, g))
    pts += list(logspace(-300, -20, 100, g))
    pts += list(-logspace(-20, math.log10(190.0), 300, g))
    n = g.integers(1, 171, 100).astype(float)
    pts += list(-n + g.choice([-1.0, 1.0], 100) * 10.0 ** g.uniform(-12, -1, 100))
    pts += list(g.uniform(0.5, 3.0, 100))
    pts += list(g.uniform(-20.0, 20.0, 100))
    pts += [float(k) for k in range(1, 60)] + [k + 0.5 for k in range(-40, 0)]
    return [(float(x),) for x in pts if _not_pole(x)]


def gen_gamma(fx):
    pts = gamma_points(1)
    fx.accuracy("gamma", "scipy.special.gamma(x)", columns(["x"]),
                table(mpmath.gamma, sc.gamma, pts),
                "|x| < 190, log-spaced magnitudes from 1e-300, both signs, near the poles")
    pts = gamma_points(2, hi=180.0)
    fx.accuracy("rgamma", "scipy.special.rgamma(x)", columns(["x"]),
                table(mpmath.rgamma, sc.rgamma, pts),
                "|x| < 190, log-spaced magnitudes from 1e-300, both signs, near the poles")
    g = rng(3)
    sgn_pts = [(float(x),) for x in np.concatenate([
        logspace(-300, 2.3, 300, g), -logspace(-300, 2.3, 700, g)]) if _not_pole(x)]
    fx.accuracy("gammasgn", "scipy.special.gammasgn(x)", columns(["x"]),
                table(lambda x: mpmath.sign(mpmath.gamma(x)), sc.gammasgn, sgn_pts),
                "|x| < 200, both signs")


def gammaln_points(seed):
    g = rng(seed)
    pts = []
    pts += list(logspace(-300, 305, 560, g))
    pts += list(logspace(-1, 2, 150, g))
    pts += list(1.0 + g.choice([-1.0, 1.0], 100) * 10.0 ** g.uniform(-15, -0.5, 100))
    pts += list(2.0 + g.choice([-1.0, 1.0], 100) * 10.0 ** g.uniform(-15, -0.5, 100))
    pts += list(g.uniform(0.0, 25.0, 100))
    return [(float(x),) for x in pts if x > 0]


def gen_gammaln(fx):
    pos = gammaln_points(4)
    g = rng(5)
    neg = [(float(x),) for x in -logspace(-300, 6, 300, g) if _not_pole(x)]
    fx.accuracy("gammaln", "scipy.special.gammaln(x)", columns(["x"]),
                table(lambda x: mpmath.re(mpmath.loggamma(x)), sc.gammaln, pos),
                "0 < x < 1e305, log-spaced from 1e-300, dense near the zeros 1 and 2")
    fx.accuracy("gammaln_negative", "scipy.special.gammaln(x)", columns(["x"]),
                table(lambda x: mpmath.re(mpmath.loggamma(x)), sc.gammaln, neg),
                "-1e6 < x < 0, log-spaced magnitudes from 1e-300")
    fx.accuracy("loggamma", "scipy.special.loggamma(x)", columns(["x"]),
                table(mpmath.loggamma, lambda x: sc.loggamma(x).real, gammaln_points(6)),
                "0 < x < 1e305, log-spaced from 1e-300, dense near the zeros 1 and 2")


def gen_digamma(fx):
    g = rng(7)
    root = 1.4616321449683623
    pos = []
    pos += list(logspace(-300, 300, 450, g))
    pos += list(root + g.choice([-1.0, 1.0], 150) * 10.0 ** g.uniform(-15, -0.3, 150))
    pos += list(g.uniform(0.0, 12.0, 200))
    pos = [(float(x),) for x in pos if x > 0]
    fx.accuracy("digamma", "scipy.special.digamma(x)", columns(["x"]),
                table(mpmath.digamma, sc.digamma, pos),
                "0 < x < 1e300, log-spaced from 1e-300, dense near the zero 1.4616")
    neg = [(float(x),) for x in np.concatenate([-logspace(-300, 6, 250, g),
                                                g.uniform(-12.0, 0.0, 150)]) if _not_pole(x)]
    fx.accuracy("digamma_negative", "scipy.special.digamma(x)", columns(["x"]),
                table(mpmath.digamma, sc.digamma, neg),
                "-1e6 < x < 0, log-spaced magnitudes from 1e-300")


def _beta_mp(a, b):
    span = abs(int(mpmath.log10(abs(a)))) + abs(int(mpmath.log10(abs(b)))) + 10
    with mpmath.workdps(50 + span):
        return +mpmath.beta(a, b)


def _betaln_mp(a, b):
    span = abs(int(mpmath.log10(abs(a)))) + abs(int(mpmath.log10(abs(b)))) + 10
    with mpmath.workdps(50 + span):
        return mpmath.log(abs(mpmath.beta(a, b)))


def beta_points(seed):
    g = rng(seed)
    pts = []
    a = logspace(-5, 5, 500, g); b = logspace(-5, 5, 500, g)
    pts += list(zip(a, b))
    a = logspace(-300, 300, 200, g); b = logspace(-300, 300, 200, g)
    pts += list(zip(a, b))
    a = g.uniform(0, 25, 200); b = g.uniform(0, 25, 200)
    pts += list(zip(a, b))
    a = logspace(-2, 1.5, 150, g); b = a * (1 + g.uniform(-0.5, 0.5, 150))
    pts += list(zip(a, b))
    a = logspace(-3, 1.3, 150, g); b = logspace(2, 12, 150, g)
    pts += list(zip(a, b))
    return [(float(x), float(y)) for x, y in pts if x > 0 and y > 0]


def gen_beta(fx):
    pts = beta_points(8)
    fx.accuracy("beta", "scipy.special.beta(a, b)", columns(["a", "b"]),
                table(_beta_mp, sc.beta, pts),
                "0 < a, b < 1e300, log-spaced magnitudes from 1e-300")
    g = rng(9)
    neg = []
    for _ in range(300):
        a = -g.uniform(0, 20)
        b = g.uniform(-20, 20)
        if _not_pole(a) and _not_pole(b) and _not_pole(a + b):
            neg.append((float(a), float(b)))
    fx.accuracy("beta_negative", "scipy.special.beta(a, b)", columns(["a", "b"]),
                table(_beta_mp, sc.beta, neg),
                "-20 < a < 0, -20 < b < 20, non-integers")
    fx.accuracy("betaln", "scipy.special.betaln(a, b)", columns(["a", "b"]),
                table(_betaln_mp, sc.betaln, beta_points(10)),
                "0 < a, b < 1e300, log-spaced magnitudes from 1e-300")


def _loggamma_complex_mp(x, y):
    """mpmath's principal log-gamma; the sign of a zero imaginary part picks the side of the
    cut (mpmath has no signed zero: its value on the axis is the limit from above)."""
    z = mpmath.mpc(x, abs(y))
    if y == 0 and x <= 0 and x == math.floor(x):
        return None
    v = mpmath.loggamma(z)
    return mpmath.conj(v) if math.copysign(1.0, y) < 0 else v


def loggamma_complex_points(seed):
    g = rng(seed)
    pts = []
    r = logspace(-300, 300, 300, g); t = g.uniform(-math.pi, math.pi, 300)
    pts += list(zip(r * np.cos(t), r * np.sin(t)))
    r = logspace(-2, 2.5, 300, g); t = g.uniform(-math.pi, math.pi, 300)
    pts += list(zip(r * np.cos(t), r * np.sin(t)))
    for centre in (1.0, 2.0):
        r = logspace(-15, math.log10(0.9), 150, g); t = g.uniform(-math.pi, math.pi, 150)
        pts += list(zip(centre + r * np.cos(t), r * np.sin(t)))
    x = -logspace(-3, 2, 150, g); y = g.choice([-1.0, 1.0], 150) * logspace(-15, 0, 150, g)
    pts += list(zip(x, y))
    pts += list(zip(g.uniform(-5, 12, 200), g.uniform(-5, 5, 200)))
    pts += [(float(v), 0.0) for v in logspace(-3, 3, 25, g)]
    pts += [(float(v), s) for v in -logspace(-3, 2, 25, g) for s in (0.0, -0.0)]
    return [(float(a), float(b)) for a, b in pts]


def gen_loggamma_complex(fx):
    kept, rows = [], []
    for x, y in loggamma_complex_points(11):
        v = _loggamma_complex_mp(x, y)
        if v is None:
            continue
        kept.append((x, y))
        rows.append(complex(v))
    args = np.array(kept, dtype=np.float64)
    z = np.empty(len(kept), dtype=np.complex128)
    z.real = args[:, 0]
    z.imag = args[:, 1]
    sp = sc.loggamma(z)
    ref = np.array(rows, dtype=np.complex128)
    tab = np.column_stack([args, ref.real, ref.imag, sp.real, sp.imag])
    fx.accuracy("loggamma_complex", "scipy.special.loggamma(z)",
                columns(["x_re", "x_im"], complex_result=True), tab,
                "|z| < 1e300, both half-planes, log-spaced magnitudes, dense near the zeros 1 "
                "and 2 and near the negative real axis (both sides of the cut)")


def _hurwitz_mp(x, q):
    """mpmath's Hurwitz zeta keeps an absolute, not a relative, accuracy: for tiny values it is
    evaluated with 60 + x log10(q + 1) digits (checked against 40 more on worst cases), then
    rounded to 50."""
    digits = 60 + max(0, int(x * mpmath.log10(abs(q) + 1)))
    with mpmath.workdps(digits):
        v = mpmath.zeta(x, q)
    return +v


def _zetac_mp(x):
    """zeta(x) - 1 without cancellation: zeta(x, 2) for x > 1."""
    with mpmath.workdps(130):
        v = mpmath.zeta(x, 2) if x > 1 else mpmath.zeta(x) - 1
    return +v


def gen_zeta(fx):
    g = rng(12)
    pts = []
    pts += list(1.0 + logspace(-15, 3, 400, g))
    pts += list(g.uniform(0.0, 1.0, 150))
    pts += list(logspace(-12, -1, 50, g) * g.choice([-1.0, 1.0], 50))
    pts += list(-logspace(-3, 2.4, 300, g))
    k = g.integers(1, 120, 100).astype(float)
    pts += list(-2.0 * k + g.choice([-1.0, 1.0], 100) * 10.0 ** g.uniform(-12, -1, 100))
    pts += [float(-v) for v in range(1, 60)]
    pts = [(float(x),) for x in pts if x != 1.0]
    fx.accuracy("zeta", "scipy.special.zeta(x)", columns(["x"]),
                table(lambda x: _hurwitz_mp(x, 1) if x > 1 else mpmath.zeta(x), sc.zeta, pts),
                "-260 < x < 1001, x - 1 log-spaced from 1e-15, near the trivial zeros")
    pts = []
    pts += list(1.0 + logspace(-15, 3, 500, g))
    pts += list(g.uniform(-5.0, 1.0, 250))
    pts += list(-logspace(0, 2.3, 250, g))
    pts = [(float(x),) for x in pts if x != 1.0]
    fx.accuracy("zetac", "scipy.special.zetac(x)", columns(["x"]),
                table(_zetac_mp, sc.zetac, pts),
                "-200 < x < 1001, x - 1 log-spaced from 1e-15")
    pts = []
    x = 1.0 + logspace(-12, 2.3, 1000, g)
    q = logspace(-5, 6, 1000, g)
    pts += list(zip(x, q))
    x = g.integers(2, 12, 100).astype(float)
    q = -g.uniform(0.0, 20.0, 100)
    pts += list(zip(x, q))
    pts = [(float(a), float(b)) for a, b in pts if b != math.floor(b)]
    fx.accuracy("zeta_hurwitz", "scipy.special.zeta(x, q)", columns(["x", "q"]),
                table(_hurwitz_mp, sc.zeta, pts),
                "1 < x < 200, x - 1 log-spaced from 1e-12, 1e-5 < q < 1e6; integer x with "
                "-20 < q < 0")


def _polygamma_mp(n, x):
    n = int(n)
    return (-1) ** (n + 1) * mpmath.factorial(n) * _hurwitz_mp(n + 1, x)


def gen_polygamma_poch(fx):
    g = rng(13)
    pts = []
    for n in (1, 2, 3, 4, 5, 7, 10, 15, 20, 30):
        x = logspace(-3, 3, 90, g)
        pts += [(float(n), float(v)) for v in x]
        x = -logspace(-3, 1.3, 30, g)
        pts += [(float(n), float(v)) for v in x if v != math.floor(v)]
    fx.accuracy("polygamma", "scipy.special.polygamma(n, x)", columns(["n", "x"]),
                table(_polygamma_mp, lambda n, x: sc.polygamma(n.astype(int), x), pts),
                "n in 1..30, 1e-3 < |x| < 1e3 (x > 0) and 1e-3 < |x| < 20 (x < 0, non-integer)")
    pts = []
    z = logspace(-3, 4, 500, g); m = g.uniform(-100, 100, 500)
    pts += list(zip(z, m))
    z = logspace(-3, 2, 200, g); m = logspace(-3, 2, 200, g) * g.choice([-1.0, 1.0], 200)
    pts += list(zip(z, m))
    z = -logspace(-3, 2, 200, g); m = g.uniform(-30, 30, 200)
    pts += list(zip(z, m))
    z = logspace(-1, 3, 150, g); m = g.integers(-60, 60, 150).astype(float)
    pts += list(zip(z, m))
    z = logspace(4, 12, 150, g); m = g.uniform(-20, 20, 150)
    pts += list(zip(z, m))

    def poch_mp(z, m):
        c = z + m
        if (z <= 0 and z == mpmath.floor(z)) or (c <= 0 and c == mpmath.floor(c)):
            return None
        with mpmath.workdps(80):
            v = mpmath.rf(z, m)
        return +v

    pts = [(float(a), float(b)) for a, b in pts if b != 0]
    fx.accuracy("poch", "scipy.special.poch(z, m)", columns(["z", "m"]),
                table(poch_mp, sc.poch, pts),
                "1e-3 < |z| < 1e12, |m| < 100, both signs, integer and non-integer m")
    pts = []
    for _ in range(1000):
        d = int(g.integers(1, 31))
        a = 0.5 * (d - 1) + 10.0 ** g.uniform(-3, 6)
        pts.append((a, float(d)))

    def mgl_mp(a, d):
        d = int(d)
        return d * (d - 1) / 4 * mpmath.log(mpmath.pi) + mpmath.fsum(
            mpmath.loggamma(a - mpmath.mpf(j) / 2) for j in range(d))

    fx.accuracy("multigammaln", "scipy.special.multigammaln(a, d)", columns(["a", "d"]),
                table(mgl_mp, lambda a, d: np.array([sc.multigammaln(x, int(k)) for x, k in zip(a, d)]), pts),
                "d in 1..30, (d - 1)/2 < a < 1e6")


def gen_combinatorics(fx):
    g = rng(14)
    pts = [(float(n),) for n in range(0, 171)]
    pts += [(float(v),) for v in g.uniform(0, 171, 600)]
    pts += [(float(v),) for v in logspace(-300, 0, 229, g)]
    fx.accuracy("factorial", "scipy.special.factorial(n)", columns(["n"]),
                table(lambda n: mpmath.gamma(n + 1), sc.factorial, pts),
                "0 <= n < 171: all integers, uniform non-integers, log-spaced from 1e-300")

    def binom_mp(n, k):
        if n < 0 and n == mpmath.floor(n):
            return None
        with mpmath.workdps(80):
            v = mpmath.binomial(n, k)
        return +v

    pts = []
    n = logspace(-2, 15, 400, g); k = g.integers(0, 65, 400).astype(float)
    pts += list(zip(n, k))
    n = g.integers(0, 10 ** 6, 200).astype(float); k = np.floor(n * g.uniform(0, 1, 200))
    pts += list(zip(n, k))
    n = -logspace(-2, 3, 200, g); k = g.integers(0, 30, 200).astype(float)
    pts += list(zip(n, k))
    n = logspace(-2, 6, 200, g) * g.choice([-1.0, 1.0], 200)
    k = logspace(-2, 2, 200, g) * g.choice([-1.0, 1.0], 200)
    pts += list(zip(n, k))
    n = logspace(1, 15, 200, g); k = n * g.uniform(0, 1, 200)
    pts += list(zip(n, k))
    pts = [(float(a), float(b)) for a, b in pts]
    fx.accuracy("binom", "scipy.special.binom(n, k)", columns(["n", "k"]),
                table(binom_mp, sc.binom, pts),
                "|n| < 1e15, integer k <= 64 and large k, negative and non-integer n and k")
    pts = []
    n = g.integers(0, 2000, 700).astype(float); k = np.floor(n * g.uniform(0, 1, 700))
    pts += list(zip(n, k))
    n = g.uniform(0, 300, 300); k = n * g.uniform(0, 1, 300)
    pts += list(zip(n, k))
    pts = [(float(a), float(b)) for a, b in pts]
    fx.accuracy("comb", "scipy.special.comb(N, k)", columns(["N", "k"]),
                table(binom_mp, sc.comb, pts), "0 <= k <= N < 2000, integers and non-integers")
    fx.accuracy("comb_repetition", "scipy.special.comb(N, k, repetition=True)",
                columns(["N", "k"]),
                table(lambda n, k: binom_mp(n + k - 1, k),
                      lambda n, k: sc.comb(n, k, repetition=True), pts),
                "0 <= k <= N < 2000, integers and non-integers")

    def perm_mp(n, k):
        with mpmath.workdps(80):
            v = mpmath.rf(n - k + 1, k)
        return +v

    fx.accuracy("perm", "scipy.special.perm(N, k)", columns(["N", "k"]),
                table(perm_mp, sc.perm, pts), "0 <= k <= N < 2000, integers and non-integers")


def generate():
    fx = Fixture("special", "gamma")
    gen_gamma(fx)
    gen_gammaln(fx)
    gen_digamma(fx)
    gen_beta(fx)
    gen_loggamma_complex(fx)
    gen_zeta(fx)
    gen_polygamma_poch(fx)
    gen_combinatorics(fx)
    fx.write()
