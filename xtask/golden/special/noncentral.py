"""Golden accuracy tables of the non-central distribution kernels: chndtr, chndtrix, nctdtr,
nctdtrit, ncfdtr, ncfdtri.

References are mpmath at 50 significant digits (more where a difference cancels), the mixtures
summed in mpmath with recurrences that only add positive numbers:
- chndtr(x, df, nc) = sum_j e^(-mu) mu^j / j! P(df/2 + j, x/2), mu = nc/2 (the Poisson
  mixture of central chi-square CDFs): P at the top index J = mu + 20 sqrt(mu) + 60 (the
  weights beyond are below 1e-80) from mpmath.gammainc, then downward by
  P(a, z) = P(a + 1, z) + z^a e^-z / Gamma(a + 1) to j = 0;
- ncfdtr(dfn, dfd, nc, f): the same mixture of I_x(dfn/2 + j, dfd/2), x = dfn f / (dfn f + dfd),
  the top term from mpmath.betainc, downward by I_x(a, b) = I_x(a + 1, b) + x^a (1 - x)^b
  Gamma(a + b) / (Gamma(a + 1) Gamma(b)); where 1 - x < 1/4 and the CDF is above 1/2, as 1
  minus the complement mixture of 1 - I_x(a, b) = I_(1-x)(b, a) summed upward (x may be within
  1e-70 of 1, beyond the working precision, while 1 - x keeps all its digits);
- nctdtr(df, nc, t), t >= 0: Phi(-nc) + 1/2 sum_j [p_j I_x(j + 1/2, df/2) + q_j I_x(j + 1, df/2)]
  with x = t^2 / (t^2 + df), p_j = e^-mu mu^j / j!, q_j = sign(nc) e^-mu mu^(j + 1/2) /
  Gamma(j + 3/2), mu = nc^2 / 2 (Guenther 1978; Lenth 1989); t < 0, nc <= 0 by the
  reflection, as the complement mixture 1/2 sum_j [p_j (1 - I_x(j + 1/2)) + |q_j| (1 - I_x(j + 1))]
  at -nc, the complements summed upward from j = 0 until the weights fall below 1e-70 of the
  sum (the growing complements can put the bulk of the sum far above the Poisson mode); t < 0 < nc (where that mixture would
  cancel) as E[Phi(-(nc + |t| S))], S = sqrt(V / df), V ~ chi2(df), by mpmath.quad of the
  density (a positive integrand; tanh-sinh with break points around its peak);
- the inverses (chndtrix, nctdtrit, ncfdtri): a point x0 is drawn from a central
  approximation of a target p (log-spaced toward 0 and 1), p = float(CDF(x0)) is the argument,
  and the reference is the root of CDF(x) = p by mpmath.findroot (secant from x0) on the
  mpmath CDF above.
"""
import multiprocessing

import mpmath
import numpy as np
import scipy.special as sc

try:
    import _points as pts
except ImportError:  # imported as special.noncentral
    from . import _points as pts

from golden import Fixture

mpmath.mp.dps = 50
mpf = mpmath.mpf


def _top(mu):
    return int(mu + 20 * mpmath.sqrt(mu) + 60)


def _weight(s, mu):
    """mu^s e^-mu / Gamma(s + 1)."""
    if mu == 0:
        return mpf(1) if s == 0 else mpf(0)
    return mpmath.exp(s * mpmath.log(mu) - mu - mpmath.loggamma(s + 1))


def _logs(x, y):
    """(ln x, ln y) for y = 1 - x, each from the smaller of the pair (x or y can be within
    1e-70 of 1, beyond the working precision)."""
    lx = mpmath.log(x) if x <= y else mpmath.log1p(-y)
    ly = mpmath.log(y) if y <= x else mpmath.log1p(-x)
    return lx, ly


def _beta_step(a, b, x, y):
    """x^a y^b Gamma(a + b) / (Gamma(a + 1) Gamma(b))."""
    lx, ly = _logs(x, y)
    return mpmath.exp(a * lx + b * ly + mpmath.loggamma(a + b)
                      - mpmath.loggamma(a + 1) - mpmath.loggamma(b))


