"""Global minimization (topic `global`): `brute` grids and results — the tutorial's six-hump
camelback over (-2, 2) x (-1, 1) with Ns points (with and without the default fmin finish),
the same with slice ranges, SciPy's documentation example (f1 + f2 + f3 over slices with a
finish), the tutorial's x**2 + 10 sin(x) in 1-D — and `basinhopping` runs whose results are
checked for reaching the known global minimum (SciPy's random path cannot be reproduced):
the tutorial's x**2 + 10 sin(x) from 0, the camelback, and the documentation's 2-D
cos(14.5 x0 - 0.3) + (x1 + 0.2) x1 + (x0 + 0.2) x0 with L-BFGS-B and an analytic gradient.
"""
import numpy as np
from scipy import optimize as opt

from golden import Fixture


def camel(x):
    x0, x1 = x
    return (4 - 2.1 * x0 ** 2 + x0 ** 4 / 3) * x0 ** 2 + x0 * x1 + (4 * x1 ** 2 - 4) * x1 ** 2


DOC_PARAMS = (2, 3, 7, 8, 9, 10, 44, -1, 2, 26, 1, -2, 0.5)


def doc(z):
    x, y = z
    a, b, c, d, e, f, g, h, i, j, k, l, scale = DOC_PARAMS
    f1 = a * x ** 2 + b * x * y + c * y ** 2 + d * x + e * y + f
    f2 = -g * np.exp(-((x - h) ** 2 + (y - i) ** 2) / scale)
    f3 = -j * np.exp(-((x - k) ** 2 + (y - l) ** 2) / scale)
    return f1 + f2 + f3


def tutorial(x):
    return x[0] ** 2 + 10 * np.sin(x[0])


def func2d(x):
    f = np.cos(14.5 * x[0] - 0.3) + (x[1] + 0.2) * x[1] + (x[0] + 0.2) * x[0]
    df = np.zeros(2)
    df[0] = -14.5 * np.sin(14.5 * x[0] - 0.3) + 2. * x[0] + 0.2
    df[1] = 2. * x[1] + 0.2
    return f, df


FUNCS = {"camel": camel, "doc": doc, "tutorial": tutorial}


def enc_ranges(ranges):
    return [list(map(float, (r.start, r.stop, r.step))) if isinstance(r, slice) else list(map(float, r))
            for r in ranges]


def brute_case(fx, name, fname, ranges, Ns, finish):
    x0, fval, grid, jout = opt.brute(FUNCS[fname], ranges, Ns=Ns, full_output=True,
                                     finish=opt.fmin if finish else None)
    jout = np.atleast_1d(jout)
    fx.case(name, "scipy.optimize.brute",
            args={"problem": fname, "ranges": enc_ranges(ranges), "Ns": Ns, "finish": finish},
            expected={"x": [float(v) for v in np.atleast_1d(x0)], "fun": float(fval),
                      "jout_shape": list(jout.shape), "jout": jout if jout.size <= 200 else None,
                      "grid_shape": list(np.shape(grid)),
                      "jout_min": float(jout.min()), "jout_sum": float(jout.sum())})


def generate():
    fx = Fixture("optimize", "global")
    brute_case(fx, "brute camel Ns=20 fmin", "camel", ((-2, 2), (-1, 1)), 20, True)
    brute_case(fx, "brute camel Ns=10 none", "camel", ((-2, 2), (-1, 1)), 10, False)
    brute_case(fx, "brute camel slices none", "camel",
               (slice(-2, 2, 0.25), slice(-1, 1, 0.25)), 20, False)
    brute_case(fx, "brute doc slices fmin", "doc",
               (slice(-4, 4, 0.25), slice(-4, 4, 0.25)), 20, True)
    brute_case(fx, "brute tutorial Ns=50 fmin", "tutorial", ((-10, 10),), 50, True)
    brute_case(fx, "brute tutorial Ns=7 none", "tutorial", ((-10, 10),), 7, False)
    # basinhopping: SciPy's results from fixed seeds; the Rust test checks the known minimum.
    r = opt.basinhopping(tutorial, [0.0], rng=np.random.default_rng(555))
    fx.case("basinhopping tutorial", "scipy.optimize.basinhopping",
            args={"problem": "tutorial", "x0": [0.0], "niter": 100},
            expected={"x": [float(v) for v in r.x], "fun": float(r.fun), "success": bool(r.success),
                      "nit": int(r.nit), "message": str(r.message[0])})
    r = opt.basinhopping(camel, [-1.0, 1.0], niter=50, rng=np.random.default_rng(1))
    fx.case("basinhopping camel", "scipy.optimize.basinhopping",
            args={"problem": "camel", "x0": [-1.0, 1.0], "niter": 50},
            expected={"x": [float(v) for v in r.x], "fun": float(r.fun), "success": bool(r.success),
                      "nit": int(r.nit), "message": str(r.message[0])})
    r = opt.basinhopping(func2d, [1.0, 1.0], niter=200,
                         minimizer_kwargs={"method": "L-BFGS-B", "jac": True},
                         rng=np.random.default_rng(2))
    fx.case("basinhopping func2d L-BFGS-B", "scipy.optimize.basinhopping",
            args={"problem": "func2d", "x0": [1.0, 1.0], "niter": 200},
            expected={"x": [float(v) for v in r.x], "fun": float(r.fun), "success": bool(r.success),
                      "nit": int(r.nit), "message": str(r.message[0])})
    fx.write()
