"""Golden fixtures of the `orthogonal` family: orthogonal polynomials, associated Legendre
functions, spherical harmonics and Gauss quadrature rules.

References: the polynomials of integer degree are evaluated by their three-term recurrences in
mpmath at 320 bits (about 96 digits, more than the 50 of the other families: the points include
the floats nearest to the zeros, where the value is tiny and ~60 extra bits are cancelled);
every float argument is exact in mpmath, so this is the exact value to far beyond float64.
The associated Legendre functions of integer degree and order likewise use the recurrence in the
degree at 320 bits from the exact P_m^m (checked against mpmath's `legenp` for the conventions).
The Gauss rules are checked against SciPy's own nodes and weights (and by exactness on
monomials in the Rust tests): no mpmath reference is needed there.
"""
import mpmath
import numpy as np
import scipy
import scipy.special as sc

from golden import Fixture
from special._points import columns, rng, table

PREC = 320


def recur(n, p0, p1, step):
    """p_n of the recurrence p_{k+1} = step(k, p_k, p_{k-1}), at PREC bits."""
    n = int(n)
    if n == 0:
        return p0
    prev, cur = p0, p1
    for k in range(1, n):
        prev, cur = cur, step(k, cur, prev)
    return cur


def ref_legendre(n, x):
    with mpmath.workprec(PREC):
        return +recur(n, mpmath.mpf(1), x, lambda k, p, q: ((2 * k + 1) * x * p - k * q) / (k + 1))


def ref_chebyt(n, x):
    with mpmath.workprec(PREC):
        return +recur(n, mpmath.mpf(1), x, lambda k, p, q: 2 * x * p - q)


def ref_chebyu(n, x):
    with mpmath.workprec(PREC):
        return +recur(n, mpmath.mpf(1), 2 * x, lambda k, p, q: 2 * x * p - q)


def ref_hermite(n, x):
    with mpmath.workprec(PREC):
        return +recur(n, mpmath.mpf(1), 2 * x, lambda k, p, q: 2 * x * p - 2 * k * q)


def ref_hermitenorm(n, x):
    with mpmath.workprec(PREC):
        return +recur(n, mpmath.mpf(1), x, lambda k, p, q: x * p - k * q)


def ref_genlaguerre(n, a, x):
    with mpmath.workprec(PREC):
        return +recur(n, mpmath.mpf(1), 1 + a - x,
                      lambda k, p, q: ((2 * k + 1 + a - x) * p - (k + a) * q) / (k + 1))


def ref_gegenbauer(n, a, x):
    with mpmath.workprec(PREC):
        return +recur(n, mpmath.mpf(1), 2 * a * x,
                      lambda k, p, q: (2 * (k + a) * x * p - (k + 2 * a - 1) * q) / (k + 1))


def ref_jacobi(n, a, b, x):
    with mpmath.workprec(PREC):
        s = a + b

        def step(k, p, q):
            c = 2 * k + s
            d = 2 * (k + 1) * (k + s + 1) * c
            return ((c + 1) * ((a * a - b * b) + (c + 2) * c * x) * p
                    - 2 * (k + a) * (k + b) * (c + 2) * q) / d

        return +recur(n, mpmath.mpf(1), (a + 1) + (s + 2) * (x - 1) / 2, step)


def degrees(g, count, top):
    """Degrees: all of 0..20 (cycled), then log-uniform up to `top`."""
    small = np.arange(count) % 21
    big = np.floor(10.0 ** g.uniform(np.log10(21), np.log10(top), count)).astype(np.int64)
    return np.where(g.uniform(size=count) < 0.35, small, big)


def interval_points(g, ns, zeros_of):
    """x in [-1, 1] (uniform, near +-1, at computed zeros), outside and tiny."""
    xs = []
    for n in ns:
        u = g.uniform()
        if u < 0.35:
            x = g.uniform(-1, 1)
        elif u < 0.5:
            x = (1 - 10.0 ** -g.uniform(1, 15)) * g.choice([-1, 1])
        elif u < 0.75 and 1 <= n <= 500:
            z = zeros_of(int(n))
            x = z[g.integers(len(z))]
        elif u < 0.9:
            x = 10.0 ** g.uniform(0, 3) * g.choice([-1, 1])
        else:
            x = 10.0 ** -g.uniform(1, 300) * g.choice([-1, 1])
        xs.append(float(x))
    return xs