def _lower_beta(a, b, x, y):
    """I_x(a, b), from x itself unless x is within 1e-10 of 1 (then as 1 - I_(1-x)(b, a):
    x = 1 - y carries only 50 digits, fewer of y)."""
    if y > mpf(10) ** -10:
        return mpmath.betainc(a, b, 0, x, regularized=True)
    return 1 - mpmath.betainc(b, a, 0, y, regularized=True)


def _upper_beta(a, b, x, y):
    """1 - I_x(a, b) = I_y(b, a), to full relative precision however small."""
    return mpmath.betainc(b, a, 0, y, regularized=True)


def chi2_cdf(x, df, nc):
    x, df, nc = mpf(x), mpf(df), mpf(nc)
    a0, z, mu = df / 2, x / 2, nc / 2
    if x == 0:
        return mpf(0)
    if nc == 0:
        return mpmath.gammainc(a0, 0, z, regularized=True)
    top = _top(mu)
    w = _weight(top, mu)
    p = mpmath.gammainc(a0 + top, 0, z, regularized=True)
    s = w * p
    a = a0 + top - 1
    g = mpmath.exp(a * mpmath.log(z) - z - mpmath.loggamma(a + 1))
    for j in range(top - 1, -1, -1):
        w = w * (j + 1) / mu
        p = p + g
        s += w * p
        g = g * (a0 + j) / z
    return s


def _beta_lower_mixture(a0, s0, b, x, y, mu):
    """sum_j mu^(s0+j) e^-mu / Gamma(s0+j+1) I_x(a0 + j, b), summed downward."""
    if mu == 0:
        return _lower_beta(a0, b, x, y) if s0 == 0 else mpf(0)
    top = _top(mu)
    w = _weight(s0 + top, mu)
    p = _lower_beta(a0 + top, b, x, y)
    s = w * p
    a = a0 + top - 1
    g = _beta_step(a, b, x, y)
    for j in range(top - 1, -1, -1):
        w = w * (s0 + j + 1) / mu
        p = p + g
        s += w * p
        a = a0 + j  # g(a - 1) = g(a) a / (x (a - 1 + b))
        g = g * a / (x * (a - 1 + b))
    return s


def _beta_upper_mixture(a0, s0, b, x, y, mu):
    """sum_j mu^(s0+j) e^-mu / Gamma(s0+j+1) (1 - I_x(a0 + j, b)), summed upward."""
    if mu == 0:
        return _upper_beta(a0, b, x, y) if s0 == 0 else mpf(0)
    top = _top(mu)
    w = _weight(s0, mu)
    q = _upper_beta(a0, b, x, y)
    g = _beta_step(a0, b, x, y)
    s = w * q
    j = 0
    # The complements grow with j, so the sum may be dominated far above the Poisson bulk:
    # go on until the weights (q <= 1) are below 1e-70 of the sum.
    while j < top or w > mpf(10) ** -70 * s:
        j += 1
        a = a0 + j - 1
        q = q + g
        g = g * x * (a + b) / (a + 1)
        w = w * mu / (s0 + j)
        s += w * q
    return s


def f_cdf(dfn, dfd, nc, f):
    dfn, dfd, nc, f = mpf(dfn), mpf(dfd), mpf(nc), mpf(f)
    if f == 0:
        return mpf(0)
    u = dfn * f
    x, y = u / (u + dfd), dfd / (u + dfd)
    # The complement mixture (all positive, summed upward) where the CDF is near 1.
    if y < mpf(1) / 4:
        sf = _beta_upper_mixture(dfn / 2, 0, dfd / 2, x, y, nc / 2)
        if sf < mpf(1) / 2:
            return 1 - sf
    return _beta_lower_mixture(dfn / 2, 0, dfd / 2, x, y, nc / 2)


