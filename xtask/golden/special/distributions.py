"""Golden accuracy tables of the central distribution kernels: stdtr, stdtrit, stdtridf, chdtr,
chdtrc, chdtri, chdtriv, fdtr, fdtrc, fdtri, bdtr, bdtrc, bdtri, bdtrik, pdtr, pdtrc, pdtri,
pdtrik, nbdtr, nbdtrc, nbdtri, nbdtrik, gdtr, gdtrc, gdtrix, btdtria, btdtrib.

References are mpmath at 50 significant digits (60 working digits inside the kernels below).
Every CDF is a regularized incomplete beta or gamma ratio, evaluated with its complement
formed directly, never as 1 - value of the larger tail:
- `I_x(a, b)` and `1 - I_x(a, b)`: the continued fraction DLMF 8.17.22 on the side where it
  converges (x <= (a + 1) / (a + b + 2), else on `I_(1-x)(b, a)`), with `x` and `1 - x`
  passed as two exact numbers; the prefactor `x^a (1-x)^b / (a B(a, b))` from mpmath's
  loggamma. It agrees with `mpmath.betainc(a, b, 0, x, regularized=True)` and, for the
  complement, `mpmath.betainc(b, a, 0, 1 - x, regularized=True)` to 1.2e-51 (relative, 200
  random points with a, b in [0.1, 300]), but `mpmath.betainc` takes minutes once a and b both
  exceed ~1e4, hence the fraction (and `mpmath.betainc(a, b, x, 1)` loses the small complement
  to cancellation);
- `P(a, x)` and `Q(a, x)`: the power series DLMF 8.11.4 for x <= a + 1, else the Legendre
  continued fraction DLMF 8.9.2 for Q; the other one as 1 minus (it is then >= ~1/2). Both
  agree with `mpmath.gammainc(a, 0, x)` / `mpmath.gammainc(a, x, inf)` (regularized) to
  1.3e-51 (relative, 300 random points with a in [0.01, 1e4]); `mpmath.gammainc` itself fails
  to converge for some a, x near 1e5.

The kernels, with SciPy's argument conventions (checked against scipy 1.17.1):
- stdtr(df, t) = 1 - I_x(df/2, 1/2) / 2 for t > 0 (the mirror for t < 0), x = df / (df + t^2);
- chdtr(v, x) = P(v/2, x/2), chdtrc(v, x) = Q(v/2, x/2);
- fdtr(dfn, dfd, x) = I_w(dfn/2, dfd/2), w = dfn x / (dfd + dfn x); fdtrc its complement;
- bdtr(k, n, p) = I_(1-p)(n - k, k + 1) (k, n floored), bdtrc its complement;
- pdtr(k, m) = Q(k + 1, m), pdtrc(k, m) = P(k + 1, m);
- nbdtr(k, n, p) = I_p(n, k + 1), nbdtrc its complement;
- gdtr(a, b, x) = P(b, a x) (rate a, shape b; a x exact in mpmath), gdtrc = Q(b, a x);
- the inverses stdtrit(df, p), chdtri(v, p) (inverts chdtrc), fdtri(dfn, dfd, p),
  bdtri(k, n, y), pdtri(k, y), nbdtri(k, n, y), gdtrix(a, b, p), and the parameter inverses
  stdtridf(p, t), chdtriv(p, x), bdtrik(y, n, p), pdtrik(p, m), nbdtrik(y, n, p),
  btdtria(p, b, x), btdtrib(a, p, x): the root of the 50-digit CDF (of the smaller tail, in
  logarithms, so the equation is well conditioned) equal to the float64 probability actually
  passed, in the logarithm of the unknown: bracketed outward from a first guess (SciPy's
  value or the point the probability was made from), then the Illinois method to 1e-40. The
  root is kept only when the 50-digit CDF changes sign between the two float64 neighbours of
  the rounded root, so the stored reference is within 1 ULP of the exact root.

Points: degrees of freedom, shapes and counts log-uniform in [0.1, 1e5] (integers >= 1 where
SciPy floors them); x placed by quantiles of the distribution, a third in the body and the
rest in both tails with probabilities log-uniform down to 1e-300; for the inverses p
log-uniform toward 0 (down to 1e-300) and toward 1 (1 - p down to 1e-16), and uniform.
The parameter inverses keep points whose probability lies in (1e-300, 1): below, the float64
probability is subnormal and carries too few digits to define the parameter. Each table keeps the
first 1000 points whose reference exists.
"""
import multiprocessing

import mpmath
import numpy as np
import scipy.special as sc
from mpmath import mpf

try:
    import _points as pts
except ImportError:  # imported as special.distributions
    from . import _points as pts

from golden import Fixture

mpmath.mp.dps = 50
_EPS = mpf(10) ** -58
_TINY = mpf(10) ** -400
N_POINTS = 1000


# ---------------------------------------------------------------------------------------------
# 50-digit incomplete beta and gamma ratios, both tails.