def line_points(g, ns, scale_of, zeros_of, positive=False):
    xs = []
    for n in ns:
        u = g.uniform()
        s = scale_of(int(n))
        if u < 0.4:
            x = g.uniform(0 if positive else -1.2 * s, 1.2 * s)
        elif u < 0.7 and 1 <= n <= 500:
            z = zeros_of(int(n))
            x = z[g.integers(len(z))]
        elif u < 0.85:
            x = 10.0 ** g.uniform(0, 4 if not positive else 5)
            if not positive or g.uniform() < 0.3:
                x *= g.choice([-1, 1])
        else:
            x = 10.0 ** -g.uniform(1, 300) * g.choice([-1, 1])
        xs.append(float(x))
    return xs


def add_polynomials(fx):
    count = 1200
    g = rng(2000)

    ns = degrees(g, count, 3000)
    xs = interval_points(g, ns, lambda n: sc.roots_legendre(n)[0])
    pts = [(float(n), x) for n, x in zip(ns, xs)]
    fx.accuracy("eval_legendre", "scipy.special.eval_legendre(n: int64, x)", columns(["n", "x"]),
                table(lambda n, x: ref_legendre(n, x),
                      lambda n, x: sc.eval_legendre(n.astype(np.int64), x), pts),
                "n in 0..3000, x in [-1, 1] (uniform, near +-1, at the zeros), 1 < |x| < 1e3, tiny |x|")

    ns = degrees(g, count, 3000)
    xs = interval_points(g, ns, lambda n: sc.roots_chebyt(n)[0])
    pts = [(float(n), x) for n, x in zip(ns, xs)]
    fx.accuracy("eval_chebyt", "scipy.special.eval_chebyt(n: int64, x)", columns(["n", "x"]),
                table(ref_chebyt, lambda n, x: sc.eval_chebyt(n.astype(np.int64), x), pts),
                "n in 0..3000, x in [-1, 1] (uniform, near +-1, at the zeros), 1 < |x| < 1e3, tiny |x|")

    ns = degrees(g, count, 3000)
    xs = interval_points(g, ns, lambda n: sc.roots_chebyu(n)[0])
    pts = [(float(n), x) for n, x in zip(ns, xs)]
    fx.accuracy("eval_chebyu", "scipy.special.eval_chebyu(n: int64, x)", columns(["n", "x"]),
                table(ref_chebyu, lambda n, x: sc.eval_chebyu(n.astype(np.int64), x), pts),
                "n in 0..3000, x in [-1, 1] (uniform, near +-1, at the zeros), 1 < |x| < 1e3, tiny |x|")

    ns = degrees(g, count, 3000)
    xs = line_points(g, ns, lambda n: np.sqrt(2 * n + 1), lambda n: sc.roots_hermite(n)[0])
    pts = [(float(n), x) for n, x in zip(ns, xs)]
    fx.accuracy("eval_hermite", "scipy.special.eval_hermite(n: int64, x)", columns(["n", "x"]),
                table(ref_hermite, lambda n, x: sc.eval_hermite(n.astype(np.int64), x), pts),
                "n in 0..3000, |x| <= 1.2 sqrt(2n+1) (uniform, at the zeros), |x| up to 1e4, tiny |x|")

    ns = degrees(g, count, 3000)
    xs = line_points(g, ns, lambda n: np.sqrt(4 * n + 2), lambda n: sc.roots_hermitenorm(n)[0])
    pts = [(float(n), x) for n, x in zip(ns, xs)]
    fx.accuracy("eval_hermitenorm", "scipy.special.eval_hermitenorm(n: int64, x)", columns(["n", "x"]),
                table(ref_hermitenorm, lambda n, x: sc.eval_hermitenorm(n.astype(np.int64), x), pts),
                "n in 0..3000, |x| <= 1.2 sqrt(4n+2) (uniform, at the zeros), |x| up to 1e4, tiny |x|")

    ns = degrees(g, count, 3000)
    xs = line_points(g, ns, lambda n: 4 * n + 2, lambda n: sc.roots_laguerre(n)[0], positive=True)
    pts = [(float(n), x) for n, x in zip(ns, xs)]
    fx.accuracy("eval_laguerre", "scipy.special.eval_laguerre(n: int64, x)", columns(["n", "x"]),
                table(lambda n, x: ref_genlaguerre(n, mpmath.mpf(0), x),
                      lambda n, x: sc.eval_laguerre(n.astype(np.int64), x), pts),
                "n in 0..3000, x in [0, 1.2 (4n+2)] (uniform, at the zeros), |x| up to 1e5, tiny |x|")

    ns = degrees(g, count, 3000)
    alphas = np.where(g.uniform(size=count) < 0.5, g.uniform(-0.999, 3, count),
                      10.0 ** g.uniform(-3, 2, count))
    xs = []
    for n, a in zip(ns, alphas):
        xs.extend(line_points(g, [n], lambda m: 4 * m + 2 * a + 2,
                              lambda m: sc.roots_genlaguerre(m, a)[0], positive=True))
    pts = [(float(n), float(a), x) for n, a, x in zip(ns, alphas, xs)]
    fx.accuracy("eval_genlaguerre", "scipy.special.eval_genlaguerre(n: int64, alpha, x)",
                columns(["n", "alpha", "x"]),
                table(ref_genlaguerre, lambda n, a, x: sc.eval_genlaguerre(n.astype(np.int64), a, x), pts),
                "n in 0..3000, alpha in (-1, 100], x in [0, 1.2 (4n+2alpha+2)] (uniform, at the zeros), |x| up to 1e5")

    ns = degrees(g, count, 2000)
    ab = np.where(g.uniform(size=(count, 2)) < 0.6, g.uniform(-0.999, 3, (count, 2)),
                  10.0 ** g.uniform(-3, np.log10(50), (count, 2)))
    xs = []
    for n, (a, b) in zip(ns, ab):
        xs.extend(interval_points(g, [n], lambda m: sc.roots_jacobi(m, a, b)[0]))
    pts = [(float(n), float(a), float(b), x) for n, (a, b), x in zip(ns, ab, xs)]
    fx.accuracy("eval_jacobi", "scipy.special.eval_jacobi(n: int64, alpha, beta, x)",
                columns(["n", "alpha", "beta", "x"]),
                table(ref_jacobi, lambda n, a, b, x: sc.eval_jacobi(n.astype(np.int64), a, b, x), pts),
                "n in 0..2000, alpha, beta in (-1, 50], x in [-1, 1] (uniform, near +-1, at the zeros), 1 < |x| < 1e3")

    ns = degrees(g, count, 3000)
    alphas = np.where(g.uniform(size=count) < 0.5, g.uniform(-0.499, 3, count),
                      10.0 ** g.uniform(-3, 2, count))
    xs = []
    for n, a in zip(ns, alphas):
        xs.extend(interval_points(g, [n], lambda m: sc.roots_gegenbauer(m, a)[0]))
    pts = [(float(n), float(a), x) for n, a, x in zip(ns, alphas, xs)]
    fx.accuracy("eval_gegenbauer", "scipy.special.eval_gegenbauer(n: int64, alpha, x)",
                columns(["n", "alpha", "x"]),
                table(ref_gegenbauer, lambda n, a, x: sc.eval_gegenbauer(n.astype(np.int64), a, x), pts),
                "n in 0..3000, alpha in (-1/2, 100], x in [-1, 1] (uniform, near +-1, at the zeros), 1 < |x| < 1e3")


