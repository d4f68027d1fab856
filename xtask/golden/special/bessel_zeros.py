"""Zeros of Bessel functions: jn_zeros, jnp_zeros, yn_zeros, ynp_zeros (integer order n),
y0_zeros, y1_zeros, y1p_zeros (real zeros and the derivative, or value, there).

References: mpmath's besseljzero / besselyzero (50 digits; `derivative=1` for the zeros of
J_n', Y_n'). SciPy's jnp_zeros(0, nt) skips the zero of J_0' at x = 0, so its k-th zero is
mpmath's besseljzero(0, k + 1, derivative=1). The values at the zeros of y0_zeros, y1_zeros,
y1p_zeros are mpmath's Y_0'(z) = -Y_1(z), Y_1'(z) = Y_0(z) - Y_1(z)/z and Y_1(z) at mpmath's
zero z. SciPy's y0_zeros returns Y_1(z) = -Y_0'(z) as its "derivative" (the opposite sign of
its documented Y_0'(z0) = -Y_1(z0)); its column holds the negated SciPy value, so that it
measures SciPy's accuracy rather than the sign. besselyzero is very slow for orders >= 20
(30 s per zero at order 100): there the reference zero is mpmath's findroot on
bessely(n, x) (or its derivative) at 50 digits, started from SciPy's zero (within 1e-13 of
it, far closer than the spacing of the zeros). Each row holds the order n, the index k
(1-based), the reference and SciPy's value.
"""
import mpmath
import numpy as np
import scipy.special as sc

from golden import Fixture
from _points import columns

# (order, how many zeros): small orders far out in k, larger orders for the first zeros,
# where the uniform (Airy-type) regime holds.
J_PLAN = [(0, 1000), (1, 300), (2, 60), (5, 60), (10, 60), (20, 40), (50, 30), (100, 30)]
Y_PLAN = [(0, 1000), (1, 300), (2, 60), (5, 60), (10, 40), (20, 30), (50, 20), (100, 15)]


def zero_table(scipy_fn, mp_fn, plan):
    rows = []
    for n, count in plan:
        sp = scipy_fn(n, count)
        for k in range(1, count + 1):
            ref = mp_fn(n, k, float(sp[k - 1]))
            rows.append([float(n), float(k), float(ref), float(sp[k - 1])])
    return np.array(rows, dtype=np.float64)


def y_zero(n, k, derivative, start):
    if n < 20:
        return mpmath.besselyzero(n, k, derivative=derivative)
    f = (lambda x: mpmath.bessely(n, x, derivative=1)) if derivative else \
        (lambda x: mpmath.bessely(n, x))
    return mpmath.findroot(f, mpmath.mpf(start), tol=mpmath.mpf(10) ** -45)


def generate():
    fx = Fixture("special", "bessel_zeros")
    specs = [
        ("jn_zeros", sc.jn_zeros, lambda n, k, s: mpmath.besseljzero(n, k), J_PLAN),
        ("jnp_zeros", sc.jnp_zeros,
         lambda n, k, s: mpmath.besseljzero(n, k + (1 if n == 0 else 0), derivative=1), J_PLAN),
        ("yn_zeros", sc.yn_zeros, lambda n, k, s: y_zero(n, k, 0, s), Y_PLAN),
        ("ynp_zeros", sc.ynp_zeros, lambda n, k, s: y_zero(n, k, 1, s), Y_PLAN),
    ]
    for name, scipy_fn, mp_fn, plan in specs:
        print(f"  {name}", flush=True)
        orders = ", ".join(f"n = {n}: k <= {c}" for n, c in plan)
        fx.accuracy(
            name, f"scipy.special.{name}(n, nt)[k-1]", columns(["n", "k"]),
            zero_table(scipy_fn, mp_fn, plan), f"the first zeros of each order ({orders})",
        )
    nt = 1000
    ks = range(1, nt + 1)
    real = {
        "y0_zeros": (sc.y0_zeros(nt), lambda k: mpmath.besselyzero(0, k),
                     lambda z: -mpmath.bessely(1, z)),
        "y1_zeros": (sc.y1_zeros(nt), lambda k: mpmath.besselyzero(1, k),
                     lambda z: mpmath.bessely(0, z) - mpmath.bessely(1, z) / z),
        "y1p_zeros": (sc.y1p_zeros(nt), lambda k: mpmath.besselyzero(1, k, derivative=1),
                      lambda z: mpmath.bessely(1, z)),
    }
    fields = {"y0_zeros": ("z0n", "y0pz0n"), "y1_zeros": ("z1n", "y1pz1n"),
              "y1p_zeros": ("z1pn", "y1z1pn")}
    for name, (sp, zero, value) in real.items():
        print(f"  {name}", flush=True)
        zs = [zero(k) for k in ks]
        for i, field in enumerate(fields[name]):
            ref = [float(z) if i == 0 else float(value(z)) for z in zs]
            scipy_values = np.asarray(sp[i]).real.astype(np.float64)
            if name == "y0_zeros" and i == 1:
                scipy_values = -scipy_values  # SciPy returns Y_1(z) = -Y_0'(z)
            table = np.column_stack([np.array(list(ks), dtype=np.float64), ref, scipy_values])
            fx.accuracy(
                f"{name}_{field}", f"scipy.special.{name}({nt})[{i}].real[k-1]", columns(["k"]),
                table, f"the first {nt} real zeros (k = 1..{nt})",
            )
    fx.write()