def _t_parts(df, nc, t, upper):
    x, y = t * t / (t * t + df), df / (t * t + df)
    mu = nc * nc / 2
    mix = _beta_upper_mixture if upper else _beta_lower_mixture
    a = mix(mpf(1) / 2, 0, df / 2, x, y, mu)
    b = mix(mpf(1), mpf(1) / 2, df / 2, x, y, mu)
    return a, (b if nc >= 0 else -b)


def _t_lower_quad(df, nc, t):
    """P(Z + nc <= t S) for t < 0 < nc, S = sqrt(V / df), V ~ chi2(df): the integral
    int Phi(-(nc + |t| sqrt(v / df))) f_V(v) dv in u = ln v, a positive integrand, by
    mpmath.quad (tanh-sinh) with break points around its peak (found in float64)."""
    c = -t
    half = df / 2
    ln2 = mpmath.log(2)
    lg = mpmath.loggamma(half + 1)

    def f(u):
        if u > 800:
            return mpf(0)
        v = mpmath.exp(u)
        x = nc + c * mpmath.sqrt(v / df)
        if x > 1e7:
            return mpf(0)
        return mpmath.ncdf(-x) * half * mpmath.exp(half * (u - ln2) - v / 2 - lg)

    fd, fn, fc = float(df), float(nc), float(c)

    def lf(u):
        x = fn + fc * np.exp(0.5 * u) / np.sqrt(fd)
        return sc.log_ndtr(-x) + 0.5 * fd * (u - np.log(2)) - 0.5 * np.exp(u)

    lo, hi = -2200.0, float(np.log(fd)) + 2
    for _ in range(300):
        m1 = lo + (hi - lo) / 3
        m2 = hi - (hi - lo) / 3
        if lf(m1) < lf(m2):
            lo = m1
        else:
            hi = m2
    p = 0.5 * (lo + hi)
    d = 1e-3
    curv = -(lf(p + d) - 2 * lf(p) + lf(p - d)) / d ** 2
    w = 1 / np.sqrt(curv) if curv > 0 else 1.0
    points = ([-mpmath.inf] + [mpf(p + k * w) for k in (-60, -20, -6, -2, 0, 2, 6, 20, 60)]
              + [mpmath.inf])
    val, err = mpmath.quad(f, points, error=True, maxdegree=10)
    if err > mpf(10) ** -40 * val:
        return None
    return val


def t_cdf(df, nc, t):
    df, nc, t = mpf(df), mpf(nc), mpf(t)
    if t == 0:
        return mpmath.ncdf(-nc)
    if t > 0:
        a, b = _t_parts(df, nc, t, False)
        return mpmath.ncdf(-nc) + (a + b) / 2
    if nc > 0:
        return _t_lower_quad(df, nc, t)
    # P(T <= t; nc) = P(T >= -t; -nc): the complement mixture at -nc >= 0, all positive.
    a, b = _t_parts(df, -nc, -t, True)
    return (a + b) / 2


def _root(f, p, x0, positive):
    """The root of f(x) = p by the secant method from x0 (p = float(f(x0)), so the root is
    within a relative 1e-16 of x0 and each step squares the error): stops when a step is below
    1e-40 relative, and checks the residual."""
    p = mpf(p)
    a = mpf(x0)
    b = a * (1 + mpf(10) ** -20) if a != 0 else mpf(10) ** -300
    fa, fb = f(a), f(b)
    if fa is None or fb is None:
        return None
    fa, fb = fa - p, fb - p
    for _ in range(12):
        if fb == fa:
            break
        c = b - fb * (b - a) / (fb - fa)
        a, fa = b, fb
        b = c
        fb = f(b)
        if fb is None:
            return None
        fb = fb - p
        if abs(b - a) <= mpf(10) ** -40 * abs(b):
            break
    else:
        return None
    if positive and b <= 0:
        return None
    if abs(fb) > mpf(10) ** -38 * p:
        return None
    return b


# ---- the per-point jobs (module level, for the process pool) ----

def _job_chndtr(args):
    return chi2_cdf(*args)


def _job_chndtrix(args):
    x0, df, nc = args
    p = float(chi2_cdf(x0, df, nc))
    if not 0.0 < p < 1.0:
        return None
    r = _root(lambda x: chi2_cdf(x, df, nc), p, x0, True)
    return None if r is None else (p, df, nc, r)


