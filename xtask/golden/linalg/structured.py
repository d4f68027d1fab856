"""solve_triangular (trans 0/1/2, lower, unit_diagonal with the diagonal spoilt), solve_banded
((l, u) from (0, 0) to (3, 2), vector and matrix right-hand sides), solveh_banded (both
storage forms), solve_toeplitz and matmul_toeplitz (column only and column with row,
rectangular), solve_circulant (raise and lstsq), real and complex."""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import band, general, rng, spd, c128 as c


def to_band(a, l, u):
    n = a.shape[0]
    ab = np.zeros((l + u + 1, n), dtype=a.dtype)
    for j in range(n):
        for i in range(max(0, j - u), min(n, j + l + 1)):
            ab[u + i - j, j] = a[i, j]
    return ab


def generate():
    fx = Fixture("linalg", "structured")
    g = rng(5004)
    for n in [1, 5, 20]:
        for complex_ in [False, True]:
            base = general(g, n, complex_=complex_) + 4.0 * np.eye(n)
            b = general(g, n, 2) + (1j * general(g, n, 2) if complex_ else 0)
            for lower in [False, True]:
                for unit in [False, True]:
                    a = base.copy()
                    if unit:
                        a[np.diag_indices(n)] = 7.0  # not read
                    for trans in [0, 1, 2]:
                        fx.case(f"solve_triangular n={n} complex={complex_} lower={lower} unit={unit} trans={trans}",
                                "scipy.linalg.solve_triangular",
                                args={"func": "solve_triangular", "a": a, "b": b, "lower": lower,
                                      "unit_diagonal": unit, "trans": trans, "complex": complex_},
                                expected={"x": c(la.solve_triangular(a, b, trans=trans, lower=lower,
                                                                     unit_diagonal=unit))})
    for n, l, u in [(6, 0, 0), (7, 1, 1), (9, 2, 3), (12, 3, 2), (3, 4, 4)]:
        for complex_ in [False, True]:
            a = band(g, n, l, u, complex_)
            ab = to_band(a, l, u)
            b = general(g, n, 1)[:, 0] + (1j * g.standard_normal(n) if complex_ else 0)
            bm = general(g, n, 3) + (1j * general(g, n, 3) if complex_ else 0)
            fx.case(f"solve_banded n={n} l={l} u={u} complex={complex_}", "scipy.linalg.solve_banded",
                    args={"func": "solve_banded", "ab": ab, "l": l, "u": u, "b": b, "bm": bm,
                          "complex": complex_},
                    expected={"x": c(la.solve_banded((l, u), ab, b)),
                              "xm": c(la.solve_banded((l, u), ab, bm))})
    for n, u in [(5, 1), (10, 3)]:
        for complex_ in [False, True]:
            a = spd(g, n, complex_)
            i, j = np.indices((n, n))
            a[np.abs(i - j) > u] = 0
            a += (u + 2) * np.eye(n)
            b = general(g, n, 2) + (1j * general(g, n, 2) if complex_ else 0)
            for lower in [False, True]:
                ab = np.zeros((u + 1, n), dtype=a.dtype)
                for jj in range(n):
                    for ii in range(max(0, jj - u), jj + 1):
                        if lower:
                            ab[jj - ii, ii] = a[jj, ii]
                        else:
                            ab[u + ii - jj, jj] = a[ii, jj]
                fx.case(f"solveh_banded n={n} u={u} complex={complex_} lower={lower}",
                        "scipy.linalg.solveh_banded",
                        args={"func": "solveh_banded", "ab": ab, "b": b, "lower": lower,
                              "complex": complex_},
                        expected={"x": c(la.solveh_banded(ab, b, lower=lower))})
    # Toeplitz and circulant matrices, given by their first column (and row).
    for n in [1, 4, 15]:
        for complex_ in [False, True]:
            cc = g.standard_normal(n) + (1j * g.standard_normal(n) if complex_ else 0)
            cc[0] += 3.0 * n  # diagonally dominant: every leading minor is nonsingular
            rr = g.standard_normal(n) + (1j * g.standard_normal(n) if complex_ else 0)
            rr[0] = cc[0]
            b = general(g, n, 2) + (1j * general(g, n, 2) if complex_ else 0)
            m = n + 2
            r_long = g.standard_normal(m) + (1j * g.standard_normal(m) if complex_ else 0)
            xm = general(g, m, 2) + (1j * general(g, m, 2) if complex_ else 0)
            fx.case(f"toeplitz n={n} complex={complex_}", "scipy.linalg.solve_toeplitz",
                    args={"func": "toeplitz", "c": cc, "r": rr, "b": b, "r_long": r_long, "xm": xm,
                          "complex": complex_},
                    expected={"x_cr": c(la.solve_toeplitz((cc, rr), b)),
                              "x_c": c(la.solve_toeplitz(cc, b[:, 0])),
                              "y_cr": c(la.matmul_toeplitz((cc, r_long), xm)),
                              "y_c": c(la.matmul_toeplitz(cc, xm[:n, 0]))})
            fx.case(f"circulant n={n} complex={complex_}", "scipy.linalg.solve_circulant",
                    args={"func": "circulant", "c": cc, "b": b, "complex": complex_},
                    expected={"x": c(la.solve_circulant(cc, b)),
                              "x_vector": c(la.solve_circulant(cc, b[:, 0]))})
    singular = np.array([1.0, 1.0, 1.0, 1.0])
    fx.case("circulant singular", "scipy.linalg.solve_circulant",
            args={"func": "circulant singular", "c": singular, "b": np.array([1.0, 2.0, 3.0, 4.0]),
                  "complex": False},
            expected={"x_lstsq": c(la.solve_circulant(singular, [1.0, 2.0, 3.0, 4.0], singular="lstsq"))})
    fx.write()
