"""L-BFGS-B (topic `lbfgsb`): `minimize(method='L-BFGS-B')` on Rosenbrock (2, 5, 10-D, with and
without bounds, analytic and finite-difference gradients), bounded quadratics with active
bounds, Beale, x**2 + 10 sin(x), `maxcor` variants and the iteration limit; records x, fun,
success, status, nit, nfev, njev and the message, so the tests can set counts side by side.
"""
import numpy as np
from scipy.optimize import minimize, rosen, rosen_der

from golden import Fixture

W = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
C = np.array([1.0, -2.0, 3.0, -4.0, 0.5, 2.0])


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
    fx = Fixture("optimize", "lbfgsb")
    inf = np.inf
    cases = [
        ("rosen 2-D", "rosen", [-1.2, 1.0], True, None, {}),
        ("rosen 2-D fd", "rosen", [-1.2, 1.0], False, None, {}),
        ("rosen 5-D", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], True, None, {}),
        ("rosen 5-D fd", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], False, None, {}),
        ("rosen 10-D", "rosen", list(np.linspace(-1.0, 1.5, 10)), True, None, {}),
        ("rosen 10-D maxcor 3", "rosen", list(np.linspace(-1.0, 1.5, 10)), True, None, {"maxcor": 3}),
        ("rosen 10-D maxcor 20", "rosen", list(np.linspace(-1.0, 1.5, 10)), True, None, {"maxcor": 20}),
        ("rosen 2-D bounded", "rosen", [-1.2, 1.0], True, ([-2.0, -2.0], [0.5, 2.0]), {}),
        ("rosen 5-D box", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], True, ([0.0] * 5, [1.5, 0.9, 1.5, 1.5, 1.5]), {}),
        ("rosen 5-D box fd", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], False, ([0.0] * 5, [1.5, 0.9, 1.5, 1.5, 1.5]), {}),
        ("rosen 2-D x0 outside", "rosen", [3.0, -3.0], True, ([-2.0, -2.0], [2.0, 2.0]), {}),
        ("quad active bounds", "quad", [0.0] * 6, True, ([0.0, -1.0, -inf, -3.0, 1.0, -inf], [inf, 1.0, 2.0, inf, 2.0, inf]), {}),
        ("quad one-sided", "quad", [5.0] * 6, True, ([-inf, -inf, 3.5, -inf, -inf, -inf], [0.0, inf, inf, inf, inf, 1.0]), {}),
        ("beale bounded", "beale", [1.0, 1.0], True, ([-4.5, -4.5], [2.5, 0.4]), {}),
        ("beale", "beale", [1.0, 1.0], True, None, {}),
        ("sinx", "sinx", [0.0], False, None, {}),
        ("sinx bounded", "sinx", [5.0], False, ([1.0], [10.0]), {}),
        ("rosen 5-D maxiter 5", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], True, None, {"maxiter": 5}),
        ("rosen 5-D rel step", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], "2-point", None,
         {"finite_diff_rel_step": 1e-6}),
    ]
    for name, prob, x0, use_jac, bounds, options in cases:
        f, g = PROBLEMS[prob]
        b = None if bounds is None else list(zip(*bounds))
        jac = use_jac if isinstance(use_jac, str) else (g if use_jac else None)
        r = minimize(f, np.array(x0), method="L-BFGS-B", jac=jac, bounds=b, options=options)
        use_jac = use_jac is True
        args = {"problem": prob, "x0": [float(v) for v in x0], "jac": use_jac, "options": options}
        if bounds is not None:
            args["lb"] = [float(v) for v in bounds[0]]
            args["ub"] = [float(v) for v in bounds[1]]
        fx.case(name, "scipy.optimize.minimize(method='L-BFGS-B')", args=args,
                expected={"x": [float(v) for v in r.x], "fun": float(r.fun), "success": bool(r.success),
                          "status": int(r.status), "nit": int(r.nit), "nfev": int(r.nfev),
                          "njev": int(r.njev), "message": str(r.message)})
    fx.write()
