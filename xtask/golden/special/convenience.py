"""Golden fixtures of sci-special's convenience family.

Accuracy tables (mpmath at 50 significant digits, SciPy 1.17.1's value at each point) for the
scalar functions, from mpmath's own functions (`log1p`, `expm1`, `cbrt`, `exp`, `log`, `sinpi`,
`atanh`) on the exact float64 arguments; `cosm1` is `-2 sin(x/2)^2`, `sinc` is
`sinpi(x) / (pi x)`, `pseudo_huber` is `r^2 / (sqrt(1 + (r/delta)^2) + 1)` (free of cancellation), `kl_div` is evaluated at 80 digits where `x` is close to `y`. Array functions
(`logsumexp`, `softmax`, `log_softmax`) are golden cases with SciPy's values and a tolerance.
"""
import mpmath as mp
import numpy as np
import scipy.special as sc

from golden import Fixture
from special._points import columns, logspace, logspace_signed, rng, table

mp.mp.dps = 50


def _pts1(*arrays):
    return [(float(v),) for v in np.concatenate(arrays)]


def _pairs(xs, ys):
    return [(float(x), float(y)) for x, y in zip(xs, ys)]


def _finite(v):
    return None if v is None else v


def generate():
    fx = Fixture("special", "convenience")
    g = rng(20240302)
    one = mp.mpf(1)

    def add1(name, call, f_mp, f_sp, points, domain):
        fx.accuracy(name, call, columns(["x"]), table(f_mp, f_sp, points), domain)

    def add2(name, call, args, f_mp, f_sp, points, domain):
        fx.accuracy(name, call, columns(args), table(f_mp, f_sp, points), domain)

    def expit_mp(x):
        return 1 / (1 + mp.exp(-x))

    add1("expit", "scipy.special.expit(x)", expit_mp, sc.expit,
         _pts1(logspace_signed(-300, 3, 400, g), g.uniform(-40, 40, 600)),
         "x in ±[1e-300, 1e3] log-spaced, and dense on [-40, 40]")

    def logit_mp(p):
        if p == 0 or p == 1:
            return None
        return mp.log(p / (1 - p))

    add1("logit", "scipy.special.logit(p)", logit_mp, sc.logit,
         _pts1(logspace(-300, -0.31, 350, g), 1 - logspace(-16, -0.31, 250, g), g.uniform(0, 1, 400)),
         "p in [1e-300, 0.49] log-spaced, 1 - p in [1e-16, 0.49] log-spaced, and dense on [0, 1]")
    add1("log_expit", "scipy.special.log_expit(x)", lambda x: -mp.log1p(mp.exp(-x)), sc.log_expit,
         _pts1(logspace_signed(-300, 300, 400, g), g.uniform(-40, 40, 600)),
         "x in ±[1e-300, 1e300] log-spaced, and dense on [-40, 40]")
    add1("softplus", "scipy.special.softplus(x)", lambda x: mp.log1p(mp.exp(x)), sc.softplus,
         _pts1(logspace_signed(-300, 300, 400, g), g.uniform(-40, 40, 600)),
         "x in ±[1e-300, 1e300] log-spaced, and dense on [-40, 40]")
    add1("log1p", "scipy.special.log1p(x)", lambda x: mp.log1p(x) if x > -1 else None, sc.log1p,
         _pts1(logspace(-300, 300, 300, g), -logspace(-300, -1e-9, 300, g), g.uniform(-1, 2, 400)),
         "x in ±[1e-300, 1e300] log-spaced within the domain, and dense on [-1, 2]")
    add1("expm1", "scipy.special.expm1(x)", mp.expm1, sc.expm1,
         _pts1(logspace_signed(-300, np.log10(709), 500, g), g.uniform(-40, 40, 500)),
         "x in ±[1e-300, 709] log-spaced, and dense on [-40, 40]")
    add1("cosm1", "scipy.special.cosm1(x)", lambda x: -2 * mp.sin(x / 2) ** 2, sc.cosm1,
         _pts1(logspace_signed(-300, 5, 500, g), g.uniform(-10, 10, 500)),
         "x in ±[1e-300, 1e5] log-spaced, and dense on [-10, 10]")
    add1("exprel", "scipy.special.exprel(x)", lambda x: one if x == 0 else mp.expm1(x) / x, sc.exprel,
         _pts1(logspace_signed(-300, np.log10(700), 500, g), g.uniform(-50, 50, 500)),
         "x in ±[1e-300, 700] log-spaced, and dense on [-50, 50]")
    add1("exp2", "scipy.special.exp2(x)", lambda x: mp.mpf(2) ** x, sc.exp2,
         _pts1(logspace_signed(-300, np.log10(1100), 500, g), g.uniform(-50, 50, 500)),
         "x in ±[1e-300, 1100] log-spaced, and dense on [-50, 50]")
    add1("exp10", "scipy.special.exp10(x)", lambda x: mp.mpf(10) ** x, sc.exp10,
         _pts1(logspace_signed(-300, np.log10(330), 500, g), g.uniform(-20, 20, 500)),
         "x in ±[1e-300, 330] log-spaced, and dense on [-20, 20]")
    add1("cbrt", "scipy.special.cbrt(x)", lambda x: mp.sign(x) * mp.cbrt(abs(x)), sc.cbrt,
         _pts1(logspace_signed(-300, 300, 1000, g)),
         "x in ±[1e-300, 1e300], log-spaced")
    add1("sinc", "scipy.special.sinc(x)", lambda x: one if x == 0 else mp.sinpi(x) / (mp.pi * x), sc.sinc,
         _pts1(logspace_signed(-300, 10, 500, g), g.uniform(-10, 10, 500)),
         "x in ±[1e-300, 1e10] log-spaced, and dense on [-10, 10]")

    xs = logspace_signed(-300, 300, 1000, g)
    ys = logspace(-300, 300, 1000, g)
    add2("xlogy", "scipy.special.xlogy(x, y)", ["x", "y"], lambda x, y: x * mp.log(y), sc.xlogy,
         _pairs(xs, ys), "x in ±[1e-300, 1e300], y in [1e-300, 1e300], log-spaced")
    y1 = np.concatenate([logspace(-300, 300, 500, g), -logspace(-300, -1e-9, 500, g)])
    add2("xlog1py", "scipy.special.xlog1py(x, y)", ["x", "y"], lambda x, y: x * mp.log1p(y), sc.xlog1py,
         _pairs(logspace_signed(-300, 300, 1000, g), y1),
         "x in ±[1e-300, 1e300] log-spaced, y in ±[1e-300, 1e300] log-spaced with y > -1")

    def lambdas(n):
        """Box-Cox exponents: mostly ±[1e-4, 5], some down to ±1e-300, some exactly 0."""
        k = n // 20
        return g.permutation(np.concatenate([logspace_signed(-4, np.log10(5), n - 6 * k, g),
                                             logspace_signed(-300, -4, 5 * k, g), np.zeros(k)]))

    lm = lambdas(1000)

    def boxcox_mp(x, l):
        if l == 0:
            return mp.log(x)
        v = mp.expm1(l * mp.log(x)) / l
        return v if abs(l * mp.log(x)) <= 30 else None

    add2("boxcox", "scipy.special.boxcox(x, lmbda)", ["x", "lmbda"], boxcox_mp, sc.boxcox,
         _pairs(logspace(-10, 10, 1000, g), lm) + _pairs(logspace(-10, 10, 60, g), lambdas(60)),
         "x in [1e-10, 1e10], lmbda in ±[1e-4, 5], some in ±[1e-300, 1e-4] and 0, log-spaced, |lmbda ln x| <= 30")

    def boxcox1p_mp(x, l):
        lg = mp.log1p(x)
        if l == 0:
            return lg
        return mp.expm1(l * lg) / l if abs(l * lg) <= 30 else None

    x1 = np.concatenate([logspace(-300, 10, 600, g), -logspace(-300, -1e-6, 400, g)])
    more = np.concatenate([logspace(-300, 10, 30, g), -logspace(-300, -1e-6, 20, g)])
    add2("boxcox1p", "scipy.special.boxcox1p(x, lmbda)", ["x", "lmbda"], boxcox1p_mp, sc.boxcox1p,
         _pairs(x1, g.permutation(lm)) + _pairs(more, lambdas(50)),
         "x in ±[1e-300, 1e10] log-spaced with x > -1, lmbda in ±[1e-4, 5], some in ±[1e-300, 1e-4] and 0, |lmbda ln(1 + x)| <= 30")

    def inv_boxcox_mp(y, l):
        if l == 0:
            return mp.exp(y)
        t = 1 + l * y
        if t <= 0:
            return None
        v = mp.exp(mp.log1p(l * y) / l)
        return v if mp.mpf("1e-30") <= v <= mp.mpf("1e30") else None

    def inv_boxcox1p_mp(y, l):
        if l == 0:
            return mp.expm1(y)
        t = 1 + l * y
        if t <= 0:
            return None
        v = mp.expm1(mp.log1p(l * y) / l)
        # Tiny results are kept (inv_boxcox1p(y) ~ y for small y); subnormal ones are not.
        return v if v == 0 or mp.mpf("1e-300") <= abs(v) <= mp.mpf("1e30") else None

    yb = logspace_signed(-300, 1, 1400, g)
    lb = lambdas(1400)
    add2("inv_boxcox", "scipy.special.inv_boxcox(y, lmbda)", ["y", "lmbda"], inv_boxcox_mp, sc.inv_boxcox,
         _pairs(yb, lb),
         "y in ±[1e-300, 10], lmbda in ±[1e-4, 5], some in ±[1e-300, 1e-4] and 0, log-spaced, 1 + lmbda y > 0, result in [1e-30, 1e30]")
    add2("inv_boxcox1p", "scipy.special.inv_boxcox1p(y, lmbda)", ["y", "lmbda"], inv_boxcox1p_mp,
         sc.inv_boxcox1p, _pairs(yb, g.permutation(lb)),
         "y in ±[1e-300, 10], lmbda in ±[1e-4, 5], some in ±[1e-300, 1e-4] and 0, log-spaced, 1 + lmbda y > 0, |result| in [1e-300, 1e30]")

    add1("entr", "scipy.special.entr(x)", lambda x: -x * mp.log(x) if x > 0 else mp.mpf(0), sc.entr,
         _pts1(logspace(-300, 300, 600, g), g.uniform(0, 3, 400)),
         "x in [1e-300, 1e300] log-spaced, and dense on [0, 3]")
    # Pairs far apart and pairs with x / y within 1e-10 of 1.
    px = logspace(-300, 300, 600, g)
    py = logspace(-300, 300, 600, g)
    cy = logspace(-100, 100, 400, g)
    cx = cy * (1 + logspace_signed(-10, -0.3, 400, g))
    rx, ry = np.concatenate([px, cx]), np.concatenate([py, cy])

    def rel_entr_mp(x, y):
        with mp.workdps(80):
            return x * mp.log(x / y)

    def kl_div_mp(x, y):
        with mp.workdps(80):
            return x * mp.log(x / y) - x + y

    add2("rel_entr", "scipy.special.rel_entr(x, y)", ["x", "y"], rel_entr_mp, sc.rel_entr, _pairs(rx, ry),
         "x, y in [1e-300, 1e300] log-spaced, and pairs with x / y - 1 in ±[1e-10, 0.5]")
    add2("kl_div", "scipy.special.kl_div(x, y)", ["x", "y"], kl_div_mp, sc.kl_div, _pairs(rx, ry),
         "x, y in [1e-300, 1e300] log-spaced, and pairs with x / y - 1 in ±[1e-10, 0.5]")

    hd = logspace(-10, 10, 1000, g)
    hr = logspace_signed(-10, 10, 1000, g)

    def huber_mp(d, r):
        return r * r / 2 if abs(r) <= d else d * (abs(r) - d / 2)

    add2("huber", "scipy.special.huber(delta, r)", ["delta", "r"], huber_mp, sc.huber, _pairs(hd, hr),
         "delta in [1e-10, 1e10], r in ±[1e-10, 1e10], log-spaced")
    add2("pseudo_huber", "scipy.special.pseudo_huber(delta, r)", ["delta", "r"],
         lambda d, r: r * r / (mp.sqrt(1 + (r / d) ** 2) + 1), sc.pseudo_huber, _pairs(hd, g.permutation(hr)),
         "delta in [1e-10, 1e10], r in ±[1e-10, 1e10], log-spaced")

    # ---------------------------------------------------------------- array functions
    inf, nan = np.inf, np.nan
    arrays = {
        "random_small": g.normal(0, 1, 20),
        "random_wide": g.normal(0, 300, 50),
        "dominant": np.array([0.0, -40.0, -50.0, -745.0]),
        "huge": np.array([1e308, 1e308]),
        "single": np.array([3.5]),
        "neg_inf_all": np.array([-inf, -inf]),
        "with_inf": np.array([inf, 1.0]),
        "inf_and_neg_inf": np.array([inf, -inf]),
        "neg_inf_and_inf": np.array([-inf, inf]),
        "two_inf": np.array([inf, inf]),
        "with_nan": np.array([nan, 1.0]),
        "with_neg_inf": np.array([-inf, 1.0, 2.0]),
    }
    for key, a in arrays.items():
        with np.errstate(all="ignore"):
            fx.case(f"logsumexp_{key}", "scipy.special.logsumexp(a)", args={"a": a},
                    expected={"res": sc.logsumexp(a)}, rtol=1e-15)
            fx.case(f"softmax_{key}", "scipy.special.softmax(x)", args={"x": a},
                    expected={"y": sc.softmax(a)}, rtol=1e-15, atol=0.0)
            fx.case(f"log_softmax_{key}", "scipy.special.log_softmax(x)", args={"x": a},
                    expected={"y": sc.log_softmax(a)}, rtol=1e-15, atol=1e-300)
    weighted = {
        "positive": (g.normal(0, 3, 30), g.uniform(0, 2, 30)),
        "mixed_sign": (g.normal(0, 3, 30), g.normal(0, 1, 30)),
        "negative_total": (np.array([1.0, 2.0]), np.array([1.0, -1.0])),
        "zero_total": (np.array([1.0, 1.0]), np.array([1.0, -1.0])),
        "all_zero_weights": (np.array([1.0, 2.0]), np.array([0.0, 0.0])),
        "zero_weight_on_inf": (np.array([inf, 2.0]), np.array([0.0, 1.0])),
        "zero_weight_on_nan": (np.array([nan, 1.0]), np.array([0.0, 1.0])),
        "negative_weight_on_inf": (np.array([inf, 2.0]), np.array([-1.0, 1.0])),
        "inf_cancel": (np.array([inf, inf]), np.array([1.0, -1.0])),
        "nan_weight": (np.array([2.0, 1.0]), np.array([nan, 1.0])),
        "inf_weight": (np.array([2.0, 1.0]), np.array([inf, 1.0])),
        "neg_inf_all": (np.array([-inf, -inf]), np.array([1.0, 1.0])),
        "empty": (np.array([]), np.array([])),
    }
    for key, (a, b) in weighted.items():
        with np.errstate(all="ignore"):
            res, sgn = sc.logsumexp(a, b=b, return_sign=True)
            fx.case(f"logsumexp_weighted_{key}", "scipy.special.logsumexp(a, b=b, return_sign=True)",
                    args={"a": a, "b": b},
                    expected={"res": res, "sgn": sgn, "res_unsigned": sc.logsumexp(a, b=b)}, rtol=1e-15)
    fx.write()