def add_rules(fx):
    families = [
        ("roots_legendre", "scipy.special.roots_legendre(n, mu=True)", lambda n: sc.roots_legendre(n, mu=True), {}),
        ("roots_chebyt", "scipy.special.roots_chebyt(n, mu=True)", lambda n: sc.roots_chebyt(n, mu=True), {}),
        ("roots_hermite", "scipy.special.roots_hermite(n, mu=True)", lambda n: sc.roots_hermite(n, mu=True), {}),
        ("roots_hermitenorm", "scipy.special.roots_hermitenorm(n, mu=True)", lambda n: sc.roots_hermitenorm(n, mu=True), {}),
        ("roots_laguerre", "scipy.special.roots_laguerre(n, mu=True)", lambda n: sc.roots_laguerre(n, mu=True), {}),
        ("roots_genlaguerre", "scipy.special.roots_genlaguerre(n, 1.7, mu=True)",
         lambda n: sc.roots_genlaguerre(n, 1.7, mu=True), {"alpha": 1.7}),
        ("roots_jacobi", "scipy.special.roots_jacobi(n, 0.3, -0.45, mu=True)",
         lambda n: sc.roots_jacobi(n, 0.3, -0.45, mu=True), {"alpha": 0.3, "beta": -0.45}),
        ("roots_gegenbauer", "scipy.special.roots_gegenbauer(n, 2.5, mu=True)",
         lambda n: sc.roots_gegenbauer(n, 2.5, mu=True), {"alpha": 2.5}),
    ]
    for name, call, f, params in families:
        for n in list(range(1, 11)) + [50, 100, 1000, 5000]:
            stride = 1 if n <= 100 else (7 if n == 1000 else 23)
            x, w, mu = f(n)
            fx.case(f"{name} n={n}", call.replace("(n", f"({n}"),
                    args={"n": n, "stride": stride, **params},
                    expected={"x": np.asarray(x)[::stride], "w": np.asarray(w)[::stride], "mu": float(mu)})


