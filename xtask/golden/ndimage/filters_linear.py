"""Linear filters (family `filters_linear`): correlate1d, convolve1d, correlate, convolve,
gaussian_filter1d, gaussian_filter (sigma/order/truncate/radius/axes), uniform_filter1d,
uniform_filter, sobel, prewitt, laplace, gaussian_gradient_magnitude, gaussian_laplace,
generic_gradient_magnitude (with sobel), generic_laplace (with [1, -2, 1]), generic_filter1d
(a weighted sum), and SciPy's Gaussian kernels themselves. 1-D, 2-D and 3-D inputs of types
u8, i16, i32, f32 and f64, every boundary mode, odd and even kernels, non-zero origins.

Each case stores the input (in its dtype), the call's parameters and SciPy's output (in the
output dtype, the input's).
"""
import numpy as np
import scipy.ndimage as ndi
from scipy.ndimage._filters import _gaussian_kernel1d

from golden import Fixture

MODES = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant",
         "grid-wrap"]
DTYPES = ["uint8", "int16", "int32", "float32", "float64"]
SHAPES = [(11,), (7, 9), (5, 6, 4)]


def make(g, shape, dtype):
    if dtype == "uint8":
        return g.integers(0, 256, shape).astype(np.uint8)
    if dtype == "int16":
        return g.integers(-1000, 1000, shape).astype(np.int16)
    if dtype == "int32":
        return g.integers(-100000, 100000, shape).astype(np.int32)
    return (g.standard_normal(shape) * 10).astype(dtype)


