"""least_squares (topic `least_squares`): the MINPACK test problems with trf, dogbox and lm;
bounded problems; each robust loss on an exponential fit with outliers; x_scale='jac'; an
analytic Jacobian. Records x, cost, optimality, status, nfev, njev per case."""
import numpy as np
from scipy.optimize import least_squares

from golden import Fixture
from _lsq_problems import PROBLEMS, outlier_data


def record(fx, name, call, args, r, rtol=1e-6, atol=1e-9):
    fx.case(name, call, args=args,
            expected={"x": [float(v) for v in r.x], "cost": float(r.cost),
                      "optimality": float(r.optimality), "status": int(r.status),
                      "success": bool(r.success), "nfev": int(r.nfev),
                      "njev": -1 if r.njev is None else int(r.njev),
                      "active_mask": [int(v) for v in r.active_mask]},
            rtol=rtol, atol=atol)


def generate():
    fx = Fixture("optimize", "least_squares")
    for pname, (f, x0) in PROBLEMS.items():
        for method in ["trf", "dogbox", "lm"]:
            r = least_squares(f, x0, method=method)
            record(fx, f"{pname} {method}", f"least_squares({pname}, {x0}, method='{method}')",
                   {"problem": pname, "x0": x0, "method": method}, r)
    bounded = [("rosenbrock", [2.0, 2.0], [-np.inf, 1.5], [np.inf, np.inf]),
               ("bard", [0.5, 1.0, 2.5], [0.0, 0.0, 2.0], [1.0, 1.5, 3.0]),
               ("powell_singular", [3.0, -1.0, 0.0, 1.0], [1.0, -10.0, -10.0, -10.0],
                [10.0, 10.0, 10.0, 10.0]),
               ("kowalik_osborne", [0.15, 0.39, 0.415, 0.09], [0.0, 0.0, 0.0, 0.0],
                [0.2, 1.0, 1.0, 0.1])]
    for pname, x0, lb, ub in bounded:
        f = PROBLEMS[pname][0]
        for method in ["trf", "dogbox"]:
            r = least_squares(f, x0, bounds=(lb, ub), method=method)
            record(fx, f"{pname} bounded {method}",
                   f"least_squares({pname}, {x0}, bounds=({lb}, {ub}), method='{method}')",
                   {"problem": pname, "x0": x0, "method": method, "lb": lb, "ub": ub}, r)
    for pname in ["bard", "kowalik_osborne", "box3d"]:
        f, x0 = PROBLEMS[pname]
        for method in ["trf", "dogbox"]:
            r = least_squares(f, x0, method=method, x_scale="jac")
            record(fx, f"{pname} x_scale jac {method}",
                   f"least_squares({pname}, {x0}, method='{method}', x_scale='jac')",
                   {"problem": pname, "x0": x0, "method": method, "x_scale": "jac"}, r)
    t, y = outlier_data()

    def resid(p):
        return p[0] * np.exp(-p[1] * t) - y

    for loss in ["linear", "soft_l1", "huber", "cauchy", "arctan"]:
        for method in ["trf", "dogbox"]:
            r = least_squares(resid, [1.0, 1.0], loss=loss, f_scale=0.1, method=method)
            record(fx, f"outliers {loss} {method}",
                   f"least_squares(p0*exp(-p1*t)-y, [1, 1], loss='{loss}', f_scale=0.1, method='{method}')",
                   {"problem": "outliers", "x0": [1.0, 1.0], "method": method, "loss": loss,
                    "f_scale": 0.1, "t": t.tolist(), "y": y.tolist()}, r)
    # Analytic Jacobian.
    def jac(x):
        return np.array([[-20 * x[0], 10], [-1, 0]])
    for method in ["trf", "dogbox", "lm"]:
        r = least_squares(PROBLEMS["rosenbrock"][0], [-1.2, 1.0], jac=jac, method=method)
        record(fx, f"rosenbrock jac {method}",
               f"least_squares(rosenbrock, [-1.2, 1], jac=analytic, method='{method}')",
               {"problem": "rosenbrock", "x0": [-1.2, 1.0], "method": method, "jac": True}, r)
    # 3-point differences.
    r = least_squares(PROBLEMS["bard"][0], [1.0, 1.0, 1.0], jac="3-point")
    record(fx, "bard 3-point trf", "least_squares(bard, [1,1,1], jac='3-point')",
           {"problem": "bard", "x0": [1.0, 1.0, 1.0], "method": "trf", "jac3": True}, r)
    fx.write()
