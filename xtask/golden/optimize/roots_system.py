"""Golden fixtures of `root` / `fsolve` (topic `roots_system`): MINPACK's square test
problems (Moré, Garbow & Hillstrom 1981) solved by `hybr` with and without the Jacobian, by
the nonlin family (broyden1, broyden2, anderson, linearmixing, diagbroyden, excitingmixing)
and df-sane (also with their options); plus the tutorial's `fsolve` examples. Each case
records `success`, `status`, `nfev`, `njev`, `nit` as SciPy reports them (failures included,
so the tests can match them), `x` when converged, and whether SciPy's own outcome survives a
1e-12 perturbation of x0 (`robust`). The problems are defined again in the Rust test, term
for term.
"""
import warnings

import numpy as np
from scipy.optimize import root, fsolve

from golden import Fixture


def rosenbrock(x):
    return np.array([10 * (x[1] - x[0]**2), 1 - x[0]])


def rosenbrock_j(x):
    return np.array([[-20 * x[0], 10.0], [-1.0, 0.0]])


def powell_singular(x):
    return np.array([x[0] + 10 * x[1], np.sqrt(5) * (x[2] - x[3]), (x[1] - 2 * x[2])**2,
                     np.sqrt(10) * (x[0] - x[3])**2])


def powell_singular_j(x):
    a = 2 * (x[1] - 2 * x[2])
    b = 2 * np.sqrt(10) * (x[0] - x[3])
    return np.array([[1.0, 10, 0, 0], [0, 0, np.sqrt(5), -np.sqrt(5)], [0, a, -2 * a, 0],
                     [b, 0, 0, -b]])


def powell_badly_scaled(x):
    return np.array([1e4 * x[0] * x[1] - 1, np.exp(-x[0]) + np.exp(-x[1]) - 1.0001])


def powell_badly_scaled_j(x):
    return np.array([[1e4 * x[1], 1e4 * x[0]], [-np.exp(-x[0]), -np.exp(-x[1])]])


def wood(x):
    t1 = x[1] - x[0]**2
    t2 = x[3] - x[2]**2
    return np.array([-200 * x[0] * t1 - (1 - x[0]), 200 * t1 + 20.2 * (x[1] - 1) + 19.8 * (x[3] - 1),
                     -180 * x[2] * t2 - (1 - x[2]), 180 * t2 + 20.2 * (x[3] - 1) + 19.8 * (x[1] - 1)])


def wood_j(x):
    t1 = x[1] - x[0]**2
    t2 = x[3] - x[2]**2
    return np.array([[-200 * t1 + 400 * x[0]**2 + 1, -200 * x[0], 0, 0],
                     [-400 * x[0], 220.2, 0, 19.8],
                     [0, 0, -180 * t2 + 360 * x[2]**2 + 1, -180 * x[2]],
                     [0, 19.8, -360 * x[2], 200.2]])


def helical_valley(x):
    th = np.arctan(x[1] / x[0]) / (2 * np.pi) if x[0] != 0 else 0.25 * np.sign(x[1])
    if x[0] < 0:
        th += 0.5
    return np.array([10 * (x[2] - 10 * th), 10 * (np.hypot(x[0], x[1]) - 1), x[2]])


def helical_valley_j(x):
    r2 = x[0]**2 + x[1]**2
    r = np.sqrt(r2)
    c = 100 / (2 * np.pi * r2)
    return np.array([[c * x[1], -c * x[0], 10.0], [10 * x[0] / r, 10 * x[1] / r, 0], [0, 0, 1.0]])


def watson(x):
    n = len(x)
    g = np.zeros(n)
    for i in range(1, 30):
        t = i / 29
        s1 = sum((j - 1) * x[j - 1] * t**(j - 2) for j in range(2, n + 1))
        s2 = sum(x[j - 1] * t**(j - 1) for j in range(1, n + 1))
        r = s1 - s2**2 - 1
        for j in range(1, n + 1):
            d = (j - 1) * t**(j - 2) if j >= 2 else 0.0
            g[j - 1] += r * (d - 2 * s2 * t**(j - 1))
    r31 = x[1] - x[0]**2 - 1
    g[0] += x[0] - 2 * x[0] * r31
    g[1] += r31
    return g


def chebyquad(x):
    n = len(x)
    f = np.zeros(n)
    y = 2 * np.asarray(x) - 1
    for i in range(1, n + 1):
        f[i - 1] = np.mean(np.cos(i * np.arccos(np.clip(y, -1, 1))))
        if i % 2 == 0:
            f[i - 1] += 1 / (i * i - 1)
    return f


def brown_almost_linear(x):
    n = len(x)
    s = np.sum(x)
    f = np.array(x) + s - (n + 1)
    f[-1] = np.prod(x) - 1
    return f


