"""Unconstrained minimization (topic `unconstrained`): minimize with methods Nelder-Mead,
Powell, CG and BFGS (finite-difference and analytic gradients) on Rosenbrock in 2, 5 and 10
dimensions, Powell's singular function, Beale, Booth and the tutorial's x**2 + 10 sin(x) from
two starts; Nelder-Mead and Powell with bounds; and the legacy fmin, fmin_powell, fmin_cg and
fmin_bfgs. Problems are named in `args.problem` and re-implemented in the Rust test.
Records x, fun, success, status, nit, nfev, njev.
"""
import numpy as np
from scipy import optimize as opt

from golden import Fixture


def powell_singular(x):
    return ((x[0] + 10 * x[1]) ** 2 + 5 * (x[2] - x[3]) ** 2 + (x[1] - 2 * x[2]) ** 4
            + 10 * (x[0] - x[3]) ** 4)


def powell_singular_grad(x):
    a, b, c, d = x[0] + 10 * x[1], x[2] - x[3], x[1] - 2 * x[2], x[0] - x[3]
    return np.array([2 * a + 40 * d ** 3, 20 * a + 4 * c ** 3, 10 * b - 8 * c ** 3,
                     -10 * b - 40 * d ** 3])


def beale(x):
    u, v = x
    return (1.5 - u + u * v) ** 2 + (2.25 - u + u * v ** 2) ** 2 + (2.625 - u + u * v ** 3) ** 2


def beale_grad(x):
    u, v = x
    t1, t2, t3 = 1.5 - u + u * v, 2.25 - u + u * v ** 2, 2.625 - u + u * v ** 3
    return np.array([2 * t1 * (v - 1) + 2 * t2 * (v ** 2 - 1) + 2 * t3 * (v ** 3 - 1),
                     2 * t1 * u + 4 * t2 * u * v + 6 * t3 * u * v ** 2])


def booth(x):
    return (x[0] + 2 * x[1] - 7) ** 2 + (2 * x[0] + x[1] - 5) ** 2


def booth_grad(x):
    a, b = x[0] + 2 * x[1] - 7, 2 * x[0] + x[1] - 5
    return np.array([2 * a + 4 * b, 4 * a + 2 * b])


def tutorial(x):
    return x[0] ** 2 + 10 * np.sin(x[0])


def tutorial_grad(x):
    return np.array([2 * x[0] + 10 * np.cos(x[0])])


PROBLEMS = {
    "rosen2": (opt.rosen, opt.rosen_der, [-1.2, 1.0]),
    "rosen5": (opt.rosen, opt.rosen_der, [1.3, 0.7, 0.8, 1.9, 1.2]),
    "rosen10": (opt.rosen, opt.rosen_der, [0.0] * 10),
    "powell_singular": (powell_singular, powell_singular_grad, [3.0, -1.0, 0.0, 1.0]),
    "beale": (beale, beale_grad, [1.0, 1.0]),
    "booth": (booth, booth_grad, [0.0, 0.0]),
    "tutorial0": (tutorial, tutorial_grad, [0.0]),
    "tutorial3": (tutorial, tutorial_grad, [3.0]),
}


def record(r):
    return {"x": [float(v) for v in np.atleast_1d(r.x)], "fun": float(r.fun), "success": bool(r.success),
            "status": int(r.status), "nit": int(r.nit), "nfev": int(r.nfev),
            "njev": int(r.get("njev", 0)), "message": str(r.message)}


