"""Golden family `special_matrices` of sci-linalg: SciPy 1.17.1's special matrices and
structure helpers, written to `crates/sci-linalg/tests/data/special_matrices.json`.

Covers block_diag, circulant, companion, convolution_matrix (every mode), dft (every scale),
fiedler, fiedler_companion, hadamard, hankel, helmert (both `full`), hilbert, invhilbert (float
and exact), leslie, pascal and invpascal (every kind, float and exact), toeplitz, numpy's kron,
bandwidth, issymmetric, ishermitian (exact and with atol/rtol) and khatri_rao, on several sizes
including 1x1 and empty inputs where SciPy accepts them, and complex inputs.

Every case names its function in args["func"] and stores the result as expected["y"].
Exact integer results too large for int64 are stored as the high and low 64 bits of an i128
(expected["hi"], expected["lo"]). Inputs used by many cases are stored once, in a case named
"inputs FUNC", and referred to by name (args["input"]). Tolerances: 0 (bit-for-bit) where SciPy's construction is exact
(copies, one real product or quotient, integers); 1e-15 relative for complex products and
quotients; 1e-13 relative for closed forms computed along another route; dft 1e-13 relative
with a 1e-13 absolute floor.

Run: `.venv-golden/bin/python xtask/golden/linalg.py special_matrices`.
"""
import numpy as np
import scipy.linalg as sl

from golden import Fixture

# Closed forms computed along a different but exact-in-exact-arithmetic route: a few ulps.
RTOL_CLOSED = 1e-13
# dft: SciPy raises a rounded root of unity to integer powers, which loses a few ulps per
# multiplication (up to ~n ulps); the entries near zero need an absolute floor.
RTOL_DFT = 1e-13
# Complex products and quotients: numpy's complex multiply/divide round differently from
# num-complex's (e.g. Smith's division), by an ulp or two.
RTOL_COMPLEX = 1e-15
ATOL_DFT = 1e-13


def rng(seed):
    return np.random.default_rng(seed)


def cvec(r, n):
    return r.standard_normal(n) + 1j * r.standard_normal(n)


