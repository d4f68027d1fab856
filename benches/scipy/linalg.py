"""SciPy twins of the `linalg/*` workloads (scipy.linalg on OpenBLAS-backed LAPACK, with its
default `check_finite=True`)."""
import numpy as np
import scipy.linalg as la


def normal(seed, shape, rhs=None):
    def setup():
        rng = np.random.default_rng(seed)
        a = rng.standard_normal(shape)
        return (a, rng.standard_normal(rhs)) if rhs is not None else a
    return setup


def symmetric(seed, n):
    def setup():
        a = np.random.default_rng(seed).standard_normal((n, n))
        return (a + a.T) / 2
    return setup


def spd(seed, n):
    def setup():
        m = np.random.default_rng(seed).standard_normal((n, n))
        return m @ m.T / n + np.eye(n)
    return setup


def scaled(seed, n):
    return lambda: np.random.default_rng(seed).standard_normal((n, n)) / np.sqrt(n)


WORKLOADS = {
    "linalg/solve_1000": (normal(1, (1000, 1000), 1000), lambda ab: la.solve(*ab)),
    "linalg/inv_500": (normal(2, (500, 500)), la.inv),
    "linalg/det_1000": (normal(3, (1000, 1000)), la.det),
    "linalg/svd_500_full": (normal(4, (500, 500)), lambda a: la.svd(a, full_matrices=True)),
    "linalg/eigh_1000": (symmetric(5, 1000), la.eigh),
    "linalg/eig_300": (normal(6, (300, 300)), la.eig),
    "linalg/lstsq_2000x200": (normal(7, (2000, 200), 2000), lambda ab: la.lstsq(*ab)),
    "linalg/cholesky_2000": (spd(8, 2000), lambda s: la.cholesky(s, lower=True)),
    "linalg/expm_200": (scaled(9, 200), la.expm),
}
