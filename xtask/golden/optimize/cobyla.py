"""Golden fixtures of COBYLA (`minimize(method='COBYLA')`, `fmin_cobyla`) on Hock-Schittkowski
problems and the Rosenbrock problem of SciPy's `minimize` tutorial.

The problems (with exact derivatives, also used by `trust_constr.py` and `cobyqa.py`) are
defined here once.
Equality constraints are pairs of inequalities for COBYLA, so its final violation is of
the order of `rhoend²`; the cases use `catol=2e-4` (`fmin_cobyla`'s default) so that
`success` does not hinge on the exact violation at the last digit.
"""
import numpy as np
from scipy.optimize import LinearConstraint, NonlinearConstraint, Bounds, rosen, rosen_der, rosen_hess
from scipy.optimize import minimize, fmin_cobyla
from golden import Fixture

inf = np.inf


def problems():
    P = {}
    # HS6
    P["hs6"] = dict(
        x0=[-1.2, 1.0], f=lambda x: (1 - x[0])**2,
        g=lambda x: np.array([-2 * (1 - x[0]), 0.0]),
        h=lambda x: np.array([[2.0, 0], [0, 0]]),
        nl=[(lambda x: np.array([10 * (x[1] - x[0]**2)]), lambda x: np.array([[-20 * x[0], 10.0]]),
             lambda x, v: v[0] * np.array([[-20.0, 0], [0, 0]]), [0.0], [0.0])],
        lin=[], bounds=None)
    P["hs7"] = dict(
        x0=[2.0, 2.0], f=lambda x: np.log(1 + x[0]**2) - x[1],
        g=lambda x: np.array([2 * x[0] / (1 + x[0]**2), -1.0]),
        h=lambda x: np.array([[2 * (1 - x[0]**2) / (1 + x[0]**2)**2, 0], [0, 0]]),
        nl=[(lambda x: np.array([(1 + x[0]**2)**2 + x[1]**2 - 4]),
             lambda x: np.array([[4 * x[0] * (1 + x[0]**2), 2 * x[1]]]),
             lambda x, v: v[0] * np.array([[4 + 12 * x[0]**2, 0], [0, 2.0]]), [0.0], [0.0])],
        lin=[], bounds=None)
    P["hs21"] = dict(
        x0=[2.0, -1.0], f=lambda x: 0.01 * x[0]**2 + x[1]**2 - 100,
        g=lambda x: np.array([0.02 * x[0], 2 * x[1]]),
        h=lambda x: np.array([[0.02, 0], [0, 2.0]]),
        nl=[], lin=[([[10.0, -1.0]], [10.0], [inf])], bounds=([2.0, -50.0], [50.0, 50.0]))
    P["hs35"] = dict(
        x0=[0.5, 0.5, 0.5],
        f=lambda x: 9 - 8*x[0] - 6*x[1] - 4*x[2] + 2*x[0]**2 + 2*x[1]**2 + x[2]**2 + 2*x[0]*x[1] + 2*x[0]*x[2],
        g=lambda x: np.array([-8 + 4*x[0] + 2*x[1] + 2*x[2], -6 + 4*x[1] + 2*x[0], -4 + 2*x[2] + 2*x[0]]),
        h=lambda x: np.array([[4.0, 2, 2], [2, 4, 0], [2, 0, 2]]),
        nl=[], lin=[([[1.0, 1.0, 2.0]], [-inf], [3.0])], bounds=([0.0] * 3, [inf] * 3))
    P["hs71"] = dict(
        x0=[1.0, 5.0, 5.0, 1.0],
        f=lambda x: x[0]*x[3]*(x[0]+x[1]+x[2]) + x[2],
        g=lambda x: np.array([x[3]*(2*x[0]+x[1]+x[2]), x[0]*x[3], x[0]*x[3] + 1, x[0]*(x[0]+x[1]+x[2])]),
        h=lambda x: np.array([[2*x[3], x[3], x[3], 2*x[0]+x[1]+x[2]],
                              [x[3], 0, 0, x[0]], [x[3], 0, 0, x[0]],
                              [2*x[0]+x[1]+x[2], x[0], x[0], 0]]),
        nl=[(lambda x: np.array([x[0]*x[1]*x[2]*x[3]]),
             lambda x: np.array([[x[1]*x[2]*x[3], x[0]*x[2]*x[3], x[0]*x[1]*x[3], x[0]*x[1]*x[2]]]),
             lambda x, v: v[0] * np.array([[0, x[2]*x[3], x[1]*x[3], x[1]*x[2]],
                                           [x[2]*x[3], 0, x[0]*x[3], x[0]*x[2]],
                                           [x[1]*x[3], x[0]*x[3], 0, x[0]*x[1]],
                                           [x[1]*x[2], x[0]*x[2], x[0]*x[1], 0]]), [25.0], [inf]),
            (lambda x: np.array([x @ x]), lambda x: 2 * x[None, :],
             lambda x, v: 2 * v[0] * np.eye(4), [40.0], [40.0])],
        lin=[], bounds=([1.0] * 4, [5.0] * 4))
    P["hs76"] = dict(
        x0=[0.5] * 4,
        f=lambda x: x[0]**2 + 0.5*x[1]**2 + x[2]**2 + 0.5*x[3]**2 - x[0]*x[2] + x[2]*x[3] - x[0] - 3*x[1] + x[2] - x[3],
        g=lambda x: np.array([2*x[0] - x[2] - 1, x[1] - 3, 2*x[2] - x[0] + x[3] + 1, x[3] + x[2] - 1]),
        h=lambda x: np.array([[2.0, 0, -1, 0], [0, 1, 0, 0], [-1, 0, 2, 1], [0, 0, 1, 1]]),
        nl=[], lin=[([[1.0, 2, 1, 1], [3, 1, 2, -1], [0, 1, 4, 0]], [-inf, -inf, 1.5], [5.0, 4.0, inf])],
        bounds=([0.0] * 4, [inf] * 4))
    # SciPy's minimize tutorial: Rosenbrock with a linear and a nonlinear constraint, bounds.
    P["rosen_tutorial"] = dict(
        x0=[0.5, 0.0], f=rosen, g=rosen_der, h=rosen_hess,
        nl=[(lambda x: np.array([x[0]**2 + x[1], x[0]**2 - x[1]]),
             lambda x: np.array([[2*x[0], 1.0], [2*x[0], -1.0]]),
             lambda x, v: v[0]*np.array([[2.0, 0], [0, 0]]) + v[1]*np.array([[2.0, 0], [0, 0]]),
             [-inf, -inf], [1.0, 1.0])],
        lin=[([[1.0, 2.0], [2.0, 1.0]], [-inf, 1.0], [1.0, 1.0])],
        bounds=([0.0, -0.5], [1.0, 2.0]))
    return P


