"""orthogonal_procrustes on tall and square, real and complex inputs (R is unique when AᴴB
is nonsingular, as for these random draws)."""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, rng


def generate():
    fx = Fixture("linalg", "procrustes")
    g = rng(5006)
    for shape in [(5, 3), (4, 4), (30, 6), (1, 1)]:
        for complex_ in [False, True]:
            a = general(g, *shape, complex_=complex_)
            b = general(g, *shape, complex_=complex_)
            r, scale = la.orthogonal_procrustes(a, b)
            fx.case(f"procrustes {shape} complex={complex_}", "scipy.linalg.orthogonal_procrustes",
                    args={"a": a, "b": b, "complex": complex_},
                    expected={"r": np.asarray(r, dtype=np.complex128), "scale": float(scale)})
    fx.write()