def generate():
    fx = Fixture("ndimage", "filters_linear")
    g = np.random.default_rng(7100)
    k = 0

    def case(func, a, out, **params):
        nonlocal k
        args = {"func": func, "dtype": str(a.dtype), "input": a}
        args.update(params)
        fx.case(f"{k:03d} {func} {a.dtype} {a.shape} {params_label(params)}",
                f"scipy.ndimage.{func}", args=args, expected={"out": out}, rtol=1e-12)
        k += 1

    # Gaussian kernels: SciPy's sampled kernel (before the reversal gaussian_filter1d does).
    for sigma, order, radius in [(0.5, 0, 2), (1.0, 0, 4), (1.5, 1, 6), (2.0, 2, 8),
                                 (3.0, 0, 12), (3.0, 3, 12), (0.8, 3, 5), (7.3, 2, 29),
                                 (20.0, 0, 80), (1.0, 0, 0)]:
        fx.case(f"kernel sigma={sigma} order={order} radius={radius}",
                "scipy.ndimage._filters._gaussian_kernel1d",
                args={"func": "kernel", "sigma": sigma, "order": order, "radius": radius},
                expected={"out": _gaussian_kernel1d(sigma, order, radius)}, rtol=1e-15)

    weights_1d = [np.array([1.0, 2.0, 3.0]), np.array([0.25, 0.5, 0.25]),
                  np.array([1.0, -2.0, 0.5, 3.0]), np.array([-1.0, 0.0, 1.0]),
                  np.array([0.5, 1.5, -0.5, 2.0, 1.0]), np.array([2.5])]
    i = 0
    for shape in SHAPES:
        for dtype in DTYPES:
            a = make(g, shape, dtype)
            for w in weights_1d:
                i += 1
                mode = MODES[i % len(MODES)]
                axis = -1 if i % 3 == 0 else int(i % len(shape))
                size = len(w)
                lo, hi = -(size // 2), (size - 1) // 2
                origin = [0, lo, hi][i % 3]
                cval = 1.5 if i % 2 else -3.0
                for func in ["correlate1d", "convolve1d"]:
                    if func == "convolve1d":
                        # The convolution's origin must be valid once mirrored.
                        co = -origin - (1 - size % 2)
                        if not (lo <= co <= hi):
                            continue
                    f = getattr(ndi, func)
                    out = f(a, w, axis=axis, mode=mode, cval=cval, origin=origin)
                    case(func, a, out, weights=w, axis=axis, modes=[mode], cval=cval,
                         origins=[origin])

    # N-D correlate / convolve.
    w2 = [np.array([[1.0, 0.0, -1.0], [2.0, 0.5, 0.0], [0.0, 1.0, 3.0]]),
          np.array([[0.5, 1.0, 0.0, -2.0], [1.0, 0.0, 0.25, 1.0]])]
    w3 = [np.arange(18.0).reshape(3, 2, 3) % 5 - 1.5]
    for shape in SHAPES[1:]:
        for j, dtype in enumerate(DTYPES):
            a = make(g, shape, dtype)
            ws = w2 if len(shape) == 2 else w3 + [w2[0]]
            for t, w in enumerate(ws):
                mode = MODES[(j + 3 * t) % len(MODES)]
                axes = None
                if w.ndim < a.ndim:
                    axes = [0, 2] if t % 2 else [-2, -1]
                orig = [(-(s // 2) if (j + q) % 2 else (s - 1) // 2) for q, s in enumerate(w.shape)]
                for func in ["correlate", "convolve"]:
                    o = orig
                    if func == "convolve":
                        o = [-(s // 2) + (1 - s % 2) if False else 0 for s in w.shape]
                        o = [min(max(-x - (1 - s % 2), -(s // 2)), (s - 1) // 2)
                             for x, s in zip(orig, w.shape)]
                        o = [-x - (1 - s % 2) for x, s in zip(o, w.shape)]
                    out = getattr(ndi, func)(a, w, mode=mode, cval=2.0, origin=o, axes=axes)
                    params = dict(weights=w, modes=[mode], cval=2.0, origins=o)
                    if axes is not None:
                        params["axes"] = axes
                    case(func, a, out, **params)

    # Gaussian filters.
    i = 0
    for shape in SHAPES:
        for dtype in DTYPES:
            a = make(g, shape, dtype)
            for sigma, order, truncate, radius in [(0.7, 0, 4.0, None), (1.5, 1, 4.0, None),
                                                   (2.0, 2, 2.5, None), (1.2, 3, 4.0, None),
                                                   (1.0, 0, 4.0, 2), (3.0, 1, 4.0, None)]:
                i += 1
                mode = MODES[i % len(MODES)]
                axis = -1 if i % 2 else 0
                kw = dict(radius=radius) if radius is not None else {}
                out = ndi.gaussian_filter1d(a, sigma, axis=axis, order=order, mode=mode,
                                            cval=0.5, truncate=truncate, **kw)
                params = dict(sigma=[sigma], axis=axis, order=[order], modes=[mode], cval=0.5,
                              truncate=truncate)
                if radius is not None:
                    params["radius"] = [radius]
                case("gaussian_filter1d", a, out, **params)
            nd = len(shape)
            for t in range(3):
                i += 1
                sig = [0.8 + 0.6 * q for q in range(nd)] if t else [1.3]
                orders = [(q + t) % 4 for q in range(nd)] if t == 1 else [0]
                modes = [MODES[(i + q) % 8] for q in range(nd)] if t else [MODES[i % 8]]
                kw = {}
                params = dict(sigma=sig, order=orders, modes=modes, cval=-1.0, truncate=3.0)
                if t == 2:
                    kw["radius"] = [1 + q for q in range(nd)]
                    params["radius"] = kw["radius"]
                out = ndi.gaussian_filter(a, sc(sig), order=sc(orders), mode=sc(modes), cval=-1.0,
                                          truncate=3.0, **kw)
                case("gaussian_filter", a, out, **params)
            if nd >= 2:
                out = ndi.gaussian_filter(a, [1.1, 0.6], mode=["wrap", "nearest"],
                                          axes=[-1, 0], order=[1, 0])
                case("gaussian_filter", a, out, sigma=[1.1, 0.6], order=[1, 0],
                     modes=["wrap", "nearest"], cval=0.0, truncate=4.0, axes=[-1, 0])

    # Uniform filters.
    i = 0
    for shape in SHAPES:
        for dtype in DTYPES:
            a = make(g, shape, dtype)
            for size in [1, 2, 3, 4, 5]:
                i += 1
                mode = MODES[i % 8]
                axis = -1 if i % 2 else 0
                origin = [0, -(size // 2), (size - 1) // 2][i % 3]
                out = ndi.uniform_filter1d(a, size, axis=axis, mode=mode, cval=2.0,
                                           origin=origin)
                case("uniform_filter1d", a, out, size=[size], axis=axis, modes=[mode], cval=2.0,
                     origins=[origin])
            nd = len(shape)
            sizes = [3 + q for q in range(nd)]
            origins = [(-1) ** q for q in range(nd)]
            modes = [MODES[(i + 2 * q) % 8] for q in range(nd)]
            out = ndi.uniform_filter(a, sizes, mode=modes, cval=1.0, origin=origins)
            case("uniform_filter", a, out, size=sizes, modes=modes, cval=1.0, origins=origins)
            out = ndi.uniform_filter(a, 4)
            case("uniform_filter", a, out, size=[4], modes=["reflect"], cval=0.0, origins=[0])
            if nd >= 2:
                out = ndi.uniform_filter(a, [5, 2], axes=[0, -1], mode="mirror")
                case("uniform_filter", a, out, size=[5, 2], modes=["mirror"], cval=0.0,
                     origins=[0], axes=[0, -1])

    # Derivatives.
    i = 0
    for shape in SHAPES:
        for dtype in DTYPES:
            a = make(g, shape, dtype)
            nd = len(shape)
            i += 1
            modes = [MODES[(i + q) % 8] for q in range(nd)]
            for func in ["sobel", "prewitt"]:
                for axis in range(-1, nd - 1):
                    out = getattr(ndi, func)(a, axis=axis, mode=modes, cval=3.0)
                    case(func, a, out, axis=axis, modes=modes, cval=3.0)
            out = ndi.laplace(a, mode=modes, cval=3.0)
            case("laplace", a, out, modes=modes, cval=3.0)
            out = ndi.gaussian_gradient_magnitude(a, 1.2, mode=modes, cval=3.0)
            case("gaussian_gradient_magnitude", a, out, sigma=[1.2], modes=modes, cval=3.0)
            out = ndi.gaussian_laplace(a, [0.9 + 0.3 * q for q in range(nd)], mode=modes[0])
            case("gaussian_laplace", a, out, sigma=[0.9 + 0.3 * q for q in range(nd)],
                 modes=[modes[0]], cval=0.0)
            out = ndi.generic_gradient_magnitude(a, ndi.sobel, mode=modes, cval=1.0)
            case("generic_gradient_magnitude", a, out, modes=modes, cval=1.0)

            def d2(x, axis, output, mode, cval):
                return ndi.correlate1d(x, [1, -2, 1], axis, output, mode, cval, 0)
            out = ndi.generic_laplace(a, d2, mode=modes, cval=1.0)
            case("generic_laplace", a, out, modes=modes, cval=1.0)
            if nd >= 2:
                out = ndi.laplace(a, axes=[0, 1])
                case("laplace", a, out, modes=["reflect"], cval=0.0, axes=[0, 1])
                out = ndi.gaussian_gradient_magnitude(a, 1.0, axes=[1])
                case("gaussian_gradient_magnitude", a, out, sigma=[1.0], modes=["reflect"],
                     cval=0.0, axes=[1])

            # generic_filter1d: a weighted sum over 4 samples, origin -1.
            def fn(line_in, line_out):
                n = line_out.shape[0]
                line_out[:] = (line_in[:n] + 2 * line_in[1:n + 1] - line_in[2:n + 2]
                               + 0.5 * line_in[3:n + 3])
            axis = nd - 1 if i % 2 else 0
            out = ndi.generic_filter1d(a, fn, 4, axis=axis, mode=modes[0], cval=1.0, origin=-1)
            case("generic_filter1d", a, out, axis=axis, modes=[modes[0]], cval=1.0,
                 origins=[-1])

    fx.write()


def sc(v):
    """A one-element list as the scalar SciPy wants for "one value for every axis"."""
    return v[0] if len(v) == 1 else v


def params_label(params):
    keep = []
    for key, v in params.items():
        if key == "weights":
            keep.append(f"w{v.shape}")
        else:
            keep.append(f"{key}={v}")
    return " ".join(keep)