def _beta_cf(a, b, x, y):
    """I_x(a, b) by DLMF 8.17.22 (modified Lentz), y = 1 - x."""
    # ln x from y when x is near 1 (and the reverse): x = 1 - y at 60 digits keeps only
    # 60 + log10(y) digits of y, too few once a y reaches 1e-40 (df ~ 1e50 in a root search).
    ln_x = mpmath.log1p(-y) if x > 0.5 else mpmath.log(x)
    ln_y = mpmath.log1p(-x) if y > 0.5 else mpmath.log(y)
    log_pre = a * ln_x + b * ln_y - mpmath.log(a) - (
        mpmath.loggamma(a) + mpmath.loggamma(b) - mpmath.loggamma(a + b))
    f, c, d = mpf(1), mpf(1), mpf(0)
    m = 1
    while m < 10**6:
        k = m // 2
        if m % 2 == 0:
            num = k * (b - k) * x / ((a + 2 * k - 1) * (a + 2 * k))
        else:
            num = -(a + k) * (a + b + k) * x / ((a + 2 * k) * (a + 2 * k + 1))
        d = 1 + num * d
        d = 1 / (d if d != 0 else _TINY)
        c = 1 + num / c
        if c == 0:
            c = _TINY
        delta = c * d
        f *= delta
        if abs(delta - 1) < _EPS:
            break
        m += 1
    return mpmath.exp(log_pre) / f


def beta_pair(a, b, x, y):
    """(I_x(a, b), 1 - I_x(a, b)) for y = 1 - x, both exact mpf."""
    if x <= 0:
        return mpf(0), mpf(1)
    if y <= 0:
        return mpf(1), mpf(0)
    with mpmath.workdps(60):
        if x <= (a + 1) / (a + b + 2):
            i = _beta_cf(a, b, x, y)
            return i, 1 - i
        j = _beta_cf(b, a, y, x)
        return 1 - j, j


def gamma_pair(a, x):
    """(P(a, x), Q(a, x))."""
    if x <= 0:
        return mpf(0), mpf(1)
    with mpmath.workdps(60):
        log_pre = a * mpmath.log(x) - x - mpmath.loggamma(a)
        if x <= a + 1:
            # P = x^a e^-x / Gamma(a + 1) sum_k x^k / ((a+1)...(a+k)).
            term, s, k = mpf(1), mpf(1), 0
            while True:
                k += 1
                term *= x / (a + k)
                s += term
                if term < _EPS * s:
                    break
            p = mpmath.exp(log_pre - mpmath.log(a)) * s
            return p, 1 - p
        # Q by the Legendre fraction 1/(x+1-a- 1(1-a)/(x+3-a- 2(2-a)/(x+5-a- ...))).
        b0 = x + 1 - a
        f = b0 if b0 != 0 else _TINY
        c, d = f, mpf(0)
        n = 1
        while True:
            an = -n * (n - a)
            bn = x + 2 * n + 1 - a
            d = bn + an * d
            d = 1 / (d if d != 0 else _TINY)
            c = bn + an / c
            if c == 0:
                c = _TINY
            delta = c * d
            f *= delta
            if abs(delta - 1) < _EPS:
                break
            n += 1
        q = mpmath.exp(log_pre) / f
        return 1 - q, q


def _log_tail_gap(lower, upper, p):
    """ln of the smaller target tail matched: ln(lower) - ln(p) when p < 1/2, else
    ln(upper) - ln(1 - p); `lower` and `upper` are the CDF and its complement."""
    p = mpf(p)
    if p < 0.5:
        return mpmath.log(lower) - mpmath.log(p) if lower > 0 else mpf(-10**9)
    q = 1 - p
    return mpmath.log(upper) - mpmath.log(q) if upper > 0 else mpf(-10**9)


# ---------------------------------------------------------------------------------------------
# The root of a monotone 50-digit function, checked at float64 resolution.


def _sign(v):
    return (v > 0) - (v < 0)


