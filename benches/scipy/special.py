"""SciPy twins of the `special/*` workloads: element-wise over 10^6 float64 values, output
allocated (the ufunc's own output array)."""
import numpy as np
import scipy.special as sc

N = 10**6


def uniform(seed, lo, hi):
    return lambda: np.random.default_rng(seed).uniform(lo, hi, N)


def normal(seed, scale):
    return lambda: np.random.default_rng(seed).normal(0.0, scale, N)


WORKLOADS = {
    "special/gamma_1e6": (uniform(40, 0.1, 20.0), sc.gamma),
    "special/gammaln_1e6": (uniform(41, 0.1, 1000.0), sc.gammaln),
    "special/erf_1e6": (normal(42, 2.0), sc.erf),
    "special/jv_2.5_1e6": (uniform(43, 0.0, 100.0), lambda x: sc.jv(2.5, x)),
    "special/ellipk_1e6": (uniform(44, 0.0, 1.0), sc.ellipk),
}
