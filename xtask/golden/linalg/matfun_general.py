"""General matrix functions: funm (exp, sin, cos, sqrt, log, square on random, symmetric,
SPD, complex and triangular input, with SciPy's dtype rule and error estimate), signm (the
Parlett path and the Newton path for defective input, eigenvalues on the imaginary axis),
cosm/sinm/tanm/coshm/sinhm/tanhm (real, complex, symmetric, nilpotent, 1x1, empty, float32),
expm_frechet (both methods; norms that select every Pade degree and scaling) and expm_cond.
Matrix results are stored as complex128 with a flag saying whether SciPy returned a real
array."""
import warnings

import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, rng, spd, symmetric_indefinite

FUNCS = {"exp": np.exp, "sin": np.sin, "cos": np.cos, "sqrt": np.sqrt, "log": np.log,
         "square": lambda z: z * z}


def with_distinct_spectrum(g, n, complex_=False):
    """A random matrix (its eigenvalues are distinct with probability one)."""
    return general(g, n, complex_=complex_) / np.sqrt(n)


def record(fx, name, call, args, out):
    out = np.asarray(out)
    fx.case(name, call, args=args,
            expected={"x": np.asarray(out, dtype=np.complex128), "real": not np.iscomplexobj(out)})


def funm_cases(fx, g):
    inputs = [
        ("random 5", with_distinct_spectrum(g, 5), ["exp", "sin", "cos", "square"]),
        ("random 8", with_distinct_spectrum(g, 8), ["exp", "sqrt"]),
        ("complex 4", with_distinct_spectrum(g, 4, True), ["exp", "sqrt", "log"]),
        ("spd 6", spd(g, 6), ["sqrt", "log", "exp"]),
        ("hermitian pd 4", spd(g, 4, complex_=True), ["sqrt", "exp"]),
        ("symmetric indefinite 5", symmetric_indefinite(g, 5), ["exp", "sqrt"]),
        ("rotation", np.array([[0.0, -2.0], [2.0, 0.0]]), ["exp", "sqrt"]),
        ("scipy example", np.array([[1.0, 3.0], [1.0, 4.0]]), ["square"]),
        ("triangular 4", np.triu(general(g, 4)) + np.diag([1.0, 2.0, 3.0, 4.0]), ["exp", "log"]),
        ("hilbert 5", hilbert(5), ["sqrt", "exp"]),
        ("close eigenvalues", np.array([[1.0, 1.0], [0.0, 1.0 + 1e-10]]), ["exp"]),
        ("1x1", np.array([[0.7]]), ["exp", "sqrt"]),
        ("1x1 negative", np.array([[-4.0]]), ["sqrt"]),
        ("float32 random 4", with_distinct_spectrum(g, 4).astype(np.float32), ["exp"]),
        ("float32 spd 4", spd(g, 4).astype(np.float32), ["sqrt"]),
    ]
    for label, a, funcs in inputs:
        for f in funcs:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                out, err = la.funm(a, FUNCS[f], disp=False)
            fx.case(f"funm {f} {label}", "scipy.linalg.funm(a, func, disp=False)",
                    args={"a": a, "func": f, "dtype": str(a.dtype)},
                    expected={"x": np.asarray(out, dtype=np.complex128),
                              "real": not np.iscomplexobj(out), "errest": float(err)})


def signm_cases(fx, g):
    inputs = [
        ("random 5", with_distinct_spectrum(g, 5)),
        ("random 9", with_distinct_spectrum(g, 9)),
        ("complex 4", with_distinct_spectrum(g, 4, True)),
        ("spd 5", spd(g, 5)),
        ("symmetric indefinite 6", symmetric_indefinite(g, 6)),
        ("triangular", np.array([[2.0, 1.0, 4.0], [0.0, -3.0, 1.0], [0.0, 0.0, 0.5]])),
        ("rotation", np.array([[0.0, -1.0], [1.0, 0.0]])),
        ("jordan 2", np.array([[1.0, 1.0], [0.0, 1.0]])),
        ("nilpotent 2", np.array([[0.0, 1.0], [0.0, 0.0]])),
        ("jordan 3", np.array([[-2.0, 1.0, 0.0], [0.0, -2.0, 1.0], [0.0, 0.0, -2.0]])),
        ("hilbert 4", hilbert(4)),
        ("1x1", np.array([[-0.3]])),
        ("float32 random 4", with_distinct_spectrum(g, 4).astype(np.float32)),
    ]
    for label, a in inputs:
        record(fx, f"signm {label}", "scipy.linalg.signm(a)",
               {"a": a, "dtype": str(a.dtype)}, la.signm(a))