def scipy_constraints(p, derivs):
    cons = []
    for (A, lb, ub) in p["lin"]:
        cons.append(LinearConstraint(A, lb, ub))
    for (c, j, h, lb, ub) in p["nl"]:
        if derivs:
            cons.append(NonlinearConstraint(c, lb, ub, jac=j, hess=h))
        else:
            cons.append(NonlinearConstraint(c, lb, ub))
    b = p["bounds"]
    return cons, (Bounds(b[0], b[1]) if b is not None else None)


def generate():
    fx = Fixture("optimize", "cobyla")
    for name, p in problems().items():
        cons, b = scipy_constraints(p, False)
        r = minimize(p["f"], p["x0"], method="COBYLA", constraints=cons, bounds=b,
                     options={"catol": 2e-4})
        fx.case(name, f"minimize({name}, x0, method='COBYLA', options={{'catol': 2e-4}})",
                args={"x0": list(p["x0"])},
                expected={"x": r.x.tolist(), "fun": float(r.fun), "success": bool(r.success),
                          "status": int(r.status), "nfev": int(r.nfev), "maxcv": float(r.maxcv)},
                rtol=0.0, atol=1e-3)
    # fmin_cobyla's docstring example.
    x = fmin_cobyla(lambda x: x[0] * x[1], [0.0, 0.1],
                    [lambda x: 1 - x[0]**2 - x[1]**2, lambda x: x[1]], rhoend=1e-7)
    fx.case("fmin_cobyla_doc", "fmin_cobyla(x0*x1, [0, 0.1], [1 - x0² - x1², x1], rhoend=1e-7)",
            expected={"x": x.tolist()}, atol=1e-5)
    fx.write()
