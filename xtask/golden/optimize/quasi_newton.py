"""Golden fixtures of SciPy's quasi-Newton Hessian update strategies `BFGS` and `SR1`:
`get_matrix()` after a fixed sequence of updates (steps and gradient changes of the 3-D
Rosenbrock function along a fixed path), for the Hessian and the inverse Hessian, with each
exception strategy, including a step that violates the curvature condition.
"""
import numpy as np
from scipy.optimize import BFGS, SR1, rosen_der
from golden import Fixture


def path():
    xs = [np.array([1.3, 0.7, 0.8]), np.array([1.1, 0.9, 0.85]), np.array([1.05, 1.1, 1.2]),
          np.array([0.95, 0.98, 1.0]), np.array([1.0, 1.01, 1.02])]
    steps = [(xs[k + 1] - xs[k], rosen_der(xs[k + 1]) - rosen_der(xs[k])) for k in range(len(xs) - 1)]
    # A step whose gradient change has negative curvature (yᵀs < 0).
    steps.append((np.array([0.1, -0.2, 0.05]), np.array([-0.3, 0.1, 0.2])))
    return steps


def generate():
    fx = Fixture("optimize", "quasi_newton")
    steps = path()
    fx.case("path", "steps and gradient changes of rosen along a fixed path",
            args={"s": [s.tolist() for s, _ in steps], "y": [y.tolist() for _, y in steps]})
    configs = [("bfgs_skip", lambda: BFGS()), ("bfgs_damp", lambda: BFGS("damp_update")),
               ("bfgs_scale2", lambda: BFGS(init_scale=2.0)), ("sr1", lambda: SR1()),
               ("sr1_scale", lambda: SR1(init_scale=0.5))]
    for name, make in configs:
        for approx in ("hess", "inv_hess"):
            q = make()
            q.initialize(3, approx)
            mats = []
            checkpoints = [0, 2, 4, 5]  # after the 1st, 3rd, 5th and 6th (negative-curvature) update
            for k, (s, y) in enumerate(steps):
                q.update(s, y)
                if k in checkpoints:
                    mats.append(q.get_matrix().tolist())
            fx.case(f"{name}_{approx}", f"{name}: initialize(3, '{approx}'); update(s, y) ...",
                    expected={"checkpoints": checkpoints, "matrices": mats}, rtol=1e-12, atol=1e-12)
    fx.write()
