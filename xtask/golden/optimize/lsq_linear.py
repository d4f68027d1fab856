"""lsq_linear (topic `lsq_linear`): random dense problems (fixed seeds) with trf and bvls,
bounds active on some variables, one-sided bounds, a wide problem, and an unconstrained
solution inside the bounds (status 3)."""
import numpy as np
from scipy.optimize import lsq_linear

from golden import Fixture


def generate():
    fx = Fixture("optimize", "lsq_linear")
    g = np.random.default_rng(5)
    problems = []
    a = g.standard_normal((20, 5)); b = g.standard_normal(20)
    problems.append(("tall 20x5 box", a, b, (-0.1 * np.ones(5), 0.1 * np.ones(5))))
    problems.append(("tall 20x5 nonneg", a, b, (np.zeros(5), np.full(5, np.inf))))
    a2 = g.standard_normal((30, 8)); b2 = g.standard_normal(30) * 3
    problems.append(("tall 30x8 mixed", a2, b2,
                     (np.array([-1, 0, -np.inf, -0.5, 0, -2, -np.inf, 0.2]),
                      np.array([1, 0.3, 0.1, np.inf, 1, 2, 0.05, 5]))))
    a3 = g.standard_normal((4, 6)); b3 = g.standard_normal(4)
    problems.append(("wide 4x6 box", a3, b3, (-0.5 * np.ones(6), 0.5 * np.ones(6))))
    problems.append(("inside bounds", a, b, (-100 * np.ones(5), 100 * np.ones(5))))
    for k, (name, A, B, bounds) in enumerate(problems):
        fx.case(f"matrix {k}", "the problem", args={"A": A.tolist(), "b": B.tolist()})
        for method in ["trf", "bvls"]:
            r = lsq_linear(A, B, bounds=bounds, method=method)
            fx.case(f"{name} {method}", f"lsq_linear(A, b, bounds, method='{method}')",
                    args={"matrix": f"matrix {k}", "lb": bounds[0].tolist(),
                          "ub": bounds[1].tolist(), "method": method},
                    expected={"x": r.x.tolist(), "cost": float(r.cost), "nit": int(r.nit),
                              "status": int(r.status), "success": bool(r.success),
                              "optimality": float(r.optimality),
                              "active_mask": [int(v) for v in r.active_mask]},
                    rtol=1e-6, atol=1e-8)
    fx.write()
