"""Bessel functions of real order and real argument: accuracy tables against mpmath.

References are mpmath 50-digit values: `besselj`, `bessely`, `besseli`, `besselk`, `hankel1`,
`hankel2` (ready functions); the scaled forms multiply by `exp(-|x|)` / `exp(x)` / `exp(-+ix)` at
50 digits; the derivatives `jvp`, `yvp`, `ivp`, `kvp` use the same finite sum of Bessel values
of orders v - n + 2k (DLMF 10.6.7, 10.29.5) at 50 digits, where cancellation is harmless.

Points near the zeros of the oscillating functions (|f| < 0.1 * sqrt(J^2 + Y^2)) go into
separate `*_near_zeros` tables: there the relative error of any double-precision method that
reduces the phase in double precision grows as 1/|f|, and the tests check them by absolute
error instead (the ULP figures are still reported).
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, rng, table

mpmath.mp.dps = 50


def _near_zero_mask(vs, xs):
    """True where |J| or |Y| (whichever is asked) is below 0.1 of the modulus."""
    j = sc.jv(vs, xs)
    y = sc.yv(vs, xs)
    m = np.hypot(j, y)
    return np.abs(j) < 0.1 * m, np.abs(y) < 0.1 * m


def _split(fx, name, call, cols, rows, near, domain):
    far_rows, near_rows = rows[~near], rows[near]
    fx.accuracy(name, call, cols, far_rows, domain + ", away from zeros (|f| >= 0.1 sqrt(J^2 + Y^2))")
    fx.accuracy(name + "_near_zeros", call, cols, near_rows,
                domain + ", near zeros (|f| < 0.1 sqrt(J^2 + Y^2)); checked by absolute error")


def _x_points_oscillating(g, n, signed):
    """Positive (or both-signed) x for J0-like functions: tiny, moderate, large, huge."""
    parts = [
        logspace(-20, 0, n // 5, g),
        g.uniform(0, 25, n // 4),
        logspace(np.log10(25), 3, n // 5, g),
        logspace(3, 8, n // 10, g),
        logspace(8, 300, n // 20, g),
    ]
    x = np.concatenate(parts)
    if signed:
        x = np.concatenate([x, -x[:: 5]])
    return x


def _zeros_points(order_kind, v, count):
    """Floats nearest to the first `count` zeros of J_v or Y_v (mpmath besseljzero/besselyzero)."""
    f = mpmath.besseljzero if order_kind == "j" else mpmath.besselyzero
    return [float(f(v, k)) for k in range(1, count + 1)]


def _one_arg(fx, g):
    n = 1000
    # j0, j1 (both signs), y0, y1 (x > 0), with zeros.
    for name, v, kind, fmp in [
        ("j0", 0, "j", lambda x: mpmath.besselj(0, x)),
        ("j1", 1, "j", lambda x: mpmath.besselj(1, x)),
        ("y0", 0, "y", lambda x: mpmath.bessely(0, x)),
        ("y1", 1, "y", lambda x: mpmath.bessely(1, x)),
    ]:
        # Y is defined for x > 0 only: more points so that both tables together pass 1000.
        x = _x_points_oscillating(g, n if kind == "j" else 1150, signed=(kind == "j"))
        zeros = _zeros_points(kind, v, 60)
        x = np.concatenate([x, zeros, np.nextafter(zeros, np.inf)])
        rows = table(fmp, getattr(sc, name), [(float(t),) for t in x])
        jm, ym = _near_zero_mask(float(v), np.abs(rows[:, 0]))
        near = jm if kind == "j" else ym
        # J has no zero below 2.4 (there |J_1| is small against |Y_1| only because Y_1 has a
        # pole): keep the small |x| of J in the main table. Y_0 has a zero at 0.89.
        if kind == "j":
            near &= np.abs(rows[:, 0]) > 2.0
        _split(fx, name, f"scipy.special.{name}(x)", columns(["x"]), rows, near,
               "x in +-[1e-20, 1e300]" if kind == "j" else "x in [1e-20, 1e300]")

    # Modified functions: no zeros.
    xi = np.concatenate([logspace(-20, 0, 300, g), g.uniform(0, 40, 300), logspace(np.log10(40), np.log10(713), 300, g),
                         logspace(np.log10(713), 3, 100, g)])
    xs = np.concatenate([xi, -xi[::4]])
    specs = [
        ("i0", xs, lambda x: mpmath.besseli(0, x), "x in +-[1e-20, 1000]"),
        ("i1", xs, lambda x: mpmath.besseli(1, x), "x in +-[1e-20, 1000]"),
    ]
    xe = np.concatenate([xs, logspace(3, 300, 200, g), -logspace(3, 300, 50, g)])
    specs += [
        ("i0e", xe, lambda x: mpmath.besseli(0, x) * mpmath.exp(-abs(x)), "x in +-[1e-20, 1e300]"),
        ("i1e", xe, lambda x: mpmath.besseli(1, x) * mpmath.exp(-abs(x)), "x in +-[1e-20, 1e300]"),
    ]
    xk = np.concatenate([logspace(-300, -20, 100, g), logspace(-20, 0, 250, g), g.uniform(0, 40, 300),
                         logspace(np.log10(40), np.log10(746), 300, g), logspace(np.log10(746), 3, 50, g)])
    specs += [
        ("k0", xk, lambda x: mpmath.besselk(0, x), "x in [1e-300, 1000]"),
        ("k1", xk, lambda x: mpmath.besselk(1, x), "x in [1e-300, 1000]"),
    ]
    xke = np.concatenate([xk, logspace(3, 300, 200, g)])
    specs += [
        ("k0e", xke, lambda x: mpmath.besselk(0, x) * mpmath.exp(x), "x in [1e-300, 1e300]"),
        ("k1e", xke, lambda x: mpmath.besselk(1, x) * mpmath.exp(x), "x in [1e-300, 1e300]"),
    ]
    for name, x, fmp, domain in specs:
        rows = table(fmp, getattr(sc, name), [(float(t),) for t in x])
        fx.accuracy(name, f"scipy.special.{name}(x)", columns(["x"]), rows, domain)


def _orders(g, n, lo=-60.0, hi=60.0):
    """Real orders: small magnitudes, integers, half-integers, and general values."""
    parts = [
        logspace(-8, 0, n // 6, g) * g.choice([-1.0, 1.0], n // 6),
        np.round(g.uniform(lo, hi, n // 6)),
        np.round(g.uniform(lo, hi, n // 6)) + 0.5,
        g.uniform(lo, hi, n - 3 * (n // 6)),
    ]
    return np.concatenate(parts)


def _jy_points(g, n, signed_x):
    v = _orders(g, n)
    g.shuffle(v)
    x = np.concatenate([
        logspace(-8, 0, n // 5, g),
        g.uniform(0, 30, n // 5),
        g.uniform(0, 100, n // 5),
        logspace(2, 4, n // 5, g),
        logspace(4, 12, n - 4 * (n // 5), g),
    ])
    g.shuffle(x)
    # Some points on the transition line x ~ v.
    k = n // 10
    x[:k] = np.abs(v[:k]) * g.uniform(0.8, 1.2, k) + 1e-3
    if signed_x:
        # Integer orders at negative x are real (J_n(-x) = (-1)^n J_n(x)); others are NaN.
        x[k:k + n // 10] *= -1.0
        v[k:k + n // 10] = np.round(v[k:k + n // 10])
    return v, x


def _mp_real(value):
    """None where mpmath's value is not real (outside SciPy's real domain)."""
    if isinstance(value, mpmath.mpc):
        if abs(value.imag) > abs(value.real) * mpmath.mpf(10) ** -40 and value.imag != 0:
            return None
        return value.real
    return value


def _two_arg(fx, g):
    n = 1200
    # jv, jve (= jv for real x), yv, yve on the same points.
    v, x = _jy_points(g, n, signed_x=True)
    pts = [(float(a), float(b)) for a, b in zip(v, x)]
    rows = table(lambda a, b: _mp_real(mpmath.besselj(a, b)), sc.jv, pts)
    jm, _ = _near_zero_mask(rows[:, 0], np.abs(rows[:, 1]))
    near = jm & (np.abs(rows[:, 1]) > np.abs(rows[:, 0]))
    dom = "v in [-60, 60], x in +-[1e-8, 1e12] (negative x at integer v)"
    _split(fx, "jv", "scipy.special.jv(v, x)", columns(["v", "x"]), rows, near, dom)
    rows_e = rows.copy()
    rows_e[:, 3] = sc.jve(rows[:, 0], rows[:, 1])
    _split(fx, "jve", "scipy.special.jve(v, x)", columns(["v", "x"]), rows_e, near, dom)

    v, x = _jy_points(g, n, signed_x=False)
    pts = [(float(a), float(b)) for a, b in zip(v, x)]
    rows = table(lambda a, b: _mp_real(mpmath.bessely(a, b)), sc.yv, pts)
    _, ym = _near_zero_mask(rows[:, 0], rows[:, 1])
    near = ym & (rows[:, 1] > np.abs(rows[:, 0]))
    dom = "v in [-60, 60], x in [1e-8, 1e12]"
    _split(fx, "yv", "scipy.special.yv(v, x)", columns(["v", "x"]), rows, near, dom)
    rows_e = rows.copy()
    rows_e[:, 3] = sc.yve(rows[:, 0], rows[:, 1])
    _split(fx, "yve", "scipy.special.yve(v, x)", columns(["v", "x"]), rows_e, near, dom)

    # iv, kv and the scaled forms.
    def ik_points(upper, signed):
        vv = _orders(g, n)
        xx = np.concatenate([logspace(-8, 0, n // 4, g), g.uniform(0, 50, n // 4),
                             logspace(np.log10(50), np.log10(upper), n - 2 * (n // 4), g)])
        g.shuffle(vv)
        g.shuffle(xx)
        k = n // 10
        xx[:k] = np.abs(vv[:k]) * g.uniform(0.5, 2.0, k) + 1e-3
        if signed:
            xx[k:2 * k] *= -1.0
            vv[k:2 * k] = np.round(vv[k:2 * k])
        return [(float(a), float(b)) for a, b in zip(vv, xx)]

    pts = ik_points(700.0, True)
    rows = table(lambda a, b: _mp_real(mpmath.besseli(a, b)), sc.iv, pts)
    fx.accuracy("iv", "scipy.special.iv(v, x)", columns(["v", "x"]), rows,
                "v in [-60, 60], x in +-[1e-8, 700] (negative x at integer v)")
    pts = ik_points(1e5, True)
    rows = table(lambda a, b: _mp_real(mpmath.besseli(a, b) * mpmath.exp(-abs(b))), sc.ive, pts)
    fx.accuracy("ive", "scipy.special.ive(v, x)", columns(["v", "x"]), rows,
                "v in [-60, 60], x in +-[1e-8, 1e5] (negative x at integer v)")
    pts = ik_points(700.0, False)
    rows = table(lambda a, b: mpmath.besselk(a, b), sc.kv, pts)
    fx.accuracy("kv", "scipy.special.kv(v, x)", columns(["v", "x"]), rows, "v in [-60, 60], x in [1e-8, 700]")
    pts = ik_points(1e5, False)
    rows = table(lambda a, b: mpmath.besselk(a, b) * mpmath.exp(b), sc.kve, pts)
    fx.accuracy("kve", "scipy.special.kve(v, x)", columns(["v", "x"]), rows, "v in [-60, 60], x in [1e-8, 1e5]")


def _integer_orders(fx, g):
    n = 1000
    nn = np.concatenate([g.integers(-5, 6, n // 2), g.integers(-100, 101, n - n // 2)]).astype(float)
    x = np.concatenate([logspace(-6, 0, n // 4, g), g.uniform(0, 40, n // 4), logspace(np.log10(40), 4, n // 2, g)])
    g.shuffle(x)
    xs = x.copy()
    xs[: n // 5] *= -1.0
    pts = [(float(a), float(b)) for a, b in zip(nn, xs)]
    rows = table(lambda a, b: mpmath.besselj(int(a), b), lambda a, b: sc.jv(a, b), pts)
    jm, _ = _near_zero_mask(rows[:, 0], np.abs(rows[:, 1]))
    near = jm & (np.abs(rows[:, 1]) > np.abs(rows[:, 0]))
    _split(fx, "jn", "scipy.special.jn(n, x)", columns(["n", "x"]), rows, near,
           "n in [-100, 100], x in +-[1e-6, 1e4]")
    pts = [(float(a), float(b)) for a, b in zip(nn, x)]
    rows = table(lambda a, b: mpmath.bessely(int(a), b), lambda a, b: sc.yn(a.astype(int), b), pts)
    _, ym = _near_zero_mask(rows[:, 0], rows[:, 1])
    near = ym & (rows[:, 1] > np.abs(rows[:, 0]))
    _split(fx, "yn", "scipy.special.yn(n, x)", columns(["n", "x"]), rows, near,
           "n in [-100, 100], x in [1e-6, 1e4]")
    xk = np.concatenate([logspace(-6, 0, n // 3, g), g.uniform(0, 40, n // 3),
                         logspace(np.log10(40), np.log10(700), n - 2 * (n // 3), g)])
    g.shuffle(xk)
    pts = [(float(a), float(b)) for a, b in zip(nn, xk)]
    rows = table(lambda a, b: mpmath.besselk(int(a), b), lambda a, b: sc.kn(a.astype(int), b), pts)
    fx.accuracy("kn", "scipy.special.kn(n, x)", columns(["n", "x"]), rows, "n in [-100, 100], x in [1e-6, 700]")


def _hankel(fx, g):
    n = 1000
    v = np.concatenate([g.uniform(-20, 20, n // 2), np.round(g.uniform(-20, 20, n // 4)),
                        np.round(g.uniform(-20, 20, n - n // 2 - n // 4)) + 0.5])
    x = np.concatenate([logspace(-4, 0, n // 4, g), g.uniform(0, 40, n // 2), logspace(np.log10(40), 4, n - n // 4 - n // 2, g)])
    g.shuffle(v)
    g.shuffle(x)
    x[: n // 5] *= -1.0
    pts = [(float(a), float(b)) for a, b in zip(v, x)]
    dom = "v in [-20, 20], x in +-[1e-4, 1e4]"
    cols = columns(["v", "x"], complex_result=True)
    for name, fmp in [
        ("hankel1", lambda a, b: mpmath.hankel1(a, b)),
        ("hankel2", lambda a, b: mpmath.hankel2(a, b)),
        ("hankel1e", lambda a, b: mpmath.hankel1(a, b) * mpmath.expj(-b)),
        ("hankel2e", lambda a, b: mpmath.hankel2(a, b) * mpmath.expj(b)),
    ]:
        rows = table(fmp, getattr(sc, name), pts, complex_result=True)
        fx.accuracy(name, f"scipy.special.{name}(v, x)", cols, rows, dom)


def _derivatives(fx, g):
    n = 1000

    def diff(f, v, x, k, phase):
        # 2^-k sum_j phase^j C(k, j) f(v - k + 2j, x)
        s = mpmath.mpf(0)
        for j in range(k + 1):
            s += (phase ** j) * mpmath.binomial(k, j) * f(v - k + 2 * j, x)
        return s / mpmath.mpf(2) ** k

    v = np.concatenate([g.uniform(-15, 15, n // 2), np.round(g.uniform(-15, 15, n - n // 2))])
    x = np.concatenate([logspace(-3, 0, n // 4, g), g.uniform(0, 40, n // 2), logspace(np.log10(40), 3, n - n // 4 - n // 2, g)])
    k = g.integers(0, 5, n).astype(float)
    g.shuffle(v)
    g.shuffle(x)
    cols = columns(["v", "x", "n"])
    pts = [(float(a), float(b), float(c)) for a, b, c in zip(v, x, k)]
    dom = "v in [-15, 15], x in [1e-3, 1000], n in 0..4"
    specs = [
        ("jvp", lambda a, b, c: diff(mpmath.besselj, a, b, int(c), -1)),
        ("yvp", lambda a, b, c: diff(mpmath.bessely, a, b, int(c), -1)),
        ("ivp", lambda a, b, c: diff(mpmath.besseli, a, b, int(c), 1)),
        ("kvp", lambda a, b, c: (-1) ** int(c) * diff(mpmath.besselk, a, b, int(c), 1)),
    ]
    for name, fmp in specs:
        fsp = getattr(sc, name)
        rows = table(fmp, lambda a, b, c, f=fsp: np.array([f(ai, bi, int(ci)) for ai, bi, ci in zip(a, b, c)]), pts)
        fx.accuracy(name, f"scipy.special.{name}(v, x, n)", cols, rows, dom)


def generate():
    fx = Fixture("special", "bessel")
    g = rng(20240603)
    _one_arg(fx, g)
    _two_arg(fx, g)
    _integer_orders(fx, g)
    _hankel(fx, g)
    _derivatives(fx, g)
    fx.write()