def root(g, x0, hi=None):
    """The x > 0 (x < hi) with g(x) = 0 for g monotone, from the guess x0; None when not found or
    not resolved to 1 ULP."""
    if not (np.isfinite(x0) and x0 > 0):
        return None
    hi_u = mpmath.log(mpf(hi)) if hi is not None else mpf(700)

    def gu(u):
        return g(mpmath.exp(u))

    u0 = mpmath.log(mpf(x0))
    f0 = gu(u0)
    if f0 == 0:
        return mpf(x0)
    s0 = _sign(f0)
    # Which way: probe a step above.
    step = mpf(10) ** -13
    up = min(u0 + step, hi_u)
    fu = gu(up)
    if _sign(fu) != s0:
        a, fa, b, fb = u0, f0, up, fu
    else:
        direction = 1 if abs(fu) < abs(f0) else -1
        a, fa = u0, f0
        b = None
        for _ in range(200):
            step *= 8
            u = a + direction * step
            if direction > 0 and u >= hi_u:
                u = hi_u
            if u < -700:
                return None
            fuu = gu(u)
            if _sign(fuu) != s0:
                b, fb = u, fuu
                break
            if direction > 0 and u == hi_u:
                return None
            a, fa = u, fuu
        if b is None:
            return None
    # Illinois on [a, b]: regula falsi, halving the value kept at a retained end.
    for _ in range(400):
        if abs(b - a) < mpf(10) ** -40 * max(1, abs(a)):
            break
        c = b - fb * (b - a) / (fb - fa)
        fc = gu(c)
        if fc == 0:
            a = b = c
            break
        if _sign(fc) != _sign(fb):
            a, fa = b, fb
        else:
            fa /= 2
        b, fb = c, fc
    r = mpmath.exp((a + b) / 2)
    rf = float(r)
    if not (np.isfinite(rf) and rf > 0):
        return None
    lo_n, hi_n = np.nextafter(rf, 0.0), np.nextafter(rf, np.inf)
    if hi is not None:
        hi_n = min(hi_n, hi)
    s_lo, s_hi = _sign(g(mpf(lo_n))), _sign(g(mpf(hi_n)))
    if s_lo == 0 or s_hi == 0 or s_lo != s_hi:
        return r
    return None


# ---------------------------------------------------------------------------------------------
# Kernels in mpmath.


def stdtr_mp(df, t):
    if t == 0:
        return mpf(0.5)
    t2 = t * t
    lower, _ = beta_pair(df / 2, mpf(0.5), df / (df + t2), t2 / (df + t2))
    return lower / 2 if t < 0 else 1 - lower / 2


def _t_tail(df, s):
    """P(T < -s) and P(T > -s) for s > 0."""
    t2 = s * s
    lower, _ = beta_pair(df / 2, mpf(0.5), df / (df + t2), t2 / (df + t2))
    return lower / 2, 1 - lower / 2


def chdtr_pair(v, x):
    return gamma_pair(v / 2, x / 2)


def fdtr_pair(dfn, dfd, x):
    nx = dfn * x
    return beta_pair(dfn / 2, dfd / 2, nx / (dfd + nx), dfd / (dfd + nx))


def bdtr_pair(k, n, p):
    return beta_pair(n - k, k + 1, 1 - p, p)


def pdtr_pair(k, m):
    lower, upper = gamma_pair(k + 1, m)
    return upper, lower


def nbdtr_pair(k, n, p):
    return beta_pair(n, k + 1, p, 1 - p)


def gdtr_pair(a, b, x):
    return gamma_pair(b, a * x)


# ---------------------------------------------------------------------------------------------
# Point sets (float64 tuples), drawn with SciPy's own inverses to reach the tails.


def _dof(g, n, lo=-1.0, hi=5.0):
    return 10.0 ** g.uniform(lo, hi, n)


def _counts(g, n, lo=0.0, hi=5.0):
    return np.floor(10.0 ** g.uniform(lo, hi, n))


def _probabilities(g, n):
    """p log-uniform toward 0 and toward 1, and uniform."""
    out = []
    for _ in range(n):
        r = g.uniform()
        if r < 0.4:
            out.append(10.0 ** -g.uniform(0.31, 300.0))
        elif r < 0.7:
            p = 1.0 - 10.0 ** -g.uniform(0.31, 16.0)
            out.append(p if p < 1.0 else np.nextafter(1.0, 0.0))
        else:
            out.append(g.uniform(0.0, 1.0))
    return np.array(out)


def _quantile_mode(g):
    """('body', q) or ('lower', q) or ('upper', q)."""
    r = g.uniform()
    if r < 0.3:
        return "body", g.uniform(0.02, 0.98)
    return ("lower" if r < 0.65 else "upper"), 10.0 ** -g.uniform(1.0, 300.0)


def _guess(value, fallback=1.0):
    """A first guess for `root`: SciPy's value when it is a positive float, else `fallback`."""
    value = float(value)
    return value if np.isfinite(value) and value > 0.0 else float(fallback)


def _ok(*xs):
    return all(np.isfinite(x) for x in xs)


def _first(rows, f_scipy, n_args):
    rows = rows[:N_POINTS]
    if len(rows) < N_POINTS:
        raise RuntimeError(f"only {len(rows)} points with a reference")
    table = np.array(rows, dtype=np.float64)
    args = [table[:, k] for k in range(n_args)]
    with np.errstate(all="ignore"):
        sp = np.asarray(f_scipy(*args), dtype=np.float64)
    return np.column_stack([table, sp])


def _forward(points, ref, f_scipy, which=0):
    """Rows (args..., mpmath) of a forward function; `ref` returns a pair, `which` picks."""
    rows = []
    for args in points:
        value = ref(*[mpf(a) for a in args])[which]
        rows.append(tuple(args) + (float(value),))
        if len(rows) >= N_POINTS:
            break
    return _first(rows, f_scipy, len(points[0]))


