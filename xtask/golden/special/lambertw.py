"""The Lambert W function: the real branches k = 0 (`lambertw_k0`, x >= -1/e) and k = -1
(`lambertw_km1`, -1/e <= x < 0), and complex arguments on the branches k = -3..3
(`lambertw_complex`).

References are mpmath's `lambertw(z, k)` at 50 digits. SciPy's value is
`scipy.special.lambertw(z, k)` (its default tol=1e-8), the real part on the real tables. No
complex point lies on a branch cut (mpmath has no signed zeros); the cuts are tested against
SciPy's values in `edge_cases_lambertw.rs`.
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns, logspace, logspace_signed, rng, table

mp = mpmath
INV_E = float(1 / mp.e)


def generate():
    fx = Fixture("special", "lambertw")
    g = rng(303)

    # k = 0: near the branch point -1/e, near 0 (both signs), and up to 1e300.
    x = np.concatenate([
        -INV_E + logspace(-17, -0.5, 250, g),
        logspace_signed(-300, -0.5, 250, g),
        g.uniform(-INV_E, 10, 200),
        logspace(0, 300, 300, g),
        [-INV_E, 0.0, 1.0, np.e],
    ])
    x = x[x >= -INV_E]
    fx.accuracy("lambertw_k0", "scipy.special.lambertw(x, 0).real", columns(["x"]),
                table(lambda x: mp.lambertw(x, 0), lambda x: sc.lambertw(x, 0).real, [(v,) for v in x]),
                "x in [-1/e, 1e300]: near the branch point -1/e, |x| in 10^[-300, 300]")

    # k = -1: near the branch point and near 0- (where W -> -inf).
    x = np.concatenate([
        -INV_E + logspace(-17, -0.5, 350, g),
        -logspace(-300, -0.5, 400, g),
        g.uniform(-INV_E, 0, 250),
        [-INV_E],
    ])
    x = x[(x >= -INV_E) & (x < 0)]
    fx.accuracy("lambertw_km1", "scipy.special.lambertw(x, -1).real", columns(["x"]),
                table(lambda x: mp.lambertw(x, -1), lambda x: sc.lambertw(x, -1).real, [(v,) for v in x]),
                "x in [-1/e, -1e-300]: near the branch point -1/e and near 0")

    # Complex z: every magnitude and direction, around the branch point, k in -3..3.
    n = 2100
    r = np.concatenate([logspace(-30, 30, 1200, g), logspace(-300, 300, 300, g), np.zeros(600)])
    t = g.uniform(-np.pi, np.pi, n)
    z = r * np.exp(1j * t)
    bp = -INV_E + logspace(-12, -0.5, 600, g) * np.exp(1j * g.uniform(-np.pi, np.pi, 600))
    z[1500:] = bp
    k = np.concatenate([g.integers(-3, 4, 1500), g.integers(-1, 2, 600)])
    pts = [(c.real, c.imag, float(kk)) for c, kk in zip(z, k) if c.imag != 0.0]
    fx.accuracy("lambertw_complex", "scipy.special.lambertw(z, k)",
                columns(["z_re", "z_im", "k"], complex_result=True),
                table(lambda a, b, kk: mp.lambertw(mp.mpc(a, b), int(kk)),
                      lambda a, b, kk: sc.lambertw(a + 1j * b, kk.astype(np.int64)), pts, complex_result=True),
                "|z| in 10^[-300, 300] all directions, and |z + 1/e| in 10^[-12, -0.5]; k in -3..3 (-1..1 near -1/e)")
    fx.write()
