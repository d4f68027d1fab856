"""SciPy twins of the `optimize/*` workloads (scipy.optimize; objectives are Python functions,
as a SciPy user writes them; the 3-Gaussian model is vectorised with numpy)."""
import numpy as np
from scipy import optimize as opt

TRUE = (3, -2, 0.6, 2, 0.5, 0.4, 1.5, 2.5, 0.8)
P0 = np.array([2.5, -1.8, 0.5, 1.5, 0.7, 0.5, 1.0, 2.2, 1.0])


def gauss3(x, a1, m1, s1, a2, m2, s2, a3, m3, s3):
    return (a1 * np.exp(-0.5 * ((x - m1) / s1) ** 2)
            + a2 * np.exp(-0.5 * ((x - m2) / s2) ** 2)
            + a3 * np.exp(-0.5 * ((x - m3) / s3) ** 2))


def gauss3_data():
    x = np.linspace(-5, 5, 10_000)
    y = gauss3(x, *TRUE) + 0.05 * np.random.default_rng(20).standard_normal(x.size)
    return x, y


def brentq_sum(cs):
    return sum(opt.brentq(lambda x: x**3 - 2 * x - 5 + c, 0, 3) for c in cs)


WORKLOADS = {
    "optimize/bfgs_rosen10_numgrad": (lambda: np.zeros(10),
                                      lambda x0: opt.minimize(opt.rosen, x0, method="BFGS")),
    "optimize/bfgs_rosen10_grad": (lambda: np.zeros(10),
                                   lambda x0: opt.minimize(opt.rosen, x0, jac=opt.rosen_der,
                                                           method="BFGS")),
    "optimize/nelder_mead_rosen5": (
        lambda: np.array([1.3, 0.7, 0.8, 1.9, 1.2]),
        lambda x0: opt.minimize(opt.rosen, x0, method="Nelder-Mead",
                                options=dict(xatol=1e-8, fatol=1e-8, maxiter=10000, maxfev=10000))),
    "optimize/curve_fit_gauss3_1e4": (gauss3_data,
                                      lambda xy: opt.curve_fit(gauss3, xy[0], xy[1], p0=P0)),
    "optimize/least_squares_trf_gauss3_1e4": (
        gauss3_data,
        lambda xy: opt.least_squares(lambda p: gauss3(xy[0], *p) - xy[1], P0, method="trf")),
    "optimize/brentq_x1000": (lambda: np.linspace(-1, 1, 1000), brentq_sum),
}
