"""Norms and numpy's extras (topic `norm`): scipy.linalg.norm for vectors (orders 1, 2, inf,
-inf, 0, 0.5, 3, -1) and matrices ('fro', 'nuc', 1, -1, 2, -2, inf, -inf) with axis and
keepdims, on real, complex and float32 input, empty included; numpy's matrix_rank (default and
tol), cond (every p), slogdet (real, complex, singular, beyond the float range) and
matrix_power (negative, zero and positive powers) on random, Hilbert, rank-deficient,
near-singular, 1x1 and empty matrices. Errors are recorded as "error": "value" (ValueError) or
"linalg" (LinAlgError). Results are stored as complex128 so the tests read one type.
"""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import cond1, general, hilbert, near_singular, rank_deficient, rng, c128

VECTOR_ORDS = [None, 1, 2, np.inf, -np.inf, 0, 0.5, 3, -1]
MATRIX_ORDS = [None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf]


def ord_arg(o):
    if o is None:
        return None
    if isinstance(o, str):
        return o
    return float(o)


def record(fx, name, call, args, f):
    try:
        out = f()
        expected = {"x": c128(out) if np.ndim(out) else complex(out), "shape": list(np.shape(out))}
    except np.linalg.LinAlgError:
        expected = {"error": "linalg"}
    except ValueError:
        expected = {"error": "value"}
    fx.case(name, call, args=args, expected=expected)


