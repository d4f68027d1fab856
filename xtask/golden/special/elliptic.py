"""Elliptic integrals and functions: `ellipk`, `ellipkm1`, `ellipe`, `ellipkinc`, `ellipeinc`,
`ellipj` (one table per component: sn, cn, dn, ph) and Carlson's `elliprf`, `elliprd`,
`elliprj`, `elliprc`, `elliprg`.

References are mpmath's at 50 digits: `ellipk`, `ellipe`, `ellipf`, `ellipfun`, `elliprf`, ...
`ellipkm1(p)` is `elliprf(0, p, 1)` (exact in p, no rounding of 1 - p). The amplitude `ph` of
`ellipj` is not in mpmath: it is am(u|m) = atan2(sn(u'), cn(u')) + n pi with u' = u - 2nK in
[-K, K) (there cn >= 0), all at 50 digits. The Cauchy principal value of `elliprc` (y < 0) is
mpmath's `elliprc(x, y, pv=True)`. For `elliprj` with p < 0, mpmath's own evaluation takes
seconds per point, so the principal value is computed here by mpmath's tanh-sinh quadrature at
35 digits of the subtracted integrand, 3/2 [int_0^{2t0} (h(t) - h(t0)) / (t - t0) dt +
int_{2t0}^inf h(t) / (t - t0) dt] with h = ((t+x)(t+y)(t+z))^{-1/2}, t0 = -p (checked against
mpmath's `re(elliprj)` to 25 digits on sample points).
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, logspace_signed, rng, table

mp = mpmath


def _ph(u, m):
    k = mp.ellipk(m)
    n = mp.floor((u + k) / (2 * k))
    v = u - 2 * n * k
    return mp.atan2(mp.ellipfun("sn", v, m), mp.ellipfun("cn", v, m)) + n * mp.pi


def _rj_pv(x, y, z, p):
    with mp.workdps(35):
        h = lambda t: 1 / mp.sqrt((t + x) * (t + y) * (t + z))
        t0 = -p
        h0 = h(t0)
        scales = [v for v in (x, y, z) if v > 0] + [v / 10 for v in (x, y, z) if v > 0] + [10 * v for v in (x, y, z)]
        inner = sorted(set([mp.mpf(0), t0 / 2, t0, 1.5 * t0, 2 * t0] + [v for v in scales if 0 < v < 2 * t0]))
        a = mp.quad(lambda t: (h(t) - h0) / (t - t0), inner)
        tail = sorted(set([2 * t0] + [v for v in scales if v > 2 * t0])) + [mp.inf]
        b = mp.quad(lambda t: h(t) / (t - t0), tail)
        return 1.5 * (a + b)


def generate():
    fx = Fixture("special", "elliptic")
    g = rng(301)

    # ellipk(m): the benchmark range U(0, 1), m close to 1, tiny m, negative m of every size.
    m = np.concatenate([
        g.uniform(0, 1, 300),
        1 - logspace(-16, -0.3, 200, g),
        logspace_signed(-300, -1, 150, g),
        -logspace(-3, 300, 250, g),
        [0.0, 0.5, -1.0, 1 - 2.0**-52, 2.0**-1074],
        g.uniform(-10, 1, 100),
    ])
    pts = [(x,) for x in m]
    fx.accuracy("ellipk", "scipy.special.ellipk(m)", columns(["m"]),
                table(mp.ellipk, sc.ellipk, pts), "m in (-1e300, 1): U(0,1), 1 - 10^[-16,0], |m| in 10^[-300,300]")
    fx.accuracy("ellipe", "scipy.special.ellipe(m)", columns(["m"]),
                table(mp.ellipe, sc.ellipe, pts), "m in [-1e300, 1]: U(0,1), 1 - 10^[-16,0], |m| in 10^[-300,300]")

    p = np.concatenate([logspace(-300, 0, 600, g), g.uniform(0, 1, 200), logspace(0, 300, 200, g)])
    fx.accuracy("ellipkm1", "scipy.special.ellipkm1(p)", columns(["p"]),
                table(lambda p: mp.elliprf(0, p, 1), sc.ellipkm1, [(x,) for x in p]),
                "p in [1e-300, 1e300] (K(1 - p)), log-spaced and U(0, 1)")

    # Incomplete integrals: phi of every size and sign, m from -1e10 to 1.
    def phis(n):
        return np.concatenate([
            logspace_signed(-10, 0.2, n // 2, g),
            g.uniform(-8, 8, n // 4),
            logspace_signed(0.2, 4, n - n // 2 - n // 4, g),
        ])

    def ms(n):
        return np.concatenate([
            g.uniform(0, 1, n // 3),
            1 - logspace(-14, -0.3, n // 6, g),
            -logspace(-8, 10, n // 4, g),
            g.uniform(-5, 1, n - n // 3 - n // 6 - n // 4),
        ])

    n = 1100
    pts = list(zip(phis(n), g.permutation(ms(n))))
    pts += [(np.pi / 2, x) for x in g.uniform(-3, 1, 40)] + [(np.pi / 2 - 1e-9, 1 - 1e-12), (1.0, 1.0), (10.0, 1.0)]
    pts = [(a, b) for a, b in pts if not (b == 1.0 and abs(np.cos(a)) < 1e-12)]
    fx.accuracy("ellipkinc", "scipy.special.ellipkinc(phi, m)", columns(["phi", "m"]),
                table(mp.ellipf, sc.ellipkinc, pts), "|phi| in 10^[-10, 4], m in [-1e10, 1]")
    fx.accuracy("ellipeinc", "scipy.special.ellipeinc(phi, m)", columns(["phi", "m"]),
                table(mp.ellipe, sc.ellipeinc, pts), "|phi| in 10^[-10, 4], m in [-1e10, 1]")

    # Jacobi elliptic functions: 0 <= m <= 1 (SciPy's domain), u of every size and sign.
    n = 1000
    u = np.concatenate([logspace_signed(-10, 0.5, 400, g), g.uniform(-10, 10, 400), logspace_signed(0.5, 3, 200, g)])
    mj = np.concatenate([g.uniform(0, 1, 600), logspace(-12, -1, 150, g), 1 - logspace(-12, -1, 150, g), [0.0] * 50, [1.0] * 50])
    pts = list(zip(u, g.permutation(mj)))[:n]
    for k, comp in enumerate(["sn", "cn", "dn"]):
        fx.accuracy(f"ellipj_{comp}", f"scipy.special.ellipj(u, m)[{k}]", columns(["u", "m"]),
                    table(lambda u, m, c=comp: mp.ellipfun(c, u, m), lambda u, m, k=k: sc.ellipj(u, m)[k], pts),
                    "|u| in 10^[-10, 3], m in [0, 1]")
    fx.accuracy("ellipj_ph", "scipy.special.ellipj(u, m)[3]", columns(["u", "m"]),
                table(lambda u, m: u if m == 0 else (mp.atan(mp.sinh(u)) if m == 1 else _ph(u, m)), lambda u, m: sc.ellipj(u, m)[3], pts),
                "|u| in 10^[-10, 3], m in [0, 1]")

    # Carlson's symmetric integrals.
    def args(n, lo=-20, hi=20):
        a = logspace(lo, hi, n, g)
        a[g.uniform(size=n) < 0.05] = 0.0
        return a

    n = 1060
    x, y, z = args(n), args(n), args(n)
    # Arguments of similar size too, where the series does all the work.
    c = logspace(-5, 5, 300, g)
    x[:300], y[:300], z[:300] = c * g.uniform(0.5, 2, 300), c * g.uniform(0.5, 2, 300), c * g.uniform(0.5, 2, 300)
    keep = lambda *a: sum(v == 0 for v in a) <= 1
    rf_pts = [t for t in zip(x, y, z) if keep(*t)]
    fx.accuracy("elliprf", "scipy.special.elliprf(x, y, z)", columns(["x", "y", "z"]),
                table(mp.elliprf, sc.elliprf, rf_pts), "x, y, z in {0} and 10^[-20, 20], at most one zero")
    rg_pts = list(zip(x, y, z))
    fx.accuracy("elliprg", "scipy.special.elliprg(x, y, z)", columns(["x", "y", "z"]),
                table(mp.elliprg, sc.elliprg, rg_pts), "x, y, z in {0} and 10^[-20, 20]")
    rd_pts = [t for t in zip(x, y, z) if t[2] > 0 and keep(t[0], t[1])]
    fx.accuracy("elliprd", "scipy.special.elliprd(x, y, z)", columns(["x", "y", "z"]),
                table(mp.elliprd, sc.elliprd, rd_pts), "x, y in {0} and 10^[-20, 20] (at most one zero), z in 10^[-20, 20]")
    n = 1010
    x, y, z = args(n, -10, 10), args(n, -10, 10), args(n, -10, 10)
    x[:250], y[:250], z[:250] = c[:250] * g.uniform(0.5, 2, 250), c[:250] * g.uniform(0.5, 2, 250), c[:250] * g.uniform(0.5, 2, 250)
    pp = np.concatenate([logspace(-10, 10, 760, g), -logspace(-10, 10, 250, g)])
    pp[:250] = c[:250] * g.uniform(0.5, 2, 250)
    rj_pts = [t for t in zip(x, y, z, g.permutation(pp)) if keep(*t[:3])]
    fx.accuracy("elliprj", "scipy.special.elliprj(x, y, z, p)", columns(["x", "y", "z", "p"]),
                table(lambda x, y, z, p: mp.elliprj(x, y, z, p) if p > 0 else _rj_pv(x, y, z, p), sc.elliprj, rj_pts),
                "x, y, z in {0} and 10^[-10, 10] (at most one zero), |p| in 10^[-10, 10] (p < 0: Cauchy principal value)")
    n = 1000
    xc = np.concatenate([logspace(-30, 30, 900, g), [0.0] * 100])
    yc = np.concatenate([logspace(-30, 30, 700, g), -logspace(-30, 30, 300, g)])
    yc[:200] = xc[:200] * g.uniform(0.5, 2, 200)
    rc_pts = list(zip(xc, g.permutation(yc)))
    fx.accuracy("elliprc", "scipy.special.elliprc(x, y)", columns(["x", "y"]),
                table(lambda x, y: mp.re(mp.elliprc(x, y, pv=True)), sc.elliprc, rc_pts),
                "x in {0} and 10^[-30, 30], |y| in 10^[-30, 30] (y < 0: Cauchy principal value)")
    fx.write()