def _job_ncfdtr(args):
    return f_cdf(*args)


def _job_ncfdtri(args):
    dfn, dfd, nc, f0 = args
    p = float(f_cdf(dfn, dfd, nc, f0))
    if not 0.0 < p < 1.0:
        return None
    r = _root(lambda f: f_cdf(dfn, dfd, nc, f), p, f0, True)
    return None if r is None else (dfn, dfd, nc, p, r)


def _job_nctdtr(args):
    return t_cdf(*args)


def _job_nctdtrit(args):
    df, nc, t0 = args
    p = t_cdf(df, nc, t0)
    if p is None:
        return None
    p = float(p)
    if not 0.0 < p < 1.0:
        return None
    r = _root(lambda t: t_cdf(df, nc, t), p, t0, False)
    return None if r is None else (df, nc, p, r)


# ---- points ----

def _nc_values(g, n, hi):
    """nc: a tenth 0, the rest log-uniform in [1e-2, hi]."""
    nc = pts.logspace(-2, np.log10(hi), n, g)
    nc[g.random(n) < 0.1] = 0.0
    return nc


def _targets(g, n):
    """Target probabilities: a third in the body, a third log-spaced toward 0 (down to 1e-300),
    a third toward 1 (1 - p down to 1e-16)."""
    k = g.integers(0, 3, n)
    body = g.uniform(0.02, 0.98, n)
    low = 10.0 ** g.uniform(-300, -2, n)
    high = 1.0 - 10.0 ** g.uniform(-16, -2, n)
    return np.where(k == 0, body, np.where(k == 1, low, high))


def _patnaik_chi2(p, df, nc):
    c = (df + 2 * nc) / (df + nc)
    h = (df + nc) ** 2 / (df + 2 * nc)
    return c * 2 * sc.gammaincinv(h / 2, p)


def _patnaik_f(p, dfn, dfd, nc):
    c = (dfn + 2 * nc) / (dfn + nc)
    h = (dfn + nc) ** 2 / (dfn + 2 * nc)
    return c * h / dfn * sc.fdtri(h, dfd, p)


def _map(pool, job, items):
    """pool.imap with progress on stderr. With NONCENTRAL_GOLDEN_CACHE=DIR set, the results
    are also cached in DIR across runs (keyed by job name and arguments only: clear it after
    changing the references)."""
    import os
    import pickle
    import sys
    cache_dir = os.environ.get("NONCENTRAL_GOLDEN_CACHE")
    path = os.path.join(cache_dir, f"{job.__name__}.pkl") if cache_dir else os.devnull
    cache = {}
    if cache_dir:
        try:
            with open(path, "rb") as fh:
                cache = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError):
            cache = {}
    todo = [it for it in items if it not in cache]
    for k, (it, out) in enumerate(zip(todo, pool.imap(job, todo, chunksize=2))):
        cache[it] = out
        if k % 100 == 99:
            print(f"  {job.__name__}: {k + 1}/{len(todo)}", file=sys.stderr, flush=True)
            if cache_dir:
                with open(path, "wb") as fh:
                    pickle.dump(cache, fh)
    if cache_dir:
        with open(path, "wb") as fh:
            pickle.dump(cache, fh)
    return [cache[it] for it in items]


def _table(args, refs, scipy_values):
    rows = [list(a) + [float(r), float(s)] for a, r, s in zip(args, refs, scipy_values)]
    return np.array(rows, dtype=np.float64)


