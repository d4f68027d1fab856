"""expm on matrices whose norms select every Padé degree (3, 5, 7, 9, 13) and scaling, real
and complex, triangular (exact diagonal and superdiagonal), nilpotent, normal and strongly
nonnormal, 1x1 and empty."""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, rng


def generate():
    fx = Fixture("linalg", "expm")
    g = rng(5005)
    inputs = [("1x1", np.array([[0.7]])), ("zero 3", np.zeros((3, 3))),
              ("nilpotent 4", np.triu(np.ones((4, 4)), 1)),
              ("rotation", np.array([[0.0, -2.0], [2.0, 0.0]])),
              ("nonnormal 2", np.array([[1.0, 1e6], [0.0, -1.0]])),
              ("triangular 6", np.triu(general(g, 6)) * 3.0)]
    for scale in [1e-3, 0.05, 0.3, 1.0, 2.5, 10.0, 60.0]:
        for n in [5, 20]:
            inputs.append((f"random n={n} norm~{scale}", general(g, n) * scale / np.sqrt(n)))
        inputs.append((f"complex n=8 norm~{scale}", general(g, 8, complex_=True) * scale / 4.0))
    for label, a in inputs:
        fx.case(f"expm {label}", "scipy.linalg.expm", args={"a": a, "complex": np.iscomplexobj(a)},
                expected={"x": np.asarray(la.expm(a), dtype=np.complex128)})
    fx.write()
