"""Interpolation (family `interpolation`): spline_filter1d and spline_filter (orders 2-5,
every mode, 1-D/2-D/3-D), map_coordinates, affine_transform (full, diagonal, homogeneous
and ndim x (ndim + 1) matrices), shift, zoom (grid_mode both), rotate (reshape both, axes),
for spline orders 0-5, every mode, prefilter on and off, inputs of types float64, float32,
uint8 and int16 (output the input's type, or a stated `out_dtype`), 1-D, 2-D and 3-D.

Each case stores the call's parameters and SciPy's output; inputs, coordinate arrays and
matrices are stored once, in the first case ("shared arrays"), and named by their key.
"""
import warnings

import numpy as np
import scipy.ndimage as ndi

from golden import Fixture

MODES = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant",
         "grid-wrap"]


def make(g, shape, dtype):
    if dtype == "uint8":
        return g.integers(0, 256, shape).astype(np.uint8)
    if dtype == "int16":
        return g.integers(-1000, 1000, shape).astype(np.int16)
    return (g.standard_normal(shape) * 10).astype(dtype)


def generate():
    fx = Fixture("ndimage", "interpolation")
    g = np.random.default_rng(7700)
    k = 0
    shared = {}
    keys = {}
    cases = []

    def key_of(v):
        if id(v) not in keys:
            keys[id(v)] = f"a{len(keys)}"
            shared[keys[id(v)]] = v
        return keys[id(v)]

    def case(func, a, out, **params):
        nonlocal k
        args = {"func": func, "dtype": str(a.dtype), "input": key_of(a)}
        for key, v in params.items():
            args[key] = key_of(v) if isinstance(v, np.ndarray) and v.ndim > 0 else v
        label = " ".join(f"{key}={v}" for key, v in params.items()
                         if not isinstance(v, np.ndarray))
        cases.append((f"{k:03d} {func} {a.dtype} {a.shape} {label}", f"scipy.ndimage.{func}",
                      args, {"out": out, "out_dtype": str(out.dtype)}))
        k += 1

    # The prefilter: 1-D lines of several lengths, 2-D along each axis, N-D.
    for n in [1, 2, 3, 7]:
        a = make(g, (n,), "float64")
        for order in [0, 1, 2, 3, 4, 5] if n == 7 else [2, 3, 4, 5]:
            for mode in MODES:
                case("spline_filter1d", a, ndi.spline_filter1d(a, order, mode=mode),
                     order=order, mode=mode, axis=-1)
    a2 = make(g, (5, 6), "float64")
    for order in [2, 3, 4, 5]:
        for mode in MODES:
            for axis in [0, 1]:
                case("spline_filter1d", a2, ndi.spline_filter1d(a2, order, axis, mode=mode),
                     order=order, mode=mode, axis=axis)
            case("spline_filter", a2, ndi.spline_filter(a2, order, mode=mode),
                 order=order, mode=mode)
    a3 = make(g, (4, 5, 3), "float32")
    for order in [2, 3, 5]:
        for mode in ["mirror", "reflect", "grid-wrap", "nearest"]:
            case("spline_filter", a3, ndi.spline_filter(a3, order, mode=mode),
                 order=order, mode=mode)
    a8 = make(g, (7, 9), "uint8")
    case("spline_filter", a8, ndi.spline_filter(a8, 3, output=np.uint8), order=3,
         mode="mirror", out_dtype="uint8")
    case("spline_filter1d", a8, ndi.spline_filter1d(a8, 4, 0, output=np.int16, mode="reflect"),
         order=4, mode="reflect", axis=0, out_dtype="int16")

    # map_coordinates: every order and mode, prefiltered or not, 1-D/2-D/3-D.
    a1 = make(g, (8,), "float64")
    c1 = g.uniform(-12, 20, (1, 25))
    c1[0, :5] = [-1.0, 0.0, 7.0, 7.5, 8.5]
    m2 = make(g, (7, 9), "float64")
    c2 = g.uniform(-3, 11, (2, 6, 5))
    c2[:, 0, :3] = [[0.0, 6.0, -0.5], [8.0, 0.0, 8.5]]
    for order in range(6):
        for mode in MODES:
            case("map_coordinates", a1, ndi.map_coordinates(a1, c1, order=order, mode=mode,
                                                            cval=1.5),
                 coordinates=c1, order=order, mode=mode, cval=1.5, prefilter=True)
            case("map_coordinates", m2, ndi.map_coordinates(m2, c2, order=order, mode=mode,
                                                            cval=-2.0),
                 coordinates=c2, order=order, mode=mode, cval=-2.0, prefilter=True)
            if order in (3, 5):
                case("map_coordinates", m2,
                     ndi.map_coordinates(m2, c2, order=order, mode=mode, prefilter=False),
                     coordinates=c2, order=order, mode=mode, cval=0.0, prefilter=False)
    m3 = make(g, (4, 5, 6), "float64")
    c3 = g.uniform(-2, 7, (3, 20))
    for order in [1, 3, 4]:
        for mode in MODES:
            case("map_coordinates", m3, ndi.map_coordinates(m3, c3, order=order, mode=mode,
                                                            cval=0.5),
                 coordinates=c3, order=order, mode=mode, cval=0.5, prefilter=True)
    for dtype in ["float32", "uint8", "int16"]:
        m = make(g, (7, 9), dtype)
        for order in [0, 1, 3, 5]:
            for mode in ["constant", "nearest", "reflect", "grid-constant"]:
                case("map_coordinates", m, ndi.map_coordinates(m, c2, order=order, mode=mode,
                                                               cval=3.7),
                     coordinates=c2, order=order, mode=mode, cval=3.7, prefilter=True)
    m8 = make(g, (7, 9), "uint8")
    for out_dtype in ["float64", "float32", "int16"]:
        case("map_coordinates", m8,
             ndi.map_coordinates(m8, c2, order=3, mode="mirror", output=np.dtype(out_dtype)),
             coordinates=c2, order=3, mode="mirror", cval=0.0, prefilter=True,
             out_dtype=out_dtype)

    # affine_transform: every matrix form.
    ma = make(g, (6, 7), "float64")
    th = 0.4
    full = np.array([[np.cos(th), -np.sin(th)], [np.sin(th) * 1.1, np.cos(th)]])
    forms = {
        "full": (full, [0.7, -1.2]),
        "diagonal": (np.array([0.8, 1.3]), [0.5, -0.25]),
        "homogeneous": (np.array([[0.9, 0.2, 0.3], [-0.3, 1.1, -0.6], [0.0, 0.0, 1.0]]), [0.0]),
        "ndim_x_ndim1": (np.array([[1.05, -0.1, 1.2], [0.15, 0.95, -0.4]]), [0.0]),
    }
    for name, (mat, off) in forms.items():
        for order in range(6):
            for mode in MODES:
                shape = (7, 5) if mode in ("nearest", "grid-wrap") else (6, 7)
                out = ndi.affine_transform(ma, mat, offset=off, output_shape=shape,
                                           order=order, mode=mode, cval=0.25)
                case("affine_transform", ma, out, matrix=mat, offset=np.array(off, float),
                     output_shape=list(shape), order=order, mode=mode, cval=0.25,
                     prefilter=True, form=name)
    ma3 = make(g, (4, 5, 3), "float64")
    mat3 = np.array([[0.9, 0.1, 0.0], [-0.1, 1.0, 0.2], [0.05, 0.0, 1.1]])
    for order in [0, 2, 3]:
        for mode in ["constant", "mirror", "grid-wrap", "nearest"]:
            out = ndi.affine_transform(ma3, mat3, offset=[0.3, -0.2, 0.1], order=order,
                                       mode=mode)
            case("affine_transform", ma3, out, matrix=mat3, offset=np.array([0.3, -0.2, 0.1]),
                 output_shape=list(ma3.shape), order=order, mode=mode, cval=0.0,
                 prefilter=True, form="full")
    for dtype in ["float32", "uint8", "int16"]:
        m = make(g, (6, 7), dtype)
        for order in [1, 3]:
            out = ndi.affine_transform(m, full, offset=[0.7, -1.2], order=order, mode="reflect")
            case("affine_transform", m, out, matrix=full, offset=np.array([0.7, -1.2]),
                 output_shape=list(m.shape), order=order, mode="reflect", cval=0.0,
                 prefilter=True, form="full")

    # shift
    ms = make(g, (6, 7), "float64")
    for order in range(6):
        for mode in MODES:
            for pf in [True, False]:
                if not pf and order not in (3, 5):
                    continue
                out = ndi.shift(ms, [1.3, -2.6], order=order, mode=mode, cval=0.5,
                                prefilter=pf)
                case("shift", ms, out, shift=[1.3, -2.6], order=order, mode=mode, cval=0.5,
                     prefilter=pf)
    ms3 = make(g, (4, 5, 3), "float64")
    for order in [1, 3, 4]:
        for mode in ["constant", "wrap", "grid-wrap", "grid-constant", "mirror"]:
            out = ndi.shift(ms3, [0.5, -1.25, 2.0], order=order, mode=mode)
            case("shift", ms3, out, shift=[0.5, -1.25, 2.0], order=order, mode=mode, cval=0.0,
                 prefilter=True)
    for dtype in ["float32", "uint8", "int16"]:
        m = make(g, (6, 7), dtype)
        for order in [0, 1, 3, 5]:
            out = ndi.shift(m, [0.5, -1.5], order=order, mode="nearest")
            case("shift", m, out, shift=[0.5, -1.5], order=order, mode="nearest", cval=0.0,
                 prefilter=True)
    m1 = make(g, (9,), "float64")
    for mode in MODES:
        out = ndi.shift(m1, 2.5, order=3, mode=mode, cval=1.0)
        case("shift", m1, out, shift=[2.5], order=3, mode=mode, cval=1.0, prefilter=True)

    # zoom
    mz = make(g, (5, 6), "float64")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for order in range(6):
            for mode in MODES:
                for grid in [False, True]:
                    z = [1.7, 0.6] if grid else [2.3, 1.5]
                    out = ndi.zoom(mz, z, order=order, mode=mode, cval=0.75, grid_mode=grid)
                    case("zoom", mz, out, zoom=z, order=order, mode=mode, cval=0.75,
                         prefilter=True, grid_mode=grid)
        for z in [[1.0, 1.0], [1.0, 2.0], [0.2, 0.5], [0.5, 0.1]]:
            out = ndi.zoom(mz, z, order=3, mode="reflect", prefilter=False)
            case("zoom", mz, out, zoom=z, order=3, mode="reflect", cval=0.0, prefilter=False,
                 grid_mode=False)
        out = ndi.zoom(mz, 1.0)
        case("zoom", mz, out, zoom=[1.0], order=3, mode="constant", cval=0.0, prefilter=True,
             grid_mode=False)
        mz3 = make(g, (3, 4, 5), "float64")
        for order in [0, 1, 3]:
            for grid in [False, True]:
                out = ndi.zoom(mz3, [2.0, 0.5, 1.4], order=order, mode="grid-mirror",
                               grid_mode=grid)
                case("zoom", mz3, out, zoom=[2.0, 0.5, 1.4], order=order, mode="grid-mirror",
                     cval=0.0, prefilter=True, grid_mode=grid)
        for dtype in ["float32", "uint8", "int16"]:
            m = make(g, (5, 6), dtype)
            for order in [0, 1, 3]:
                for grid in [False, True]:
                    out = ndi.zoom(m, 1.5, order=order, mode="nearest", grid_mode=grid)
                    case("zoom", m, out, zoom=[1.5], order=order, mode="nearest", cval=0.0,
                         prefilter=True, grid_mode=grid)

    # rotate
    mr = make(g, (6, 8), "float64")
    for order in range(6):
        for mode in MODES:
            for reshape in [True, False]:
                angle = 30.0 if reshape else -47.5
                out = ndi.rotate(mr, angle, reshape=reshape, order=order, mode=mode, cval=0.1)
                case("rotate", mr, out, angle=angle, axes=[1, 0], reshape=reshape, order=order,
                     mode=mode, cval=0.1, prefilter=True)
    for angle in [90.0, 180.0, -90.0, 200.0, 405.0]:
        out = ndi.rotate(mr, angle, order=3)
        case("rotate", mr, out, angle=angle, axes=[1, 0], reshape=True, order=3,
             mode="constant", cval=0.0, prefilter=True)
    mr3 = make(g, (4, 5, 6), "float64")
    for axes in [[1, 0], [0, 2], [2, 1], [-1, -2]]:
        for reshape in [True, False]:
            out = ndi.rotate(mr3, 25.0, axes=axes, reshape=reshape, order=3, mode="nearest")
            case("rotate", mr3, out, angle=25.0, axes=axes, reshape=reshape, order=3,
                 mode="nearest", cval=0.0, prefilter=True)
    for dtype in ["float32", "uint8", "int16"]:
        m = make(g, (6, 8), dtype)
        for order in [0, 1, 3, 5]:
            out = ndi.rotate(m, 33.0, order=order, mode="mirror")
            case("rotate", m, out, angle=33.0, axes=[1, 0], reshape=True, order=order,
                 mode="mirror", cval=0.0, prefilter=True)

    fx.case("shared arrays", "numpy.random.default_rng(7700)", args=shared)
    for name, call, args, expected in cases:
        fx.case(name, call, args=args, expected=expected, rtol=1e-10)
    fx.write()
