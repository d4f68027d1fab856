"""cholesky (upper and lower; real, complex and float32; the unread triangle spoilt), the
not-positive-definite error with the order of the failing minor, cho_factor/cho_solve, and
cholesky_banded/cho_solve_banded in both storage forms, and ldl (symmetric indefinite,
Hermitian and complex symmetric; both triangles)."""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, rng, spd, c128 as c, to_band


def generate():
    fx = Fixture("linalg", "cholesky")
    g = rng(5003)
    for n in [1, 5, 30]:
        for complex_ in [False, True]:
            a = spd(g, n, complex_)
            for lower in [False, True]:
                spoilt = a.copy()
                idx = np.triu_indices(n, 1) if lower else np.tril_indices(n, -1)
                spoilt[idx] = 77.0
                cf, _ = la.cho_factor(spoilt, lower=lower)
                b = general(g, n, 2) + (1j * general(g, n, 2) if complex_ else 0)
                fx.case(f"cholesky n={n} complex={complex_} lower={lower}", "scipy.linalg.cholesky",
                        args={"a": spoilt, "lower": lower, "complex": complex_, "b": b},
                        expected={"c": c(la.cholesky(spoilt, lower=lower)), "cho_factor": c(cf),
                                  "x": c(la.cho_solve((cf, lower), b))})
    a = spd(g, 12).astype(np.float32)
    fx.case("cholesky f32", "scipy.linalg.cholesky", args={"a": a, "lower": False, "complex": False},
            expected={"c": c(la.cholesky(a))})
    for label, a in [("indefinite", np.array([[1.0, 2.0], [2.0, 1.0]])),
                     ("semidefinite 4", np.ones((4, 4))),
                     ("negative diagonal", np.diag([1.0, 2.0, -3.0, 4.0]))]:
        try:
            la.cholesky(a)
            order = 0
        except np.linalg.LinAlgError as e:
            order = int(str(e).split("-th")[0])
        fx.case(f"not positive definite {label}", "scipy.linalg.cholesky", args={"a": a},
                expected={"order": order})
    for n, u in [(6, 1), (9, 2), (15, 4)]:
        for complex_ in [False, True]:
            a = spd(g, n, complex_)
            i, j = np.indices((n, n))
            a[np.abs(i - j) > u] = 0
            a += (u + 2) * np.eye(n)
            for lower in [False, True]:
                ab = to_band(a, u, lower)
                cb = la.cholesky_banded(ab, lower=lower)
                b = general(g, n, 1)[:, 0] + (1j * g.standard_normal(n) if complex_ else 0)
                fx.case(f"cholesky_banded n={n} u={u} complex={complex_} lower={lower}",
                        "scipy.linalg.cholesky_banded",
                        args={"ab": ab, "lower": lower, "complex": complex_, "b": b},
                        expected={"cb": c(cb), "x": c(la.cho_solve_banded((cb, lower), b))})
    # ldl: symmetric indefinite, Hermitian and complex symmetric, both triangles.
    for n in [1, 4, 9, 25]:
        for kind in ["real", "hermitian", "complex symmetric"]:
            a = general(g, n, complex_=kind != "real")
            a = a + (a.conj().T if kind == "hermitian" else a.T)
            hermitian = kind != "complex symmetric"
            for lower in [True, False]:
                lu_, d, perm = la.ldl(a, lower=lower, hermitian=hermitian)
                fx.case(f"ldl n={n} {kind} lower={lower}", "scipy.linalg.ldl",
                        args={"a": a, "lower": lower, "hermitian": hermitian, "complex": kind != "real"},
                        expected={"lu": c(lu_), "d": c(d), "perm": perm.astype(np.int64)})
    fx.write()
