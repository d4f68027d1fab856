"""cossin and matrix_balance (topic `cossin_balance`).

cossin: the angles theta and the middle factor CS (both unique) for both swap_sign, on random
orthogonal and unitary matrices of every block-size pattern (the identity blocks n11, n12,
n21, n22 of LAPACK's layout each present somewhere), the identity and a block permutation
(angles 0 and pi/2), and matrices built with tiny angles, angles near pi/2 and repeated
angles. U and V are unique only up to signs and rotations within repeated angles, so the
tests check them through invariants.

matrix_balance: B and T (and the separate form's scale and perm)
for each combination of permute and scale, on random, badly scaled, triangular-ish matrices
that need permutations (rows and columns isolating eigenvalues), a Hilbert matrix, complex
input, 1x1 and 2x2. The results are unique, and the tests compare them exactly.
"""
import numpy as np
import scipy.linalg as la

from golden import Fixture
from _matrices import general, hilbert, rng


def matrices(g):
    out = []
    out.append(("1x1", np.array([[3.0]])))
    out.append(("2x2 scaled", np.array([[1.0, 1024.0], [1.0 / 1024.0, 1.0]])))
    out.append(("scipy example", np.array([[1, 2, 0], [9, 1, 0.01], [1, 2, 10 * np.pi]])))
    for n in [4, 9, 20]:
        d = np.diag(2.0 ** g.integers(-12, 12, n))
        out.append((f"badly scaled n={n}", d @ general(g, n) @ np.linalg.inv(d)))
    a = general(g, 7)
    a[2, [0, 1, 3, 4, 5, 6]] = 0.0   # row 2 isolates an eigenvalue
    a[[0, 1, 3, 4, 5, 6], 5] = 0.0   # column 5 too
    out.append(("isolated row and column n=7", a))
    a = np.triu(general(g, 6))
    a[4, 1] = 3.0
    out.append(("nearly triangular n=6", a))
    a = np.triu(general(g, 5))
    out.append(("upper triangular n=5", a))
    out.append(("lower triangular n=5", np.tril(general(g, 5))))
    a = general(g, 8) * (g.random((8, 8)) < 0.3)
    a[np.diag_indices(8)] = 1.0 + g.random(8)
    out.append(("sparse n=8", a))
    out.append(("hilbert n=6", hilbert(6)))
    d = np.diag(2.0 ** g.integers(-20, 20, 6))
    c = general(g, 6, complex_=True)
    c[1, [0, 2, 3, 4, 5]] = 0
    out.append(("complex scaled n=6", d @ c @ np.linalg.inv(d)))
    out.append(("zero 3x3", np.zeros((3, 3))))
    return out


def generate():
    fx = Fixture("linalg", "cossin_balance")
    g = rng(7411)
    for name, a in matrices(g):
        for permute in [True, False]:
            for scale in [True, False]:
                b, t = la.matrix_balance(a, permute=permute, scale=scale)
                _, (s, p) = la.matrix_balance(a, permute=permute, scale=scale, separate=True)
                fx.case(f"matrix_balance {name} permute={permute} scale={scale}",
                        "scipy.linalg.matrix_balance",
                        args={"a": np.asarray(a, np.complex128), "complex": bool(np.iscomplexobj(a)),
                              "permute": permute, "scale": scale},
                        expected={"b": np.asarray(b, np.complex128), "t": np.asarray(t, np.complex128),
                                  "scale": np.asarray(s, np.complex128),
                                  "perm": np.asarray(p, np.complex128)})
    cossin_cases(fx, rng(7412))
    fx.write()


def unitary(g, m, complex_):
    """A random orthogonal (unitary) matrix: the Q of a Gaussian matrix's QR, phases fixed."""
    z = general(g, m, complex_=complex_)
    q, r = np.linalg.qr(z)
    d = np.diag(r)
    return q * (d / np.abs(d))


def with_angles(angles, m, p, q, g, complex_):
    """diag(U1, U2) CS diag(V1, V2)^H for random unitary blocks and a CS matrix with the given
    angles: a unitary X whose angles are known (tiny, near pi/2, or repeated)."""
    u = la.block_diag(unitary(g, p, complex_), unitary(g, m - p, complex_))
    v = la.block_diag(unitary(g, q, complex_), unitary(g, m - q, complex_))
    # Let SciPy build CS for these angles from a throwaway decomposition's layout.
    x0 = unitary(g, m, False)
    _, cs0, _ = la.cossin(x0, p, q)
    r = min(p, q, m - p, m - q)
    n11 = min(p, q) - r
    n22 = min(m - p, m - q) - r
    cs = cs0.copy()
    c, s = np.cos(angles), np.sin(angles)
    for i in range(r):
        cs[n11 + i, n11 + i] = c[i]
        cs[p + n22 + i, q + n22 + i] = c[i]
        cs[n11 + i, q + n22 + i] = -s[i]
        cs[p + n22 + i, n11 + i] = s[i]
    return u @ cs @ v.conj().T


def cossin_cases(fx, g):
    shapes = [(2, 1, 1), (4, 2, 2), (5, 2, 3), (5, 3, 2), (6, 1, 4), (6, 4, 1), (7, 3, 3),
              (8, 2, 5), (9, 6, 2), (10, 5, 1), (12, 6, 6)]
    inputs = []
    for m, p, q in shapes:
        inputs.append((f"random m={m} p={p} q={q}", unitary(g, m, False), p, q))
    for m, p, q in [(4, 2, 2), (7, 3, 4), (6, 1, 1)]:
        inputs.append((f"complex m={m} p={p} q={q}", unitary(g, m, True), p, q))
    inputs.append(("identity m=5 p=2 q=2", np.eye(5), 2, 2))
    inputs.append(("permutation m=4 p=2 q=2", np.eye(4)[[2, 3, 0, 1]], 2, 2))
    for m, p, q, complex_ in [(6, 3, 3, False), (8, 3, 4, True)]:
        r = min(p, q, m - p, m - q)
        small = np.sort(np.array([1e-12, 3e-9, 1e-5, 0.7][:r]))
        inputs.append((f"small angles m={m} p={p} q={q} complex={complex_}",
                       with_angles(small, m, p, q, g, complex_), p, q))
        big = np.sort(np.pi / 2 - np.array([1e-12, 3e-9, 1e-5, 0.7][:r]))
        inputs.append((f"angles near pi/2 m={m} p={p} q={q} complex={complex_}",
                       with_angles(big, m, p, q, g, complex_), p, q))
        clustered = np.full(r, 0.4) + np.array([0, 1e-14, 2e-14, 3e-14][:r])
        inputs.append((f"repeated angles m={m} p={p} q={q} complex={complex_}",
                       with_angles(clustered, m, p, q, g, complex_), p, q))
    for name, x, p, q in inputs:
        for swap_sign in [False, True]:
            _, cs, _ = la.cossin(x, p, q, swap_sign=swap_sign)
            (_, _), theta, (_, _) = la.cossin(x, p, q, separate=True, swap_sign=swap_sign)
            fx.case(f"cossin {name} swap_sign={swap_sign}", "scipy.linalg.cossin",
                    args={"x": np.asarray(x, np.complex128), "p": p, "q": q,
                          "complex": bool(np.iscomplexobj(x)), "swap_sign": swap_sign},
                    expected={"cs": np.asarray(cs, np.complex128),
                              "theta": np.asarray(theta, np.complex128)})
