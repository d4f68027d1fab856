"""Grey morphology (topic `morphology_grey`): grey_erosion, grey_dilation, grey_opening,
grey_closing, morphological_gradient, morphological_laplace, white_tophat and black_tophat on
1-D, 2-D and 3-D uint8, uint16, int16, float32 and float64 inputs, with `size` (odd and even),
`footprint`, `structure` (non-flat, with values that make integer arithmetic wrap) and both,
every mode (cval -3.5), non-zero origins and axes; plus the tutorial's 7x7 example. Inputs
are stored once (case "inputs").
"""
import numpy as np
import scipy.ndimage as ndi

from golden import Fixture

MODES = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant",
         "grid-wrap"]
SHAPES = {1: (12,), 2: (7, 8), 3: (4, 5, 6)}
DTYPES = ["uint8", "uint16", "int16", "float32", "float64"]
FUNCS = ["grey_erosion", "grey_dilation", "grey_opening", "grey_closing",
         "morphological_gradient", "morphological_laplace", "white_tophat", "black_tophat"]


def make_input(g, shape, dtype):
    if dtype == "uint8":
        return g.integers(0, 256, shape).astype(np.uint8)
    if dtype == "uint16":
        return g.integers(0, 65536, shape).astype(np.uint16)
    if dtype == "int16":
        return g.integers(-1000, 1000, shape).astype(np.int16)
    return np.round(g.standard_normal(shape) * 10, 1).astype(dtype)


def generate():
    fx = Fixture("ndimage", "morphology_grey")
    g = np.random.default_rng(7301)
    inputs = {}
    for nd, shape in SHAPES.items():
        for dt in DTYPES:
            inputs[f"{nd}d_{dt}"] = make_input(g, shape, dt)
    a = np.zeros((7, 7), dtype=int)
    a[1:6, 1:6] = 3
    a[4, 4] = 2
    a[2, 3] = 1
    inputs["tutorial_int64"] = a
    fx.case("inputs", "inputs of the cases", args=inputs)
    fx.case("tutorial grey_erosion", "grey_erosion(a, size=(3, 3))",
            args={"func": "grey_erosion", "input": "tutorial_int64", "size": [3, 3]},
            expected={"out": ndi.grey_erosion(a, size=(3, 3))})

    def add(name, func, key, **kw):
        call = {}
        for k, v in kw.items():
            call[k] = v[0] if isinstance(v, list) and len(v) == 1 and k != "axes" else v
        out = getattr(ndi, func)(inputs[key], **call)
        fx.case(name, f"{func}(x, **{sorted(kw)})", args={"func": func, "input": key, **kw},
                expected={"out": out})

    for nd in SHAPES:
        for dt in DTYPES:
            key = f"{nd}d_{dt}"
            for i, mode in enumerate(MODES):
                func = FUNCS[i]
                common = dict(mode=mode, cval=-3.5)
                add(f"{func} size 3 {key} {mode}", func, key, size=[3], **common)
                even = [2] + [3] * (nd - 1)
                add(f"{func} even origin {key} {mode}", func, key, size=even,
                    origin=[-1] + [1] * (nd - 1), **common)
                fp = g.random((3,) * nd) < 0.6
                fp.flat[len(fp.flat) // 2] = True
                add(f"{func} footprint {key} {mode}", func, key, footprint=fp, **common)
                st = g.integers(-40, 300, (2,) * nd).astype(np.float64) + 0.5 * (i % 2)
                add(f"{func} structure {key} {mode}", func, key, structure=st, **common)
            for func in FUNCS:
                fp = g.random((3,) * nd) < 0.6
                fp.flat[0] = True
                st = np.round(g.standard_normal((3,) * nd) * 20, 1)
                add(f"{func} footprint and structure {key}", func, key, footprint=fp,
                    structure=st, origin=[1] + [0] * (nd - 1))
            if nd >= 2:
                add(f"grey_dilation axes {key}", "grey_dilation", key, size=[2, 3],
                    axes=[0, 1], origin=[0, -1])
                add(f"grey_erosion axes {key}", "grey_erosion", key, size=[4], axes=[-1])
    fx.write()