def generate():
    fx = Fixture("linalg", "special_matrices")
    r = rng(20261124)

    def case(func, name, call, args, y, rtol=0.0, atol=0.0, **extra):
        expected = {"y": y}
        expected.update(extra)
        fx.case(f"{func} {name}", call, args={"func": func, **args}, expected=expected, rtol=rtol, atol=atol)

    # toeplitz / hankel: real and complex c, r absent, shorter, longer, empty.
    vectors = {
        "empty": np.zeros(0),
        "n1": np.array([2.5]),
        "n3": r.standard_normal(3),
        "n6": r.standard_normal(6),
        "c4": cvec(r, 4),
        "c1": cvec(r, 1),
    }
    rows = {"none": None, "r1": r.standard_normal(1), "r4": r.standard_normal(4), "r7": r.standard_normal(7),
            "rc3": cvec(r, 3), "r0": np.zeros(0)}
    combos = [("empty", "none"), ("empty", "r4"), ("n1", "none"), ("n1", "r0"), ("n3", "none"),
              ("n3", "r1"), ("n3", "r7"), ("n6", "r4"), ("c4", "none"), ("c4", "rc3"), ("c1", "none"),
              ("c4", "r7")]
    for func in ("toeplitz", "hankel"):
        f = getattr(sl, func)
        for cname, rname in combos:
            c, rr = vectors[cname], rows[rname]
            cx = np.iscomplexobj(c) or (rr is not None and np.iscomplexobj(rr))
            args = {"c": c.astype(complex) if cx else c, "complex": cx}
            if rr is not None:
                args["r"] = rr.astype(complex) if cx else rr
            y = f(c) if rr is None else f(c, rr)
            case(func, f"c={cname} r={rname}", f"scipy.linalg.{func}(c{'' if rr is None else ', r'})", args, y)

    for cname in ("empty", "n1", "n3", "n6", "c4", "c1"):
        c = vectors[cname]
        case("circulant", cname, "scipy.linalg.circulant(c)", {"c": c, "complex": bool(np.iscomplexobj(c))},
             sl.circulant(c))

    # block_diag: blocks as a dict b0, b1, ... (s<k> for 0-D blocks).
    block_sets = {
        "none": [],
        "one 2x2": [r.standard_normal((2, 2))],
        "mixed shapes": [r.standard_normal((2, 3)), r.standard_normal((1, 1)), r.standard_normal((3, 2))],
        "rows": [np.array([1.0, 2.0]), np.array([3.0]), r.standard_normal((2, 2))],
        "empties": [np.zeros(0), np.array([[1.0, 2.0]]), np.zeros((1, 0)), np.zeros((0, 2)), np.zeros((2, 0))],
        "scalar": [np.float64(5.0), r.standard_normal((2, 2))],
        "only empty": [np.zeros(0)],
        "complex": [cvec(r, 2).reshape(1, 2), r.standard_normal((2, 2)).astype(complex), cvec(r, 4).reshape(2, 2)],
    }
    for name, blocks in block_sets.items():
        cx = any(np.iscomplexobj(b) for b in blocks)
        stored = {}
        for k, b in enumerate(blocks):
            b = np.asarray(b, dtype=complex if cx else float)
            stored[f"s{k}" if b.ndim == 0 else f"b{k}"] = b[()] if b.ndim == 0 else b
        y = sl.block_diag(*blocks)
        case("block_diag", name, "scipy.linalg.block_diag(*blocks)",
             {"blocks": stored, "count": len(blocks), "complex": cx}, y)

    # companion: leading coefficients other than 1 (one quotient per entry: exact).
    for name, a in {"n2": np.array([2.0, -3.0]), "n3": np.array([1.0, -10.0, 31.0]),
                    "n6": r.standard_normal(6), "c4": cvec(r, 4), "n9": r.standard_normal(9)}.items():
        cx = bool(np.iscomplexobj(a))
        case("companion", name, "scipy.linalg.companion(a)", {"a": a, "complex": cx},
             sl.companion(a), rtol=RTOL_COMPLEX if cx else 0.0)

    # convolution_matrix: every mode, kernel shorter and longer than n.
    kernels = {"m1": np.array([1.5]), "m3": r.standard_normal(3), "m6": r.standard_normal(6),
               "c3": cvec(r, 3)}
    fx.case("inputs convolution_matrix", "input kernels", args={"func": "inputs", **kernels})
    for kname, a in kernels.items():
        for n in (1, 2, 6):
            for mode in ("full", "same", "valid"):
                case("convolution_matrix", f"a={kname} n={n} mode={mode}",
                     "scipy.linalg.convolution_matrix(a, n, mode)",
                     {"input": kname, "n": n, "mode": mode, "complex": bool(np.iscomplexobj(a))},
                     sl.convolution_matrix(a, n, mode))

    for n in (0, 1, 2, 3, 5, 8, 12):
        for scale in (None, "sqrtn", "n"):
            case("dft", f"n={n} scale={scale}", "scipy.linalg.dft(n, scale)",
                 {"n": n, "scale": "none" if scale is None else scale}, sl.dft(n, scale),
                 rtol=RTOL_DFT, atol=ATOL_DFT)

    for name, a in {"n1": np.array([3.0]), "n4": np.array([1.0, 4.0, 12.0, 45.0]),
                    "n7": r.standard_normal(7)}.items():
        case("fiedler", name, "scipy.linalg.fiedler(a)", {"a": a}, sl.fiedler(a))

    for name, a in {"n2": np.array([2.0, 3.0]), "n3": np.array([2.0, 11.0, 12.0]),
                    "n4": np.array([1.0, 2.0, 3.0, 4.0]), "n5": r.standard_normal(5),
                    "n8": r.standard_normal(8), "n9": r.standard_normal(9)}.items():
        case("fiedler_companion", name, "scipy.linalg.fiedler_companion(a)", {"a": a},
             sl.fiedler_companion(a))

    for n in (1, 2, 4, 8, 16):
        case("hadamard", f"n={n}", "scipy.linalg.hadamard(n, dtype=float)", {"n": n},
             sl.hadamard(n, dtype=float))

    for n in (1, 2, 3, 6, 10):
        for full in (False, True):
            case("helmert", f"n={n} full={full}", "scipy.linalg.helmert(n, full)", {"n": n, "full": full},
                 sl.helmert(n, full=full), rtol=RTOL_CLOSED)

    for n in (0, 1, 3, 10):
        case("hilbert", f"n={n}", "scipy.linalg.hilbert(n)", {"n": n}, sl.hilbert(n))

    for n in (0, 1, 3, 8, 14, 20, 27, 30):
        # SciPy forms the float inverse from floating binomials; sci rounds the exact integer
        # (n <= 27) or multiplies correctly rounded binomials: a few ulps apart.
        case("invhilbert", f"n={n}", "scipy.linalg.invhilbert(n)", {"n": n}, sl.invhilbert(n),
             rtol=RTOL_CLOSED)
    for n in (0, 1, 4, 14, 15, 27):
        y = sl.invhilbert(n, exact=True)
        exact_case(fx, "invhilbert_exact", f"n={n}", "scipy.linalg.invhilbert(n, exact=True)", {"n": n}, y)

    for name, (f, s) in {"n2": ([1.0, 2.0], [0.5]), "n4": ([0.1, 2.0, 1.0, 0.1], [0.2, 0.8, 0.7]),
                         "n6": (r.random(6), r.random(5))}.items():
        case("leslie", name, "scipy.linalg.leslie(f, s)", {"f": np.array(f), "s": np.array(s)},
             sl.leslie(f, s))

    for kind in ("symmetric", "lower", "upper"):
        # int64/uint64 up to n = 34 (SciPy's limit); the symmetric matrix at its boundary.
        exact_sizes = (0, 1, 4, 10, 34) if kind == "symmetric" else (0, 1, 4, 10)
        for n in exact_sizes:
            exact_case(fx, "pascal_exact", f"n={n} kind={kind}", "scipy.linalg.pascal(n, kind, exact=True)",
                       {"n": n, "kind": kind}, sl.pascal(n, kind, exact=True))
            exact_case(fx, "invpascal_exact", f"n={n} kind={kind}", "scipy.linalg.invpascal(n, kind, exact=True)",
                       {"n": n, "kind": kind}, sl.invpascal(n, kind, exact=True))
        for n in ((0, 1, 5, 30) if kind == "symmetric" else (0, 1, 5, 20)):
            # SciPy's float symmetric matrix is L Lᵀ in floating point (exact while below
            # 2^53); sci rounds the exact binomial once.
            case("pascal", f"n={n} kind={kind}", "scipy.linalg.pascal(n, kind, exact=False)",
                 {"n": n, "kind": kind}, sl.pascal(n, kind, exact=False), rtol=RTOL_CLOSED)
        for n in (0, 1, 5, 12):
            # Small orders only: SciPy's float inverse is a floating product of two
            # alternating-sign triangles, which cancels badly beyond ~n = 15.
            case("invpascal", f"n={n} kind={kind}", "scipy.linalg.invpascal(n, kind, exact=False)",
                 {"n": n, "kind": kind}, sl.invpascal(n, kind, exact=False), rtol=RTOL_CLOSED)
    # Past int64 (SciPy returns Python integers) the exact inverse is checked by the exact
    # identity invpascal_exact(n) pascal_exact(n) = I in the property tests.

    # kron (numpy's; scipy.linalg.kron is gone in 1.17): one product per entry, exact.
    for name, (a, b) in {"2x3 by 3x2": (r.standard_normal((2, 3)), r.standard_normal((3, 2))),
                         "1x1 by 4x4": (r.standard_normal((1, 1)), r.standard_normal((4, 4))),
                         "0x2 by 2x3": (np.zeros((0, 2)), r.standard_normal((2, 3))),
                         "3x1 by 1x0": (r.standard_normal((3, 1)), np.zeros((1, 0))),
                         "complex": (cvec(r, 6).reshape(2, 3), cvec(r, 4).reshape(2, 2))}.items():
        cx = bool(np.iscomplexobj(a))
        case("kron", name, "numpy.kron(a, b)", {"a": a, "b": b, "complex": cx},
             np.kron(a, b), rtol=RTOL_COMPLEX if cx else 0.0)

    for name, (a, b) in {"2x3 4x3": (r.standard_normal((2, 3)), r.standard_normal((4, 3))),
                         "1x1 1x1": (r.standard_normal((1, 1)), r.standard_normal((1, 1))),
                         "2x0 4x0": (np.zeros((2, 0)), np.zeros((4, 0))),
                         "0x3 4x3": (np.zeros((0, 3)), r.standard_normal((4, 3))),
                         "complex": (cvec(r, 6).reshape(3, 2), cvec(r, 4).reshape(2, 2))}.items():
        case("khatri_rao", name, "scipy.linalg.khatri_rao(a, b)",
             {"a": a, "b": b, "complex": bool(np.iscomplexobj(a))}, sl.khatri_rao(a, b),
             rtol=RTOL_COMPLEX if np.iscomplexobj(a) else 0.0)

    structure(fx, r)
    fx.write()