def brown_almost_linear_j(x):
    n = len(x)
    j = np.ones((n, n)) + np.eye(n)
    for k in range(n):
        j[-1, k] = np.prod(np.delete(x, k))
    return j


def discrete_bv(x):
    n = len(x)
    h = 1 / (n + 1)
    xe = np.concatenate([[0.0], x, [0.0]])
    t = np.arange(1, n + 1) * h
    return 2 * xe[1:-1] - xe[:-2] - xe[2:] + h**2 * (xe[1:-1] + t + 1)**3 / 2


def discrete_bv_j(x):
    n = len(x)
    h = 1 / (n + 1)
    t = np.arange(1, n + 1) * h
    j = np.diag(2 + 1.5 * h**2 * (x + t + 1)**2) - np.eye(n, k=1) - np.eye(n, k=-1)
    return j


def trigonometric(x):
    n = len(x)
    i = np.arange(1, n + 1)
    return n - np.sum(np.cos(x)) + i * (1 - np.cos(x)) - np.sin(x)


def trigonometric_j(x):
    n = len(x)
    i = np.arange(1, n + 1)
    j = np.tile(np.sin(x), (n, 1))
    j += np.diag(i * np.sin(x) - np.cos(x))
    return j


def broyden_tridiagonal(x):
    xe = np.concatenate([[0.0], x, [0.0]])
    return (3 - 2 * xe[1:-1]) * xe[1:-1] - xe[:-2] - 2 * xe[2:] + 1


def broyden_tridiagonal_j(x):
    n = len(x)
    return np.diag(3 - 4 * x) - np.eye(n, k=-1) - 2 * np.eye(n, k=1)


PROBLEMS = [
    ("rosenbrock", rosenbrock, rosenbrock_j, [-1.2, 1.0]),
    ("powell_singular", powell_singular, powell_singular_j, [3.0, -1.0, 0.0, 1.0]),
    ("powell_badly_scaled", powell_badly_scaled, powell_badly_scaled_j, [0.0, 1.0]),
    ("wood", wood, wood_j, [-3.0, -1.0, -3.0, -1.0]),
    ("helical_valley", helical_valley, helical_valley_j, [-1.0, 0.0, 0.0]),
    ("watson6", watson, None, [0.0] * 6),
    ("chebyquad5", chebyquad, None, [j / 6 for j in range(1, 6)]),
    ("brown_almost_linear5", brown_almost_linear, brown_almost_linear_j, [0.5] * 5),
    ("discrete_bv10", discrete_bv, discrete_bv_j, [t * (t - 1) for t in np.arange(1, 11) / 11]),
    ("trigonometric10", trigonometric, trigonometric_j, [0.1] * 10),
    ("broyden_tridiagonal8", broyden_tridiagonal, broyden_tridiagonal_j, [-1.0] * 8),
]

NONLIN = ["broyden1", "broyden2", "anderson", "linearmixing", "diagbroyden", "excitingmixing"]


def robust(run, x0, r):
    """Whether the outcome survives perturbing x0 by 1e-12 (relative): runs that fail on a
    singular root or wander for hundreds of iterations amplify rounding differences, so a
    re-implementation can only be asked to match the outcome of the robust ones."""
    try:
        r2 = run(x0 * (1 + 1e-12) + 1e-12)
    except Exception:
        return False
    same = bool(r2.success) == bool(r.success) and r2.get("status") == r.get("status")
    return bool(same and abs(r2.nfev - r.nfev) <= 0.25 * r.nfev + 3)


def record(fx, name, call, r, robust_=True, **extra):
    extra["robust"] = bool(robust_)
    # The solution is kept where the tests compare it (converged runs); `fun` is not stored
    # (the tests check residuals themselves), to keep the fixture small.
    exp = {"success": bool(r.success), "nfev": int(r.get("nfev", 0))}
    if r.success:
        exp["x"] = np.asarray(r.x, float).tolist()
    for key in ("status", "njev", "nit"):
        if key in r:
            exp[key] = int(r[key])
    fx.case(name, call, args=dict(extra), expected=exp)


