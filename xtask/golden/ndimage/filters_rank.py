"""Rank filters (topic `filters_rank`): minimum_filter1d, maximum_filter1d, minimum_filter,
maximum_filter, median_filter, rank_filter and percentile_filter on 1-D, 2-D and 3-D inputs of
uint8, uint16, int16, float32 and float64, in every mode (cval -3.5, which integer types cast
with wrapping), with odd and even sizes, per-axis sizes, footprints, non-zero origins, `axes`
and an `output` type. Inputs are stored once (case "inputs"); each case names its input.
"""
import numpy as np
import scipy.ndimage as ndi

from golden import Fixture

MODES = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-mirror", "grid-constant",
         "grid-wrap"]
SHAPES = {1: (13,), 2: (7, 9), 3: (5, 6, 4)}
DTYPES = ["uint8", "uint16", "int16", "float32", "float64"]


def make_input(g, shape, dtype):
    if dtype == "uint8":
        return g.integers(0, 256, shape).astype(np.uint8)
    if dtype == "uint16":
        return g.integers(0, 65536, shape).astype(np.uint16)
    if dtype == "int16":
        return g.integers(-1000, 1000, shape).astype(np.int16)
    # Rounded values so that ties occur.
    return np.round(g.standard_normal(shape) * 10, 1).astype(dtype)


def footprint(g, ndim, shape=None):
    shape = shape or (3,) * ndim
    while True:
        f = g.random(shape) < 0.6
        if f.sum() >= min(2, f.size - 1) and not f.all():
            return f


def generate():
    fx = Fixture("ndimage", "filters_rank")
    g = np.random.default_rng(7101)
    inputs = {}
    for nd, shape in SHAPES.items():
        for dt in DTYPES:
            inputs[f"{nd}d_{dt}"] = make_input(g, shape, dt)
    fx.case("inputs", "inputs of the cases", args=inputs)

    def add(name, func, key, call, **kw):
        x = inputs[key]
        fn = getattr(ndi, func)
        if func.endswith("1d"):
            out = fn(x, kw["size"], axis=kw.get("axis", -1), mode=kw.get("mode", "reflect"),
                     cval=kw.get("cval", 0.0), origin=kw.get("origin", 0))
        else:
            extra = {}
            for k in ["size", "footprint", "mode", "cval", "origin", "axes", "output"]:
                if k in kw:
                    v = kw[k]
                    # SciPy takes a scalar for every axis, not a one-element list.
                    extra[k] = v[0] if isinstance(v, list) and len(v) == 1 and k != "axes" else v
            if "output" in extra:
                extra["output"] = np.dtype(extra["output"])
            pos = [kw[k] for k in ["rank", "percentile"] if k in kw]
            out = fn(x, *pos, **extra)
        args = {"func": func, "input": key}
        args.update({k: v for k, v in kw.items()})
        fx.case(name, call, args=args, expected={"out": out})

    for nd in SHAPES:
        for dt in DTYPES:
            key = f"{nd}d_{dt}"
            for mode in MODES:
                common = dict(mode=mode, cval=-3.5)
                add(f"median size 3 {key} {mode}", "median_filter", key,
                    f"median_filter(x, size=3, mode='{mode}', cval=-3.5)", size=[3], **common)
                even = [4] + [2] * (nd - 1)
                add(f"percentile 30 even {key} {mode}", "percentile_filter", key,
                    f"percentile_filter(x, 30, size={even}, origin=-1)", percentile=30.0,
                    size=even, origin=[-1], **common)
                fp = footprint(g, nd)
                add(f"rank -2 footprint {key} {mode}", "rank_filter", key,
                    "rank_filter(x, -2, footprint=fp, origin=1)", rank=-2, footprint=fp,
                    origin=[1] + [0] * (nd - 1), **common)
                add(f"minimum size even {key} {mode}", "minimum_filter", key,
                    f"minimum_filter(x, size={even})", size=even, **common)
                fp2 = footprint(g, nd, (2,) * nd)
                add(f"maximum footprint {key} {mode}", "maximum_filter", key,
                    "maximum_filter(x, footprint=fp2)", footprint=fp2, **common)
                add(f"minimum1d size 4 {key} {mode}", "minimum_filter1d", key,
                    "minimum_filter1d(x, 4, axis=0, origin=1)", size=4, axis=0, origin=1,
                    **common)
                add(f"maximum1d size 3 {key} {mode}", "maximum_filter1d", key,
                    "maximum_filter1d(x, 3, axis=-1, origin=-1)", size=3, axis=-1, origin=-1,
                    **common)
            # Mode-independent variations.
            add(f"median footprint {key}", "median_filter", key, "median_filter(x, footprint=fp)",
                footprint=footprint(g, nd))
            add(f"rank 0 {key}", "rank_filter", key, "rank_filter(x, 0, size=3)", rank=0, size=[3])
            add(f"rank last {key}", "rank_filter", key, "rank_filter(x, -1, size=2)", rank=-1,
                size=[2])
            add(f"percentile 100 {key}", "percentile_filter", key,
                "percentile_filter(x, 100, size=3)", percentile=100.0, size=[3])
            add(f"percentile -75 {key}", "percentile_filter", key,
                "percentile_filter(x, -75, size=5)", percentile=-75.0, size=[5])
            add(f"median size 1 {key}", "median_filter", key, "median_filter(x, size=1)", size=[1])
            # (SciPy 1.17's 1-D rank path writes float32 results into a float64 output as
            # raw bytes, so that combination is left out.)
            if not (nd == 1 and dt == "float32"):
                add(f"median output float64 {key}", "median_filter", key,
                    "median_filter(x, size=3, output=float64)", size=[3], output="float64",
                    mode="constant", cval=-3.5)
            add(f"minimum output float64 {key}", "minimum_filter", key,
                "minimum_filter(x, size=3, output=float64)", size=[3], output="float64",
                mode="constant", cval=-3.5)
            if nd >= 2:
                sizes = [3, 2, 5][:nd]
                add(f"median per-axis sizes {key}", "median_filter", key,
                    f"median_filter(x, size={sizes}, origin=[1, 0, -2][:nd])", size=sizes,
                    origin=[1, 0, -2][:nd])
                add(f"minimum modes per axis {key}", "minimum_filter", key,
                    "minimum_filter(x, size=3, mode=['wrap', 'constant', ...])", size=[3],
                    mode=(["wrap", "constant", "mirror"][:nd]), cval=2.0)
                add(f"median axes {key}", "median_filter", key,
                    "median_filter(x, size=3, axes=[-1, 0])", size=[3], axes=[-1, 0])
                add(f"rank axes footprint {key}", "rank_filter", key,
                    "rank_filter(x, 1, footprint=[[1,0,1],[0,1,1]], axes=[1, 0])", rank=1,
                    footprint=np.array([[1, 0, 1], [0, 1, 1]], bool), axes=[1, 0])
                add(f"maximum axes {key}", "maximum_filter", key,
                    "maximum_filter(x, size=4, axes=[0], origin=-2)", size=[4], axes=[0],
                    origin=[-2])
    fx.write()
