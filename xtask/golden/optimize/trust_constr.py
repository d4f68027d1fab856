"""Golden fixtures of `minimize(method='trust-constr')` with exact derivatives on
Hock-Schittkowski problems 6, 7, 21, 35, 71, 76 (defined in `cobyla.py`), the constrained
Rosenbrock problem of SciPy's `minimize` tutorial (with `hess` and with `hessp`), and the
unconstrained Rosenbrock function in 2 and 5 dimensions.
"""
import numpy as np
from scipy.optimize import minimize, rosen, rosen_der, rosen_hess, rosen_hess_prod
from golden import Fixture
from optimize.cobyla import problems, scipy_constraints


def record(fx, name, call, r):
    fx.case(name, call,
            expected={"x": r.x.tolist(), "fun": float(r.fun), "success": bool(r.success),
                      "status": int(r.status), "nit": int(r.nit), "nfev": int(r.nfev),
                      "njev": int(r.njev), "nhev": int(r.nhev), "method": r.method,
                      "cg_niter": int(r.cg_niter),
                      "constr_violation": float(r.constr_violation),
                      "optimality": float(r.optimality)},
            rtol=0.0, atol=1e-6)


def generate():
    fx = Fixture("optimize", "trust_constr")
    for name, p in problems().items():
        cons, b = scipy_constraints(p, True)
        r = minimize(p["f"], p["x0"], jac=p["g"], hess=p["h"], method="trust-constr",
                     constraints=cons, bounds=b)
        record(fx, name, f"minimize({name}, x0, jac, hess, method='trust-constr')", r)
    p = problems()["rosen_tutorial"]
    cons, b = scipy_constraints(p, True)
    r = minimize(rosen, p["x0"], jac=rosen_der, hessp=rosen_hess_prod, method="trust-constr",
                 constraints=cons, bounds=b)
    record(fx, "rosen_tutorial_hessp", "minimize(rosen, [0.5, 0], jac, hessp, 'trust-constr', ...)", r)
    # The tutorial's quasi-Newton variants: hess=BFGS() / SR1() for the objective and the
    # nonlinear constraint; and HS 71 with SciPy's defaults (BFGS everywhere).
    from scipy.optimize import BFGS, SR1, NonlinearConstraint, LinearConstraint
    for label, strat in (("bfgs", BFGS), ("sr1", SR1)):
        (c, j, _, lb, ub), (A, llb, lub) = p["nl"][0], p["lin"][0]
        cons = [LinearConstraint(A, llb, lub), NonlinearConstraint(c, lb, ub, jac=j, hess=strat())]
        r = minimize(rosen, p["x0"], jac=rosen_der, hess=strat(), method="trust-constr",
                     constraints=cons, bounds=b)
        record(fx, f"rosen_tutorial_{label}",
               f"minimize(rosen, [0.5, 0], jac, hess={strat.__name__}(), 'trust-constr', ...)", r)
    q = problems()["hs71"]
    cons = [NonlinearConstraint(c, lb, ub, jac=j) for (c, j, _, lb, ub) in q["nl"]]
    from scipy.optimize import Bounds
    r = minimize(q["f"], q["x0"], jac=q["g"], method="trust-constr", constraints=cons,
                 bounds=Bounds(*q["bounds"]))
    record(fx, "hs71_default_bfgs", "minimize(hs71, x0, jac, method='trust-constr') (BFGS)", r)
    for n in (2, 5):
        x0 = [1.3, 0.7, 0.8, 1.9, 1.2][:n]
        r = minimize(rosen, x0, jac=rosen_der, hess=rosen_hess, method="trust-constr")
        record(fx, f"rosen{n}", f"minimize(rosen, {x0}, jac, hess, method='trust-constr')", r)
    fx.write()
