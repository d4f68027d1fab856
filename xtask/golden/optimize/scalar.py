"""Scalar minimization (topic `scalar`): minimize_scalar with methods Brent, Bounded and
Golden (default and explicit brackets, bounds, tolerances), bracket, and the legacy brent,
golden and fminbound full outputs, on a few functions of one variable including the
tutorial's x**2 + 10 sin(x). Functions are named in `args.func` and re-implemented in the
Rust test.
"""
import numpy as np
from scipy import optimize as opt

from golden import Fixture

FUNCS = {
    "tutorial": lambda x: x**2 + 10 * np.sin(x),
    "quad": lambda x: (x - 2.0) ** 2 + 1.0,
    "poly": lambda x: (x - 2.0) * x * (x + 2.0) ** 2,
    "cos": lambda x: np.cos(x),
    "quartic": lambda x: (x - 0.3) ** 4 + 0.1 * x,
    "const": lambda x: 1.0,
}


def res_dict(r):
    out = {"x": float(r.x), "fun": float(r.fun), "nit": int(r.nit), "nfev": int(r.nfev),
           "success": bool(r.success), "message": str(r.message)}
    if "status" in r:
        out["status"] = int(r.status)
    return out


def generate():
    fx = Fixture("optimize", "scalar")
    cases = [
        ("tutorial", "brent", {}),
        ("tutorial", "brent", {"bracket": [2.0, 3.0]}),
        ("tutorial", "brent", {"bracket": [2.0, 3.0, 6.0]}),
        ("tutorial", "golden", {}),
        ("tutorial", "golden", {"bracket": [2.0, 3.0]}),
        ("tutorial", "bounded", {"bounds": [0.0, 10.0]}),
        ("tutorial", "bounded", {"bounds": [-10.0, 10.0], "xtol": 1e-10}),
        ("quad", "brent", {}),
        ("quad", "golden", {"xtol": 1e-4}),
        ("quad", "bounded", {"bounds": [-1.0, 1.0]}),
        ("poly", "brent", {}),
        ("poly", "brent", {"bracket": [-3.0, -1.0]}),
        ("poly", "golden", {}),
        ("poly", "bounded", {"bounds": [-3.0, -1.0]}),
        ("cos", "brent", {"bracket": [1.0, 2.0]}),
        ("cos", "bounded", {"bounds": [0.0, 5.0], "maxiter": 5}),
        ("quartic", "brent", {"xtol": 1e-12}),
        ("quartic", "golden", {"maxiter": 10}),
        ("quartic", "bounded", {"bounds": [-1.0, 2.0]}),
        ("const", "brent", {}),
        ("const", "golden", {}),
    ]
    for i, (fname, method, kw) in enumerate(cases):
        f = FUNCS[fname]
        options = {}
        if "xtol" in kw:
            options["xatol" if method == "bounded" else "xtol"] = kw["xtol"]
        if "maxiter" in kw:
            options["maxiter"] = kw["maxiter"]
        r = opt.minimize_scalar(f, bracket=kw.get("bracket"), bounds=kw.get("bounds"),
                                method=method, options=options)
        args = {"func": fname, "kind": "minimize_scalar", "method": method}
        args.update(kw)
        fx.case(f"minimize_scalar {i} {fname} {method}", "scipy.optimize.minimize_scalar",
                args=args, expected=res_dict(r), rtol=1e-8, atol=1e-8)
    for fname, xa, xb in [("tutorial", 0.0, 1.0), ("tutorial", 4.0, 5.0), ("quad", -10.0, -9.0),
                          ("poly", 0.0, 1.0), ("cos", 1.0, 2.0)]:
        b = opt.bracket(FUNCS[fname], xa, xb)
        fx.case(f"bracket {fname} {xa} {xb}", "scipy.optimize.bracket",
                args={"func": fname, "kind": "bracket", "xa": xa, "xb": xb},
                expected={k: float(v) for k, v in zip(["xa", "xb", "xc", "fa", "fb", "fc"], b[:6])}
                | {"funcalls": int(b[6])}, rtol=1e-12, atol=1e-12)
    for fname, x1, x2, xtol in [("tutorial", 0.0, 10.0, 1e-5), ("poly", -3.0, 3.0, 1e-8),
                                ("quad", 0.0, 1.0, 1e-5)]:
        xopt, fval, ierr, numfunc = opt.fminbound(FUNCS[fname], x1, x2, xtol=xtol, full_output=True)
        fx.case(f"fminbound {fname} {x1} {x2}", "scipy.optimize.fminbound",
                args={"func": fname, "kind": "fminbound", "x1": x1, "x2": x2, "xtol": xtol},
                expected={"xopt": float(xopt), "fval": float(fval), "ierr": int(ierr),
                          "numfunc": int(numfunc)}, rtol=1e-8, atol=1e-8)
    for fname in ["tutorial", "poly", "quartic"]:
        xmin, fval, it, funcalls = opt.brent(FUNCS[fname], full_output=True)
        fx.case(f"brent {fname}", "scipy.optimize.brent",
                args={"func": fname, "kind": "brent"},
                expected={"xmin": float(xmin), "fval": float(fval), "iter": int(it),
                          "funcalls": int(funcalls)}, rtol=1e-8, atol=1e-8)
        xmin, fval, funcalls = opt.golden(FUNCS[fname], full_output=True)
        fx.case(f"golden {fname}", "scipy.optimize.golden",
                args={"func": fname, "kind": "golden"},
                expected={"xmin": float(xmin), "fval": float(fval), "funcalls": int(funcalls)},
                rtol=1e-8, atol=1e-8)
    fx.write()