def trig_cases(fx, g):
    inputs = [
        ("random 5", with_distinct_spectrum(g, 5)),
        ("random 12 large", general(g, 12) * 0.8),
        ("complex 4", with_distinct_spectrum(g, 4, True)),
        ("symmetric 5", symmetric_indefinite(g, 5) / 3.0),
        ("nilpotent 4", np.triu(np.ones((4, 4)), 1)),
        ("triangular 3", np.triu(general(g, 3))),
        ("hilbert 5", hilbert(5)),
        ("1x1", np.array([[0.4]])),
        ("complex 1x1", np.array([[0.3 - 0.8j]])),
        ("empty", np.zeros((0, 0))),
        ("float32 random 4", with_distinct_spectrum(g, 4).astype(np.float32)),
    ]
    for label, a in inputs:
        for f in ["cosm", "sinm", "tanm", "coshm", "sinhm", "tanhm"]:
            record(fx, f"{f} {label}", f"scipy.linalg.{f}(a)",
                   {"a": a, "func": f, "dtype": str(a.dtype)}, getattr(la, f)(a))


def frechet_cases(fx, g):
    inputs = []
    # 1-norms that select the degrees 3, 5, 7, 9 and 13 (with and without scaling).
    for norm in [5e-3, 0.1, 0.6, 1.5, 4.0, 30.0]:
        a = general(g, 5)
        inputs.append((f"random norm {norm}", a * norm / np.abs(a).sum(axis=0).max(),
                       general(g, 5)))
    a = general(g, 4, complex_=True)
    inputs.append(("complex", a * 3.0 / np.abs(a).sum(axis=0).max(), general(g, 4, complex_=True)))
    inputs.append(("complex small", a * 0.05 / np.abs(a).sum(axis=0).max(),
                   general(g, 4, complex_=True)))
    inputs.append(("symmetric", symmetric_indefinite(g, 6) / 2.0, general(g, 6)))
    inputs.append(("nilpotent", np.triu(np.ones((4, 4)), 1), general(g, 4)))
    inputs.append(("1x1", np.array([[1.3]]), np.array([[0.7]])))
    inputs.append(("empty", np.zeros((0, 0)), np.zeros((0, 0))))
    for label, a, e in inputs:
        for method in ["SPS", "blockEnlarge"]:
            x, l = la.expm_frechet(a, e, method=method)
            fx.case(f"expm_frechet {method} {label}", "scipy.linalg.expm_frechet(a, e, method)",
                    args={"a": a, "e": e, "method": method,
                          "complex": bool(np.iscomplexobj(a) or np.iscomplexobj(e))},
                    expected={"expm_a": np.asarray(x, dtype=np.complex128),
                              "frechet": np.asarray(l, dtype=np.complex128)})


def cond_cases(fx, g):
    inputs = [
        ("random 3", general(g, 3)),
        ("random 5", general(g, 5) / 2.0),
        ("complex 3", general(g, 3, complex_=True)),
        ("symmetric 4", symmetric_indefinite(g, 4)),
        ("nonnormal", np.array([[1.0, 50.0], [0.0, -1.0]])),
        ("nilpotent", np.triu(np.ones((3, 3)), 1)),
        ("scipy example", np.array([[-0.3, 0.2, 0.6], [0.6, 0.3, -0.1], [-0.7, 1.2, 0.9]])),
        ("1x1", np.array([[-2.5]])),
    ]
    for label, a in inputs:
        fx.case(f"expm_cond {label}", "scipy.linalg.expm_cond(a)",
                args={"a": a, "complex": bool(np.iscomplexobj(a))},
                expected={"value": float(la.expm_cond(a))})


def generate():
    fx = Fixture("linalg", "matfun_general")
    g = rng(7117)
    funm_cases(fx, g)
    signm_cases(fx, g)
    trig_cases(fx, g)
    frechet_cases(fx, g)
    cond_cases(fx, g)
    fx.write()
