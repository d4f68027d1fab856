"""Eigenproblems: eig/eigvals (standard and generalized, left and right vectors, real, complex
and float32, an infinite eigenvalue of a singular B), eigh/eigvalsh (both triangles with the
other one spoilt, subsets by index and value, generalized types 1-3, Hilbert, empty),
eig_banded (both storage forms, selections) and eigh_tridiagonal (selections).

Eigenvectors are unique only up to unit factors, so the tests compare the eigenvalues against
SciPy's and check the vectors through residuals and norms; the vectors are not stored."""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, near_singular, rank_deficient, rng, spd, symmetric_indefinite, c128 as c, to_band


def generate():
    fx = Fixture("linalg", "eigen")
    g = rng(7001)
    # eig: standard problem.
    mats = [("empty", np.zeros((0, 0))), ("1x1", np.array([[2.5]]))]
    for n in [4, 20]:
        mats.append((f"real n={n}", general(g, n)))
        mats.append((f"complex n={n}", general(g, n, complex_=True)))
    mats += [("rank deficient", rank_deficient(g, 8, 3)), ("near singular", near_singular(g, 8)),
             ("rotation", np.array([[0.0, -1.0], [1.0, 0.0]])), ("hilbert 6", hilbert(6))]
    for label, a in mats:
        w = la.eig(a, right=False)
        fx.case(f"eig {label}", "scipy.linalg.eig", args={"a": a, "complex": np.iscomplexobj(a)},
                expected={"w": c(w)})
    a = general(g, 8).astype(np.float32)
    fx.case("eig f32", "scipy.linalg.eig", args={"a": a, "complex": False},
            expected={"w": c(la.eigvals(a))})
    # eig: generalized problem.
    for n in [3, 10]:
        for complex_ in [False, True]:
            a = general(g, n, complex_=complex_)
            b = general(g, n, complex_=complex_)
            fx.case(f"eig generalized n={n} complex={complex_}", "scipy.linalg.eig",
                    args={"a": a, "b": b, "complex": complex_},
                    expected={"w": c(la.eigvals(a, b)),
                              "homogeneous": c(la.eigvals(a, b, homogeneous_eigvals=True))})
    a = np.array([[1.0, 2.0], [3.0, 4.0]])
    b = np.array([[1.0, 0.0], [0.0, 0.0]])
    fx.case("eig generalized singular b", "scipy.linalg.eig", args={"a": a, "b": b, "complex": False},
            expected={"w": c(la.eigvals(a, b))})
    # eigh: both triangles (the other spoilt), subsets, generalized types.
    for n in [0, 1, 5, 30]:
        for complex_ in [False, True]:
            a = symmetric_indefinite(g, n, complex_)
            for lower in [True, False]:
                spoilt = a.copy()
                idx = np.triu_indices(n, 1) if lower else np.tril_indices(n, -1)
                spoilt[idx] = 77.0
                fx.case(f"eigh n={n} complex={complex_} lower={lower}", "scipy.linalg.eigh",
                        args={"a": spoilt, "lower": lower, "complex": complex_},
                        expected={"w": c(la.eigh(spoilt, lower=lower, eigvals_only=True))})
    for complex_ in [False, True]:
        a = symmetric_indefinite(g, 12, complex_)
        fx.case(f"eigh subset index complex={complex_}", "scipy.linalg.eigh",
                args={"a": a, "lo": 3, "hi": 7, "complex": complex_},
                expected={"w": c(la.eigh(a, subset_by_index=[3, 7], eigvals_only=True))})
        fx.case(f"eigh subset value complex={complex_}", "scipy.linalg.eigh",
                args={"a": a, "vlo": -1.0, "vhi": 2.5, "complex": complex_},
                expected={"w": c(la.eigh(a, subset_by_value=[-1.0, 2.5], eigvals_only=True))})
        for n in [1, 6, 20]:
            a = symmetric_indefinite(g, n, complex_)
            b = spd(g, n, complex_)
            for type_ in [1, 2, 3]:
                for lower in [True, False]:
                    fx.case(f"eigh generalized n={n} complex={complex_} type={type_} lower={lower}",
                            "scipy.linalg.eigh",
                            args={"a": a, "b": b, "type": type_, "lower": lower, "complex": complex_},
                            expected={"w": c(la.eigh(a, b, type=type_, lower=lower, eigvals_only=True))})
    a = hilbert(10)
    fx.case("eigh hilbert 10", "scipy.linalg.eigh", args={"a": a, "lower": True, "complex": False},
            expected={"w": c(la.eigvalsh(a))})
    a = symmetric_indefinite(g, 10).astype(np.float32)
    fx.case("eigh f32", "scipy.linalg.eigh", args={"a": a, "lower": True, "complex": False},
            expected={"w": c(la.eigvalsh(a))})
    # eig_banded.
    for n, u in [(1, 0), (9, 2), (25, 4)]:
        for complex_ in [False, True]:
            a = symmetric_indefinite(g, n, complex_)
            i, j = np.indices((n, n))
            a[np.abs(i - j) > u] = 0
            for lower in [False, True]:
                ab = to_band(a, u, lower)
                fx.case(f"eig_banded n={n} u={u} complex={complex_} lower={lower}",
                        "scipy.linalg.eig_banded",
                        args={"a_band": ab, "lower": lower, "complex": complex_},
                        expected={"w": c(la.eig_banded(ab, lower=lower, eigvals_only=True)),
                                  "w_index": c(la.eig_banded(ab, lower=lower, eigvals_only=True,
                                                             select="i", select_range=(0, n - 1 - n // 3))),
                                  "w_value": c(la.eig_banded(ab, lower=lower, eigvals_only=True,
                                                             select="v", select_range=(-1.0, 1.0)))})
    # eigh_tridiagonal.
    for n in [1, 2, 10, 40]:
        d = g.standard_normal(n)
        e = g.standard_normal(n - 1)
        fx.case(f"eigh_tridiagonal n={n}", "scipy.linalg.eigh_tridiagonal", args={"d": d, "e": e},
                expected={"w": c(la.eigh_tridiagonal(d, e, eigvals_only=True)),
                          "w_index": c(la.eigvalsh_tridiagonal(d, e, select="i", select_range=(0, n // 2))),
                          "w_value": c(la.eigvalsh_tridiagonal(d, e, select="v", select_range=(-0.5, 1.0)))})
    fx.write()