def ref_assoc(n, m, x, s, phase, outside=False):
    """P_n^m(x) for integer n, m (m of either sign), given s = sqrt(1-x^2) (or sqrt(x^2-1)),
    by the recurrence in the degree at PREC bits."""
    n, m = int(n), int(m)
    if n < 0 or abs(m) > n:
        return mpmath.mpf(0)
    ma = abs(m)
    with mpmath.workprec(PREC):
        p = mpmath.mpf(1)
        for i in range(1, ma + 1):
            p *= (2 * i - 1) * s
        if phase and ma % 2 == 1:
            p = -p
        value = recur(n - ma, p, (2 * ma + 1) * x * p,
                      lambda j, a, b: ((2 * (ma + j) + 1) * x * a - (2 * ma + j) * b) / (j + 1))
        if m < 0:
            value *= mpmath.factorial(n - ma) / mpmath.factorial(n + ma)
            if phase and ma % 2 == 1:
                value = -value
        return +value


def assoc_points(g, count, top):
    pts = []
    for _ in range(count):
        n = int(g.integers(0, 21)) if g.uniform() < 0.3 else int(10.0 ** g.uniform(np.log10(21), np.log10(top)))
        u = g.uniform()
        m = int(g.integers(-n, n + 1)) if u < 0.7 else (n - int(g.integers(0, min(n, 3) + 1))) * int(g.choice([-1, 1]))
        v = g.uniform()
        if v < 0.6:
            z = g.uniform(-1, 1)
        elif v < 0.8:
            z = (1 - 10.0 ** -g.uniform(1, 15)) * g.choice([-1, 1])
        else:
            z = 10.0 ** -g.uniform(1, 300) * g.choice([-1, 1])
        pts.append((float(n), float(m), float(z)))
    return pts


