"""TNC (topic `tnc`): `minimize(method='TNC')` on Rosenbrock (2 and 5-D, analytic and
finite-difference gradients, with and without bounds), Beale, a bounded quadratic with active
bounds, x**2 + 10 sin(x) with bounds, and the `maxfun` limit; plus the legacy `fmin_tnc`
(x, nfeval, rc). Records x, fun, success, status, nit, nfev and the message.
"""
import numpy as np
from scipy.optimize import fmin_tnc, minimize, rosen, rosen_der

from golden import Fixture

W = np.array([1.0, 2.0, 3.0, 4.0])
C = np.array([1.0, -2.0, 3.0, -4.0])


def quad(x):
    return float(np.sum(W * (x - C) ** 2) + 0.5 * x[0] * x[1])


def quad_der(x):
    g = 2 * W * (x - C)
    g[0] += 0.5 * x[1]
    g[1] += 0.5 * x[0]
    return g


def beale(x):
    a, b = x
    return (1.5 - a + a * b) ** 2 + (2.25 - a + a * b * b) ** 2 + (2.625 - a + a * b ** 3) ** 2


def beale_der(x):
    a, b = x
    t1, t2, t3 = 1.5 - a + a * b, 2.25 - a + a * b * b, 2.625 - a + a * b ** 3
    return np.array([2 * t1 * (b - 1) + 2 * t2 * (b * b - 1) + 2 * t3 * (b ** 3 - 1),
                     2 * t1 * a + 2 * t2 * 2 * a * b + 2 * t3 * 3 * a * b * b])


def sinx(x):
    return float(x[0] ** 2 + 10 * np.sin(x[0]))


PROBLEMS = {"rosen": (rosen, rosen_der), "quad": (quad, quad_der), "beale": (beale, beale_der),
            "sinx": (sinx, None)}


def generate():
    fx = Fixture("optimize", "tnc")
    inf = np.inf
    cases = [
        ("rosen 2-D", "rosen", [-1.2, 1.0], True, None, {}),
        ("rosen 5-D", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], True, None, {}),
        ("rosen 5-D fd", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], False, None, {}),
        ("rosen 2-D bounded", "rosen", [-1.2, 1.0], True, ([-2.0, -2.0], [0.5, 2.0]), {}),
        ("rosen 5-D box", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], True, ([0.0] * 5, [1.5, 0.9, 1.5, 1.5, 1.5]), {}),
        ("quad active bounds", "quad", [0.0] * 4, True, ([0.0, -1.0, -inf, -3.0], [inf, 1.0, 2.0, inf]), {}),
        ("beale", "beale", [1.0, 1.0], True, ([-4.5, -4.5], [4.5, 4.5]), {}),
        ("sinx bounded", "sinx", [5.0], False, ([1.0], [10.0]), {}),
        ("rosen 5-D maxfun 10", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], True, None, {"maxfun": 10}),
    ]
    for name, prob, x0, use_jac, bounds, options in cases:
        f, g = PROBLEMS[prob]
        b = None if bounds is None else list(zip(*bounds))
        r = minimize(f, np.array(x0), method="TNC", jac=g if use_jac else None, bounds=b,
                     options=options)
        args = {"problem": prob, "x0": [float(v) for v in x0], "jac": use_jac, "options": options}
        if bounds is not None:
            args["lb"] = [float(v) for v in bounds[0]]
            args["ub"] = [float(v) for v in bounds[1]]
        fx.case(name, "scipy.optimize.minimize(method='TNC')", args=args,
                expected={"x": [float(v) for v in r.x], "fun": float(r.fun),
                          "success": bool(r.success), "status": int(r.status),
                          "nit": int(r.nit), "nfev": int(r.nfev), "message": str(r.message)})
    x, nfeval, rc = fmin_tnc(rosen, [-1.2, 1.0], fprime=rosen_der, bounds=[(-2, 0.5), (-2, 2)],
                             disp=0)
    fx.case("fmin_tnc rosen bounded", "scipy.optimize.fmin_tnc", args={"x0": [-1.2, 1.0]},
            expected={"x": [float(v) for v in x], "nfeval": int(nfeval), "rc": int(rc)})
    fx.write()
