"""Derivatives of the associated Legendre functions (SciPy's `diff_n=2`):
assoc_legendre_p(n, m, z, branch_cut, norm, diff_n=2), sph_legendre_p(n, m, theta, diff_n=2),
sph_harm_y(n, m, theta, phi, diff_n=2).

References: SciPy 1.17.1 itself (the values, first and second derivatives), compared at
1e-13 relative away from zeros by `tests/golden_legendre_derivatives.rs`. Points (seeded):
- assoc_legendre_p, branch_cut=2: n in 0..60 (two thirds below 20), m in [-n-1, n+1], z uniform
  in [-1, 1], within 1e-12..1e-2 of ±1, and ±1 and 0 exactly; with and without norm (but not
  norm at z = ±1, where SciPy 1.17.1 skips the normalisation);
- assoc_legendre_p, branch_cut=3: 1 <= |z| <= 30 (log-spaced; m = 0 below -1, where SciPy
  1.17.1 is NaN for every other m), and z = ±1;
- sph_legendre_p: theta uniform in [-pi, 2 pi], near the poles, and 0, pi exactly;
- sph_harm_y: theta in [0, pi], phi in [0, 2 pi].
"""
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import rng


def degrees(g, k):
    return np.where(g.random(k) < 2 / 3, g.integers(0, 20, k), g.integers(20, 61, k))


def orders(g, n):
    return np.array([g.integers(-nn - 1, nn + 2) for nn in n])


def assoc_points():
    g = rng(20261130)
    rows = []
    k = 500
    n = degrees(g, k)
    m = orders(g, n)
    kind = g.integers(0, 4, k)
    z = g.uniform(-1.0, 1.0, k)
    near = g.choice([-1.0, 1.0], k) * (1.0 - 10.0 ** g.uniform(-12, -2, k))
    z = np.where(kind == 1, near, z)
    exact = g.choice([-1.0, 1.0, 0.0], k)
    z = np.where(kind == 2, exact, z)
    norm = g.integers(0, 2, k)
    for nn, mm, zz, no in zip(n, m, z, norm):
        if abs(zz) == 1.0:
            no = 0
        rows.append((nn, mm, zz, 2, no))
    # The outside branch.
    k = 200
    n = degrees(g, k)
    m = orders(g, n)
    z = g.choice([-1.0, 1.0], k) * 10.0 ** g.uniform(0, np.log10(30.0), k)
    z = np.where(g.random(k) < 0.1, np.sign(z), z)
    for nn, mm, zz, no in zip(n, m, z, g.integers(0, 2, k)):
        if zz < -1.0:
            # SciPy 1.17.1 gives NaN below -1 for every m != 0 (sci: NaN for odd m only).
            mm = 0
        if abs(zz) == 1.0:
            no = 0
        rows.append((nn, mm, zz, 3, no))
    return np.array(rows, dtype=np.float64)


def assoc_values(args):
    out = []
    for n, m, z, bc, norm in args:
        r = sc.assoc_legendre_p(int(n), int(m), z, branch_cut=int(bc), norm=bool(norm), diff_n=2)
        out.append(np.asarray(r, dtype=np.float64))
    return np.array(out)


def sph_points():
    g = rng(20261131)
    k = 350
    n = degrees(g, k)
    m = orders(g, n)
    theta = g.uniform(-np.pi, 2 * np.pi, k)
    kind = g.integers(0, 5, k)
    pole = g.choice([0.0, np.pi], k) + g.choice([-1.0, 1.0], k) * 10.0 ** g.uniform(-12, -2, k)
    theta = np.where(kind == 1, pole, theta)
    theta = np.where(kind == 2, g.choice([0.0, np.pi], k), theta)
    return np.column_stack([n, m, theta]).astype(np.float64)


def sph_values(args):
    return np.array([
        np.asarray(sc.sph_legendre_p(int(n), int(m), t, diff_n=2), dtype=np.float64)
        for n, m, t in args
    ])


def harm_points():
    g = rng(20261132)
    k = 200
    n = degrees(g, k)
    m = orders(g, n)
    return np.column_stack([n, m, g.uniform(0, np.pi, k), g.uniform(0, 2 * np.pi, k)]).astype(np.float64)


def harm_values(args):
    out = []
    for n, m, t, p in args:
        y, jac, hess = sc.sph_harm_y(int(n), int(m), t, p, diff_n=2)
        flat = np.concatenate([np.atleast_1d(y), np.ravel(jac), np.ravel(hess)])
        out.append(np.column_stack([flat.real, flat.imag]).ravel())
    return np.array(out)


def generate():
    fx = Fixture("special", "legendre_derivatives")
    a = assoc_points()
    fx.case(
        "assoc_legendre_p", "scipy.special.assoc_legendre_p(n, m, z, branch_cut=bc, norm=norm, diff_n=2)",
        args={"table": a}, expected={"table": assoc_values(a)}, rtol=1e-13,
    )
    s = sph_points()
    fx.case(
        "sph_legendre_p", "scipy.special.sph_legendre_p(n, m, theta, diff_n=2)",
        args={"table": s}, expected={"table": sph_values(s)}, rtol=1e-13,
    )
    h = harm_points()
    fx.case(
        "sph_harm_y",
        "scipy.special.sph_harm_y(n, m, theta, phi, diff_n=2): y, jac[0..2], hess[0..2][0..2] as (re, im)",
        args={"table": h}, expected={"table": harm_values(h)}, rtol=1e-13,
    )
    fx.write()
