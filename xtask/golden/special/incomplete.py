"""Golden accuracy tables of the `incomplete` family: gammainc, gammaincc, gammaincinv,
gammainccinv, betainc, betaincc, betaincinv, betainccinv.

References are mpmath at 50 significant digits:
- `mpmath.gammainc(a, 0, x, regularized=True)` / `(a, x, inf)`; for a > 1e6, where mpmath's
  hypergeometric series gives up, the power series of P (DLMF 8.7.1) summed in mpmath at 90
  digits (Q = 1 - P; only points with |x - a| <= 12 sqrt(a), where Q > 1e-30);
- `mpmath.betainc(a, b, 0, x, regularized=True)` / `(b, a, 0, 1 - x)` (max(a, b) <= 1e3), and
  above the continued fraction of DLMF 8.17.22 summed in mpmath at 80 digits;
- the inverses: a point x is drawn, p = float(P(a, x)) is rounded to float64, and the exact
  root of P(a, x*) = p is refined from x by Newton steps on ln(P / p) in mpmath (to 40 digits) (the reference is the root
  for the float64 p actually passed to the function).

`betainc_extreme` / `betaincc_extreme` are an extra table with its own seed (tiny and huge
parameters, far tails), added after the others so that their points are unchanged.

Run `python xtask/golden/special/incomplete.py temme` to print the Rust table of Temme's
coefficients (`crates/sci-special/src/incomplete/temme_coefficients.rs`).
"""
import sys
from fractions import Fraction

import mpmath
import numpy as np

try:
    import _points as pts
except ImportError:  # imported as special.incomplete
    from . import _points as pts

mpmath.mp.dps = 50


# ---------------------------------------------------------------------------------------------
# Temme's coefficients C_n(eta) in exact rational arithmetic.

def _lambda_series(n_terms):
    """mu = lambda - 1 = sum_k m_k eta^k with mu - ln(1 + mu) = eta^2 / 2, from mu mu' = eta (1 + mu)."""
    m = [Fraction(0), Fraction(1)] + [Fraction(0)] * (n_terms - 1)
    for k in range(2, n_terms + 1):
        s = m[k - 1] - sum(m[i] * (k - i + 1) * m[k - i + 1] for i in range(2, k))
        m[k] = s / (k + 1)
    return m


