"""Shared test matrices of the sci-linalg golden families: well-conditioned random matrices,
Hilbert matrices, rank-deficient and near-singular ones, 1x1 and empty, real and complex.
Every generator takes a numpy Generator so each family's draws are fixed by its seed."""
import numpy as np
import scipy.linalg as la


def rng(seed):
    return np.random.default_rng(seed)


def general(g, n, m=None, complex_=False):
    m = n if m is None else m
    a = g.standard_normal((n, m))
    if complex_:
        a = a + 1j * g.standard_normal((n, m))
    return a


def spd(g, n, complex_=False):
    """A symmetric (Hermitian) positive definite matrix with condition number ~ n."""
    a = general(g, n, complex_=complex_)
    return a @ a.conj().T / n + np.eye(n)


def symmetric_indefinite(g, n, complex_=False):
    a = general(g, n, complex_=complex_)
    return a + a.conj().T


def rank_deficient(g, n, rank):
    return general(g, n, rank) @ general(g, rank, n)


def near_singular(g, n, rcond=1e-10):
    """A matrix with singular values from 1 down to about rcond."""
    u, _ = np.linalg.qr(general(g, n))
    v, _ = np.linalg.qr(general(g, n))
    s = np.logspace(0, np.log10(rcond), n)
    return (u * s) @ v.T


def band(g, n, kl, ku, complex_=False):
    a = general(g, n, complex_=complex_)
    i, j = np.indices((n, n))
    a[(i - j > kl) | (j - i > ku)] = 0
    # Diagonally weighted so the band system is well-conditioned.
    a[np.diag_indices(n)] += 4.0
    return a


def cond1(a):
    """The 1-norm condition number (inf for a singular matrix)."""
    if a.size == 0:
        return 1.0
    try:
        return float(np.linalg.cond(a, 1))
    except np.linalg.LinAlgError:
        return float("inf")


def hilbert(n):
    return la.hilbert(n)


def c128(x):
    """`x` as complex128, the one type the Rust tests read expected values in."""
    return np.asarray(x, dtype=np.complex128)


def to_band(a, u, lower):
    """The `u + 1` diagonals of the Hermitian `a` in LAPACK's band storage (`lower`: the
    diagonal and those below it, as `cholesky_banded(lower=True)` reads them)."""
    n = a.shape[0]
    ab = np.zeros((u + 1, n), dtype=a.dtype)
    for j in range(n):
        for i in range(max(0, j - u), j + 1):
            if lower:
                ab[j - i, i] = a[j, i]
            else:
                ab[u + i - j, j] = a[i, j]
    return ab
