"""Non-negative least squares (topic `nnls`): `scipy.optimize.nnls` on random tall, square and
wide systems, rank-deficient ones, SciPy's documentation examples, and a system whose
unconstrained solution is already non-negative. Records x and rnorm.
"""
import numpy as np
from scipy.optimize import nnls

from golden import Fixture


def generate():
    fx = Fixture("optimize", "nnls")
    g = np.random.default_rng(6021)
    systems = [
        ("doc example", np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]), np.array([2.0, 1.0, 1.0])),
        ("doc negative", np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]), np.array([-1.0, -1.0, -1.0])),
        ("random 20x6", g.standard_normal((20, 6)), g.standard_normal(20)),
        ("random 8x8", g.standard_normal((8, 8)), g.standard_normal(8)),
        ("random wide 5x12", g.standard_normal((5, 12)), g.standard_normal(5)),
        ("random 40x15", g.standard_normal((40, 15)), g.standard_normal(40)),
    ]
    r = g.standard_normal((12, 3)) @ g.standard_normal((3, 7))
    systems.append(("rank deficient 12x7 rank 3", r, g.standard_normal(12)))
    dup = g.standard_normal((10, 4))
    dup = np.hstack([dup, dup[:, :2]])
    systems.append(("duplicate columns 10x6", dup, g.standard_normal(10)))
    a = np.abs(g.standard_normal((15, 5)))
    systems.append(("positive solution 15x5", a, a @ np.array([1.0, 2.0, 0.5, 3.0, 1.5])))
    for name, a, b in systems:
        x, rnorm = nnls(a, b)
        fx.case(name, "scipy.optimize.nnls(A, b)",
                args={"a": [[float(v) for v in row] for row in a], "b": [float(v) for v in b]},
                expected={"x": [float(v) for v in x], "rnorm": float(rnorm)})
    fx.write()
