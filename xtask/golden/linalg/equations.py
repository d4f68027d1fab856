"""Matrix equations (topic `equations`): solve_sylvester, solve_continuous_lyapunov,
solve_discrete_lyapunov (default, 'direct' and 'bilinear') and solve_continuous_are /
solve_discrete_are (with and without e, s, balanced) on the examples of SciPy's docs, classic
small problems (Laub's 1979 examples, a double integrator, Van Dooren's examples), random
stable/stabilizable systems, badly scaled and ill-conditioned ones (Hilbert), 1x1 and empty,
real and complex, and float32.

Each case records SciPy 1.17.1's solution (complex128) or the kind of error it raised
("linalg" for LinAlgError, "value" for ValueError, "other" for a failure inside SciPy or
LAPACK on empty input). Sylvester and Lyapunov cases carry the 1-norm condition number of the
Kronecker form of their operator (`cond`), which the tests scale the tolerance with. Riccati
cases carry `rtol`: 1e-10, or 100 times the relative difference between SciPy's balanced and
unbalanced solutions where that is larger (a measured forward error of the method), and
`residual_tol`: 1e-9, or 10 times the relative residual of SciPy's solution where that is
larger (badly scaled problems).
"""
import warnings

import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, rng, spd, c128


def run(f):
    """(result, error kind) of calling f."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return f(), None
        except np.linalg.LinAlgError:
            return None, "linalg"
        except ValueError:
            return None, "value"
        except Exception:  # noqa: BLE001 - SciPy fails with IndexError/LAPACK errors on empty input
            return None, "other"


def op_cond(op):
    if op.size == 0:
        return 1.0
    try:
        return float(np.linalg.cond(op, 1))
    except np.linalg.LinAlgError:
        return float("inf")


def sylvester_cond(a, b):
    m, n = a.shape[0], b.shape[0]
    op = np.kron(np.eye(n), a) + np.kron(b.T, np.eye(m))
    return op_cond(op)


def stein_cond(a):
    n = a.shape[0]
    return op_cond(np.eye(n * n) - np.kron(a, a.conj()))


def stable(g, n, complex_=False, shift=0.5):
    """A random matrix with spectrum in the open left half plane."""
    a = general(g, n, complex_=complex_)
    w = np.linalg.eigvals(a)
    return a - (np.max(w.real) + shift) * np.eye(n)


def schur_stable(g, n, complex_=False, radius=0.8):
    a = general(g, n, complex_=complex_)
    return radius * a / np.max(np.abs(np.linalg.eigvals(a)))


def record(fx, name, func, args, f, extra=None):
    out, err = run(f)
    # One element type per case (the tests read every array as the dtype of `a`).
    arrays = [v for v in args.values() if isinstance(v, np.ndarray)]
    dtype = np.result_type(*arrays)
    args = {k: (v.astype(dtype) if isinstance(v, np.ndarray) else v) for k, v in args.items()}
    a = args["a"]
    args["func"] = func
    args["dtype"] = str(np.asarray(a).dtype)
    expected = {}
    if err is not None:
        expected["error"] = err
    else:
        expected["x"] = c128(out)
    if extra:
        expected.update(extra(out) if err is None else {})
    fx.case(name, f"scipy.linalg.{func}", args=args, expected=expected)


def sylvester_cases(fx, g):
    cases = [
        ("docs", np.array([[-3., -2, 0], [-1, -1, 3], [3, -5, -1]]), np.array([[1.]]),
         np.array([[1.], [2], [3]])),
        ("1x1", np.array([[2.0]]), np.array([[3.0]]), np.array([[5.0]])),
        ("random 4x3", general(g, 4), general(g, 3), general(g, 4, 3)),
        ("random 8x8", general(g, 8), general(g, 8), general(g, 8, 8)),
        ("random 12x5", general(g, 12), general(g, 5), general(g, 12, 5)),
        ("random 30x20", general(g, 30), general(g, 20), general(g, 30, 20)),
        ("complex 3x2", general(g, 3, complex_=True), general(g, 2, complex_=True),
         general(g, 3, 2, complex_=True)),
        ("complex 6x6", general(g, 6, complex_=True), general(g, 6, complex_=True),
         general(g, 6, 6, complex_=True)),
        ("hilbert 5x4", hilbert(5), hilbert(4), general(g, 5, 4)),
        ("both stable", stable(g, 6), stable(g, 4), general(g, 6, 4)),
        ("close spectra", np.diag([1.0, 2.0, 3.0]) + np.triu(general(g, 3), 1),
         -np.diag([1.0 + 1e-6, 5.0]), general(g, 3, 2)),
        ("empty", np.zeros((0, 0)), np.zeros((0, 0)), np.zeros((0, 0))),
        ("empty a", np.zeros((0, 0)), general(g, 2), np.zeros((0, 2))),
        ("float32", general(g, 5).astype(np.float32), general(g, 3).astype(np.float32),
         general(g, 5, 3).astype(np.float32)),
    ]
    for label, a, b, q in cases:
        record(fx, f"sylvester {label}", "solve_sylvester",
               {"a": a, "b": b, "q": q, "cond": sylvester_cond(a.astype(complex), b.astype(complex))},
               lambda: la.solve_sylvester(a, b, q))


def lyapunov_cases(fx, g):
    q5 = general(g, 5)
    cases = [
        ("docs", np.array([[-3., -2, 0], [-1, -1, 0], [0, -5, -1]]), np.eye(3)),
        ("1x1", np.array([[-2.0]]), np.array([[3.0]])),
        ("random stable 5", stable(g, 5), q5 @ q5.T),
        ("random 7 nonsymmetric q", general(g, 7) + 0.1 * np.eye(7), general(g, 7)),
        ("complex 4", stable(g, 4, complex_=True), spd(g, 4, complex_=True)),
        ("hilbert 6", -hilbert(6), np.eye(6)),
        ("empty", np.zeros((0, 0)), np.zeros((0, 0))),
        ("float32", stable(g, 4).astype(np.float32), np.eye(4, dtype=np.float32)),
    ]
    for label, a, q in cases:
        ac = a.astype(complex)
        record(fx, f"continuous lyapunov {label}", "solve_continuous_lyapunov",
               {"a": a, "q": q, "cond": sylvester_cond(ac, ac.conj().T)},
               lambda: la.solve_continuous_lyapunov(a, q))
    cases = [
        ("docs", np.array([[0.2, 0.5], [0.7, -0.9]]), np.eye(2)),
        ("1x1", np.array([[0.5]]), np.array([[3.0]])),
        ("random 5", schur_stable(g, 5), spd(g, 5)),
        ("random 12", schur_stable(g, 12), spd(g, 12)),
        ("unstable 4", 1.5 * schur_stable(g, 4), spd(g, 4)),
        ("complex 4", schur_stable(g, 4, complex_=True), spd(g, 4, complex_=True)),
        ("complex 11", schur_stable(g, 11, complex_=True), spd(g, 11, complex_=True)),
        ("near unit circle 3", np.diag([0.999999, 0.5, -0.3]) + np.triu(general(g, 3), 1) * 0.1,
         np.eye(3)),
        ("empty", np.zeros((0, 0)), np.zeros((0, 0))),
        ("float32", schur_stable(g, 4).astype(np.float32), np.eye(4, dtype=np.float32)),
    ]
    for label, a, q in cases:
        cond = stein_cond(a.astype(complex))
        for method in [None, "direct", "bilinear"]:
            record(fx, f"discrete lyapunov {label} method={method}", "solve_discrete_lyapunov",
                   {"a": a, "q": q, "method": method, "cond": cond},
                   lambda: la.solve_discrete_lyapunov(a, q, method=method))


def riccati_rtol(func, a, b, q, r, e, s):
    """1e-10, or 100 times the difference between SciPy's balanced and unbalanced solutions."""
    f = getattr(la, func)
    x1, err1 = run(lambda: f(a, b, q, r, e=e, s=s, balanced=True))
    x2, err2 = run(lambda: f(a, b, q, r, e=e, s=s, balanced=False))
    if err1 or err2:
        return 1e-10
    d = np.linalg.norm(x1 - x2) / max(np.linalg.norm(x1), 1e-300)
    return float(max(1e-10, 100 * d))


