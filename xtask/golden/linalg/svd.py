"""The SVD family (topic `svd`): svd (full and thin), svdvals, diagsvd, polar (right and left),
null_space, orth and subspace_angles on square, tall and wide matrices: random, Hilbert,
rank-deficient, near-singular, 1x1 and empty, real, complex and float32.

Singular vectors are unique only up to a unit factor per pair, so the cases store what is
unique: the singular values, the polar factor P (and U when A has full rank), the orthogonal
projector Q Q^H of null_space/orth with the basis size, and the principal angles. Results are
stored as complex128 so the tests read one type.
"""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, near_singular, rank_deficient, rng, c128


def matrices(g):
    out = [("1x1", np.array([[2.5]])), ("zero 1x1", np.array([[0.0]])),
           ("empty 0x0", np.zeros((0, 0))), ("empty 3x0", np.zeros((3, 0))),
           ("empty 0x3", np.zeros((0, 3))), ("tutorial", np.array([[1.0, 2.0], [3.0, 4.0]]))]
    for n in [3, 7, 20]:
        out.append((f"random {n}", general(g, n)))
        out.append((f"complex {n}", general(g, n, complex_=True)))
    out += [("tall 30x8", general(g, 30, 8)), ("wide 8x30", general(g, 8, 30)),
            ("complex tall 20x6", general(g, 20, 6, complex_=True)),
            ("complex wide 5x12", general(g, 5, 12, complex_=True)),
            ("hilbert 8", hilbert(8)), ("hilbert 14", hilbert(14)),
            ("rank deficient 8", rank_deficient(g, 8, 3)),
            ("rank deficient tall 12x6", general(g, 12, 2) @ general(g, 2, 6)),
            ("near singular 8", near_singular(g, 8, 1e-10)),
            ("float32 6", general(g, 6).astype(np.float32)),
            ("float32 tall 9x4", general(g, 9, 4).astype(np.float32)),
            ("complex64 5", general(g, 5, complex_=True).astype(np.complex64))]
    return out


def projector(q):
    return c128(q @ q.conj().T)


def generate():
    fx = Fixture("linalg", "svd")
    g = rng(7001)
    for label, a in matrices(g):
        # One case per matrix with every function's result, so `a` is stored once.
        s = la.svdvals(a)
        full = la.svd(a)
        thin = la.svd(a, full_matrices=False)
        expected = {"s": c128(s), "s_full": c128(full[1]), "s_thin": c128(thin[1]),
                    "u_shape": list(full[0].shape), "vh_shape": list(full[2].shape),
                    "u_thin_shape": list(thin[0].shape), "vh_thin_shape": list(thin[2].shape)}
        rank = int(np.sum(s > (s[0] if s.size else 0) * max(a.shape) * np.finfo(a.dtype).eps))
        full_rank = rank == min(a.shape)
        expected["full_rank"] = full_rank
        for side in ["right", "left"]:
            u, p = la.polar(a, side=side)
            expected[f"polar_{side}_p"] = c128(p)
            if full_rank:
                expected[f"polar_{side}_u"] = c128(u)
        z = la.null_space(a)
        expected["null_space_ncols"] = z.shape[1]
        expected["null_space_projector"] = projector(z)
        q = la.orth(a)
        expected["orth_ncols"] = q.shape[1]
        expected["orth_projector"] = projector(q)
        fx.case(f"svd family {label}",
                "scipy.linalg.svd, svdvals, polar(side), null_space, orth",
                args={"a": a, "dtype": str(a.dtype), "func": "all"}, expected=expected)
    # rcond keywords.
    a = np.diag([1.0, 1e-4, 1e-9, 0.0])
    for rcond in [1e-3, 1e-6, 1e-12]:
        for func, f in [("null_space", la.null_space), ("orth", la.orth)]:
            q = f(a, rcond=rcond)
            fx.case(f"{func} rcond={rcond}", f"scipy.linalg.{func}(rcond={rcond})",
                    args={"a": a, "dtype": "float64", "func": func, "rcond": rcond},
                    expected={"ncols": q.shape[1], "projector": projector(q)})
    # diagsvd.
    for s, m, n in [([1.0, 2.0], 3, 2), ([1.0, 2.0, 3.0], 3, 5), ([4.0], 1, 1)]:
        fx.case(f"diagsvd {m}x{n}", "scipy.linalg.diagsvd",
                args={"func": "diagsvd", "s": np.array(s), "m": m, "n": n, "dtype": "float64"},
                expected={"x": c128(la.diagsvd(s, m, n))})
    # subspace_angles: random, nested, orthogonal, nearly parallel (tiny angles), complex.
    pairs = [("random 10: 4 vs 3", general(g, 10, 4), general(g, 10, 3)),
             ("random 10: 2 vs 5", general(g, 10, 2), general(g, 10, 5)),
             ("hadamard", la.hadamard(8)[:, :3].astype(float), la.hadamard(8)[:, 4:].astype(float))]
    x = general(g, 12, 3)
    pairs.append(("nearly parallel", x, x + 1e-9 * general(g, 12, 3)))
    pairs.append(("nested", x, np.hstack([x, general(g, 12, 2)])))
    pairs.append(("complex 9: 3 vs 3", general(g, 9, 3, complex_=True),
                  general(g, 9, 3, complex_=True)))
    for label, a, b in pairs:
        fx.case(f"subspace_angles {label}", "scipy.linalg.subspace_angles",
                args={"func": "subspace_angles", "a": a, "b": b, "dtype": str(a.dtype)},
                expected={"theta": c128(la.subspace_angles(a, b))})
    fx.write()
