"""Golden fixtures of the scalar root finders (topic `roots_scalar`): every bracketing
method (bisect, brentq, brenth, ridder, toms748 with k=1 and k=2) on smooth, flat (multiple
root, x**9), steep and discontinuous functions; newton / secant / halley from several starts
(converging, multiple-root, and failing ones with disp=False); the vectorised newton; and
fixed_point (del2 and iteration). Each case records `root`, `iterations`, `function_calls`,
`converged`, `flag`. The functions are defined again in the Rust test, term for term.
"""
import warnings

import numpy as np
from scipy import optimize as so

from golden import Fixture

E20 = np.exp(-20.0)
FUNCS = {
    "cubic": (lambda x: x**3 - 2 * x - 5, (2.0, 3.0)),
    "cos_minus_x": (lambda x: np.cos(x) - x, (0.0, 1.0)),
    "exp_minus_2": (lambda x: np.exp(x) - 2, (0.0, 1.0)),
    "sin_minus_half_x": (lambda x: np.sin(x) - x / 2, (1.5, 3.0)),
    "log": (lambda x: np.log(x), (0.5, 5.0)),
    "triple_root": (lambda x: (x - 1)**3, (0.0, 3.0)),
    "flat_x9": (lambda x: x**9, (-1.0, 4.0)),
    "steep_exp20": (lambda x: 2 * x * E20 + 1 - 2 * np.exp(-20 * x), (0.0, 1.0)),
    "pole_like": (lambda x: (20 * x - 1) / (19 * x), (0.01, 1.0)),
    "atan_steep": (lambda x: np.arctan(1e6 * (x - 0.3)), (0.0, 1.0)),
    "step": (lambda x: -1.0 if x < 1 / 3 else 1.0, (0.0, 1.0)),
}

BRACKET = {"bisect": so.bisect, "brentq": so.brentq, "brenth": so.brenth, "ridder": so.ridder,
           "toms748": so.toms748}


def res(r):
    return {"root": float(r.root), "iterations": int(r.iterations),
            "function_calls": int(r.function_calls), "converged": bool(r.converged),
            "flag": str(r.flag)}


NEWTON = {
    "cubic": (lambda x: x**3 - 2 * x - 5, lambda x: 3 * x**2 - 2, lambda x: 6 * x, [2.0, 3.0]),
    "cos_minus_x": (lambda x: np.cos(x) - x, lambda x: -np.sin(x) - 1, lambda x: -np.cos(x), [1.0, -0.5]),
    "exp_minus_2": (lambda x: np.exp(x) - 2, np.exp, np.exp, [0.0, 2.0]),
    "triple_root": (lambda x: (x - 1)**3, lambda x: 3 * (x - 1)**2, lambda x: 6 * (x - 1), [2.0]),
    "tutorial": (lambda x: x**2 + 10 * np.sin(x), lambda x: 2 * x + 10 * np.cos(x),
                 lambda x: 2 - 10 * np.sin(x), [1.0, -2.5]),
    "atan_diverges": (np.arctan, lambda x: 1 / (1 + x**2), lambda x: -2 * x / (1 + x**2)**2, [2.0]),
}


def generate():
    fx = Fixture("optimize", "roots_scalar")
    warnings.simplefilter("ignore")
    for name, (f, (a, b)) in FUNCS.items():
        for m, solver in BRACKET.items():
            ks = [1, 2] if m == "toms748" else [None]
            for k in ks:
                kw = {} if k is None else {"k": k}
                label = m if k is None else f"{m}-k{k}"
                _, r = solver(f, a, b, full_output=True, disp=False, **kw)
                fx.case(f"{label} {name}", f"{m}(f, {a}, {b}, full_output=True, disp=False)",
                        args={"a": a, "b": b}, expected=res(r))
    for name, (f, fp, fp2, starts) in NEWTON.items():
        for x0 in starts:
            for m, kw in [("secant", {}), ("newton", {"fprime": fp}), ("halley", {"fprime": fp, "fprime2": fp2})]:
                _, r = so.newton(f, x0, full_output=True, disp=False, **kw)
                fx.case(f"{m} {name} x0={x0}", f"newton(f, {x0}, ..., full_output=True, disp=False)",
                        args={"x0": x0}, expected=res(r))
    # Vectorised newton: x**3 - a for a = 1..8, from x0 = 1.5 for all, and secant.
    a = np.arange(1.0, 9.0)
    x0 = np.full(8, 1.5)
    for m, kw in [("secant", {}), ("newton", {"fprime": lambda x: 3 * x**2}),
                  ("halley", {"fprime": lambda x: 3 * x**2, "fprime2": lambda x: 6 * x})]:
        r = so.newton(lambda x: x**3 - a, x0, full_output=True, **kw)
        fx.case(f"array {m}", "newton(lambda x: x**3 - a, x0, ...)",
                args={"a": a.tolist(), "x0": x0.tolist()},
                expected={"root": r.root.tolist(), "converged": r.converged.tolist(),
                          "zero_der": r.zero_der.tolist()})
    # fixed_point: SciPy's doc example and cos.
    c1, c2 = np.array([10.0, 12.0]), np.array([3.0, 5.0])
    for m in ["del2", "iteration"]:
        x = so.fixed_point(lambda x: np.sqrt(c1 / (x + c2)), [1.2, 1.3], method=m)
        fx.case(f"fixed_point doc {m}", "fixed_point(sqrt(c1/(x+c2)), [1.2, 1.3])",
                expected={"x": np.asarray(x).tolist()})
        x = so.fixed_point(np.cos, [1.0], method=m, maxiter=1000)
        fx.case(f"fixed_point cos {m}", "fixed_point(cos, [1.0], maxiter=1000)",
                expected={"x": np.asarray(x).tolist()})
    # root_scalar's automatic choice and its newton with a finite-difference derivative.
    f = lambda x: x**3 - 2 * x - 5
    for label, kw in [("bracket", {"bracket": [2, 3]}), ("x0", {"x0": 2.0}),
                      ("x0 x1", {"x0": 2.0, "x1": 2.5}), ("fprime", {"x0": 2.0, "fprime": lambda x: 3 * x**2 - 2}),
                      ("fprime2", {"x0": 2.0, "fprime": lambda x: 3 * x**2 - 2, "fprime2": lambda x: 6 * x})]:
        r = so.root_scalar(f, **kw)
        e = res(r)
        e["method"] = r.method
        fx.case(f"root_scalar {label}", f"root_scalar(f, **{list(kw)})", expected=e)
    fx.write()
