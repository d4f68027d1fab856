"""Generic filters (topic `generic`): generic_filter with a few Python functions (mean, range,
a position-weighted sum, the averaging median) on 1-D, 2-D and 3-D uint8, int16 and float64
inputs in every mode, with sizes, footprints, origins and axes; and vectorized_filter with a
vectorized sum and mean (cval cast to the input's type, `mode='valid'`, footprints with axes
in their given order). Inputs are stored once (case "inputs").
"""
import numpy as np
import scipy.ndimage as ndi

from golden import Fixture

MODES = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant",
         "grid-wrap"]
SHAPES = {1: (11,), 2: (6, 7), 3: (4, 5, 3)}

FUNCTIONS = {
    "mean": np.mean,
    "range": lambda v: v.max() - v.min(),
    "weighted": lambda v: float((v * np.arange(1, len(v) + 1)).sum()),
    "median": np.median,
}


def generate():
    fx = Fixture("ndimage", "generic")
    g = np.random.default_rng(7201)
    inputs = {}
    for nd, shape in SHAPES.items():
        inputs[f"{nd}d_uint8"] = g.integers(0, 256, shape).astype(np.uint8)
        inputs[f"{nd}d_int16"] = g.integers(-500, 500, shape).astype(np.int16)
        inputs[f"{nd}d_float64"] = np.round(g.standard_normal(shape) * 10, 2)
    fx.case("inputs", "inputs of the cases", args=inputs)

    def scalar(v):
        return v[0] if isinstance(v, list) and len(v) == 1 else v

    for nd in SHAPES:
        for dt in ["uint8", "int16", "float64"]:
            key = f"{nd}d_{dt}"
            x = inputs[key]
            for i, mode in enumerate(MODES):
                fname = list(FUNCTIONS)[i % len(FUNCTIONS)]
                size = [3] if i % 2 == 0 else [2] + [3] * (nd - 1)
                origin = [0] if i % 3 else [-1] + [0] * (nd - 1)
                out = ndi.generic_filter(x, FUNCTIONS[fname], size=scalar(size), mode=mode,
                                         cval=-3.5, origin=scalar(origin))
                fx.case(f"generic {fname} {key} {mode}",
                        f"generic_filter(x, {fname}, size={size}, mode='{mode}', cval=-3.5)",
                        args={"func": "generic_filter", "function": fname, "input": key,
                              "size": size, "mode": mode, "cval": -3.5, "origin": origin},
                        expected={"out": out})
            fp = g.random((3,) * nd) < 0.6
            fp.flat[0] = True
            for fname in FUNCTIONS:
                out = ndi.generic_filter(x, FUNCTIONS[fname], footprint=fp, mode="wrap")
                fx.case(f"generic footprint {fname} {key}", "generic_filter(x, f, footprint=fp)",
                        args={"func": "generic_filter", "function": fname, "input": key,
                              "footprint": fp, "mode": "wrap"},
                        expected={"out": out})
            if nd >= 2:
                fp2 = np.array([[1, 0, 1], [0, 1, 1]], bool)
                out = ndi.generic_filter(x, FUNCTIONS["weighted"], footprint=fp2, axes=[1, 0])
                fx.case(f"generic axes {key}", "generic_filter(x, weighted, footprint=fp2, axes=[1, 0])",
                        args={"func": "generic_filter", "function": "weighted", "input": key,
                              "footprint": fp2, "axes": [1, 0]},
                        expected={"out": out})
            # vectorized_filter: sum (output type of numpy's sum) and mean (float64).
            vsum = lambda w, axis: w.astype(np.float64).sum(axis=axis)
            for mode in ["reflect", "constant", "wrap", "mirror", "nearest"]:
                # (SciPy refuses `cval` with a mode other than constant.)
                extra = {"cval": -3.5} if mode == "constant" else {}
                out = ndi.vectorized_filter(x, vsum, size=3, mode=mode, **extra)
                fx.case(f"vectorized sum {key} {mode}", "vectorized_filter(x, sum, size=3)",
                        args={"func": "vectorized_filter", "function": "sum", "input": key,
                              "size": [3], "mode": mode, "cval": extra.get("cval", 0.0)},
                        expected={"out": out})
            out = ndi.vectorized_filter(x, vsum, size=2, mode="valid")
            fx.case(f"vectorized valid {key}", "vectorized_filter(x, sum, size=2, mode='valid')",
                    args={"func": "vectorized_filter", "function": "sum", "input": key,
                          "size": [2], "mode": "valid"},
                    expected={"out": out})
            if nd >= 2:
                fp2 = np.array([[1, 0, 1], [0, 1, 1]], bool)
                out = ndi.vectorized_filter(x, vsum, footprint=fp2, axes=[1, 0], origin=[0, 1])
                fx.case(f"vectorized axes {key}",
                        "vectorized_filter(x, sum, footprint=fp2, axes=[1, 0], origin=[0, 1])",
                        args={"func": "vectorized_filter", "function": "sum", "input": key,
                              "footprint": fp2, "axes": [1, 0], "origin": [0, 1],
                              "mode": "reflect"},
                        expected={"out": out})
    fx.write()