def riccati_residual(func, a, b, q, r, e, s, x):
    """The residual of the (generalized) CARE or DARE relative to the sum of its terms' norms
    (Frobenius), as the tests compute it."""
    m = a.shape[0]
    e = np.eye(m) if e is None else e
    s = np.zeros(b.shape) if s is None else s
    nrm = np.linalg.norm
    h = lambda z: z.conj().T  # noqa: E731
    if func == "solve_discrete_are":
        g = h(a) @ x @ b + s
        t1, t2 = h(a) @ x @ a, h(e) @ x @ e
        t3 = g @ np.linalg.solve(r + h(b) @ x @ b, h(g))
        return nrm(t1 - t2 - t3 + q) / (nrm(t1) + nrm(t2) + nrm(t3) + nrm(q))
    g = h(e) @ x @ b + s
    t1 = h(e) @ x @ a
    t2 = g @ np.linalg.solve(r, h(g))
    return nrm(t1 + h(t1) - t2 + q) / (2 * nrm(t1) + nrm(t2) + nrm(q))


def riccati(fx, label, func, a, b, q, r, e=None, s=None):
    for balanced in [True, False]:
        args = {"a": a, "b": b, "q": q, "r": r, "balanced": balanced}
        if e is not None:
            args["e"] = e
        if s is not None:
            args["s"] = s
        f = getattr(la, func)
        rtol = riccati_rtol(func, a, b, q, r, e, s)
        record(fx, f"{func} {label} balanced={balanced}", func, args,
               lambda: f(a, b, q, r, e=e, s=s, balanced=balanced),
               extra=lambda out: {"rtol": rtol, "residual_tol": max(
                   1e-9, 10 * riccati_residual(func, a, b, q, r, e, s, out))})


