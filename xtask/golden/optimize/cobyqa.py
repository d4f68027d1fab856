"""Golden fixtures of `minimize(method='COBYQA')` on Hock-Schittkowski problems 6, 7, 21, 35,
71, 76 and the constrained Rosenbrock problem of SciPy's `minimize` tutorial (problems
defined in `cobyla.py`), plus Rosenbrock 2-D/5-D without constraints and with bounds.
"""
import numpy as np
from scipy.optimize import minimize, rosen, Bounds
from golden import Fixture
from optimize.cobyla import problems, scipy_constraints


def record(fx, name, call, r):
    fx.case(name, call,
            expected={"x": r.x.tolist(), "fun": float(r.fun), "success": bool(r.success),
                      "status": int(r.status), "nfev": int(r.nfev), "nit": int(r.nit),
                      "maxcv": float(r.maxcv)},
            rtol=0.0, atol=1e-5)


def generate():
    fx = Fixture("optimize", "cobyqa")
    for name, p in problems().items():
        cons, b = scipy_constraints(p, False)
        r = minimize(p["f"], p["x0"], method="COBYQA", constraints=cons, bounds=b)
        record(fx, name, f"minimize({name}, x0, method='COBYQA')", r)
    for n in (2, 5):
        x0 = [1.3, 0.7, 0.8, 1.9, 1.2][:n]
        r = minimize(rosen, x0, method="COBYQA")
        record(fx, f"rosen{n}", f"minimize(rosen, {x0}, method='COBYQA')", r)
    r = minimize(rosen, [-1.0, 1.0], method="COBYQA", bounds=Bounds([-2, -2], [0.5, 2]))
    record(fx, "rosen_box", "minimize(rosen, [-1, 1], method='COBYQA', bounds=([-2, -2], [0.5, 2]))", r)
    fx.write()