def generate():
    fx = Fixture("linalg", "norm")
    g = rng(7003)
    vectors = [("real 7", general(g, 7, 1)[:, 0]), ("complex 5", general(g, 5, 1, complex_=True)[:, 0]),
               ("with zeros", np.array([0.0, 3.0, 0.0, -4.0])), ("empty", np.zeros(0)),
               ("float32 6", general(g, 6, 1)[:, 0].astype(np.float32)),
               ("huge", np.array([1e300, 1e300])), ("tiny", np.array([3e-300, 4e-300]))]
    for label, v in vectors:
        for o in VECTOR_ORDS + ["fro"]:
            record(fx, f"norm vector {label} ord={o}", f"scipy.linalg.norm(ord={o})",
                   {"func": "norm", "a": v, "dtype": str(v.dtype), "ord": ord_arg(o)},
                   lambda: la.norm(v, o))
    mats = [("random 4x6", general(g, 4, 6)), ("complex 5x3", general(g, 5, 3, complex_=True)),
            ("hilbert 6", hilbert(6)), ("empty 0x0", np.zeros((0, 0))),
            ("empty 3x0", np.zeros((3, 0))), ("empty 0x3", np.zeros((0, 3))),
            ("1x1", np.array([[-2.0]])), ("float32 3x3", general(g, 3).astype(np.float32))]
    for label, a in mats:
        for o in MATRIX_ORDS + [3]:
            record(fx, f"norm matrix {label} ord={o}", f"scipy.linalg.norm(ord={o})",
                   {"func": "norm", "a": a, "dtype": str(a.dtype), "ord": ord_arg(o)},
                   lambda: la.norm(a, o))
        for keepdims in [False, True]:
            record(fx, f"norm matrix {label} keepdims={keepdims}", "scipy.linalg.norm(keepdims)",
                   {"func": "norm", "a": a, "dtype": str(a.dtype), "ord": None, "keepdims": keepdims},
                   lambda: la.norm(a, keepdims=keepdims))
    # Axes.
    a = general(g, 4, 6, complex_=True)
    t = general(g, 3, 4).reshape(3, 2, 2)
    for label, arr, axis, o, keep in [
            ("axis 0", a, [0], None, False), ("axis 1 inf", a, [1], np.inf, False),
            ("axis -1 ord 1 keepdims", a, [-1], 1, True), ("axis 0 ord 0", a, [0], 0, False),
            ("axes (0, 1) nuc", a, [0, 1], "nuc", False), ("axes (1, 0) ord 1", a, [1, 0], 1, False),
            ("axes (1, 0) inf keepdims", a, [1, 0], np.inf, True),
            ("axes (0, 1) -2", a, [0, 1], -2, False), ("3-D axis 1", t, [1], None, False),
            ("3-D axis 2 ord 3 keepdims", t, [2], 3, True), ("3-D no axis", t, None, None, False),
            ("3-D no axis keepdims", t, None, None, True), ("3-D ord no axis", t, None, 1, False),
            ("axis out of range", a, [2], None, False), ("duplicate axes", a, [1, 1], None, False),
            ("vector axis fro", a, [0], "fro", False)]:
        ax = None if axis is None else (axis[0] if len(axis) == 1 else tuple(axis))
        args = {"func": "norm", "a": arr, "dtype": str(arr.dtype), "ord": ord_arg(o), "keepdims": keep}
        if axis is not None:
            args["axis"] = axis
        record(fx, f"norm {label}", "scipy.linalg.norm(axis)", args,
               lambda: la.norm(arr, o, axis=ax, keepdims=keep))
    # numpy's extras.
    square = [("1x1", np.array([[2.5]])), ("zero 1x1", np.array([[0.0]])),
              ("empty", np.zeros((0, 0))), ("tutorial", np.array([[1.0, 2.0], [3.0, 4.0]])),
              ("random 6", general(g, 6)), ("complex 5", general(g, 5, complex_=True)),
              ("hilbert 8", hilbert(8)), ("rank deficient 6", rank_deficient(g, 6, 3)),
              ("near singular 6", near_singular(g, 6, 1e-10)),
              ("singular", np.array([[1.0, 2.0], [2.0, 4.0]])),
              ("float32 4", general(g, 4).astype(np.float32)),
              ("complex64 3", general(g, 3, complex_=True).astype(np.complex64))]
    rect = [("tall 7x3", general(g, 7, 3)), ("wide 3x7", general(g, 3, 7)),
            ("rank deficient tall 8x5", general(g, 8, 2) @ general(g, 2, 5)),
            ("empty 3x0", np.zeros((3, 0)))]
    for label, a in square + rect:
        cond = cond1(a.astype(np.complex128 if np.iscomplexobj(a) else np.float64)) \
            if a.shape[0] == a.shape[1] else 1.0
        base = {"a": a, "dtype": str(a.dtype), "cond1": cond}
        record(fx, f"matrix_rank {label}", "numpy.linalg.matrix_rank",
               {**base, "func": "matrix_rank"}, lambda: np.linalg.matrix_rank(a))
        record(fx, f"matrix_rank {label} tol=1e-8", "numpy.linalg.matrix_rank(tol=1e-8)",
               {**base, "func": "matrix_rank", "tol": 1e-8},
               lambda: np.linalg.matrix_rank(a, tol=1e-8))
        for p in [None, 2, -2, "fro", "nuc", 1, -1, np.inf, -np.inf]:
            record(fx, f"cond {label} p={p}", f"numpy.linalg.cond(p={p})",
                   {**base, "func": "cond", "ord": ord_arg(p)},
                   lambda: np.linalg.cond(a, p))
        if a.shape[0] == a.shape[1]:
            try:
                sign, logdet = np.linalg.slogdet(a)
                expected = {"sign": complex(sign), "logabsdet": float(logdet)}
            except np.linalg.LinAlgError:
                expected = {"error": "linalg"}
            fx.case(f"slogdet {label}", "numpy.linalg.slogdet", args={**base, "func": "slogdet"},
                    expected=expected)
            for k in [-3, -1, 0, 1, 2, 5]:
                record(fx, f"matrix_power {label} n={k}", f"numpy.linalg.matrix_power(n={k})",
                       {**base, "func": "matrix_power", "n": k},
                       lambda: np.linalg.matrix_power(a, k))
        else:
            fx.case(f"slogdet {label}", "numpy.linalg.slogdet", args={**base, "func": "slogdet"},
                    expected={"error": "linalg"})
    fx.write()
