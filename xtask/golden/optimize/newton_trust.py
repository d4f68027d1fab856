"""Newton-CG and the trust-region family (topic `newton_trust`): minimize with methods
Newton-CG, dogleg, trust-ncg, trust-krylov and trust-exact on Rosenbrock in 2, 5 and 10
dimensions, Powell's singular function and Beale, with the exact Hessian, with `hessp`, with
a finite-difference Hessian and with a quasi-Newton one (SR1); trust-exact's hard case
(x0² - x1² + x1⁴/4 from (1, 0), where the gradient is orthogonal to the Hessian's negative
eigenvector); a maxiter-limited run; and the legacy fmin_ncg with full output. Problems are
named in `args.problem` and re-implemented in the Rust test.
Records x, fun, success, status, nit, nfev, njev, nhev, message.
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


def powell_singular_hess(x):
    c, d = x[1] - 2 * x[2], x[0] - x[3]
    h = np.zeros((4, 4))
    h[0, 0] = 2 + 120 * d ** 2
    h[0, 1] = h[1, 0] = 20
    h[0, 3] = h[3, 0] = -120 * d ** 2
    h[1, 1] = 200 + 12 * c ** 2
    h[1, 2] = h[2, 1] = -24 * c ** 2
    h[2, 2] = 10 + 48 * c ** 2
    h[2, 3] = h[3, 2] = -10
    h[3, 3] = 10 + 120 * d ** 2
    return h


def beale(x):
    u, v = x
    return (1.5 - u + u * v) ** 2 + (2.25 - u + u * v ** 2) ** 2 + (2.625 - u + u * v ** 3) ** 2


def beale_grad(x):
    u, v = x
    t1, t2, t3 = 1.5 - u + u * v, 2.25 - u + u * v ** 2, 2.625 - u + u * v ** 3
    return np.array([2 * t1 * (v - 1) + 2 * t2 * (v ** 2 - 1) + 2 * t3 * (v ** 3 - 1),
                     2 * t1 * u + 4 * t2 * u * v + 6 * t3 * u * v ** 2])


def beale_hess(x):
    u, v = x
    t1, t2, t3 = 1.5 - u + u * v, 2.25 - u + u * v ** 2, 2.625 - u + u * v ** 3
    a1, a2, a3 = v - 1, v ** 2 - 1, v ** 3 - 1
    b1, b2, b3 = u, 2 * u * v, 3 * u * v ** 2
    huu = 2 * (a1 * a1 + a2 * a2 + a3 * a3)
    huv = 2 * (a1 * b1 + t1) + 2 * (a2 * b2 + t2 * 2 * v) + 2 * (a3 * b3 + t3 * 3 * v ** 2)
    hvv = 2 * (b1 * b1) + 2 * (b2 * b2 + t2 * 2 * u) + 2 * (b3 * b3 + t3 * 6 * u * v)
    return np.array([[huu, huv], [huv, hvv]])


def hard(x):
    return x[0] ** 2 - x[1] ** 2 + x[1] ** 4 / 4


def hard_grad(x):
    return np.array([2 * x[0], -2 * x[1] + x[1] ** 3])


def hard_hess(x):
    return np.array([[2.0, 0.0], [0.0, -2.0 + 3 * x[1] ** 2]])


def hessp_of(h):
    return lambda x, p: h(x) @ p


PROBLEMS = {
    "rosen2": (opt.rosen, opt.rosen_der, opt.rosen_hess, [-1.2, 1.0]),
    "rosen5": (opt.rosen, opt.rosen_der, opt.rosen_hess, [1.3, 0.7, 0.8, 1.9, 1.2]),
    "rosen10": (opt.rosen, opt.rosen_der, opt.rosen_hess, [0.0] * 10),
    "powell_singular": (powell_singular, powell_singular_grad, powell_singular_hess,
                        [3.0, -1.0, 0.0, 1.0]),
    "beale": (beale, beale_grad, beale_hess, [1.0, 1.0]),
    "hard": (hard, hard_grad, hard_hess, [1.0, 0.0]),
}


def record(r):
    return {"x": [float(v) for v in np.atleast_1d(r.x)], "fun": float(r.fun),
            "success": bool(r.success), "status": int(r.status), "nit": int(r.nit),
            "nfev": int(r.nfev), "njev": int(r.get("njev", 0)), "nhev": int(r.get("nhev", 0)),
            "message": str(r.message)}


def run(fx, pname, method, mode, **options):
    f, g, h, x0 = PROBLEMS[pname]
    kw = {}
    if mode == "hess":
        kw["hess"] = h
    elif mode == "hessp":
        kw["hessp"] = hessp_of(h)
    elif mode == "fd":
        kw["hess"] = "2-point"
    elif mode == "sr1":
        kw["hess"] = opt.SR1()
    r = opt.minimize(f, np.array(x0), method=method, jac=g, options=options or None, **kw)
    name = f"{method} {pname} {mode}" + "".join(f" {k}={v}" for k, v in options.items())
    fx.case(name, "scipy.optimize.minimize",
            args={"problem": pname, "method": method, "mode": mode, "x0": x0, **options},
            expected=record(r))


def generate():
    fx = Fixture("optimize", "newton_trust")
    for pname in ["rosen2", "rosen5", "rosen10", "powell_singular", "beale"]:
        for method in ["Newton-CG", "dogleg", "trust-ncg", "trust-krylov", "trust-exact"]:
            if method == "dogleg" and pname == "beale":
                # Beale's Hessian is indefinite at the start: SciPy's dogleg fails (status 3).
                pass
            run(fx, pname, method, "hess")
        for method in ["Newton-CG", "trust-ncg", "trust-krylov"]:
            run(fx, pname, method, "hessp")
    for pname in ["rosen2", "rosen5"]:
        run(fx, pname, "Newton-CG", "none")
        run(fx, pname, "Newton-CG", "fd")
        run(fx, pname, "trust-ncg", "fd")
        run(fx, pname, "trust-krylov", "fd")
        run(fx, pname, "trust-ncg", "sr1")
    run(fx, "rosen5", "trust-krylov", "hess", inexact=False)
    run(fx, "hard", "trust-exact", "hess")
    run(fx, "hard", "trust-krylov", "hess")
    run(fx, "rosen10", "trust-exact", "hess", maxiter=5)
    run(fx, "rosen10", "Newton-CG", "hess", maxiter=5)
    # Legacy fmin_ncg with full output.
    for mode in ["none", "hess", "hessp"]:
        kw = {}
        if mode == "hess":
            kw["fhess"] = opt.rosen_hess
        elif mode == "hessp":
            kw["fhess_p"] = hessp_of(opt.rosen_hess)
        xopt, fopt, fcalls, gcalls, hcalls, warnflag = opt.fmin_ncg(
            opt.rosen, np.array([-1.2, 1.0]), opt.rosen_der, full_output=True, disp=False, **kw)
        fx.case(f"fmin_ncg rosen2 {mode}", "scipy.optimize.fmin_ncg",
                args={"problem": "rosen2", "mode": mode, "legacy": True},
                expected={"x": [float(v) for v in xopt], "fun": float(fopt), "nfev": int(fcalls),
                          "njev": int(gcalls), "nhev": int(hcalls), "status": int(warnflag)})
    fx.write()