def _inverse(points, solve, f_scipy):
    """Rows (args..., mpmath root) for the points where `solve(*args)` finds a resolved root."""
    rows = []
    for args in points:
        r = solve(*args)
        if r is None:
            continue
        rf = float(r)
        if not (np.isfinite(rf) and 1e-300 < abs(rf) < 1e300):
            continue
        rows.append(tuple(args) + (rf,))
        if len(rows) >= N_POINTS:
            break
    return _first(rows, f_scipy, len(points[0]))


# --- Student's t.


def t_points():
    g = pts.rng(20261201)
    out = []
    for df in _dof(g, 1300):
        mode, q = _quantile_mode(g)
        if mode == "body":
            t = 10.0 ** g.uniform(-4.0, 1.5) * g.choice([-1.0, 1.0])
        else:
            t = float(sc.stdtrit(df, q))
            if mode == "upper" and g.uniform() < 0.5:
                t = -t
        if _ok(t) and t != 0.0:
            out.append((float(df), float(t)))
    return out


def make_stdtr():
    return _forward(t_points(), lambda df, t: (stdtr_mp(df, t),), sc.stdtr)


def make_stdtrit():
    g = pts.rng(20261202)
    points = list(zip(_dof(g, 1500), _probabilities(g, 1500)))

    def solve(df, p):
        if p == 0.5:
            return None
        guess = abs(float(sc.stdtrit(df, p)))
        if not (np.isfinite(guess) and guess > 0):
            guess = 1.0
        pm = mpf(p)
        s = root(lambda s: -_log_tail_gap(*_t_tail(mpf(df), s), min(pm, 1 - pm)), guess)
        if s is None:
            return None
        return -s if p < 0.5 else s

    return _inverse([(float(a), float(b)) for a, b in points], solve, sc.stdtrit)


def make_stdtridf():
    g = pts.rng(20261203)
    points, seeds = [], {}
    for df in _dof(g, 2200):
        t = 10.0 ** g.uniform(-1.0, 1.5) * g.choice([-1.0, 1.0])
        p = float(stdtr_mp(mpf(df), mpf(t)))
        if 1e-300 < p < 1.0:
            points.append((p, float(t)))
            seeds[(p, float(t))] = float(df)

    def solve(p, t):
        pm = mpf(p)
        if t < 0:
            return root(lambda df: _log_tail_gap(*_t_tail(df, mpf(-t)), pm), seeds[(p, t)])
        # P(T <= t) = p  <=>  P(T < -t) = 1 - p.
        return root(lambda df: _log_tail_gap(*_t_tail(df, mpf(t)), 1 - pm), seeds[(p, t)])

    return _inverse(points, solve, sc.stdtridf)


# --- Chi-square.


def chi_points(seed, n=1300):
    g = pts.rng(seed)
    out = []
    for v in _dof(g, n):
        mode, q = _quantile_mode(g)
        with np.errstate(all="ignore"):
            if mode == "upper":
                x = 2.0 * float(sc.gammainccinv(v / 2, q))
            else:
                x = 2.0 * float(sc.gammaincinv(v / 2, q))
        if _ok(x) and 1e-300 < x < 1e300:
            out.append((float(v), x))
    return out


def make_chdtr():
    return _forward(chi_points(20261204), chdtr_pair, sc.chdtr, 0)


def make_chdtrc():
    return _forward(chi_points(20261204), chdtr_pair, sc.chdtrc, 1)


def make_chdtri():
    g = pts.rng(20261205)
    points = [(float(a), float(b)) for a, b in zip(_dof(g, 1500), _probabilities(g, 1500))]

    def solve(v, p):
        # chdtri inverts the survival function: Q(v/2, x/2) = p.
        return root(lambda x: -_log_tail_gap(*chdtr_pair(mpf(v), x)[::-1], mpf(p)),
                    _guess(sc.chdtri(v, p), v))

    return _inverse(points, solve, sc.chdtri)


def make_chdtriv():
    points, seeds = [], {}
    for v, x in chi_points(20261206, 2200):
        p = float(chdtr_pair(mpf(v), mpf(x))[0])
        if 1e-300 < p < 1.0:
            points.append((p, x))
            seeds[(p, x)] = v

    def solve(p, x):
        return root(lambda v: _log_tail_gap(*chdtr_pair(v, mpf(x)), mpf(p)), seeds[(p, x)])

    return _inverse(points, solve, sc.chdtriv)


# --- F.


def f_points(seed):
    g = pts.rng(seed)
    out = []
    for dfn, dfd in zip(_dof(g, 1300), _dof(g, 1300)):
        mode, q = _quantile_mode(g)
        a, b = dfn / 2, dfd / 2
        with np.errstate(all="ignore"):
            if mode == "upper":
                y = float(sc.betaincinv(b, a, q))  # 1 - w
                x = dfd * (1.0 - y) / (dfn * y)
            else:
                w = float(sc.betaincinv(a, b, q))
                x = dfd * w / (dfn * (1.0 - w))
        if _ok(x) and 1e-300 < x < 1e300:
            out.append((float(dfn), float(dfd), x))
    return out


