"""Hessenberg and Schur decompositions (topic `schur`): hessenberg (with Q), schur (real and
complex output, and each `sort` of 'lhp', 'rhp', 'iuc', 'ouc'), rsf2csf and cdf2rdf on random,
Hilbert, rank-deficient, near-singular, 1x1, 2x2 and empty matrices, real and complex (and
float32 for the generic hessenberg).

The decompositions are unique only up to the order of the eigenvalues and unitary similarity
within blocks, so the cases store what is unique: the eigenvalues of the input (as SciPy's
Schur form gives them), an absolute tolerance for them from their condition numbers, `sdim`
for each sort, and for hessenberg the moduli |H| (unique for an unreduced H with Q e1 = e1, as
both LAPACK's and faer's reductions give it), compared only on well-conditioned inputs.
cdf2rdf is deterministic and stored whole. Results are stored as complex128.
"""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, near_singular, rank_deficient, rng, c128

SORTS = ["lhp", "rhp", "iuc", "ouc"]


def eigenvalues_of_real_schur(t):
    """The eigenvalues of a real quasi-triangular T, read off its 1x1 and 2x2 blocks."""
    n = t.shape[0]
    out, j = [], 0
    while j < n:
        if j + 1 < n and t[j + 1, j] != 0:
            out.extend(la.eigvals(t[j:j + 2, j:j + 2]))
            j += 2
        else:
            out.append(t[j, j])
            j += 1
    return np.array(out, dtype=np.complex128)


def eig_atol(a, eps):
    """An absolute tolerance for the computed eigenvalues: n eps ||A|| times the largest
    eigenvalue condition number 1/|y^H x|, capped at sqrt(eps) ||A|| (multiple eigenvalues)."""
    n = a.shape[0]
    if n == 0:
        return 0.0
    norm = max(np.linalg.norm(a), 1e-300)
    w, vl, vr = la.eig(a, left=True, right=True)
    den = np.abs(np.sum(vl.conj() * vr, axis=0))
    kappa = np.max(1.0 / np.maximum(den, 1e-300))
    return float(norm * min(np.sqrt(eps), max(1e-13, 8.0 * n * eps * kappa)))


def matrices(g):
    out = [("1x1", np.array([[2.5]])), ("zero 1x1", np.array([[0.0]])),
           ("empty", np.zeros((0, 0))), ("2x2 complex pair", np.array([[1.0, 2.0], [-3.0, 1.5]])),
           ("2x2 real", np.array([[1.0, 2.0], [3.0, 4.0]])),
           ("rotation", np.array([[0.0, -1.0], [1.0, 0.0]]))]
    for n in [3, 6, 12, 25]:
        out.append((f"random {n}", general(g, n)))
        out.append((f"complex {n}", general(g, n, complex_=True)))
    out += [("hilbert 8", hilbert(8)), ("rank deficient 8", rank_deficient(g, 8, 3)),
            ("near singular 8", near_singular(g, 8, 1e-10)),
            ("jordan-like 6", np.triu(np.ones((6, 6))) + np.diag(np.ones(5), -1) * 1e-3),
            ("companion 7", la.companion(g.standard_normal(8))),
            ("permutation 5", np.eye(5)[[1, 2, 3, 4, 0]]),
            ("complex 1x1", np.array([[1.0 - 2.0j]])),
            ("complex empty", np.zeros((0, 0), dtype=complex)),
            ("float32 6", general(g, 6).astype(np.float32)),
            ("complex64 5", general(g, 5, complex_=True).astype(np.complex64))]
    return out


def generate():
    fx = Fixture("linalg", "schur")
    g = rng(7401)
    for label, a in matrices(g):
        n = a.shape[0]
        eps = np.finfo(a.dtype).eps
        single = a.dtype in (np.float32, np.complex64)
        h, q = la.hessenberg(a, calc_q=True)
        # |H| is unique only when H is unreduced and well separated from reduced matrices.
        compare_abs_h = label.startswith(("random", "complex ", "float32", "complex64", "2x2"))
        expected = {"abs_h": c128(np.abs(h)), "compare_abs_h": compare_abs_h}
        if not single:
            ad = a.astype(np.complex128)
            expected["eig_atol"] = eig_atol(ad, eps)
            if np.isrealobj(a):
                t, z = la.schur(a)
                expected["eigenvalues"] = eigenvalues_of_real_schur(t)
                tc, zc = la.rsf2csf(t, z)
                expected["rsf2csf_t_diag"] = c128(np.diag(tc))
            else:
                t, z = la.schur(a)
                expected["eigenvalues"] = c128(np.diag(t))
            tc, zc = la.schur(a, output="complex")
            expected["eigenvalues_complex"] = c128(np.diag(tc))
            for sort in SORTS:
                if np.isrealobj(a):
                    _, _, sdim = la.schur(a, sort=sort)
                    expected[f"sdim_real_{sort}"] = int(sdim)
                _, _, sdim = la.schur(a, output="complex", sort=sort)
                expected[f"sdim_complex_{sort}"] = int(sdim)
        fx.case(f"schur family {label}",
                "scipy.linalg.hessenberg, schur (real, complex, sorted), rsf2csf",
                args={"a": a, "dtype": str(a.dtype)}, expected=expected)
    # cdf2rdf of eig's output for real matrices with complex pairs.
    for label, a in [("random 6", general(g, 6)), ("random 9", general(g, 9)),
                     ("rotation", np.array([[0.0, -1.0], [1.0, 0.0]])),
                     ("real eigenvalues", np.array([[2.0, 1.0], [0.0, 3.0]]))]:
        w, v = la.eig(a)
        wr, vr = la.cdf2rdf(w, v)
        fx.case(f"cdf2rdf {label}", "scipy.linalg.cdf2rdf(*scipy.linalg.eig(a))",
                args={"a": a, "w": c128(w), "v": c128(v)},
                expected={"wr": c128(wr), "vr": c128(vr)})
    fx.write()