def exact_case(fx, func, name, call, args, y):
    """An exact integer result: as an int64/uint64 array when numpy holds it, else (Python
    integers) as two arrays, the high and low 64 bits of the two's complement i128:
    value = hi * 2^64 + lo, with hi int64 and lo uint64."""
    expected = {"shape": list(np.shape(y))}
    if y.dtype == object:
        values = [int(v) for v in y.ravel()]
        assert all(-(2 ** 127) <= v < 2 ** 127 for v in values)
        expected["hi"] = np.array([v >> 64 for v in values], dtype=np.int64).reshape(y.shape)
        expected["lo"] = np.array([v & (2 ** 64 - 1) for v in values], dtype=np.uint64).reshape(y.shape)
    else:
        expected["y"] = y
    fx.case(f"{func} {name}", call, args={"func": func, **args}, expected=expected)


def banded(r, m, n, lower, upper, cx=False):
    a = r.standard_normal((m, n)) + (1j * r.standard_normal((m, n)) if cx else 0)
    i, j = np.indices((m, n))
    a[(i - j > lower) | (j - i > upper)] = 0
    return a


def structure(fx, r):
    def case(func, name, call, args, **expected):
        fx.case(f"{func} {name}", call, args={"func": func, **args}, expected=expected)

    mats = {
        "empty": np.zeros((0, 0)),
        "0x3": np.zeros((0, 3)),
        "zeros 3x3": np.zeros((3, 3)),
        "1x1": np.array([[2.0]]),
        "diag 4x4": np.diag(r.standard_normal(4)),
        "band 6x6 (2,1)": banded(r, 6, 6, 2, 1),
        "band 5x8 (0,3)": banded(r, 5, 8, 0, 3),
        "band 8x5 (4,0)": banded(r, 8, 5, 4, 0),
        "full 3x5": r.standard_normal((3, 5)),
        "corner 5x5": np.eye(5) + np.eye(5, k=-4),
        "nan off diagonal": np.array([[1.0, 0.0, np.nan], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]),
        "negative zero": np.array([[1.0, -0.0], [-0.0, 1.0]]),
        "complex band (1,2)": banded(r, 5, 5, 1, 2, cx=True),
        "tiny imaginary": np.array([[1j, 0], [1e-300j, 0]]),
    }
    for name, a in mats.items():
        lo, up = sl.bandwidth(a)
        case("bandwidth", name, "scipy.linalg.bandwidth(a)", {"a": a, "complex": bool(np.iscomplexobj(a))},
             lower=int(lo), upper=int(up))

    s = r.standard_normal((4, 4))
    sym = s + s.T
    h = cvec(r, 16).reshape(4, 4)
    herm = h + h.conj().T
    csym = h + h.T
    near = sym.copy()
    near[0, 3] += 1e-10
    skew = np.array([[0.0, -1.0], [1.0, 0.0]])
    mats = {
        "empty": np.zeros((0, 0)),
        "1x1": np.array([[3.0]]),
        "symmetric 4x4": sym,
        "general 4x4": s,
        "near symmetric": near,
        "nan diagonal": np.array([[np.nan, 1.0], [1.0, 0.0]]),
        "nan off diagonal": np.array([[0.0, np.nan], [np.nan, 0.0]]),
        "inf off diagonal": np.array([[0.0, np.inf], [np.inf, 0.0]]),
        "inf against -inf": np.array([[0.0, np.inf], [-np.inf, 0.0]]),
        "skew 2x2": skew,
        "asymmetric small": np.array([[0.0, -3e-5], [1e-5, 1.0]]),
        "hermitian 4x4": herm,
        "complex symmetric 4x4": csym,
        "complex diagonal": np.array([[1j, 2.0], [2.0, 1.0]]),
        "complex nan diagonal": np.array([[complex(np.nan, 0.0), 1.0], [1.0, 0.0]]),
        "near hermitian": herm + np.diag([0, 1e-10j, 0, 0]),
    }
    options = [("exact", {}), ("atol=1e-9", {"atol": 1e-9}), ("rtol=1e-9", {"rtol": 1e-9}),
               ("rtol=2", {"rtol": 2.0}), ("rtol=4", {"rtol": 4.0}), ("atol=-1", {"atol": -1.0}),
               ("atol=1e300", {"atol": 1e300}), ("atol=1e-12 rtol=1e-12", {"atol": 1e-12, "rtol": 1e-12})]
    keys = {name: f"m{k}" for k, name in enumerate(mats)}
    fx.case("inputs symmetry", "input matrices and options",
            args={"func": "inputs", **{keys[name]: a for name, a in mats.items()},
                  "options": [opts for _, opts in options], "option_names": [o for o, _ in options]})
    for func in ("issymmetric", "ishermitian"):
        f = getattr(sl, func)
        for name, a in mats.items():
            # expected["y"][k]: the result with options[k].
            case(func, name, f"[scipy.linalg.{func}(a, **o) for o in options]",
                 {"input": keys[name], "complex": bool(np.iscomplexobj(a))},
                 y=[bool(f(a, **opts)) for _, opts in options])