def generate():
    fx = Fixture("optimize", "roots_system")
    warnings.simplefilter("ignore")
    for label, f, j, x0 in PROBLEMS:
        x0 = np.array(x0, float)
        run = lambda z: root(f, z, method="hybr")
        r = run(x0)
        record(fx, f"hybr {label}", "root(f, x0, method='hybr')", r, robust(run, x0, r))
        if j is not None:
            run = lambda z: root(f, z, jac=j, method="hybr")
            r = run(x0)
            record(fx, f"hybr-jac {label}", "root(f, x0, jac=j, method='hybr')", r, robust(run, x0, r))
        for m in NONLIN + ["df-sane"]:
            try:
                r = root(f, x0, method=m)
            except Exception as e:  # SciPy raising is recorded as a failure with no result
                fx.case(f"{m} {label}", f"root(f, x0, method='{m}')", args={"raised": type(e).__name__},
                        expected={"success": False})
                continue
            record(fx, f"{m} {label}", f"root(f, x0, method='{m}')", r,
                   robust(lambda z: root(f, z, method=m), x0, r))
    # Method options (jac_options, line search, tol, df-sane's M and line search) on two
    # problems the methods solve.
    OPTION_CASES = [
        ("broyden1", {"jac_options": {"max_rank": 4, "reduction_method": "restart"}}, "restart4"),
        ("broyden1", {"jac_options": {"max_rank": 4, "reduction_method": "simple"}}, "simple4"),
        ("broyden1", {"jac_options": {"max_rank": 5, "reduction_method": "svd"}}, "svd5"),
        ("broyden1", {"jac_options": {"max_rank": 5, "reduction_method": ("svd", 2)}}, "svd5-2"),
        ("broyden2", {"jac_options": {"alpha": 0.5}}, "alpha0.5"),
        ("broyden1", {"line_search": None}, "nols"),
        ("anderson", {"jac_options": {"M": 3, "w0": 0.1}}, "M3w0.1"),
        ("anderson", {"line_search": None, "fatol": 1e-10}, "nols-fatol"),
        ("diagbroyden", {"jac_options": {"alpha": 0.3}}, "alpha0.3"),
        ("linearmixing", {"jac_options": {"alpha": 0.2}, "maxiter": 2000}, "alpha0.2"),
        ("excitingmixing", {"jac_options": {"alpha": 0.2, "alphamax": 0.5}}, "alphamax0.5"),
        ("broyden2", {"xtol": 1e-10, "xatol": np.inf, "ftol": np.inf, "fatol": np.inf}, "xtol"),
        ("df-sane", {"M": 5, "line_search": "cheng"}, "cheng-M5"),
        ("df-sane", {"fatol": 1e-12, "ftol": 0.0}, "fatol"),
    ]
    for label, f, j, x0 in PROBLEMS:
        if label not in ("broyden_tridiagonal8", "trigonometric10"):
            continue
        x0 = np.array(x0, float)
        for m, opts, tag in OPTION_CASES:
            try:
                r = root(f, x0, method=m, options=opts)
            except Exception as e:
                fx.case(f"opt {m} {tag} {label}", f"root(f, x0, method='{m}', options={opts})",
                        args={"raised": type(e).__name__}, expected={"success": False})
                continue
            record(fx, f"opt {m} {tag} {label}", f"root(f, x0, method='{m}', options={opts})", r,
                   robust(lambda z: root(f, z, method=m, options=opts), x0, r))
    r = root(broyden_tridiagonal, [-1.0] * 8, method="broyden2", tol=1e-11)
    record(fx, "tol broyden2 broyden_tridiagonal8", "root(f, x0, method='broyden2', tol=1e-11)", r)
    # hybr's scaling options.
    for tag, opts in [("diag", {"diag": [1.0, 10.0]}), ("factor", {"factor": 0.5}),
                      ("eps", {"eps": 1e-10}), ("xtol", {"xtol": 1e-12})]:
        r = root(rosenbrock, [-1.2, 1.0], method="hybr", options=opts)
        record(fx, f"hybr-{tag} rosenbrock", f"root(f, x0, method='hybr', options={opts})", r)
    # band: Broyden tridiagonal with (ml, mu) = (1, 1) needs 3 evaluations per Jacobian.
    r = root(broyden_tridiagonal, [-1.0] * 8, method="hybr", options={"band": (1, 1)})
    record(fx, "hybr-band broyden_tridiagonal8", "root(f, x0, method='hybr', options={'band': (1, 1)})", r)
    # Tutorial examples.
    f = lambda x: x**2 + 10 * np.sin(x)
    for x0 in [1.0, -2.5]:
        x, info, ier, mesg = fsolve(f, x0, full_output=True)
        fx.case(f"fsolve tutorial x0={x0}", "fsolve(lambda x: x**2 + 10*sin(x), x0)", args={"x0": x0},
                expected={"x": float(x[0]), "nfev": int(info["nfev"]), "ier": int(ier)})
    x = fsolve(lambda x: x + 3, -2.0)
    fx.case("fsolve x+3", "fsolve(lambda x: x + 3, -2)", expected={"x": float(x[0])})
    guesses = [15.0, 20.0, 30.0, 35.0, 40.0, 45.0]
    g = lambda x: np.cos(x / 5) * np.sin(x / 2) - (0.01 * x - 0.5)
    roots = [float(fsolve(g, x0)[0]) for x0 in guesses]
    fx.case("fsolve intersections", "fsolve(lambda x: cos(x/5)*sin(x/2) - (0.01*x - 0.5), x0)",
            args={"guesses": guesses}, expected={"roots": roots})
    fx.write()