def generate():
    fx = Fixture("special", "noncentral")
    g = pts.rng(20261124)
    pool = multiprocessing.Pool(2)

    # chndtr: df log-spaced in [0.1, 1e4], nc in {0} + [1e-2, 1e4], x from target probabilities.
    n = 1080
    df = pts.logspace(-1, 4, n, g)
    nc = _nc_values(g, n, 1e4)
    x = _patnaik_chi2(_targets(g, n), df, nc)
    keep = np.isfinite(x) & (x > 0)
    args = [(float(a), float(b), float(c)) for a, b, c in zip(x[keep], df[keep], nc[keep])]
    refs = _map(pool, _job_chndtr, args)
    sel = [k for k, r in enumerate(refs) if r is not None and r > mpf(10) ** -305]
    args = [args[k] for k in sel]
    refs = [refs[k] for k in sel]
    cols = np.array(args)
    sp = sc.chndtr(cols[:, 0], cols[:, 1], cols[:, 2])
    fx.accuracy("chndtr", "scipy.special.chndtr(x, df, nc)", pts.columns(["x", "df", "nc"]),
                _table(args, refs, sp),
                "df log-spaced in [0.1, 1e4], nc in {0} and log-spaced in [1e-2, 1e4], x at "
                "Patnaik quantiles of p in the body and log-spaced toward 0 (1e-300) and 1")

    # chndtrix: p = chndtr(x0), x0 as above.
    n = 1100
    df = pts.logspace(-1, 4, n, g)
    nc = _nc_values(g, n, 1e4)
    x0 = _patnaik_chi2(_targets(g, n), df, nc)
    # More points from a second stream (some roots are dropped), leaving the first unchanged.
    h, m = pts.rng(20261125), 200
    df2, nc2 = pts.logspace(-1, 4, m, h), _nc_values(h, m, 1e4)
    x0 = np.concatenate([x0, _patnaik_chi2(_targets(h, m), df2, nc2)])
    df, nc = np.concatenate([df, df2]), np.concatenate([nc, nc2])
    keep = np.isfinite(x0) & (x0 > 1e-300)
    items = [(float(a), float(b), float(c)) for a, b, c in zip(x0[keep], df[keep], nc[keep])]
    out = [o for o in _map(pool, _job_chndtrix, items) if o is not None]
    args = [o[:3] for o in out]
    cols = np.array(args)
    sp = sc.chndtrix(cols[:, 0], cols[:, 1], cols[:, 2])
    fx.accuracy("chndtrix", "scipy.special.chndtrix(p, df, nc)", pts.columns(["p", "df", "nc"]),
                _table(args, [o[3] for o in out], sp),
                "p = chndtr(x0) with x0 as for chndtr (p in [1e-300, 1 - 1e-16]); df in "
                "[0.1, 1e4], nc in {0} and [1e-2, 1e4]")

    # ncfdtr: dfn, dfd log-spaced in [0.1, 1e4], nc in {0} + [1e-2, 1e4].
    n = 1080
    dfn = pts.logspace(-1, 4, n, g)
    dfd = pts.logspace(-1, 4, n, g)
    nc = _nc_values(g, n, 1e4)
    f = _patnaik_f(_targets(g, n), dfn, dfd, nc)
    keep = np.isfinite(f) & (f > 0)
    args = [tuple(float(v) for v in r) for r in zip(dfn[keep], dfd[keep], nc[keep], f[keep])]
    refs = _map(pool, _job_ncfdtr, args)
    sel = [k for k, r in enumerate(refs) if r is not None and r > mpf(10) ** -305]
    args = [args[k] for k in sel]
    refs = [refs[k] for k in sel]
    cols = np.array(args)
    sp = sc.ncfdtr(cols[:, 0], cols[:, 1], cols[:, 2], cols[:, 3])
    fx.accuracy("ncfdtr", "scipy.special.ncfdtr(dfn, dfd, nc, f)",
                pts.columns(["dfn", "dfd", "nc", "f"]), _table(args, refs, sp),
                "dfn, dfd log-spaced in [0.1, 1e4], nc in {0} and [1e-2, 1e4], f at Patnaik "
                "quantiles of p in the body and log-spaced toward 0 (1e-300) and 1")

    # ncfdtri
    n = 1100
    dfn = pts.logspace(-1, 4, n, g)
    dfd = pts.logspace(-1, 4, n, g)
    nc = _nc_values(g, n, 1e4)
    f0 = _patnaik_f(_targets(g, n), dfn, dfd, nc)
    keep = np.isfinite(f0) & (f0 > 1e-300)
    items = [tuple(float(v) for v in r) for r in zip(dfn[keep], dfd[keep], nc[keep], f0[keep])]
    out = [o for o in _map(pool, _job_ncfdtri, items) if o is not None]
    args = [o[:4] for o in out]
    cols = np.array(args)
    sp = sc.ncfdtri(cols[:, 0], cols[:, 1], cols[:, 2], cols[:, 3])
    fx.accuracy("ncfdtri", "scipy.special.ncfdtri(dfn, dfd, nc, p)",
                pts.columns(["dfn", "dfd", "nc", "p"]), _table(args, [o[4] for o in out], sp),
                "p = ncfdtr(f0) with f0 as for ncfdtr (p in [1e-300, 1 - 1e-16]); dfn, dfd in "
                "[0.1, 1e4], nc in {0} and [1e-2, 1e4]")

    # nctdtr: df log-spaced in [0.1, 1e4], nc in {0} + ±[1e-2, 60], t from the shifted
    # central quantile of a target p.
    n = 1080
    df = pts.logspace(-1, 4, n, g)
    nc = _nc_values(g, n, 60.0) * g.choice([-1.0, 1.0], n)
    t = sc.stdtrit(df, _targets(g, n)) + nc
    h, m = pts.rng(20261126), 250
    df2 = pts.logspace(-1, 4, m, h)
    nc2 = _nc_values(h, m, 60.0) * h.choice([-1.0, 1.0], m)
    t = np.concatenate([t, sc.stdtrit(df2, _targets(h, m)) + nc2])
    df, nc = np.concatenate([df, df2]), np.concatenate([nc, nc2])
    keep = np.isfinite(t) & (np.abs(t) < 1e200)
    args = [(float(a), float(b), float(c)) for a, b, c in zip(df[keep], nc[keep], t[keep])]
    refs = _map(pool, _job_nctdtr, args)
    sel = [k for k, r in enumerate(refs) if r is not None and r > mpf(10) ** -305]
    args = [args[k] for k in sel]
    refs = [refs[k] for k in sel]
    cols = np.array(args)
    sp = sc.nctdtr(cols[:, 0], cols[:, 1], cols[:, 2])
    fx.accuracy("nctdtr", "scipy.special.nctdtr(df, nc, t)", pts.columns(["df", "nc", "t"]),
                _table(args, refs, sp),
                "df log-spaced in [0.1, 1e4], nc in {0} and ±[1e-2, 60] log-spaced, t = "
                "stdtrit(df, p) + nc for p in the body and log-spaced toward 0 and 1")

    # nctdtrit
    n = 1100
    df = pts.logspace(-1, 4, n, g)
    nc = _nc_values(g, n, 60.0) * g.choice([-1.0, 1.0], n)
    t0 = sc.stdtrit(df, _targets(g, n)) + nc
    h, m = pts.rng(20261127), 400
    df2 = pts.logspace(-1, 4, m, h)
    nc2 = _nc_values(h, m, 60.0) * h.choice([-1.0, 1.0], m)
    t0 = np.concatenate([t0, sc.stdtrit(df2, _targets(h, m)) + nc2])
    df, nc = np.concatenate([df, df2]), np.concatenate([nc, nc2])
    keep = np.isfinite(t0) & (np.abs(t0) < 1e200) & (t0 != 0)
    items = [(float(a), float(b), float(c)) for a, b, c in zip(df[keep], nc[keep], t0[keep])]
    out = [o for o in _map(pool, _job_nctdtrit, items) if o is not None]
    args = [o[:3] for o in out]
    cols = np.array(args)
    sp = sc.nctdtrit(cols[:, 0], cols[:, 1], cols[:, 2])
    fx.accuracy("nctdtrit", "scipy.special.nctdtrit(df, nc, p)", pts.columns(["df", "nc", "p"]),
                _table(args, [o[3] for o in out], sp),
                "p = nctdtr(df, nc, t0) with t0 as for nctdtr; df in [0.1, 1e4], nc in {0} and "
                "±[1e-2, 60]")
    pool.close()
    fx.write()
