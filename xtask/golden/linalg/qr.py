"""The QR family (topic `qr`): qr (full, economic, r, pivoting), qr_multiply (right mode), rq
(full, economic) and the updates qr_update (full and economic) / qr_insert / qr_delete on square, tall and wide
matrices: random, Hilbert, rank-deficient, near-singular, 1x1 and empty, real, complex,
float32 and complex64.

QR is unique only up to the signs (phases) of R's diagonal, so the cases store what is
unique: the shapes, the entry moduli |R| (rows scaled by unit factors leave them unchanged),
the numerical rank and the 2-norm condition number of the leading `rank` columns (so the test
compares only the rows of R that the input determines), the pivoting permutation, |R| of rq
(columns scaled by unit factors), and |C Q| of qr_multiply (columns scaled likewise). Results
are stored as complex128 so the tests read one type.
"""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, near_singular, rank_deficient, rng, c128


def matrices(g):
    out = [("1x1", np.array([[2.5]])), ("zero 1x1", np.array([[0.0]])),
           ("empty 0x0", np.zeros((0, 0))), ("empty 3x0", np.zeros((3, 0))),
           ("empty 0x3", np.zeros((0, 3))), ("tutorial", np.array([[1.0, 2.0], [3.0, 4.0]]))]
    for n in [3, 7, 16]:
        out.append((f"random {n}", general(g, n)))
        out.append((f"complex {n}", general(g, n, complex_=True)))
    out += [("tall 20x6", general(g, 20, 6)), ("wide 6x20", general(g, 6, 20)),
            ("complex tall 12x5", general(g, 12, 5, complex_=True)),
            ("complex wide 4x10", general(g, 4, 10, complex_=True)),
            ("hilbert 8", hilbert(8)), ("hilbert 12", hilbert(12)),
            ("rank deficient 8", rank_deficient(g, 8, 3)),
            ("rank deficient tall 10x6", general(g, 10, 2) @ general(g, 2, 6)),
            ("near singular 8", near_singular(g, 8, 1e-10)),
            ("float32 6", general(g, 6).astype(np.float32)),
            ("float32 tall 9x4", general(g, 9, 4).astype(np.float32)),
            ("complex64 5", general(g, 5, complex_=True).astype(np.complex64))]
    return out


def leading(a):
    """The numerical rank of `a` and the 2-norm condition number of its first `rank` columns
    (the rows of R they determine)."""
    if a.size == 0:
        return 0, 1.0
    s = la.svdvals(a.astype(np.complex128))
    eps = np.finfo(a.dtype).eps
    rank = int(np.sum(s > s[0] * max(a.shape) * eps)) if s[0] > 0 else 0
    if rank == 0:
        return 0, 1.0
    # Without pivoting the leading columns need not be independent even at full rank.
    sl = la.svdvals(a[:, :rank].astype(np.complex128))
    cond = float(sl[0] / sl[-1]) if sl[-1] > 0 else float("inf")
    return rank, cond


