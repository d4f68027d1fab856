"""Least squares and pseudo-inverses (topic `lstsq`): lstsq (vector and matrix right-hand sides,
`cond`, the residues rule), pinv (atol/rtol) and pinvh (lower/upper, atol/rtol) on square,
tall and wide matrices: random, Hilbert, rank-deficient, near-singular, 1x1 and empty, real,
complex and float32. Results are stored as complex128 so the tests read one type; each case
records `cond2`, the ratio of the largest to the smallest singular value kept, which the tests
scale their tolerance with.
"""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, near_singular, rank_deficient, rng, symmetric_indefinite, c128


def kept_cond(s, cut):
    kept = s[s > cut]
    return float(kept[0] / kept[-1]) if kept.size else 1.0


def matrices(g):
    return [("1x1", np.array([[2.5]])), ("zero 1x1", np.array([[0.0]])),
            ("empty 0x0", np.zeros((0, 0))), ("empty 3x0", np.zeros((3, 0))),
            ("empty 0x3", np.zeros((0, 3))),
            ("random 6", general(g, 6)), ("complex 6", general(g, 6, complex_=True)),
            ("tall 30x8", general(g, 30, 8)), ("wide 8x30", general(g, 8, 30)),
            ("complex tall 20x6", general(g, 20, 6, complex_=True)),
            ("complex wide 5x12", general(g, 5, 12, complex_=True)),
            ("hilbert 8", hilbert(8)), ("hilbert 12 tall", hilbert(16)[:, :12]),
            ("rank deficient 8", rank_deficient(g, 8, 3)),
            ("rank deficient tall 12x6", general(g, 12, 2) @ general(g, 2, 6)),
            ("near singular 8", near_singular(g, 8, 1e-10)),
            ("float32 tall 9x4", general(g, 9, 4).astype(np.float32)),
            ("complex64 tall 7x3", general(g, 7, 3, complex_=True).astype(np.complex64))]


def generate():
    fx = Fixture("linalg", "lstsq")
    g = rng(7002)
    for label, a in matrices(g):
        m, n = a.shape
        dtype = str(a.dtype)
        eps = np.finfo(a.dtype).eps
        s = la.svdvals(a) if a.size else np.zeros(0)
        smax = s[0] if s.size else 0.0
        for nrhs in [None, 3]:
            b = general(g, m, 1 if nrhs is None else nrhs)
            b = b[:, 0] if nrhs is None else b
            if np.iscomplexobj(a):
                b = b + 1j * general(g, *b.shape) if b.ndim == 2 else b + 1j * g.standard_normal(m)
            b = b.astype(a.dtype)
            for cond in [None, 1e-6]:
                x, res, rank, sv = la.lstsq(a, b, cond=cond)
                cut = (eps if cond is None else cond) * smax
                args = {"func": "lstsq", "a": a, "b": b, "dtype": dtype}
                if cond is not None:
                    args["cond"] = cond
                fx.case(f"lstsq {label} nrhs={nrhs} cond={cond}", "scipy.linalg.lstsq",
                        args=args,
                        expected={"x": c128(x), "residues": c128(np.atleast_1d(res)),
                                  "rank": int(rank), "s": c128(sv),
                                  "cond2": kept_cond(s, cut)})
        for atol, rtol in [(None, None), (0.0, 1e-6), (1e-3, None)]:
            p = la.pinv(a, atol=atol, rtol=rtol)
            cut = (atol or 0.0) + smax * (max(m, n) * eps if rtol is None else rtol)
            args = {"func": "pinv", "a": a, "dtype": dtype}
            if atol is not None:
                args["atol"] = atol
            if rtol is not None:
                args["rtol"] = rtol
            fx.case(f"pinv {label} atol={atol} rtol={rtol}", "scipy.linalg.pinv", args=args,
                    expected={"x": c128(p), "cond2": kept_cond(s, cut)})
    # pinvh: symmetric/Hermitian, indefinite, singular, both triangles (the other spoilt).
    herm = [("sym 6", symmetric_indefinite(g, 6)),
            ("herm 5", symmetric_indefinite(g, 5, complex_=True)),
            ("sym singular 7", (lambda r: r @ r.T)(general(g, 7, 3))),
            ("herm singular 6", (lambda r: r @ r.conj().T)(general(g, 6, 2, complex_=True))),
            ("hilbert 8", hilbert(8)), ("1x1", np.array([[-4.0]])), ("empty", np.zeros((0, 0))),
            ("float32 sym 5", symmetric_indefinite(g, 5).astype(np.float32))]
    for label, a in herm:
        n = a.shape[0]
        w = np.linalg.eigvalsh(a) if n else np.zeros(0)
        wmax = np.abs(w).max() if n else 0.0
        eps = np.finfo(a.dtype).eps
        for lower in [True, False]:
            spoilt = a.copy()
            if n > 1:
                spoilt[np.triu_indices(n, 1) if lower else np.tril_indices(n, -1)] = 99.0
            for atol, rtol in [(None, None), (0.0, 1e-6)]:
                p = la.pinvh(spoilt, atol=atol, rtol=rtol, lower=lower)
                cut = (atol or 0.0) + wmax * (n * eps if rtol is None else rtol)
                kept = np.abs(w)[np.abs(w) > cut]
                args = {"func": "pinvh", "a": spoilt, "dtype": str(a.dtype), "lower": lower}
                if atol is not None:
                    args["atol"] = atol
                    args["rtol"] = rtol
                fx.case(f"pinvh {label} lower={lower} atol={atol} rtol={rtol}",
                        "scipy.linalg.pinvh", args=args,
                        expected={"x": c128(p),
                                  "cond2": float(kept.max() / kept.min()) if kept.size else 1.0})
    fx.write()