def _inverse_gammastar(n_terms):
    """1 / Gamma*(a) = exp(-sum_k B_2k / (2k (2k - 1)) a^(1 - 2k)) as a power series in 1/a."""
    s = [Fraction(0)] * (n_terms + 1)
    for k in range(1, n_terms // 2 + 2):
        if 2 * k - 1 <= n_terms:
            num, den = mpmath.bernfrac(2 * k)
            s[2 * k - 1] = -Fraction(int(num), int(den)) / (2 * k * (2 * k - 1))
    e = [Fraction(0)] * (n_terms + 1)
    e[0] = Fraction(1)
    for n in range(1, n_terms + 1):
        e[n] = sum(j * s[j] * e[n - j] for j in range(1, n + 1)) / n
    return e


def temme_coefficients(n_c=14, n_taylor=26):
    """Taylor coefficients of C_0 .. C_{n_c - 1}: C_0 = 1/(lambda - 1) - 1/eta,
    C_n = C'_{n-1}(eta) / eta + g_n / (lambda - 1), 1/Gamma*(a) ~ sum g_n a^-n."""
    n = n_taylor + 2 * n_c + 2
    m = _lambda_series(n + 2)
    t = [m[k + 1] for k in range(n + 1)]
    r = [Fraction(0)] * (n + 1)
    r[0] = Fraction(1)
    for k in range(1, n + 1):
        r[k] = -sum(t[j] * r[k - j] for j in range(1, k + 1))
    g = _inverse_gammastar(n_c + 2)
    rows = [[r[k] for k in range(1, n + 1)]]
    for k in range(1, n_c):
        prev = rows[-1]
        assert prev[1] + g[k] == 0
        rows.append([(j + 2) * prev[j + 2] + g[k] * r[j + 1] for j in range(len(prev) - 2)])
    return [row[:n_taylor] for row in rows]


# ---------------------------------------------------------------------------------------------
# References.

def _p_series_mp(a, x):
    """P(a, x) by its power series at 90 digits (for huge a, x near a)."""
    with mpmath.workdps(90):
        a, x = mpmath.mpf(a), mpmath.mpf(x)
        term, total, k = mpmath.mpf(1), mpmath.mpf(1), 0
        eps = mpmath.mpf(10) ** -85
        while True:
            k += 1
            term *= x / (a + k)
            total += term
            if term < eps * total:
                break
        pre = mpmath.exp(a * mpmath.log(x) - x - mpmath.loggamma(a + 1))
        p = pre * total
        return +p, 1 - p


def _q_fraction_mp(a, x):
    """Q(a, x) by Legendre's continued fraction (DLMF 8.9.2) at 90 digits, for x > a."""
    with mpmath.workdps(90):
        a, x = mpmath.mpf(a), mpmath.mpf(x)
        tiny = mpmath.mpf(10) ** -300
        b = x + 1 - a
        c, d = 1 / tiny, 1 / b
        h = d
        for i in range(1, 10 ** 7):
            an = -i * (i - a)
            b += 2
            d = an * d + b
            c = b + an / c
            d = 1 / d
            delta = c * d
            h *= delta
            if abs(delta - 1) < mpmath.mpf(10) ** -85:
                break
        q = mpmath.exp(a * mpmath.log(x) - x - mpmath.loggamma(a)) * h
        return 1 - q, +q


def gamma_pq_mp(a, x):
    """(P, Q) from mpmath; where its hypergeometric series gives up, from the power series
    of P (x < a) or Legendre's continued fraction of Q (x >= a), summed in mpmath at 90 digits."""
    if a > 1e6:
        return _p_series_mp(a, x)
    try:
        p = mpmath.gammainc(a, 0, x, regularized=True)
        q = mpmath.gammainc(a, x, mpmath.inf, regularized=True)
        return p, q
    except mpmath.libmp.libhyper.NoConvergence:
        return _p_series_mp(a, x) if x < a else _q_fraction_mp(a, x)


def gamma_points(g):
    pts_ = []
    a = 10 ** g.uniform(-3, 3, 300)
    pts_ += list(zip(a, a * 10 ** g.uniform(-3, 1.5, 300)))
    a = 10 ** g.uniform(-20, -3, 150)
    pts_ += list(zip(a, 10 ** g.uniform(-30, 3, 150)))
    a = 10 ** g.uniform(1, 6, 250)
    pts_ += list(zip(a, a * (1 + g.normal(0, 2.5, 250) / np.sqrt(a))))
    a = 10 ** g.uniform(0, 6, 150)
    pts_ += list(zip(a, a * g.uniform(0.5, 2.0, 150)))
    a = 10 ** g.uniform(-1, 2, 100)
    pts_ += list(zip(a, 10 ** g.uniform(2, 3.2, 100)))
    a = 10 ** g.uniform(6, 9, 60)
    pts_ += list(zip(a, a + np.sqrt(a) * g.uniform(-11, 11, 60)))
    return [(float(a), float(x)) for a, x in pts_ if x > 0]


def gamma_tables(g):
    points = gamma_points(g)
    rows_p, rows_q = [], []
    import scipy.special as sc
    for a, x in points:
        p, q = gamma_pq_mp(a, x)
        rows_p.append((a, x, float(p)))
        rows_q.append((a, x, float(q)))
    arr_p = np.array(rows_p)
    arr_q = np.array(rows_q)
    tp = np.column_stack([arr_p, sc.gammainc(arr_p[:, 0], arr_p[:, 1])])
    tq = np.column_stack([arr_q, sc.gammaincc(arr_q[:, 0], arr_q[:, 1])])
    return tp, tq


def _gamma_root(a, target, x, upper):
    """The root x* of P(a, x*) = target (Q for `upper`) by Newton steps on ln(F / target)
    from x, in mpmath; None if they do not converge to 40 digits."""
    with mpmath.workdps(60):
        a, target, x = mpmath.mpf(a), mpmath.mpf(target), mpmath.mpf(x)
        for _ in range(30):
            p, q = gamma_pq_mp(a, x)
            f = q if upper else p
            d = mpmath.exp((a - 1) * mpmath.log(x) - x - mpmath.loggamma(a))
            step = mpmath.log(f / target) * f / (-d if upper else d)
            x = x - step
            if abs(step) < mpmath.mpf(10) ** -40 * x:
                return x
        return None


def gamma_inverse_tables(g, n_main=900, n_small=150):
    import scipy.special as sc
    rows_p, rows_q = [], []
    a_all = np.concatenate([10 ** g.uniform(-2, 5, n_main), 10 ** g.uniform(-3, -2, n_small)])
    lam = np.concatenate([10 ** g.uniform(-2, 0.7, n_main), 10 ** g.uniform(-3, 0.3, n_small)])
    for a, l in zip(a_all, lam):
        a = float(a)
        # Spread the points in probability too: near x = a for large a.
        x = float(a * l) if a < 50 or g.uniform() < 0.3 else float(a + np.sqrt(a) * g.normal(0, 3))
        if x <= 0:
            continue
        p, q = gamma_pq_mp(a, x)
        pf, qf = float(p), float(q)
        root = _gamma_root(a, pf, x, False) if 1e-300 < pf < 1.0 else None
        if root is not None:
            rows_p.append((a, pf, float(root)))
        root = _gamma_root(a, qf, x, True) if 1e-300 < qf < 1.0 else None
        if root is not None:
            rows_q.append((a, qf, float(root)))
    arr_p, arr_q = np.array(rows_p), np.array(rows_q)
    tp = np.column_stack([arr_p, sc.gammaincinv(arr_p[:, 0], arr_p[:, 1])])
    tq = np.column_stack([arr_q, sc.gammainccinv(arr_q[:, 0], arr_q[:, 1])])
    return tp, tq


def generate():
    from golden import Fixture
    fx = Fixture("special", "incomplete")
    g = pts.rng(20250301)
    tp, tq = gamma_tables(g)
    dom = ("a log-spaced in [1e-20, 1e9], x from 1e-30 to 1600 and from 1e-3 a to 30 a, "
           "dense around x = a (|x - a| < 12 sqrt(a))")
    fx.accuracy("gammainc", "scipy.special.gammainc(a, x)", ["a", "x", "mpmath", "scipy"], tp, dom)
    fx.accuracy("gammaincc", "scipy.special.gammaincc(a, x)", ["a", "x", "mpmath", "scipy"], tq, dom)
    ip, iq = gamma_inverse_tables(g)
    # More points from a generator of their own, so that every inverse has at least 1000 (the
    # roots outside (1e-300, 1) are dropped) and the tables after these keep their points.
    ip_more, iq_more = gamma_inverse_tables(pts.rng(20261124), 120, 20)
    ip, iq = np.vstack([ip, ip_more]), np.vstack([iq, iq_more])
    dom = "a log-spaced in [1e-3, 1e5], p (q) from 1e-300 to 1 - 1e-16, x from 1e-3 a to 5 a"
    fx.accuracy("gammaincinv", "scipy.special.gammaincinv(a, p)", ["a", "p", "mpmath", "scipy"], ip, dom)
    fx.accuracy("gammainccinv", "scipy.special.gammainccinv(a, q)", ["a", "q", "mpmath", "scipy"], iq, dom)
    beta_tables(fx, g)
    beta_extreme_tables(fx, pts.rng(20261124))
    fx.write()



# ---------------------------------------------------------------------------------------------
# Incomplete beta.

def _beta_fraction_mp(a, b, x):
    """I_x(a, b) by the continued fraction of DLMF 8.17.22 at 80 digits (x below the mean)."""
    with mpmath.workdps(80):
        a, b, x = mpmath.mpf(a), mpmath.mpf(b), mpmath.mpf(x)
        tiny = mpmath.mpf(10) ** -300
        c = mpmath.mpf(1)
        d = 1 / (1 - (a + b) * x / (a + 1))
        h = d
        for m in range(1, 10 ** 6):
            for aa in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                       -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
                d = 1 + aa * d
                d = tiny if d == 0 else d
                c = 1 + aa / c
                c = tiny if c == 0 else c
                d = 1 / d
                delta = c * d
                h *= delta
            if abs(delta - 1) < mpmath.mpf(10) ** -75:
                break
        pre = mpmath.exp(a * mpmath.log(x) + b * mpmath.log1p(-x) - mpmath.log(a) - mpmath.log(mpmath.beta(a, b)))
        return pre * h


def beta_pq_mp(a, b, x):
    """(I, 1 - I): mpmath.betainc for max(a, b) <= 1e3; above, the continued fraction in
    mpmath at 80 digits, on the side of the mean where it converges."""
    if max(a, b) <= 1e3:
        # Both tails as lower integrals (1 - x is exact in mpmath): no cancellation.
        return (mpmath.betainc(a, b, 0, x, regularized=True),
                mpmath.betainc(b, a, 0, 1 - mpmath.mpf(x), regularized=True))
    with mpmath.workdps(80):
        xm = mpmath.mpf(x)
        if xm * (a + b + 2) < a + 1:
            p = _beta_fraction_mp(a, b, xm)
            return p, 1 - p
        q = _beta_fraction_mp(b, a, 1 - xm)
        return 1 - q, q


def beta_points(g):
    def xs(n):
        kind = g.integers(0, 3, n)
        u = g.uniform(0, 1, n)
        lo = 10 ** g.uniform(-12, 0, n)
        return np.where(kind == 0, u, np.where(kind == 1, lo, 1 - lo))
    out = []
    a, b = 10 ** g.uniform(-3, 3, 400), 10 ** g.uniform(-3, 3, 400)
    out += list(zip(a, b, xs(400)))
    a, b = 10 ** g.uniform(1, 5, 200), 10 ** g.uniform(1, 5, 200)
    mean = a / (a + b)
    sd = np.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    out += list(zip(a, b, np.clip(mean + sd * g.normal(0, 3, 200), 1e-6, 1 - 1e-6)))
    a, b = 10 ** g.uniform(-5, -1, 150), 10 ** g.uniform(-2, 2, 150)
    flip = g.uniform(0, 1, 150) < 0.5
    out += list(zip(np.where(flip, b, a), np.where(flip, a, b), xs(150)))
    a, b = 10 ** g.uniform(2, 4.5, 150), 10 ** g.uniform(-2, 1, 150)
    mean = a / (a + b)
    x = np.clip(1 - (1 - mean) * 10 ** g.uniform(-2, 2, 150), 1e-9, 1 - 1e-16)
    flip = g.uniform(0, 1, 150) < 0.5
    out += list(zip(np.where(flip, b, a), np.where(flip, a, b), np.where(flip, 1 - x, x)))
    a, b = 10 ** g.uniform(0, 2, 100), 10 ** g.uniform(0, 2, 100)
    out += list(zip(a, b, 10 ** g.uniform(-300, -1, 100)))
    return [(float(a), float(b), float(x)) for a, b, x in out if 0 < x < 1]


def _beta_root(a, b, target, x, upper):
    """The root x* of I_x*(a, b) = target (1 - I for `upper`) by Newton steps on
    ln(F / target) in mpmath; None if they leave (0, 1) or do not converge to 40 digits."""
    with mpmath.workdps(60):
        a, b, target, x = mpmath.mpf(a), mpmath.mpf(b), mpmath.mpf(target), mpmath.mpf(x)
        for _ in range(30):
            p, q = beta_pq_mp(a, b, x)
            f = q if upper else p
            d = mpmath.exp((a - 1) * mpmath.log(x) + (b - 1) * mpmath.log1p(-x) - mpmath.log(mpmath.beta(a, b)))
            step = mpmath.log(f / target) * f / (-d if upper else d)
            if not abs(step) < 0.5 * min(x, 1 - x):
                return None
            x = x - step
            if abs(step) < mpmath.mpf(10) ** -40 * x:
                return x
        return None


def beta_tables(fx, g):
    import scipy.special as sc
    rows = []
    for a, b, x in beta_points(g):
        p, q = beta_pq_mp(a, b, x)
        rows.append((a, b, x, float(p), float(q)))
    t = np.array(rows)
    dom = ("a, b log-spaced in [1e-5, 1e5], x uniform, log-spaced towards 0 and 1 (down to "
           "1e-300), and within 3 standard deviations of the mean for large a, b")
    cols = ["a", "b", "x", "mpmath", "scipy"]
    fx.accuracy("betainc", "scipy.special.betainc(a, b, x)", cols,
                np.column_stack([t[:, :3], t[:, 3], sc.betainc(t[:, 0], t[:, 1], t[:, 2])]), dom)
    fx.accuracy("betaincc", "scipy.special.betaincc(a, b, x)", cols,
                np.column_stack([t[:, :3], t[:, 4], sc.betaincc(t[:, 0], t[:, 1], t[:, 2])]), dom)
    rows_p, rows_q = [], []
    a_all, b_all = 10 ** g.uniform(-2, 4, 1250), 10 ** g.uniform(-2, 4, 1250)
    for a, b in zip(a_all, b_all):
        a, b = float(a), float(b)
        mean = a / (a + b)
        sd = np.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
        x = float(np.clip(mean + sd * g.normal(0, 2.5), 1e-12, 1 - 1e-12)) if g.uniform() < 0.7 \
            else float(g.uniform(0.001, 0.999))
        p, q = beta_pq_mp(a, b, x)
        pf, qf = float(p), float(q)
        root = _beta_root(a, b, pf, x, False) if 1e-300 < pf < 1 else None
        if root is not None:
            rows_p.append((a, b, pf, float(root)))
        root = _beta_root(a, b, qf, x, True) if 1e-300 < qf < 1 else None
        if root is not None:
            rows_q.append((a, b, qf, float(root)))
    tp, tq = np.array(rows_p), np.array(rows_q)
    dom = "a, b log-spaced in [1e-2, 1e4], x within 2.5 standard deviations of the mean or uniform"
    fx.accuracy("betaincinv", "scipy.special.betaincinv(a, b, p)", ["a", "b", "p", "mpmath", "scipy"],
                np.column_stack([tp, sc.betaincinv(tp[:, 0], tp[:, 1], tp[:, 2])]), dom)
    fx.accuracy("betainccinv", "scipy.special.betainccinv(a, b, q)", ["a", "b", "q", "mpmath", "scipy"],
                np.column_stack([tq, sc.betainccinv(tq[:, 0], tq[:, 1], tq[:, 2])]), dom)


def beta_extreme_points(g, n=1000):
    """The regions where one of I, 1 - I is tiny beside the other or the parameters are tiny
    or huge (n / 5 points each): tiny a (or b); large a with small b and x near 1 (and the
    mirror image); far tails of moderate and large a, b (beyond 3 standard deviations, down
    to underflow); skewed large a, b around the mean; small a with large b and x near the
    mean (so 1 - x is rounded)."""
    out = []
    k = n // 5

    def both_ends(m):
        w = 10 ** g.uniform(-15, -0.31, m)
        return np.where(g.uniform(0, 1, m) < 0.5, w, 1 - w)

    def flipped(a, b, x):
        flip = g.uniform(0, 1, len(a)) < 0.5
        return list(zip(np.where(flip, b, a), np.where(flip, a, b), np.where(flip, 1 - x, x)))

    a, b = 10 ** g.uniform(-20, -3, k), 10 ** g.uniform(-3, 4, k)
    out += flipped(a, b, both_ends(k))
    a, b = 10 ** g.uniform(1.5, 5, k), 10 ** g.uniform(-3, 0.5, k)
    w = (b / (a + b)) * 10 ** g.uniform(-2, 1.5, k)
    out += flipped(a, b, 1 - np.clip(w, 1e-16, 0.5))
    a, b = 10 ** g.uniform(1, 4, k), 10 ** g.uniform(1, 4, k)
    mean = a / (a + b)
    u = 10 ** g.uniform(-2.5, -0.05, k)
    out += list(zip(a, b, np.where(g.uniform(0, 1, k) < 0.5, mean * u, 1 - (1 - mean) * u)))
    a, b = 10 ** g.uniform(2, 5, k), 10 ** g.uniform(2, 5, k)
    mean = a / (a + b)
    sd = np.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    out += list(zip(a, b, np.clip(mean + sd * g.normal(0, 6, k), 1e-12, 1 - 1e-12)))
    a, b = 10 ** g.uniform(-3, 1, k), 10 ** g.uniform(2, 5, k)
    x = (a / (a + b)) * 10 ** g.uniform(-1, 1.5, k)
    out += list(zip(a, b, np.clip(x, 1e-300, 0.5)))
    return [(float(a), float(b), float(x)) for a, b, x in out if 0 < x < 1]


def beta_extreme_tables(fx, g):
    """betainc / betaincc on `beta_extreme_points` (an extra table with its own seed; the
    tables above are unchanged)."""
    import scipy.special as sc
    rows = []
    for a, b, x in beta_extreme_points(g):
        p, q = beta_pq_mp(a, b, x)
        rows.append((a, b, x, float(p), float(q)))
    t = np.array(rows)
    dom = ("tiny a or b (down to 1e-20); a in [30, 1e5] with b in [1e-3, 3] and x near 1, and "
           "mirrored; tails of a, b in [10, 1e4] beyond 3 standard deviations, down to "
           "underflow; a, b in [100, 1e5] within 6 standard deviations; a in [1e-3, 10] with "
           "b in [100, 1e5] and x around the mean")
    cols = ["a", "b", "x", "mpmath", "scipy"]
    fx.accuracy("betainc_extreme", "scipy.special.betainc(a, b, x)", cols,
                np.column_stack([t[:, :3], t[:, 3], sc.betainc(t[:, 0], t[:, 1], t[:, 2])]), dom)
    fx.accuracy("betaincc_extreme", "scipy.special.betaincc(a, b, x)", cols,
                np.column_stack([t[:, :3], t[:, 4], sc.betaincc(t[:, 0], t[:, 1], t[:, 2])]), dom)


if __name__ == "__main__" and sys.argv[1:] == ["temme"]:
    for row in temme_coefficients():
        print("    [" + ", ".join(repr(float(c)) for c in row) + "],")