def generate():
    fx = Fixture("linalg", "qr")
    g = rng(7101)
    for label, a in matrices(g):
        m, n = a.shape
        q, r = la.qr(a)
        qe, re = la.qr(a, mode="economic")
        rr = la.qr(a, mode="r")[0]
        qp, rp, p = la.qr(a, pivoting=True)
        rank, cond = leading(a)
        rank_p, cond_p = leading(a[:, p]) if a.size else (0, 1.0)
        c = general(g, 3, m).astype(a.dtype) if m else np.zeros((3, 0), dtype=a.dtype)
        if n:
            cq, rm = la.qr_multiply(a, c)
        else:
            # SciPy 1.17.1 raises on an M x 0 `a` in right mode (an internal size check);
            # the product with an empty Q is the empty 3 x 0 matrix.
            cq, rm = np.zeros((3, 0), dtype=a.dtype), np.zeros((0, 0), dtype=a.dtype)
        r_rq, q_rq = la.rq(a)
        r_rqe, q_rqe = la.rq(a, mode="economic")
        # rq's R is determined column-wise from the right: A Qᴴ = R; full rank suffices.
        full_rank = rank == min(m, n)
        s = la.svdvals(a.astype(np.complex128)) if a.size else np.zeros(0)
        cond2 = float(s[0] / s[-1]) if s.size and s[-1] > 0 else float("inf")
        expected = {"q_shape": list(q.shape), "r_shape": list(r.shape),
                    "q_econ_shape": list(qe.shape), "r_econ_shape": list(re.shape),
                    "r_only_shape": list(rr.shape), "abs_r": c128(np.abs(r)),
                    "rank": rank, "cond": cond if np.isfinite(cond) else 1e300,
                    "rank_p": rank_p, "cond_p": cond_p if np.isfinite(cond_p) else 1e300,
                    "p": [int(x) for x in p], "abs_r_p": c128(np.abs(rp)),
                    "abs_cq": c128(np.abs(cq)), "cq_shape": list(cq.shape),
                    "rm_shape": list(rm.shape), "full_rank": full_rank,
                    "cond2": cond2 if np.isfinite(cond2) else 1e300,
                    "rq_r_shape": list(r_rq.shape), "rq_q_shape": list(q_rq.shape),
                    "rq_r_econ_shape": list(r_rqe.shape), "rq_q_econ_shape": list(q_rqe.shape),
                    "abs_rq_r": c128(np.abs(r_rq))}
        fx.case(f"qr family {label}", "scipy.linalg.qr (modes, pivoting), qr_multiply, rq",
                args={"a": a, "c": c, "dtype": str(a.dtype)}, expected=expected)
    # Updates of full decompositions: the moduli of the updated R (well-conditioned inputs).
    for label, a in [("square 6", general(g, 6)), ("tall 9x5", general(g, 9, 5)),
                     ("wide 4x7", general(g, 4, 7)),
                     ("complex 5", general(g, 5, complex_=True))]:
        m, n = a.shape
        cplx = np.iscomplexobj(a)
        q, r = la.qr(a)
        u = general(g, m, complex_=cplx)[:, 0]
        v = general(g, n, complex_=cplx)[:, 0]
        q1, r1 = la.qr_update(q, r, u, v)
        uk = general(g, m, 2, complex_=cplx)
        vk = general(g, n, 2, complex_=cplx)
        q2, r2 = la.qr_update(q, r, uk, vk)
        row = general(g, n, complex_=cplx)[:, 0]
        q3, r3 = la.qr_insert(q, r, row, 2, which="row")
        col = general(g, m, complex_=cplx)[:, 0]
        q4, r4 = la.qr_insert(q, r, col, 1, which="col")
        q5, r5 = la.qr_delete(q, r, 1, 2, which="row")
        q6, r6 = la.qr_delete(q, r, 0, 1, which="col")
        expected = {"update": c128(np.abs(r1)), "update_k": c128(np.abs(r2)),
                    "insert_row": c128(np.abs(r3)), "insert_col": c128(np.abs(r4)),
                    "delete_rows": c128(np.abs(r5)), "delete_col": c128(np.abs(r6))}
        if m > n:
            qe, re = la.qr(a, mode="economic")
            expected["update_econ"] = c128(np.abs(la.qr_update(qe, re, uk, vk)[1]))
        fx.case(f"qr updates {label}", "scipy.linalg.qr_update, qr_insert, qr_delete",
                args={"a": a, "u": u, "v": v, "uk": uk, "vk": vk, "row": row, "col": col,
                      "dtype": str(a.dtype)},
                expected=expected)
    # Stacked input (SciPy 1.17's batch support): shapes and |R| of every matrix.
    for label, a in [("stack 2x3 of 4x3", g.standard_normal((2, 3, 4, 3))),
                     ("complex stack 2 of 3x5", general(g, 6, 5, complex_=True).reshape(2, 3, 5))]:
        q, r = la.qr(a)
        qe, re = la.qr(a, mode="economic")
        fx.case(f"qr {label}", "scipy.linalg.qr on stacked input",
                args={"a": a, "dtype": str(a.dtype)},
                expected={"q_shape": list(q.shape), "r_shape": list(r.shape),
                          "q_econ_shape": list(qe.shape), "r_econ_shape": list(re.shape),
                          "abs_r": c128(np.abs(r))})
    fx.write()
