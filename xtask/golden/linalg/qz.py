"""QZ and ordered QZ (topic `qz`): qz (real and complex output) and ordqz (each sort of 'lhp',
'rhp', 'iuc', 'ouc', real and complex output) on random pencils, a Hilbert A, singular and
near-singular B (infinite and huge eigenvalues), rank-deficient pairs, complex pencils, 1x1
and 2x2.

The factors are unique only up to the order of the eigenvalues and unitary transformations
within blocks, so the cases store what is unique: the generalized eigenvalues as SciPy's
complex QZ gives them (alpha and beta, complex128), a tolerance for them in the chordal metric
from their condition numbers, and, for each sort, the number of eigenvalues SciPy's ordqz
puts first (its `sdim`, counted on SciPy's reordered output; -1 when an eigenvalue lies so
close to the sort's boundary that rounding decides).
"""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, near_singular, rank_deficient, rng

SORTS = ["lhp", "rhp", "iuc", "ouc"]
PREDICATES = {
    "lhp": lambda a, b: b != 0 and (a / b).real < 0,
    "rhp": lambda a, b: b != 0 and (a / b).real > 0,
    "iuc": lambda a, b: b != 0 and abs(a / b) < 1,
    "ouc": lambda a, b: (a != 0 and b == 0) or (b != 0 and abs(a / b) > 1),
}


def chordal_tol(a, b):
    """n eps times the largest chordal condition number of the pencil's eigenvalues,
    ||(A, B)||_F ||x|| ||y|| / sqrt(|y^H A x|^2 + |y^H B x|^2), capped at 1e-4 (multiple
    eigenvalues), floored at 1e-12."""
    n = a.shape[0]
    eps = np.finfo(float).eps
    w, vl, vr = la.eig(a, b, left=True, right=True, homogeneous_eigvals=True)
    norm = np.sqrt(np.linalg.norm(a) ** 2 + np.linalg.norm(b) ** 2)
    kappa = 1.0
    for j in range(n):
        x, y = vr[:, j], vl[:, j]
        den = np.hypot(abs(y.conj() @ a @ x), abs(y.conj() @ b @ x))
        kappa = max(kappa, norm * np.linalg.norm(x) * np.linalg.norm(y) / max(den, 1e-300))
    return float(min(1e-4, max(1e-12, 16.0 * n * eps * kappa)))


def selected_count(alpha, beta, sort, real):
    """SciPy's sdim: how many eigenvalues of the reordered output satisfy the sort, counted
    as LAPACK does (a selected complex pair of the real form counts twice)."""
    p = PREDICATES[sort]
    return int(sum(bool(p(x, y)) for x, y in zip(alpha, beta)))


def ambiguous(alpha, beta, sort, tol):
    """Whether an eigenvalue lies within the tolerance of the sort's boundary (the imaginary
    axis, or the unit circle), so that rounding decides whether it is selected."""
    for x, y in zip(alpha, beta):
        chord = np.hypot(abs(x), abs(y))
        if chord == 0:
            continue
        x, y = x / chord, y / chord
        if sort in ("lhp", "rhp"):
            # chordal distance to the imaginary axis (and to infinity, which is on it)
            if abs((x * np.conj(y)).real) <= 4 * tol or abs(y) <= 4 * tol:
                return True
        elif abs(abs(x) - abs(y)) <= 4 * tol:
            return True
    return False


def generate():
    fx = Fixture("linalg", "qz")
    g = rng(7301)
    pencils = []
    for n in [1, 2, 5, 12, 30]:
        pencils.append((f"random n={n}", general(g, n), general(g, n)))
    pencils.append(("hilbert A n=6", hilbert(6), general(g, 6)))
    b = general(g, 6)
    b[:, 2] = 0.0
    b[3, :] = 0.0
    pencils.append(("singular B n=6", general(g, 6), b))
    pencils.append(("upper triangular singular B n=4", np.triu(general(g, 4)),
                    np.triu(general(g, 4)) @ np.diag([1.0, 0.0, 1.0, 0.0])))
    pencils.append(("near-singular B n=8", general(g, 8), near_singular(g, 8, 1e-10)))
    pencils.append(("rank-deficient A n=7", rank_deficient(g, 7, 3), general(g, 7)))
    pencils.append(("identity B rotation n=4", np.kron(np.eye(2), np.array([[0.0, -1.0], [1.0, 0.0]]))
                    + 0.5 * np.eye(4), np.eye(4)))
    pencils.append(("scipy example n=4", np.array([[2, 5, 8, 7], [5, 2, 2, 8], [7, 5, 6, 6], [5, 4, 4, 8]], float),
                    np.array([[0, 6, 0, 0], [5, 0, 2, 1], [5, 2, 6, 6], [4, 7, 7, 7]], float)))
    for n in [1, 3, 10, 25]:
        pencils.append((f"complex n={n}", general(g, n, complex_=True), general(g, n, complex_=True)))
    for name, a, b in pencils:
        complex_ = np.iscomplexobj(a) or np.iscomplexobj(b)
        aa, bb, alpha, beta, q, z = la.ordqz(a, b, sort=lambda x, y: np.zeros(len(x), bool),
                                             output="complex")
        expected = {"alpha": np.asarray(alpha, np.complex128), "beta": np.asarray(beta, np.complex128),
                    "chordal_tol": chordal_tol(a, b)}
        for sort in SORTS:
            outputs = ["complex"] if complex_ else ["real", "complex"]
            for output in outputs:
                aa, bb, al, be, q, z = la.ordqz(a, b, sort=sort, output=output)
                sdim = selected_count(al, be, sort, output == "real")
                if ambiguous(alpha, beta, sort, expected["chordal_tol"]):
                    sdim = -1
                expected[f"sdim_{sort}_{output}"] = sdim
        fx.case(f"qz {name}", "scipy.linalg.qz / ordqz",
                args={"a": np.asarray(a, np.complex128), "b": np.asarray(b, np.complex128),
                      "complex": complex_},
                expected=expected)
    fx.write()