def make_fdtr():
    return _forward(f_points(20261207), fdtr_pair, sc.fdtr, 0)


def make_fdtrc():
    return _forward(f_points(20261207), fdtr_pair, sc.fdtrc, 1)


def make_fdtri():
    g = pts.rng(20261208)
    n = 1500
    points = [(float(a), float(b), float(p))
              for a, b, p in zip(_dof(g, n), _dof(g, n), _probabilities(g, n))]

    def solve(dfn, dfd, p):
        return root(lambda x: _log_tail_gap(*fdtr_pair(mpf(dfn), mpf(dfd), x), mpf(p)),
                    _guess(sc.fdtri(dfn, dfd, p)))

    return _inverse(points, solve, sc.fdtri)


# --- Binomial.


def _k_below(g, n):
    """An integer k in [0, n - 1]: uniform, or log-uniform from the bottom or the top."""
    r = g.uniform()
    if n <= 1:
        return 0.0
    if r < 0.4:
        return float(np.floor(g.uniform(0, n)))
    k = float(np.floor(10.0 ** g.uniform(0.0, np.log10(n)))) - 1.0
    return k if r < 0.7 else n - 1.0 - k


def binom_points(seed):
    g = pts.rng(seed)
    out = []
    for n in _counts(g, 1300):
        k = _k_below(g, n)
        mode, q = _quantile_mode(g)
        with np.errstate(all="ignore"):
            if mode == "upper":
                p = float(sc.betaincinv(k + 1, n - k, q))
            else:
                p = 1.0 - float(sc.betaincinv(n - k, k + 1, q))
        if _ok(p) and 0.0 < p < 1.0:
            out.append((k, float(n), p))
    return out


def make_bdtr():
    return _forward(binom_points(20261209), bdtr_pair, sc.bdtr, 0)


def make_bdtrc():
    return _forward(binom_points(20261209), bdtr_pair, sc.bdtrc, 1)


def make_bdtri():
    g = pts.rng(20261210)
    points = []
    for n, y in zip(_counts(g, 1500, 0.3), _probabilities(g, 1500)):
        points.append((_k_below(g, n), float(n), float(y)))

    def solve(k, n, y):
        return root(lambda p: _log_tail_gap(*bdtr_pair(mpf(k), mpf(n), p), mpf(y)),
                    _guess(sc.bdtri(k, n, y), 0.5), hi=1.0)

    return _inverse(points, solve, sc.bdtri)


def make_bdtrik():
    g = pts.rng(20261211)
    points, seeds = [], {}
    for n in _counts(g, 2000, 0.3):
        p = g.uniform(0.01, 0.99) if g.uniform() < 0.7 else 10.0 ** -g.uniform(2.0, 6.0)
        if g.uniform() < 0.3:
            k = float(n * g.uniform(0.0, 1.0))
        else:
            # Around the mean, up to 35 standard deviations away: CDF values down to 1e-300.
            k = n * p + np.sqrt(n * p * (1.0 - p)) * g.uniform(-35.0, 35.0)
            k = float(min(max(k, 1e-3), n * (1.0 - 1e-9)))
        y = float(bdtr_pair(mpf(k), mpf(n), mpf(p))[0])
        if 1e-300 < y < 1.0 and k > 0.0:
            points.append((y, float(n), float(p)))
            seeds[points[-1]] = k

    def solve(y, n, p):
        def g_(k):
            if k >= n:
                return mpf(10**9) if y < 0.5 else mpf(-10**9)
            return _log_tail_gap(*bdtr_pair(k, mpf(n), mpf(p)), mpf(y))
        return root(g_, seeds[(y, n, p)], hi=n)

    return _inverse(points, solve, sc.bdtrik)


# --- Poisson.


def poisson_points(seed):
    g = pts.rng(seed)
    out = []
    for k in _counts(g, 1300):
        k = k - 1.0 if g.uniform() < 0.5 else k  # k = 0 included
        mode, q = _quantile_mode(g)
        with np.errstate(all="ignore"):
            if mode == "upper":
                m = float(sc.gammaincinv(k + 1, q))
            else:
                m = float(sc.gammainccinv(k + 1, q))
        if _ok(m) and 1e-300 < m < 1e300:
            out.append((k, m))
    return out


def make_pdtr():
    return _forward(poisson_points(20261212), pdtr_pair, sc.pdtr, 0)


def make_pdtrc():
    return _forward(poisson_points(20261212), pdtr_pair, sc.pdtrc, 1)