def care_cases(fx, g):
    riccati(fx, "docs", "solve_continuous_are", np.array([[4., 3], [-4.5, -3.5]]),
            np.array([[1.], [-1]]), np.array([[9., 6], [6, 4]]), np.array([[1.]]))
    # Laub (1979), Example 1: a double integrator with Q = diag(1, 2).
    riccati(fx, "laub 1", "solve_continuous_are", np.array([[0., 1], [0, 0]]),
            np.array([[0.], [1]]), np.diag([1., 2]), np.array([[1.]]))
    riccati(fx, "double integrator", "solve_continuous_are", np.array([[0., 1], [0, 0]]),
            np.array([[0.], [1]]), np.eye(2), np.array([[0.1]]))
    riccati(fx, "1x1", "solve_continuous_are", np.array([[2.0]]), np.array([[1.0]]),
            np.array([[1.0]]), np.array([[1.0]]))
    for n, k in [(4, 2), (6, 3), (20, 4)]:
        c = general(g, 2, n)
        riccati(fx, f"random {n}x{k}", "solve_continuous_are", general(g, n), general(g, n, k),
                c.T @ c + 1e-3 * np.eye(n), spd(g, k))
    riccati(fx, "complex 3x2", "solve_continuous_are", general(g, 3, complex_=True),
            general(g, 3, 2, complex_=True), spd(g, 3, complex_=True), spd(g, 2, complex_=True))
    a, b = general(g, 4), general(g, 4, 2)
    riccati(fx, "with e and s", "solve_continuous_are", a, b, spd(g, 4), spd(g, 2),
            e=np.eye(4) + 0.2 * general(g, 4), s=0.1 * general(g, 4, 2))
    riccati(fx, "complex with e", "solve_continuous_are", general(g, 3, complex_=True),
            general(g, 3, 1, complex_=True), spd(g, 3, complex_=True), np.array([[2.0]]),
            e=np.eye(3) + 0.2 * general(g, 3, complex_=True))
    # Badly scaled: a similarity by diag(1, 1e3, 1e-3) of a random system.
    t = np.diag([1.0, 1e3, 1e-3])
    ti = np.diag([1.0, 1e-3, 1e3])
    a, b, q = ti @ general(g, 3) @ t, ti @ general(g, 3, 1), t @ spd(g, 3) @ t
    riccati(fx, "badly scaled", "solve_continuous_are", a, b, q, np.array([[1.0]]))
    # Ill-conditioned weights.
    riccati(fx, "hilbert q", "solve_continuous_are", general(g, 5), general(g, 5, 2), hilbert(5),
            np.array([[1.0, 0.0], [0.0, 1e-4]]))
    # Cheap control (tiny R) and a weakly controllable oscillator (eigenvalues near the axis).
    riccati(fx, "cheap control", "solve_continuous_are", np.array([[0., 1], [0, 0]]),
            np.array([[0.], [1]]), np.eye(2), np.array([[1e-8]]))
    riccati(fx, "weakly controllable", "solve_continuous_are", np.array([[-1e-3, 1], [-1, -1e-3]]),
            np.array([[0.], [1e-3]]), np.eye(2) * 1e-4, np.array([[1.0]]))
    riccati(fx, "float32", "solve_continuous_are", general(g, 3).astype(np.float32),
            general(g, 3, 1).astype(np.float32), np.eye(3, dtype=np.float32),
            np.array([[1.0]], dtype=np.float32))
    # Errors.
    riccati(fx, "no stabilizing solution", "solve_continuous_are", np.eye(2),
            np.zeros((2, 1)), np.eye(2), np.array([[1.0]]))
    riccati(fx, "singular r", "solve_continuous_are", np.eye(2), np.eye(2), np.eye(2),
            np.zeros((2, 2)))
    riccati(fx, "nonsymmetric r", "solve_continuous_are", np.eye(2), np.eye(2), np.eye(2),
            np.array([[1.0, 2.0], [0.0, 1.0]]))
    riccati(fx, "empty", "solve_continuous_are", np.zeros((0, 0)), np.zeros((0, 1)),
            np.zeros((0, 0)), np.array([[1.0]]))


