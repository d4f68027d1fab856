"""The public strong-Wolfe line search (topic `line_search`): scipy.optimize.line_search on a
few (f, xk, pk) with default and explicit c1, c2, amax, old_old_fval, including a failure
(ascent direction). Functions are named in `args.func` and re-implemented in the Rust test.
Records alpha, fc, gc, new_fval, old_fval and the new slope gᵀpk.
"""
import warnings

import numpy as np
from scipy import optimize as opt

from golden import Fixture


def quad(x):
    return float(np.dot(x, x))


def quad_grad(x):
    return 2 * np.asarray(x)


def beale(x):
    u, v = x
    return (1.5 - u + u * v) ** 2 + (2.25 - u + u * v ** 2) ** 2 + (2.625 - u + u * v ** 3) ** 2


def beale_grad(x):
    u, v = x
    t1, t2, t3 = 1.5 - u + u * v, 2.25 - u + u * v ** 2, 2.625 - u + u * v ** 3
    return np.array([2 * t1 * (v - 1) + 2 * t2 * (v ** 2 - 1) + 2 * t3 * (v ** 3 - 1),
                     2 * t1 * u + 4 * t2 * u * v + 6 * t3 * u * v ** 2])


FUNCS = {"quad": (quad, quad_grad), "rosen": (opt.rosen, opt.rosen_der), "beale": (beale, beale_grad)}


def generate():
    fx = Fixture("optimize", "line_search")
    cases = [
        ("quad", [1.8, 1.7], [-1.0, -2.0], {}),
        ("quad", [1.0, 1.0], [-0.1, -0.1], {}),
        ("quad", [1.0, 1.0], [1.0, 1.0], {}),  # ascent: fails
        ("rosen", [-1.2, 1.0], "neg_grad", {}),
        ("rosen", [-1.2, 1.0], "neg_grad", {"c2": 0.1}),
        ("rosen", [-1.2, 1.0], "neg_grad", {"c2": 0.1, "amax": 1e-4}),
        ("rosen", [0.0] * 5, "neg_grad", {"old_old_fval": 5.0}),
        ("rosen", [1.3, 0.7, 0.8, 1.9, 1.2], "neg_grad", {"c1": 0.3, "c2": 0.4}),
        ("beale", [1.0, 1.0], "neg_grad", {}),
        ("beale", [2.0, 0.2], [0.5, 0.1], {"maxiter": 3}),
    ]
    for i, (fname, xk, pk, kw) in enumerate(cases):
        f, g = FUNCS[fname]
        xk = np.array(xk, dtype=float)
        pk = -g(xk) if isinstance(pk, str) else np.array(pk, dtype=float)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            alpha, fc, gc, new_fval, old_fval, new_grad = opt.line_search(f, g, xk, pk, **kw)
        slope = None if new_grad is None else float(np.dot(new_grad, pk))
        fx.case(f"line_search {i} {fname}", "scipy.optimize.line_search",
                args={"func": fname, "xk": xk.tolist(), "pk": pk.tolist()} | kw,
                expected={"alpha": None if alpha is None else float(alpha), "fc": int(fc),
                          "gc": int(gc), "new_fval": None if new_fval is None else float(new_fval),
                          "old_fval": float(old_fval), "new_slope": slope},
                rtol=1e-10, atol=1e-12)
    fx.write()
