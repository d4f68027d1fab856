"""isotonic_regression (topic `isotonic`): random sequences (fixed seed) with and without
weights, increasing and decreasing, ties, one element."""
import numpy as np
from scipy.optimize import isotonic_regression

from golden import Fixture


def generate():
    fx = Fixture("optimize", "isotonic")
    g = np.random.default_rng(6)
    cases = [("random 30", g.standard_normal(30).cumsum() * 0.3 + g.standard_normal(30), None),
             ("random 30 weighted", g.standard_normal(30), g.uniform(0.1, 3, 30)),
             ("ties", np.array([1.0, 1.0, 0.0, 2.0, 2.0, 1.0, 3.0]), None),
             ("one", np.array([4.0]), None),
             ("flat and pooled ties", np.array([3.0, 1.0, 2.0, 2.0, 2.0, 5.0]), None)]
    for name, y, w in cases:
        for inc in [True, False]:
            r = isotonic_regression(y, weights=w, increasing=inc)
            fx.case(f"{name} {'increasing' if inc else 'decreasing'}",
                    f"isotonic_regression(y, weights=w, increasing={inc})",
                    args={"y": y.tolist(), "weights": None if w is None else w.tolist(),
                          "increasing": inc},
                    expected={"x": r.x.tolist(), "weights": r.weights.tolist(),
                              "blocks": [int(v) for v in r.blocks]},
                    rtol=1e-12, atol=1e-12)
    fx.write()
