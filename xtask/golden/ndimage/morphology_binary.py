"""Binary morphology (family `morphology_binary`): generate_binary_structure, iterate_structure,
binary_erosion, binary_dilation, binary_opening, binary_closing (structures of each
connectivity, random odd and even structures, origins, iterations 1, 2, 3 and until nothing
changes, masks, border_value, axes), binary_hit_or_miss, binary_propagation and
binary_fill_holes, on 1-D, 2-D and 3-D inputs of types bool, uint8, int32 and float64.

SciPy's `brute_force=False` path (changed-pixel iterations) differs from its own iterated
definition (and corrupts memory) for some even structures and non-zero origins; cases with
more than one iteration therefore take SciPy's `brute_force=True` result, the operation
repeated `iterations` times, and the script checks that `brute_force=False` agrees where the
structure is odd with a zero origin.
"""
import numpy as np
import scipy.ndimage as ndi

from golden import Fixture

SHAPES = [(17,), (7, 9), (5, 6, 4)]
DTYPES = ["bool", "uint8", "int32", "float64"]


def make(g, shape, dtype, density):
    m = g.random(shape) < density
    if dtype == "bool":
        return m
    if dtype == "float64":
        return np.where(m, g.standard_normal(shape) + 3.0, 0.0)
    return (m * g.integers(1, 5, shape)).astype(dtype)


def random_structure(g, ndim, even, center):
    shape = tuple(int(s) for s in g.choice([2, 4] if even else [1, 3], size=ndim))
    if even:
        shape = tuple(int(s) if i % 2 == 0 else int(g.choice([2, 3])) for i, s in enumerate(shape))
    s = g.random(shape) < 0.6
    origin = [int(g.integers(-(n // 2), (n - 1) // 2 + 1)) for n in shape]
    if center:
        s[tuple(n // 2 + o for n, o in zip(shape, origin))] = True
    return s, origin


def generate():
    fx = Fixture("ndimage", "morphology_binary")
    g = np.random.default_rng(7300)
    k = 0

    def case(func, a, out, **params):
        nonlocal k
        args = {"func": func, "dtype": str(a.dtype), "input": a}
        args.update({key: v for key, v in params.items() if v is not None})
        fx.case(f"{k} {func} {a.shape} {a.dtype}", f"scipy.ndimage.{func}", args=args,
                expected={"output": np.asarray(out)})
        k += 1

    for rank in range(0, 4):
        for conn in range(0, rank + 2):
            fx.case(f"gbs {rank} {conn}", "scipy.ndimage.generate_binary_structure",
                    args={"func": "generate_binary_structure", "rank": rank, "connectivity": conn},
                    expected={"output": np.atleast_1d(ndi.generate_binary_structure(rank, conn))})
    for rank in (1, 2, 3):
        for conn in range(1, rank + 1):
            for it in (1, 2, 3):
                st = ndi.generate_binary_structure(rank, conn)
                origin = [1] + [0] * (rank - 1)
                out, o = ndi.iterate_structure(st, it, origin) if it >= 2 else (
                    ndi.iterate_structure(st, it), origin)
                case("iterate_structure", st, out, iterations=it, origin=list(o),
                     origin_in=origin)
    even = np.array([[1, 1], [0, 1]], bool)
    case("iterate_structure", even, ndi.iterate_structure(even, 3), iterations=3,
         origin=[0, 0], origin_in=[0, 0])

    ops = {"binary_erosion": ndi.binary_erosion, "binary_dilation": ndi.binary_dilation,
           "binary_opening": ndi.binary_opening, "binary_closing": ndi.binary_closing}
    for shape in SHAPES:
        ndim = len(shape)
        for func, f in ops.items():
            for variant in range(14):
                dtype = DTYPES[variant % len(DTYPES)]
                a = make(g, shape, dtype, g.choice([0.5, 0.75, 0.9]))
                iterations = [1, 1, 2, 3, 0, -1, 1][variant % 7]
                if variant < ndim + 1:
                    conn = max(variant, 1)
                    st = ndi.generate_binary_structure(ndim, conn)
                    origin = [0] * ndim
                    if variant == 0:
                        st = None
                else:
                    st, origin = random_structure(g, ndim, even=variant % 3 == 0,
                                                  center=iterations != 1 or variant % 2 == 0)
                mask = g.random(shape) < 0.8 if variant % 4 == 1 else None
                border = int(variant % 5 == 2)
                odd0 = (st is None or all(n % 2 for n in st.shape)) and not any(origin)
                kw = dict(structure=st, iterations=iterations, mask=mask, border_value=border,
                          origin=origin)
                out = f(a, brute_force=True, **kw)
                if odd0 and iterations != 1:
                    assert np.array_equal(out, f(a, brute_force=False, **kw)), (func, variant)
                case(func, a, out, structure=st, iterations=iterations, mask=mask,
                     border_value=border, origin=origin)

    # axes (SciPy 1.17): a structure over the filtered axes only, origins per filtered axis.
    a3 = make(g, (5, 6, 4), "bool", 0.7)
    for func, f in ops.items():
        for axes, st, origin in [((0, 2), None, [0, 0]), ((2, 0), np.array([[1, 1, 0], [0, 1, 1], [0, 0, 1]], bool), [1, 0]),
                                 ((-1,), np.array([1, 1, 1, 0], bool), [-1]),
                                 ((1, 2), np.ones((2, 3), bool), [-1, 1])]:
            out = f(a3, structure=st, origin=origin, axes=axes, brute_force=True)
            case(func, a3, out, structure=st, origin=origin, axes=list(axes), iterations=1,
                 border_value=0)

    # hit or miss
    for shape in SHAPES:
        ndim = len(shape)
        for variant in range(5):
            a = make(g, shape, DTYPES[variant % 4], 0.6)
            if variant == 0:
                case("binary_hit_or_miss", a, ndi.binary_hit_or_miss(a))
                continue
            s1, o1 = random_structure(g, ndim, even=variant == 3, center=True)
            s2 = (g.random(s1.shape) < 0.4) & ~s1
            o2 = None if variant % 2 else [int(g.integers(-(n // 2), (n - 1) // 2 + 1)) for n in s1.shape]
            if variant == 4:
                s2 = None
            out = ndi.binary_hit_or_miss(a, s1, s2, origin1=o1, origin2=o2)
            case("binary_hit_or_miss", a, out, structure1=s1, structure2=s2, origin1=o1, origin2=o2)

    # propagation and fill holes
    for shape in SHAPES:
        ndim = len(shape)
        for variant in range(4):
            a = make(g, shape, "bool", 0.08)
            mask = g.random(shape) < 0.65
            st = None if variant < 2 else ndi.generate_binary_structure(ndim, ndim)
            border = variant % 2
            out = ndi.binary_propagation(a, structure=st, mask=mask, border_value=border)
            case("binary_propagation", a, out, structure=st, mask=mask, border_value=border)
        for variant in range(4):
            a = make(g, shape, DTYPES[variant], 0.6)
            st = None if variant % 2 == 0 else ndi.generate_binary_structure(ndim, ndim)
            origin = [0] * ndim
            if variant == 3:
                st, origin = random_structure(g, ndim, even=False, center=True)
            out = ndi.binary_fill_holes(a, structure=st, origin=origin)
            case("binary_fill_holes", a, out, structure=st, origin=origin)
    # a closed ring: the hole is filled
    ring = np.zeros((8, 9), bool)
    ring[1:7, 2:8] = True
    ring[3:5, 4:6] = False
    case("binary_fill_holes", ring, ndi.binary_fill_holes(ring), origin=[0, 0])
    fx.write()
