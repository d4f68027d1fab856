"""sqrtm, logm and fractional_matrix_power (topic `matfun_roots`) on well-conditioned random
matrices, symmetric positive definite, upper triangular, matrices with complex eigenvalues,
with negative real eigenvalues (complex results), nearly singular, Hilbert, a Jordan block,
1x1 and empty, real and complex, float32 and complex64.

Each case stores SciPy's result as complex128, whether SciPy returned a real array
(`scipy_real`), and `rtol`: a norm-wise (Frobenius) relative tolerance from the relative
condition number of the function at the matrix, `max(floor, 10 n kappa eps)`, with kappa from
the Kronecker form of the Frechet derivative (n <= 12 keeps it cheap):
  sqrt:  L(E) solves X L + L X = E;
  log:   L = L_exp(log A)^-1;
  power: L = t L_exp(t log A) L_exp(log A)^-1 (A^t = exp(t log A)).
"""
import warnings

import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, near_singular, rng, spd, c128

T_VALUES = [0.5, 0.3, -0.7, 1.6, -2.25, 2.0, -1.0]


def kron_exp_frechet(l):
    """The n^2 x n^2 matrix K with vec(L_exp(l, E)) = K vec(E) (column-major vec)."""
    n = l.shape[0]
    k = np.zeros((n * n, n * n), dtype=np.complex128)
    for j in range(n):
        for i in range(n):
            e = np.zeros((n, n), dtype=np.complex128)
            e[i, j] = 1.0
            k[:, j * n + i] = la.expm_frechet(c128(l), e, compute_expm=False).ravel(order="F")
    return k


def kappa(a, x, function, t=None):
    """The relative condition number of `function` at `a` (x = f(a)), Frobenius norms."""
    n = a.shape[0]
    a = c128(a)
    na, nx = np.linalg.norm(a), np.linalg.norm(x)
    if n == 0 or nx == 0:
        return 1.0
    if function == "sqrtm":
        op = np.kron(np.eye(n), x) + np.kron(x.T, np.eye(n))
        lnorm = 1.0 / np.linalg.svd(op, compute_uv=False)[-1]
    else:
        log = la.logm(a)
        kinv = np.linalg.inv(kron_exp_frechet(log))
        if function == "logm":
            lnorm = np.linalg.norm(kinv, 2)
        else:
            lnorm = np.linalg.norm(t * kron_exp_frechet(t * log) @ kinv, 2)
    return float(lnorm * na / nx)


def rtol(a, x, function, dtype, t=None):
    n = max(a.shape[0], 1)
    single = dtype in ("float32", "complex64")
    eps = np.finfo(np.float32 if single else np.float64).eps
    floor = 1e-5 if single else 1e-12
    return float(max(floor, 10.0 * n * kappa(a, x, function, t) * eps))


def negative_real_eigenvalue(a):
    """Whether the real matrix `a` has a negative real eigenvalue: a negative 1x1 block of its
    real Schur form (the rule of the Rust side for a real root or power)."""
    if np.iscomplexobj(a) or a.shape[0] == 0:
        return False
    t = a if np.array_equal(a, np.triu(a)) else la.schur(a)[0]
    n = t.shape[0]
    for i in range(n):
        below = i + 1 < n and t[i + 1, i] != 0
        above = i > 0 and t[i, i - 1] != 0
        if not below and not above and t[i, i] < 0:
            return True
    return False