def make_pdtri():
    g = pts.rng(20261213)
    points = []
    for k, y in zip(_counts(g, 1500), _probabilities(g, 1500)):
        points.append((float(k - 1.0 if g.uniform() < 0.3 else k), float(y)))

    def solve(k, y):
        return root(lambda m: -_log_tail_gap(*pdtr_pair(mpf(k), m), mpf(y)),
                    _guess(sc.pdtri(k, y), k + 1.0))

    return _inverse(points, solve, sc.pdtri)


def make_pdtrik():
    g = pts.rng(20261214)
    points, seeds = [], {}
    for m in _dof(g, 2200):
        k = m * 10.0 ** g.uniform(-1.5, 0.5) if g.uniform() < 0.8 else 10.0 ** g.uniform(-2, 1)
        p = float(pdtr_pair(mpf(k), mpf(m))[0])
        if 1e-300 < p < 1.0:
            points.append((p, float(m)))
            seeds[points[-1]] = float(k)

    def solve(p, m):
        return root(lambda k: _log_tail_gap(*pdtr_pair(k, mpf(m)), mpf(p)), seeds[(p, m)])

    return _inverse(points, solve, sc.pdtrik)


# --- Negative binomial.


def nbinom_points(seed):
    g = pts.rng(seed)
    out = []
    for n, k in zip(_counts(g, 1300), _counts(g, 1300)):
        k = k - 1.0
        mode, q = _quantile_mode(g)
        with np.errstate(all="ignore"):
            if mode == "upper":
                p = 1.0 - float(sc.betaincinv(k + 1, n, q))
            else:
                p = float(sc.betaincinv(n, k + 1, q))
        if _ok(p) and 0.0 < p < 1.0:
            out.append((k, float(n), p))
    return out


def make_nbdtr():
    return _forward(nbinom_points(20261215), nbdtr_pair, sc.nbdtr, 0)


def make_nbdtrc():
    return _forward(nbinom_points(20261215), nbdtr_pair, sc.nbdtrc, 1)


def make_nbdtri():
    g = pts.rng(20261216)
    points = []
    for n, k, y in zip(_counts(g, 1500), _counts(g, 1500), _probabilities(g, 1500)):
        points.append((float(k - 1.0), float(n), float(y)))

    def solve(k, n, y):
        return root(lambda p: _log_tail_gap(*nbdtr_pair(mpf(k), mpf(n), p), mpf(y)),
                    _guess(sc.nbdtri(k, n, y), 0.5), hi=1.0)

    return _inverse(points, solve, sc.nbdtri)


def make_nbdtrik():
    g = pts.rng(20261217)
    points, seeds = [], {}
    for n in _counts(g, 2000):
        k = 10.0 ** g.uniform(-1.0, 5.0)
        p = n / (n + k * 10.0 ** g.uniform(-0.7, 0.7))
        y = float(nbdtr_pair(mpf(k), mpf(n), mpf(p))[0])
        if 1e-300 < y < 1.0 and 0.0 < p < 1.0:
            points.append((y, float(n), float(p)))
            seeds[points[-1]] = k

    def solve(y, n, p):
        return root(lambda k: -_log_tail_gap(*nbdtr_pair(k, mpf(n), mpf(p)), mpf(y)),
                    seeds[(y, n, p)])

    return _inverse(points, solve, sc.nbdtrik)


# --- Gamma.


def gamma_points(seed):
    g = pts.rng(seed)
    out = []
    for a, b in zip(10.0 ** g.uniform(-3.0, 3.0, 1300), _dof(g, 1300)):
        mode, q = _quantile_mode(g)
        with np.errstate(all="ignore"):
            z = float(sc.gammainccinv(b, q) if mode == "upper" else sc.gammaincinv(b, q))
        x = z / a
        if _ok(x) and 1e-300 < x < 1e300:
            out.append((float(a), float(b), x))
    return out


def make_gdtr():
    return _forward(gamma_points(20261218), gdtr_pair, sc.gdtr, 0)


def make_gdtrc():
    return _forward(gamma_points(20261218), gdtr_pair, sc.gdtrc, 1)


def make_gdtrix():
    g = pts.rng(20261219)
    n = 1500
    points = [(float(a), float(b), float(p)) for a, b, p in
              zip(10.0 ** g.uniform(-3.0, 3.0, n), _dof(g, n), _probabilities(g, n))]

    def solve(a, b, p):
        guess = _guess(float(sc.gammaincinv(b, p)) / a, b / a)
        return root(lambda x: _log_tail_gap(*gdtr_pair(mpf(a), mpf(b), x), mpf(p)), guess)

    return _inverse(points, solve, sc.gdtrix)


# --- Beta parameters.


def beta_points(seed, n=2200):
    """(a, b, x, p = float(I_x(a, b))) with x placed by quantiles of Beta(a, b)."""
    g = pts.rng(seed)
    out = []
    for a, b in zip(_dof(g, n), _dof(g, n)):
        mode, q = _quantile_mode(g)
        with np.errstate(all="ignore"):
            x = float(sc.betainccinv(a, b, q) if mode == "upper" else sc.betaincinv(a, b, q))
        if not (_ok(x) and 0.0 < x < 1.0):
            continue
        p = float(beta_pair(mpf(a), mpf(b), mpf(x), 1 - mpf(x))[0])
        if 1e-300 < p < 1.0:
            out.append((float(a), float(b), x, p))
    return out


