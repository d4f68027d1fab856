"""det, inv and solve (topic `basic`: every assume_a, lower, transposed) on well- and ill-conditioned
inputs: random, Hilbert, rank-deficient, near-singular, 1x1 and empty, real and complex, and
float32, and their stacked forms (topic `stacked`: batch shapes broadcast between a and b).
Each case records SciPy 1.17.1's result or the error it raised ("singular",
"not_positive_definite", "shape"), whether it warned of ill-conditioning (LinAlgWarning),
and the 1-norm condition number the tests scale their tolerance with.
"""
import warnings

import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import (band, cond1, general, hilbert, near_singular, rank_deficient, rng, spd,
                       symmetric_indefinite)

ASSUME = ["general", "diagonal", "tridiagonal", "banded", "upper triangular",
          "lower triangular", "symmetric", "hermitian", "positive definite"]


def run(f):
    """(result, error, warned) of calling f as SciPy does."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = f()
            err = None
        except np.linalg.LinAlgError as e:
            out = None
            err = "not_positive_definite" if "positive definite" in str(e) else "singular"
        except ValueError as e:
            out, err = None, "shape"
    warned = any(issubclass(w.category, la.LinAlgWarning) for w in caught)
    return out, err, warned


def record(fx, name, func, a, extra, f, b=None):
    out, err, warned = run(f)
    args = {"func": func, "a": np.asarray(a), "dtype": str(np.asarray(a).dtype),
            "cond": cond1(np.asarray(a, dtype=np.complex128 if np.iscomplexobj(a) else np.float64))
            if np.asarray(a).ndim == 2 and np.asarray(a).shape[0] == np.asarray(a).shape[1] else 1.0}
    if b is not None:
        args["b"] = np.asarray(b)
    args.update(extra)
    expected = {"warned": warned}
    if err is not None:
        expected["error"] = err
    elif np.ndim(out) == 0:
        # Results are stored as complex so the tests read one type.
        expected["value"] = complex(out)
    else:
        expected["x"] = np.asarray(out, dtype=np.complex128)
    fx.case(name, f"scipy.linalg.{func}", args=args, expected=expected)


def matrices(g):
    """(label, matrix) pairs covering the conditions the issue names."""
    out = [("1x1", np.array([[2.5]])), ("singular 1x1", np.array([[0.0]])),
           ("empty", np.zeros((0, 0))), ("tutorial", np.array([[1.0, 2.0], [3.0, 4.0]])),
           ("tutorial singular", np.array([[3.0, 2.0], [6.0, 4.0]]))]
    for n in [3, 5, 10, 40]:
        out.append((f"random {n}", general(g, n)))
        out.append((f"complex {n}", general(g, n, complex_=True)))
    out += [("hilbert 6", hilbert(6)), ("hilbert 14", hilbert(14)),
            ("rank deficient 6", rank_deficient(g, 6, 3)),
            ("near singular 8", near_singular(g, 8, 1e-10)),
            ("near singular 8 extreme", near_singular(g, 8, 1e-17))]
    return out


def structured(g, kind, n, complex_):
    if kind == "general":
        return general(g, n, complex_=complex_)
    if kind == "diagonal":
        return np.diag(np.diag(general(g, n, complex_=complex_)) + 3.0)
    if kind == "tridiagonal":
        return band(g, n, 1, 1, complex_)
    if kind == "banded":
        return band(g, n, 2, 3, complex_)
    if kind == "upper triangular":
        return np.triu(general(g, n, complex_=complex_)) + 4.0 * np.eye(n)
    if kind == "lower triangular":
        return np.tril(general(g, n, complex_=complex_)) + 4.0 * np.eye(n)
    if kind == "symmetric":
        a = general(g, n, complex_=complex_)
        return a + a.T
    if kind == "hermitian":
        return symmetric_indefinite(g, n, complex_)
    return spd(g, n, complex_)


def generate():
    fx = Fixture("linalg", "basic")
    stacked = Fixture("linalg", "stacked")
    g = rng(5001)
    for label, a in matrices(g):
        record(fx, f"det {label}", "det", a, {}, lambda: la.det(a))
        record(fx, f"inv {label}", "inv", a, {}, lambda: la.inv(a))
        n = a.shape[0]
        b = general(g, n, 1)[:, 0] if n else np.zeros(0)
        if np.iscomplexobj(a):
            b = b + 0j
        record(fx, f"solve {label}", "solve", a, {}, lambda: la.solve(a, b), b)
    record(fx, "det non-square", "det", np.ones((3, 4)), {}, lambda: la.det(np.ones((3, 4))))
    record(fx, "inv non-square", "inv", np.ones((3, 4)), {}, lambda: la.inv(np.ones((3, 4))))

    # Every assume_a, both triangles, transposed, vector and matrix right-hand sides.
    for kind in ASSUME:
        for complex_ in [False, True]:
            for n in [1, 4, 12]:
                a = structured(g, kind, n, complex_)
                # SciPy reads one triangle only: spoil the other to check it is not read.
                for lower in [False, True]:
                    a_used = a.copy()
                    if kind in ("symmetric", "hermitian", "positive definite") and n > 1:
                        if lower:
                            a_used[np.triu_indices(n, 1)] = 99.0
                        else:
                            a_used[np.tril_indices(n, -1)] = 99.0
                    # A vector right-hand side, and a matrix one (transposed for real input:
                    # SciPy refuses transposed complex solves).
                    for nrhs, transposed in [(None, False), (3, not complex_)]:
                        b = general(g, n, 1 if nrhs is None else nrhs)
                        b = b[:, 0] if nrhs is None else b
                        if complex_:
                            b = b + 1j * general(g, *b.shape) if b.ndim == 2 else b + 1j * g.standard_normal(n)
                        extra = {"assume_a": kind, "lower": lower, "transposed": transposed}
                        record(fx, f"solve {kind} n={n} complex={complex_} lower={lower} "
                               f"nrhs={nrhs} transposed={transposed}", "solve", a_used, extra,
                               lambda: la.solve(a_used, b, assume_a=kind, lower=lower,
                                                transposed=transposed), b)
                if kind in ("general", "diagonal", "upper triangular", "lower triangular",
                            "symmetric", "hermitian", "positive definite"):
                    short = {"general": "general", "diagonal": "diagonal",
                             "upper triangular": "upper triangular",
                             "lower triangular": "lower triangular", "symmetric": "sym",
                             "hermitian": "her", "positive definite": "pos"}[kind]
                    for lower in [False, True]:
                        record(fx, f"inv {kind} n={n} complex={complex_} lower={lower}", "inv", a,
                               {"assume_a": kind, "lower": lower},
                               lambda: la.inv(a, assume_a=short, lower=lower))
    # Not positive definite.
    a = symmetric_indefinite(g, 5)
    record(fx, "solve pos indefinite", "solve", a, {"assume_a": "positive definite"},
           lambda: la.solve(a, np.ones(5), assume_a="pos"), np.ones(5))
    # Single precision: SciPy keeps float32.
    for n in [3, 20]:
        a = general(g, n).astype(np.float32)
        b = general(g, n, 1)[:, 0].astype(np.float32)
        record(fx, f"det f32 {n}", "det", a, {}, lambda: la.det(a))
        record(fx, f"inv f32 {n}", "inv", a, {}, lambda: la.inv(a))
        record(fx, f"solve f32 {n}", "solve", a, {}, lambda: la.solve(a, b), b)
    # Stacked input: batch dimensions broadcast between a and b; a 1-D b is shared.
    a = g.standard_normal((3, 2, 4, 4)) + 2 * np.eye(4)
    a_c = a + 1j * g.standard_normal(a.shape)
    for label, aa in [("real", a), ("complex", a_c)]:
        b_mat = g.standard_normal((2, 4, 3)) + (1j * g.standard_normal((2, 4, 3)) if label == "complex" else 0)
        b_vec = g.standard_normal(4) + (1j * g.standard_normal(4) if label == "complex" else 0)
        stacked.case(f"stacked det {label}", "scipy.linalg.det", args={"func": "det", "a": aa},
                expected={"x": np.asarray(la.det(aa), dtype=np.complex128)})
        stacked.case(f"stacked inv {label}", "scipy.linalg.inv", args={"func": "inv", "a": aa},
                expected={"x": np.asarray(la.inv(aa), dtype=np.complex128)})
        for kind, b in [("matrix", b_mat), ("vector", b_vec)]:
            stacked.case(f"stacked solve {label} {kind}", "scipy.linalg.solve",
                    args={"func": "solve", "a": aa, "b": b},
                    expected={"x": np.asarray(la.solve(aa, b), dtype=np.complex128)})
    r = g.standard_normal((3, 2, 4, 3))
    p_, l_, u_ = la.lu(r)
    stacked.case("stacked lu real", "scipy.linalg.lu", args={"func": "lu", "a": r},
                 expected={"p": np.asarray(p_, dtype=np.complex128), "l": np.asarray(l_, dtype=np.complex128),
                           "x": np.asarray(u_, dtype=np.complex128)})
    m = g.standard_normal((2, 3, 5, 5))
    spd_stack = m @ np.swapaxes(m, -1, -2) / 5 + np.eye(5)
    stacked.case("stacked cholesky real", "scipy.linalg.cholesky", args={"func": "cholesky", "a": spd_stack},
                 expected={"x": np.asarray(la.cholesky(spd_stack), dtype=np.complex128)})
    fx.write()
    # Stacked SVD: the singular values against SciPy, the vectors through reconstruction.
    for label, aa in [("real", g.standard_normal((2, 3, 5, 3))),
                      ("complex", g.standard_normal((3, 4, 2)) + 1j * g.standard_normal((3, 4, 2)))]:
        stacked.case(f"stacked svd {label}", "scipy.linalg.svd", args={"func": "svd", "a": aa},
                     expected={"x": np.asarray(la.svd(aa, compute_uv=False), dtype=np.complex128)})
    # Stacked matrix norms: numpy's two-axis norm over any pair of axes.
    aa = g.standard_normal((2, 3, 4, 5))
    for ord_ in ["fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf]:
        for axes in [(-2, -1), (1, 3), (3, 0)]:
            stacked.case(f"stacked norm real {ord_} {axes}", "scipy.linalg.norm",
                         args={"func": "norm", "a": aa, "ord": str(ord_), "axes": list(axes)},
                         expected={"x": np.asarray(la.norm(aa, ord=ord_, axis=axes), dtype=np.complex128)})
    ac = aa[0] + 1j * aa[1]
    stacked.case("stacked norm complex 2 (-2, -1)", "scipy.linalg.norm",
                 args={"func": "norm", "a": ac, "ord": "2", "axes": [-2, -1]},
                 expected={"x": np.asarray(la.norm(ac, ord=2, axis=(-2, -1)), dtype=np.complex128)})
    stacked.write()
