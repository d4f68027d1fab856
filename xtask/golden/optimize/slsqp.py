"""SLSQP (topic `slsqp`): `minimize(method='SLSQP')` on Hock-Schittkowski problems 6, 7, 21, 35
and 71, SciPy's documentation example (old-style dicts and the same as a LinearConstraint), a
linear equality problem, two-sided nonlinear constraints, Rosenbrock (analytic and finite
difference gradients, and the iteration limit), an incompatible problem, and the lidar
tutorial's `fmin_slsqp` fit with positivity bounds from the poor start [3, 50, 20, 1]
(waveform_1, 80 uint8 samples, stored inline). Records x, fun, success, status, nit, nfev,
njev and the message.
"""
import pathlib

import numpy as np
from scipy.optimize import (LinearConstraint, NonlinearConstraint, fmin_slsqp, minimize, rosen,
                            rosen_der)

from golden import ROOT, Fixture


def hs6():
    return dict(fun=lambda x: (1 - x[0]) ** 2, x0=[-1.2, 1.0],
                constraints=[{"type": "eq", "fun": lambda x: 10 * (x[1] - x[0] ** 2)}])


def hs7():
    return dict(fun=lambda x: np.log(1 + x[0] ** 2) - x[1], x0=[2.0, 2.0],
                constraints=[{"type": "eq", "fun": lambda x: (1 + x[0] ** 2) ** 2 + x[1] ** 2 - 4}])


def hs21():
    return dict(fun=lambda x: 0.01 * x[0] ** 2 + x[1] ** 2 - 100, x0=[-1.0, -1.0],
                constraints=[{"type": "ineq", "fun": lambda x: 10 * x[0] - x[1] - 10}],
                bounds=[(2, 50), (-50, 50)])


def hs35():
    f = lambda x: (9 - 8 * x[0] - 6 * x[1] - 4 * x[2] + 2 * x[0] ** 2 + 2 * x[1] ** 2 + x[2] ** 2
                   + 2 * x[0] * x[1] + 2 * x[0] * x[2])
    return dict(fun=f, x0=[0.5, 0.5, 0.5],
                constraints=[{"type": "ineq", "fun": lambda x: 3 - x[0] - x[1] - 2 * x[2]}],
                bounds=[(0, None)] * 3)


def hs71():
    return dict(fun=lambda x: x[0] * x[3] * (x[0] + x[1] + x[2]) + x[2], x0=[1.0, 5.0, 5.0, 1.0],
                constraints=[{"type": "ineq", "fun": lambda x: x[0] * x[1] * x[2] * x[3] - 25},
                             {"type": "eq", "fun": lambda x: np.sum(np.square(x)) - 40}],
                bounds=[(1, 5)] * 4)


def doc():
    return dict(fun=lambda x: (x[0] - 1) ** 2 + (x[1] - 2.5) ** 2, x0=[2.0, 0.0],
                constraints=[{"type": "ineq", "fun": lambda x: x[0] - 2 * x[1] + 2},
                             {"type": "ineq", "fun": lambda x: -x[0] - 2 * x[1] + 6},
                             {"type": "ineq", "fun": lambda x: -x[0] + 2 * x[1] + 2}],
                bounds=[(0, None), (0, None)])


def doc_linear():
    a = np.array([[1.0, -2.0], [-1.0, -2.0], [-1.0, 2.0]])
    return dict(fun=lambda x: (x[0] - 1) ** 2 + (x[1] - 2.5) ** 2, x0=[2.0, 0.0],
                constraints=[LinearConstraint(a, [-2.0, -6.0, -2.0], [np.inf] * 3)],
                bounds=[(0, None), (0, None)])


def lin_eq():
    return dict(fun=lambda x: x[0] ** 2 + 2 * x[1] ** 2 + 3 * x[2] ** 2, x0=[1.0, 1.0, 1.0],
                constraints=[LinearConstraint(np.array([[1.0, 1.0, 1.0]]), [1.0], [1.0])])


def two_sided():
    # 1 <= x0² + x1² <= 2 around the minimum at (2, 1).
    return dict(fun=lambda x: (x[0] - 2) ** 2 + (x[1] - 1) ** 2, x0=[0.5, 0.5],
                constraints=[NonlinearConstraint(lambda x: x[0] ** 2 + x[1] ** 2, 1.0, 2.0)])


def incompatible():
    return dict(fun=lambda x: x[0] ** 2 + x[1] ** 2, x0=[0.0, 0.0],
                constraints=[{"type": "ineq", "fun": lambda x: x[0] - 2},
                             {"type": "ineq", "fun": lambda x: 1 - x[0]}])


def waveform():
    path = ROOT.parent / "shared" / "data" / "waveform_1.npy"
    return np.load(path).astype(float)


def generate():
    fx = Fixture("optimize", "slsqp")
    problems = [("hs6", hs6()), ("hs7", hs7()), ("hs21", hs21()), ("hs35", hs35()),
                ("hs71", hs71()), ("doc", doc()), ("doc linear", doc_linear()),
                ("linear equality", lin_eq()), ("two-sided nonlinear", two_sided()),
                ("incompatible", incompatible())]
    for name, p in problems:
        r = minimize(p["fun"], np.array(p["x0"]), method="SLSQP", constraints=p["constraints"],
                     bounds=p.get("bounds"))
        fx.case(name, "scipy.optimize.minimize(method='SLSQP')",
                args={"problem": name, "x0": [float(v) for v in p["x0"]], "jac": False},
                expected=summary(r))
    for name, x0, jac, opts in [("rosen 5-D", [1.3, 0.7, 0.8, 1.9, 1.2], True, {}),
                                ("rosen 5-D fd", [1.3, 0.7, 0.8, 1.9, 1.2], False, {}),
                                ("rosen 2-D maxiter 5", [-1.2, 1.0], True, {"maxiter": 5})]:
        r = minimize(rosen, np.array(x0), method="SLSQP", jac=rosen_der if jac else None,
                     options=opts)
        fx.case(name, "scipy.optimize.minimize(method='SLSQP')",
                args={"problem": "rosen", "x0": x0, "jac": jac, "options": opts},
                expected=summary(r))
    y = waveform()
    t = np.arange(len(y))

    def model(t, c):
        return c[0] + c[1] * np.exp(-((t - c[2]) / c[3]) ** 2)

    def cost(c):
        return float(np.sum((y - model(t, c)) ** 2))

    x0 = np.array([3, 50, 20, 1], dtype=float)
    x, fx_, its, imode, smode = fmin_slsqp(cost, x0, bounds=[(0, None)] * 4, full_output=True,
                                           iprint=0)
    fx.case("lidar waveform_1 fmin_slsqp", "scipy.optimize.fmin_slsqp(bounds=[(0, None)]*4)",
            args={"y": [float(v) for v in y], "x0": [float(v) for v in x0]},
            expected={"x": [float(v) for v in x], "fx": float(fx_), "its": int(its),
                      "imode": int(imode), "smode": str(smode)})
    fx.write()


def summary(r):
    return {"x": [float(v) for v in r.x], "fun": float(r.fun), "success": bool(r.success),
            "status": int(r.status), "nit": int(r.nit), "nfev": int(r.nfev), "njev": int(r.njev),
            "message": str(r.message)}