def make_btdtria():
    pts_ = beta_points(20261220)
    seeds = {(p, b, x): a for a, b, x, p in pts_}

    def solve(p, b, x):
        return root(lambda a: -_log_tail_gap(*beta_pair(a, mpf(b), mpf(x), 1 - mpf(x)), mpf(p)),
                    seeds[(p, b, x)])

    return _inverse([(p, b, x) for a, b, x, p in pts_], solve, sc.btdtria)


def make_btdtrib():
    pts_ = beta_points(20261221)
    seeds = {(a, p, x): b for a, b, x, p in pts_}

    def solve(a, p, x):
        return root(lambda b: _log_tail_gap(*beta_pair(mpf(a), b, mpf(x), 1 - mpf(x)), mpf(p)),
                    seeds[(a, p, x)])

    return _inverse([(a, p, x) for a, b, x, p in pts_], solve, sc.btdtrib)


# ---------------------------------------------------------------------------------------------

DOF = "log-uniform in [0.1, 1e5]"
TAILS = "a third in the body, the rest in both tails with CDF or SF log-uniform in [1e-300, 0.1]"
PROBS = "p log-uniform in [1e-300, 0.5) and 1 - p in [1e-16, 0.5), and uniform in (0, 1)"

TABLES = [
    ("stdtr", "scipy.special.stdtr(df, t)", ["df", "t"], make_stdtr, f"df {DOF}; t {TAILS}"),
    ("stdtrit", "scipy.special.stdtrit(df, p)", ["df", "p"], make_stdtrit, f"df {DOF}; {PROBS}"),
    ("stdtridf", "scipy.special.stdtridf(p, t)", ["p", "t"], make_stdtridf,
     f"p = stdtr(df, t), df {DOF}, |t| log-uniform in [0.1, 32]"),
    ("chdtr", "scipy.special.chdtr(v, x)", ["v", "x"], make_chdtr, f"v {DOF}; x {TAILS}"),
    ("chdtrc", "scipy.special.chdtrc(v, x)", ["v", "x"], make_chdtrc, f"v {DOF}; x {TAILS}"),
    ("chdtri", "scipy.special.chdtri(v, p)", ["v", "p"], make_chdtri, f"v {DOF}; {PROBS}"),
    ("chdtriv", "scipy.special.chdtriv(p, x)", ["p", "x"], make_chdtriv,
     f"p = chdtr(v, x), v {DOF}, x {TAILS}"),
    ("fdtr", "scipy.special.fdtr(dfn, dfd, x)", ["dfn", "dfd", "x"], make_fdtr,
     f"dfn, dfd {DOF}; x {TAILS}"),
    ("fdtrc", "scipy.special.fdtrc(dfn, dfd, x)", ["dfn", "dfd", "x"], make_fdtrc,
     f"dfn, dfd {DOF}; x {TAILS}"),
    ("fdtri", "scipy.special.fdtri(dfn, dfd, p)", ["dfn", "dfd", "p"], make_fdtri,
     f"dfn, dfd {DOF}; {PROBS}"),
    ("bdtr", "scipy.special.bdtr(k, n, p)", ["k", "n", "p"], make_bdtr,
     f"n integer {DOF.replace('0.1', '1')}, integer k in [0, n); p {TAILS}"),
    ("bdtrc", "scipy.special.bdtrc(k, n, p)", ["k", "n", "p"], make_bdtrc,
     f"n integer {DOF.replace('0.1', '1')}, integer k in [0, n); p {TAILS}"),
    ("bdtri", "scipy.special.bdtri(k, n, y)", ["k", "n", "y"], make_bdtri,
     f"n integer log-uniform in [1, 1e5], integer k in [0, n); y as {PROBS}"),
    ("bdtrik", "scipy.special.bdtrik(y, n, p)", ["y", "n", "p"], make_bdtrik,
     "y = bdtr(k, n, p) with real k within 35 standard deviations of n p (at least 1e-3) or "
     "uniform in (0, n), "
     "n integer log-uniform in [1, 1e5], "
     "p uniform in [0.01, 0.99] or log-uniform in [1e-6, 1e-2]"),
    ("pdtr", "scipy.special.pdtr(k, m)", ["k", "m"], make_pdtr,
     f"integer k log-uniform in [0, 1e5]; m {TAILS}"),
    ("pdtrc", "scipy.special.pdtrc(k, m)", ["k", "m"], make_pdtrc,
     f"integer k log-uniform in [0, 1e5]; m {TAILS}"),
    ("pdtri", "scipy.special.pdtri(k, y)", ["k", "y"], make_pdtri,
     f"integer k log-uniform in [0, 1e5]; y as {PROBS}"),
    ("pdtrik", "scipy.special.pdtrik(p, m)", ["p", "m"], make_pdtrik,
     f"p = pdtr(k, m) continued to real k, k log-uniform in [0.03 m, 3 m] (a fifth in "
     f"[0.01, 10]), m {DOF}"),
    ("nbdtr", "scipy.special.nbdtr(k, n, p)", ["k", "n", "p"], make_nbdtr,
     f"integer n in [1, 1e5], integer k in [0, 1e5), both log-uniform; p {TAILS}"),
    ("nbdtrc", "scipy.special.nbdtrc(k, n, p)", ["k", "n", "p"], make_nbdtrc,
     f"integer n in [1, 1e5], integer k in [0, 1e5), both log-uniform; p {TAILS}"),
    ("nbdtri", "scipy.special.nbdtri(k, n, y)", ["k", "n", "y"], make_nbdtri,
     f"integer n in [1, 1e5], integer k in [0, 1e5), both log-uniform; y as {PROBS}"),
    ("nbdtrik", "scipy.special.nbdtrik(y, n, p)", ["y", "n", "p"], make_nbdtrik,
     "y = nbdtr(k, n, p) with real k log-uniform in [0.1, 1e5], integer n log-uniform in "
     "[1, 1e5], p putting the mean within a factor 5 of k"),
    ("gdtr", "scipy.special.gdtr(a, b, x)", ["a", "b", "x"], make_gdtr,
     f"rate a log-uniform in [1e-3, 1e3], shape b {DOF}; x {TAILS}"),
    ("gdtrc", "scipy.special.gdtrc(a, b, x)", ["a", "b", "x"], make_gdtrc,
     f"rate a log-uniform in [1e-3, 1e3], shape b {DOF}; x {TAILS}"),
    ("gdtrix", "scipy.special.gdtrix(a, b, p)", ["a", "b", "p"], make_gdtrix,
     f"rate a log-uniform in [1e-3, 1e3], shape b {DOF}; {PROBS}"),
    ("btdtria", "scipy.special.btdtria(p, b, x)", ["p", "b", "x"], make_btdtria,
     f"p = betainc(a, b, x), a, b {DOF}, x {TAILS}"),
    ("btdtrib", "scipy.special.btdtrib(a, p, x)", ["a", "p", "x"], make_btdtrib,
     f"p = betainc(a, b, x), a, b {DOF}, x {TAILS}"),
]

