"""curve_fit (topic `curve_fit`): the tutorial's Alaska, linear, Gaussian and two-Gaussian fits
(noise from numpy generators with fixed seeds, the data stored in the fixture), 1-D weights
with and without absolute_sigma, a 2-D covariance sigma, bounds (trf, dogbox), a singular
Jacobian (inf pcov with lm), nan_policy='omit'."""
import warnings

import numpy as np
from scipy.optimize import curve_fit

from golden import Fixture


def gauss(x, a, b, c):
    return a * np.exp(-(x - b) ** 2 / (2 * c ** 2))


def gauss2(x, a0, b0, c0, a1, b1, c1):
    return gauss(x, a0, b0, c0) + gauss(x, a1, b1, c1)


def line(x, a, b):
    return a * x + b


def alaska(t, avg, ampl, offset):
    return avg + ampl * np.cos((t + offset) * 2 * np.pi / 12)


def collinear(x, a, b):
    return a * x + 0.0 * b


MODELS = {"gauss": gauss, "gauss2": gauss2, "line": line, "alaska": alaska,
          "collinear": collinear}


DATA = {}


def add(fx, name, model, x, y, p0, data=None, **kw):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        popt, pcov, info, mesg, ier = curve_fit(MODELS[model], x, y, p0=p0, full_output=True, **kw)
    warned = any("Covariance of the parameters" in str(v.message) for v in w)
    if data not in DATA:
        DATA[data] = True
        # x is always a linspace: stored as (start, stop, num).
        assert np.allclose(x, np.linspace(x[0], x[-1], x.size))
        fx.case(f"data {data}", "the data set", args={"linspace": [float(x[0]), float(x[-1]), x.size],
                                                       "y": [float(f"{v:.17g}") for v in y]})
    args = {"model": model, "data": data, "p0": p0}
    for k, v in kw.items():
        if k == "sigma":
            # Recomputed by the test: 0.2 (1 + x/20) (1-D) or 0.04 * 0.5^|i-j| (2-D).
            args[k] = "ramp" if v.ndim == 1 else "ar1"
        else:
            args[k] = v
    fx.case(name, f"curve_fit({model}, x, y, p0={p0}, {kw})", args=args,
            expected={"popt": popt.tolist(), "pcov": pcov.tolist(), "pcov_warning": warned,
                      "nfev": int(info["nfev"]), "ier": int(ier)},
            rtol=1e-6, atol=1e-9)


def generate():
    fx = Fixture("optimize", "curve_fit")
    months = np.arange(12.0)
    tmax = np.array([17, 19, 21, 28, 33, 38, 37, 37, 31, 23, 19, 18.0])
    tmin = np.array([-62, -59, -56, -46, -32, -18, -9, -13, -25, -46, -52, -58.0])
    add(fx, "alaska max", "alaska", months, tmax, [20.0, 10.0, 0.0], data="tmax")
    add(fx, "alaska min", "alaska", months, tmin, [-40.0, 20.0, 0.0], data="tmin")
    x = np.linspace(0, 10, 100)
    yl = line(x, 1, 2) + 0.9 * np.random.default_rng(1).normal(size=x.size)
    add(fx, "linear", "line", x, yl, data="linear", p0=[1.0, 1.0])
    yg = gauss(x, 1, 5, 2) + 0.2 * np.random.default_rng(2).normal(size=x.size)
    add(fx, "gaussian", "gauss", x, yg, data="gauss", p0=[1.0, 1.0, 1.0])
    add(fx, "gaussian trf", "gauss", x, yg, data="gauss", p0=[1.0, 1.0, 1.0], method="trf")
    add(fx, "gaussian dogbox", "gauss", x, yg, data="gauss", p0=[1.0, 1.0, 1.0], method="dogbox")
    x2 = np.linspace(0, 20, 200)
    y2 = gauss2(x2, 1, 3, 1, -2, 15, 0.5) + 0.2 * np.random.default_rng(3).normal(size=x2.size)
    add(fx, "two gaussians", "gauss2", x2, y2, data="gauss2", p0=[1.0, 3.0, 1.0, 1.0, 15.0, 1.0])
    sig = 0.2 * (1 + 0.5 * x / 10)
    add(fx, "gaussian weights", "gauss", x, yg, data="gauss", p0=[1.0, 4.0, 1.0], sigma=sig)
    add(fx, "gaussian weights absolute", "gauss", x, yg, data="gauss", p0=[1.0, 4.0, 1.0], sigma=sig,
        absolute_sigma=True)
    xs = np.linspace(0, 5, 20)
    ys = line(xs, 0.5, -1) + 0.1 * np.random.default_rng(4).normal(size=xs.size)
    cov = 0.04 * 0.5 ** np.abs(np.subtract.outer(np.arange(20), np.arange(20)))
    add(fx, "linear covariance sigma", "line", xs, ys, data="cov", p0=[1.0, 1.0], sigma=cov)
    add(fx, "linear covariance sigma trf", "line", xs, ys, data="cov", p0=[1.0, 1.0], sigma=cov, method="trf")
    add(fx, "gaussian bounds trf", "gauss", x, yg, data="gauss", p0=[0.5, 4.0, 1.0],
        bounds=([0.0, 0.0, 0.0], [0.9, 10.0, 5.0]))
    add(fx, "gaussian bounds dogbox", "gauss", x, yg, data="gauss", p0=[0.5, 4.0, 1.0],
        bounds=([0.0, 0.0, 0.0], [0.9, 10.0, 5.0]), method="dogbox")
    add(fx, "singular jacobian lm", "collinear", x, yl, data="linear", p0=[1.0, 1.0])
    add(fx, "singular jacobian trf", "collinear", x, yl, data="linear", p0=[1.0, 1.0], method="trf")
    yn = yl.copy()
    yn[[5, 40]] = np.nan
    add(fx, "nan omit", "line", x, yn, data="nan", p0=[1.0, 1.0], nan_policy="omit")
    fx.write()