def dare_cases(fx, g):
    riccati(fx, "docs", "solve_discrete_are", np.array([[0., 1], [0, -1]]),
            np.array([[1., 0], [2, 1]]), np.array([[-4., -4], [-4, 7]]),
            np.array([[9., 3], [3, 1]]))
    # Laub (1979), Example 2 (discrete).
    riccati(fx, "laub 2", "solve_discrete_are", np.array([[0.9512, 0.0], [0.0, 0.9048]]),
            np.array([[4.877, 4.877], [-1.1895, 3.569]]), np.array([[0.005, 0.0], [0.0, 0.02]]),
            np.array([[1.0 / 3.0, 0.0], [0.0, 3.0]]))
    riccati(fx, "van dooren", "solve_discrete_are", np.array([[4., 3], [-4.5, -3.5]]),
            np.array([[1.], [-1]]), np.array([[9., 6], [6, 4]]), np.array([[1.]]))
    h = 0.1
    riccati(fx, "double integrator", "solve_discrete_are", np.array([[1., h], [0, 1]]),
            np.array([[h * h / 2], [h]]), np.eye(2), np.array([[1.0]]))
    riccati(fx, "singular a", "solve_discrete_are", np.array([[0., 1], [0, 0]]),
            np.array([[0.], [1]]), np.array([[1., 0], [0, 0]]), np.array([[1.0]]))
    riccati(fx, "1x1", "solve_discrete_are", np.array([[2.0]]), np.array([[1.0]]),
            np.array([[1.0]]), np.array([[1.0]]))
    for n, k in [(4, 2), (6, 3), (20, 4)]:
        c = general(g, 2, n)
        riccati(fx, f"random {n}x{k}", "solve_discrete_are", general(g, n), general(g, n, k),
                c.T @ c + 1e-3 * np.eye(n), spd(g, k))
    riccati(fx, "complex 3x2", "solve_discrete_are", general(g, 3, complex_=True),
            general(g, 3, 2, complex_=True), spd(g, 3, complex_=True), spd(g, 2, complex_=True))
    riccati(fx, "with e and s", "solve_discrete_are", general(g, 4), general(g, 4, 2),
            spd(g, 4), spd(g, 2), e=np.eye(4) + 0.2 * general(g, 4), s=0.1 * general(g, 4, 2))
    riccati(fx, "no inputs", "solve_discrete_are", 0.5 * np.eye(2), np.zeros((2, 0)), np.eye(2),
            np.zeros((0, 0)))
    t = np.diag([1.0, 1e3, 1e-3])
    ti = np.diag([1.0, 1e-3, 1e3])
    riccati(fx, "badly scaled", "solve_discrete_are", ti @ general(g, 3) @ t,
            ti @ general(g, 3, 1), t @ spd(g, 3) @ t, np.array([[1.0]]))
    riccati(fx, "cheap control", "solve_discrete_are", np.array([[1., h], [0, 1]]),
            np.array([[h * h / 2], [h]]), np.eye(2), np.array([[1e-8]]))
    riccati(fx, "weakly controllable", "solve_discrete_are",
            0.999 * np.array([[np.cos(0.3), np.sin(0.3)], [-np.sin(0.3), np.cos(0.3)]]),
            np.array([[0.], [1e-3]]), np.eye(2) * 1e-4, np.array([[1.0]]))
    riccati(fx, "float32", "solve_discrete_are", general(g, 3).astype(np.float32),
            general(g, 3, 1).astype(np.float32), np.eye(3, dtype=np.float32),
            np.array([[1.0]], dtype=np.float32))
    riccati(fx, "no stabilizing solution", "solve_discrete_are", 2 * np.eye(2),
            np.zeros((2, 1)), np.eye(2), np.array([[1.0]]))
    riccati(fx, "empty", "solve_discrete_are", np.zeros((0, 0)), np.zeros((0, 1)),
            np.zeros((0, 0)), np.array([[1.0]]))


def generate():
    fx = Fixture("linalg", "equations")
    g = rng(8101)
    sylvester_cases(fx, g)
    lyapunov_cases(fx, g)
    care_cases(fx, g)
    dare_cases(fx, g)
    fx.write()