_MAKERS = {name: make for name, _, _, make, _ in TABLES}


def _make(name):
    return name, _MAKERS[name]()


# A survival function shares its CDF's points: one array holds the arguments, then both
# functions' mpmath and SciPy columns, and the two cases name its columns so that each one's own
# pair is `mpmath`, `scipy` (the other pair is `mpmath_<name>`, `scipy_<name>`, ignored by
# `AccuracyTable`). This keeps the fixture ~13% smaller.
PAIRS = {"chdtrc": "chdtr", "fdtrc": "fdtr", "bdtrc": "bdtr", "pdtrc": "pdtr", "nbdtrc": "nbdtr",
         "gdtrc": "gdtr"}


def write_fixture(tables):
    """Writes the fixture from {name: table}; survival functions share their CDF's array."""
    fx = Fixture("special", "distributions")
    meta = {name: (call, args, domain) for name, call, args, _, domain in TABLES}
    for name, call, args, _, domain in TABLES:
        if name not in tables or name in PAIRS:
            continue
        sf = next((k for k, v in PAIRS.items() if v == name), None)
        if sf is None or sf not in tables:
            fx.accuracy(name, call, pts.columns(args), tables[name], domain)
            continue
        n = len(args)
        cdf, sfv = tables[name], tables[sf]
        if not np.array_equal(cdf[:, :n], sfv[:, :n]):
            raise RuntimeError(f"{name} and {sf} were drawn on different points")
        shared = np.ascontiguousarray(np.column_stack([cdf, sfv[:, n:]]))
        file = f"{fx.topic}/{name}_{sf}.npy"
        fx.arrays[file] = shared
        for fn, fcall, own_first in [(name, call, True), (sf, meta[sf][0], False)]:
            tail = (["mpmath", "scipy", f"mpmath_{sf}", f"scipy_{sf}"] if own_first
                    else [f"mpmath_{name}", f"scipy_{name}", "mpmath", "scipy"])
            fx.cases.append({
                "name": fn, "call": fcall,
                "args": {"columns": list(args) + tail, "table": {"npy": file},
                         "domain": meta[fn][2]},
                "expected": {}, "rtol": 0.0, "atol": 0.0,
            })
    fx.write()


def generate(only=None):
    names = [t[0] for t in TABLES if only is None or t[0] in only]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        tables = dict(pool.imap_unordered(_make, names))
    write_fixture(tables)