def generate():
    fx = Fixture("optimize", "unconstrained")
    for pname, (f, g, x0) in PROBLEMS.items():
        x0 = np.array(x0)
        for method, jac in [("Nelder-Mead", False), ("Powell", False), ("CG", False),
                            ("CG", True), ("BFGS", False), ("BFGS", True)]:
            r = opt.minimize(f, x0, method=method, jac=g if jac else None)
            fx.case(f"{method} {pname} jac={jac}", "scipy.optimize.minimize",
                    args={"problem": pname, "method": method, "jac": jac, "x0": x0.tolist()},
                    expected=record(r), rtol=0.0, atol=0.0)
    # Options and bounds.
    x0 = np.array([-1.2, 1.0])
    bounds = opt.Bounds([0.0, 0.0], [0.9, 2.0])
    for method in ["Nelder-Mead", "Powell"]:
        r = opt.minimize(opt.rosen, x0, method=method, bounds=bounds)
        fx.case(f"{method} rosen2 bounded", "scipy.optimize.minimize",
                args={"problem": "rosen2", "method": method, "jac": False, "x0": x0.tolist(),
                      "lb": bounds.lb.tolist(), "ub": bounds.ub.tolist()}, expected=record(r))
    r = opt.minimize(opt.rosen, np.array([1.3, 0.7, 0.8, 1.9, 1.2]), method="Nelder-Mead",
                     options=dict(xatol=1e-8, fatol=1e-8, maxiter=10000, maxfev=10000))
    fx.case("Nelder-Mead rosen5 tight", "scipy.optimize.minimize",
            args={"problem": "rosen5", "method": "Nelder-Mead", "jac": False,
                  "x0": [1.3, 0.7, 0.8, 1.9, 1.2], "xatol": 1e-8, "fatol": 1e-8,
                  "maxiter": 10000, "maxfev": 10000}, expected=record(r))
    r = opt.minimize(opt.rosen, x0, method="Nelder-Mead", options=dict(adaptive=True))
    fx.case("Nelder-Mead rosen2 adaptive", "scipy.optimize.minimize",
            args={"problem": "rosen2", "method": "Nelder-Mead", "jac": False, "x0": x0.tolist(),
                  "adaptive": True}, expected=record(r))
    r = opt.minimize(opt.rosen, x0, method="BFGS", jac=opt.rosen_der, options=dict(maxiter=5))
    fx.case("BFGS rosen2 maxiter", "scipy.optimize.minimize",
            args={"problem": "rosen2", "method": "BFGS", "jac": True, "x0": x0.tolist(), "maxiter": 5},
            expected=record(r))
    r = opt.minimize(opt.rosen, x0, method="Powell", options=dict(maxfev=50))
    fx.case("Powell rosen2 maxfev", "scipy.optimize.minimize",
            args={"problem": "rosen2", "method": "Powell", "jac": False, "x0": x0.tolist(), "maxfev": 50},
            expected=record(r))
    r = opt.minimize(opt.rosen, x0, method="Nelder-Mead", options=dict(maxiter=20))
    fx.case("Nelder-Mead rosen2 maxiter", "scipy.optimize.minimize",
            args={"problem": "rosen2", "method": "Nelder-Mead", "jac": False, "x0": x0.tolist(),
                  "maxiter": 20}, expected=record(r))
    # Legacy entry points (full output).
    xopt, fopt, it, funcalls, warnflag = opt.fmin(opt.rosen, x0, full_output=True, disp=False)
    fx.case("fmin rosen2", "scipy.optimize.fmin", args={"problem": "rosen2", "legacy": "fmin"},
            expected={"x": [float(v) for v in np.atleast_1d(xopt)], "fun": float(fopt), "nit": int(it), "nfev": int(funcalls),
                      "status": int(warnflag)})
    xopt, fopt, direc, it, funcalls, warnflag = opt.fmin_powell(opt.rosen, x0, full_output=True,
                                                                disp=False)
    fx.case("fmin_powell rosen2", "scipy.optimize.fmin_powell",
            args={"problem": "rosen2", "legacy": "fmin_powell"},
            expected={"x": [float(v) for v in np.atleast_1d(xopt)], "fun": float(fopt), "nit": int(it), "nfev": int(funcalls),
                      "status": int(warnflag), "direc_rows": int(direc.shape[0])})
    for start in [0.0, 3.0]:
        xopt, fopt, gopt, bopt, fc, gc, warnflag = opt.fmin_bfgs(tutorial, start, full_output=True,
                                                                 disp=False)
        fx.case(f"fmin_bfgs tutorial {start}", "scipy.optimize.fmin_bfgs",
                args={"problem": f"tutorial{int(start)}", "legacy": "fmin_bfgs"},
                expected={"x": [float(v) for v in np.atleast_1d(xopt)], "fun": float(fopt), "nfev": int(fc), "njev": int(gc),
                          "status": int(warnflag)})
        xopt, fopt, fc, gc, warnflag = opt.fmin_cg(tutorial, start, full_output=True, disp=False)
        fx.case(f"fmin_cg tutorial {start}", "scipy.optimize.fmin_cg",
                args={"problem": f"tutorial{int(start)}", "legacy": "fmin_cg"},
                expected={"x": [float(v) for v in np.atleast_1d(xopt)], "fun": float(fopt), "nfev": int(fc), "njev": int(gc),
                          "status": int(warnflag)})
    fx.write()