def matrices(g):
    jordan = 2.0 * np.eye(4) + np.diag(np.ones(3), 1)
    upper = np.triu(general(g, 6)) + np.diag(np.full(6, 3.0))
    rotation = np.array([[0.0, -1.0], [1.0, 0.0]])
    # Real with complex eigenvalues 1 +- 2i, 3 and 4: a real root, logarithm and power.
    pairs = np.array([[1.0, -2.0, 0.5, 0.1], [2.0, 1.0, 0.3, 0.2],
                      [0.0, 0.0, 3.0, 1.0], [0.0, 0.0, 0.0, 4.0]])
    q, _ = np.linalg.qr(general(g, 4))
    out = [
        ("1x1", np.array([[4.0]])),
        ("1x1 negative", np.array([[-4.0]])),
        ("empty", np.zeros((0, 0))),
        ("2x2 scipy example", np.array([[1.0, 3.0], [1.0, 4.0]])),
        ("random 5", general(g, 5) + 4.0 * np.eye(5)),
        ("random 12", general(g, 12) / np.sqrt(12) + 2.0 * np.eye(12)),
        ("spd 8", spd(g, 8)),
        ("upper triangular 6", upper),
        ("rotation", rotation),
        ("complex pairs 4", q @ pairs @ q.T),
        ("negative eigenvalue 2", np.array([[-1.0, 1.0], [0.0, 2.0]])),
        ("negative eigenvalues 5", general(g, 5)),
        ("nearly singular 6", near_singular(g, 6, 1e-8) + 0.0 * np.eye(6)),
        ("hilbert 6", hilbert(6)),
        ("jordan 4", jordan),
        ("complex random 6", general(g, 6, complex_=True) + 3.0 * np.eye(6)),
        ("large norm 5", (general(g, 5) + 4.0 * np.eye(5)) * 1e6),
        ("small norm 5", (general(g, 5) + 4.0 * np.eye(5)) * 1e-6),
        ("nonnormal 3", np.array([[1.0, 1e3, 0.0], [0.0, 2.0, 1e3], [0.0, 0.0, 3.0]])),
        ("close eigenvalues 3", np.array([[1.0, 1.0, 2.0], [0.0, 1.0 + 1e-8, 1.0],
                                          [0.0, 0.0, 1.0 + 2e-8]])),
        ("near negative axis", np.array([[-1.0 + 1e-6j, 1.0], [0.5, 2.0]])),
        ("complex hermitian pd 5", spd(g, 5, complex_=True)),
    ]
    return out


def single(g):
    return [("float32 spd 5", spd(g, 5).astype(np.float32)),
            ("float32 random 4", (general(g, 4) + 4.0 * np.eye(4)).astype(np.float32)),
            ("complex64 random 4",
             (general(g, 4, complex_=True) + 4.0 * np.eye(4)).astype(np.complex64))]


def dtype_name(a):
    return str(a.dtype)


def add(fx, function, label, a, t=None):
    dtype = dtype_name(a)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if function == "sqrtm":
            x = la.sqrtm(a)
        elif function == "logm":
            x = la.logm(a)
        else:
            x = la.fractional_matrix_power(a, t)
    x = np.asarray(x)
    scipy_real = not np.iscomplexobj(x)
    # The Rust result's kind: real for real input without negative real eigenvalues (integer
    # powers: the input's kind). SciPy agrees on float64 input except for fractional powers of
    # matrices with complex eigenvalues (complex with rounding-level imaginary parts); on
    # float32 input its logm sees the imaginary noise of a single-precision Schur form.
    if function == "fractional_matrix_power" and t == int(t):
        real = not np.iscomplexobj(a)
    else:
        real = not np.iscomplexobj(a) and not negative_real_eigenvalue(a)
    if function != "fractional_matrix_power" and dtype == "float64":
        assert real == scipy_real, (function, label)
    x128 = c128(x)
    a128 = c128(a).astype(np.complex128)
    args = {"a": a, "dtype": dtype, "function": function, "real": real,
            "scipy_real": scipy_real}
    name = f"{function} {label}"
    if t is not None:
        args["t"] = float(t)
        name += f" t={t}"
    tol = rtol(a128, x128, function, dtype, t) if a.shape[0] > 0 else 1e-12
    fx.case(name, f"scipy.linalg.{function}", args=args, expected={"x": x128}, rtol=tol)


def generate():
    fx = Fixture("linalg", "matfun_roots")
    g = rng(7117)
    mats = matrices(g) + single(g)
    for label, a in mats:
        add(fx, "sqrtm", label, a)
    for label, a in mats:
        if a.shape[0] == 0:
            continue  # SciPy 1.17.1 raises on empty input (argmax of an empty sequence)
        add(fx, "logm", label, a)
    for label, a in mats:
        if a.shape[0] == 0:
            continue  # SciPy raises for non-integer t on empty input
        for t in T_VALUES:
            if label.startswith(("1x1", "rotation", "spd", "jordan", "negative eigenvalue 2",
                                 "complex random", "float32 spd", "complex64", "random 5",
                                 "hilbert", "complex pairs", "upper")) or t in (0.5, -0.7):
                add(fx, "fractional_matrix_power", label, a, t)
    fx.write()