def add_associated(fx):
    g = rng(2100)
    # The recurrence reference against mpmath's hypergeometric legenp at a few points: the
    # conventions (phase, normalisation) must agree. legenp perturbs integer orders to avoid
    # its gamma poles and is only good to ~1e-15 there, so the recurrence is the reference.
    for n, m, z in [(3, 2, 0.3), (7, -3, -0.45), (12, 5, 0.9)]:
        with mpmath.workprec(PREC):
            s = mpmath.sqrt(1 - mpmath.mpf(z) ** 2)
        a = ref_assoc(n, m, mpmath.mpf(z), s, True)
        b = mpmath.legenp(n, m, z, type=2)
        assert abs(a - b) <= 1e-13 * abs(b), (n, m, z, a, b)

    def assoc(n, m, z):
        with mpmath.workprec(PREC):
            return ref_assoc(n, m, z, mpmath.sqrt(1 - z * z), True)

    pts = assoc_points(g, 1000, 500)
    fx.accuracy("assoc_legendre_p", "scipy.special.assoc_legendre_p(n, m, z)", columns(["n", "m", "z"]),
                table(assoc, lambda n, m, z: np.ravel(sc.assoc_legendre_p(n.astype(np.int64), m.astype(np.int64), z)), pts),
                "n in 0..500, |m| <= n, z in [-1, 1] (uniform, near +-1, tiny)")

    def assoc_norm(n, m, z):
        with mpmath.workprec(PREC):
            v = ref_assoc(n, m, z, mpmath.sqrt(1 - z * z), True)
            n, m = int(n), int(m)
            if abs(m) > n:
                return v
            return v * mpmath.sqrt((2 * n + 1) * mpmath.factorial(n - m) / (2 * mpmath.factorial(n + m)))

    pts = assoc_points(g, 1000, 500)
    fx.accuracy("assoc_legendre_p_norm", "scipy.special.assoc_legendre_p(n, m, z, norm=True)",
                columns(["n", "m", "z"]),
                table(assoc_norm, lambda n, m, z: np.ravel(sc.assoc_legendre_p(n.astype(np.int64), m.astype(np.int64), z, norm=True)), pts),
                "n in 0..500, |m| <= n, z in [-1, 1] (uniform, near +-1, tiny), norm=True")

    def assoc_outside(n, m, z):
        with mpmath.workprec(PREC):
            return ref_assoc(n, m, z, mpmath.sqrt(z * z - 1), False)

    pts = []
    for n, m, z in assoc_points(g, 1000, 300):
        z = float(1 + 10.0 ** g.uniform(-15, 1.5))
        if m % 2 == 0 and g.uniform() < 0.3:
            z = -z
        pts.append((n, m, z))
    fx.accuracy("assoc_legendre_p_outside", "scipy.special.assoc_legendre_p(n, m, z, branch_cut=3)",
                columns(["n", "m", "z"]),
                table(assoc_outside, lambda n, m, z: np.ravel(sc.assoc_legendre_p(n.astype(np.int64), m.astype(np.int64), z, branch_cut=3)), pts),
                "n in 0..300, |m| <= n, 1 < |z| < 33 (z < -1 for even m), branch_cut=3")

    def sph(n, m, theta):
        with mpmath.workprec(PREC):
            v = ref_assoc(n, m, mpmath.cos(theta), abs(mpmath.sin(theta)), True)
            n, m = int(n), int(m)
            if abs(m) > n:
                return v
            return v * mpmath.sqrt((2 * n + 1) * mpmath.factorial(n - m) / (4 * mpmath.pi * mpmath.factorial(n + m)))

    pts = [(n, m, float(g.uniform(0, np.pi)) if g.uniform() < 0.8 else float(10.0 ** -g.uniform(1, 300)))
           for n, m, _ in assoc_points(g, 1000, 500)]
    fx.accuracy("sph_legendre_p", "scipy.special.sph_legendre_p(n, m, theta)", columns(["n", "m", "theta"]),
                table(sph, lambda n, m, t: np.ravel(sc.sph_legendre_p(n.astype(np.int64), m.astype(np.int64), t)), pts),
                "n in 0..500, |m| <= n, theta in [0, pi] (uniform, tiny)")

    def harm(n, m, theta, phi):
        v = sph(n, m, theta)
        with mpmath.workprec(PREC):
            return v * mpmath.expj(int(m) * phi)

    pts = [(n, m, t, float(g.uniform(0, 2 * np.pi))) for n, m, t in pts]
    fx.accuracy("sph_harm_y", "scipy.special.sph_harm_y(n, m, theta, phi)",
                columns(["n", "m", "theta", "phi"], complex_result=True),
                table(harm, lambda n, m, t, p: np.ravel(sc.sph_harm_y(n.astype(np.int64), m.astype(np.int64), t, p)), pts,
                      complex_result=True),
                "n in 0..500, |m| <= n, theta in [0, pi], phi in [0, 2 pi]")


def generate():
    fx = Fixture("special", "orthogonal")
    add_polynomials(fx)
    add_associated(fx)
    add_rules(fx)
    fx.write()
