"""lu (all three result forms), lu_factor and lu_solve (trans 0, 1, 2) on square and
rectangular, singular and complex matrices (the permute_l form is checked as P L in the test). Partial pivoting chooses the same rows in sci and
LAPACK unless two candidates tie exactly, which random inputs avoid; the singular and
integer-valued matrices here have no ties either."""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, rank_deficient, rng, c128 as c


def generate():
    fx = Fixture("linalg", "lu")
    g = rng(5002)
    inputs = [("tutorial", np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])),
              ("1x1", np.array([[3.0]])),
              ("singular integer", np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 5.0, 2.0]])),
              ("rank deficient 6", rank_deficient(g, 6, 2))]
    for shape in [(5, 5), (7, 4), (4, 7), (24, 24), (30, 17)]:
        inputs.append((f"random {shape}", general(g, *shape)))
        inputs.append((f"complex {shape}", general(g, *shape, complex_=True)))
    for label, a in inputs:
        p, l, u = la.lu(a)
        pi, _, _ = la.lu(a, p_indices=True)
        fx.case(f"lu {label}", "scipy.linalg.lu", args={"a": a, "complex": np.iscomplexobj(a)},
                expected={"p": c(p), "l": c(l), "u": c(u), "p_indices": pi.astype(np.int64)})
        if a.shape[0] == a.shape[1] and "singular" not in label and "deficient" not in label:
            lu_, piv = la.lu_factor(a)
            n = a.shape[0]
            b = general(g, n, 2)
            if np.iscomplexobj(a):
                b = b + 1j * general(g, n, 2)
            xs = [c(la.lu_solve((lu_, piv), b, trans=t)) for t in (0, 1, 2)]
            xv = c(la.lu_solve((lu_, piv), b[:, 0]))
            fx.case(f"lu_factor {label}", "scipy.linalg.lu_factor / lu_solve",
                    args={"a": a, "b": b, "complex": np.iscomplexobj(a)},
                    expected={"lu": c(lu_), "piv": piv.astype(np.int64), "x0": xs[0], "x1": xs[1],
                              "x2": xs[2], "x_vector": xv})
    fx.write()
