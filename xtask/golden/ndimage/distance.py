"""Distance transforms (family `distance`): distance_transform_edt (sampling scalar and per
axis, distances and/or indices), distance_transform_cdt (chessboard, taxicab, custom
structures, indices) and distance_transform_bf (euclidean with sampling, taxicab,
chessboard, indices) on 1-D, 2-D and 3-D inputs of types bool, uint8, int32 and float64,
including inputs without background.
"""
import numpy as np
import scipy.ndimage as ndi

from golden import Fixture

SHAPES = [(19,), (7, 9), (5, 6, 4)]
DTYPES = ["bool", "uint8", "int32", "float64"]


def make(g, shape, dtype, density):
    m = g.random(shape) < density
    if dtype == "bool":
        return m
    if dtype == "float64":
        return np.where(m, g.standard_normal(shape) + 3.0, 0.0)
    return (m * g.integers(1, 5, shape)).astype(dtype)


def generate():
    fx = Fixture("ndimage", "distance")
    g = np.random.default_rng(7400)
    k = 0

    def case(func, a, expected, **params):
        nonlocal k
        args = {"func": func, "dtype": str(a.dtype), "input": a}
        args.update({key: v for key, v in params.items() if v is not None})
        fx.case(f"{k} {func} {a.shape} {a.dtype}", f"scipy.ndimage.{func}", args=args,
                expected={key: np.asarray(v) for key, v in expected.items()}, rtol=1e-12)
        k += 1

    for shape in SHAPES:
        ndim = len(shape)
        for variant in range(8):
            dtype = DTYPES[variant % 4]
            a = make(g, shape, dtype, [0.6, 0.85, 0.95, 0.75][variant % 4])
            if variant == 7:
                a = np.ones(shape, dtype)
            sampling = [None, [1.5], list(np.round(g.uniform(0.3, 2.5, ndim), 3)), None][variant % 4]
            rd, ri = [(True, False), (True, True), (False, True), (True, True)][variant % 4]
            scipy_sampling = 1.5 if sampling == [1.5] else sampling
            out = ndi.distance_transform_edt(a, sampling=scipy_sampling, return_distances=rd,
                                             return_indices=ri)
            expected = {}
            if rd and ri:
                expected = {"distances": out[0], "indices": out[1]}
            elif rd:
                expected = {"distances": out}
            else:
                expected = {"indices": out}
            case("distance_transform_edt", a, expected, sampling=sampling,
                 return_distances=rd, return_indices=ri)
        for variant in range(6):
            dtype = DTYPES[variant % 4]
            a = make(g, shape, dtype, [0.7, 0.9, 0.8][variant % 3])
            metric = ["chessboard", "taxicab", "custom"][variant % 3]
            if variant == 5:
                a = np.ones(shape, dtype)
            structure = None
            m = metric
            if metric == "custom":
                structure = g.random((3,) * ndim) < 0.6
                m = structure
            ri = variant % 2 == 0
            out = ndi.distance_transform_cdt(a, metric=m, return_indices=ri)
            expected = {"distances": out[0], "indices": out[1]} if ri else {"distances": out}
            case("distance_transform_cdt", a, expected, metric=metric, structure=structure,
                 return_distances=True, return_indices=ri)
        for variant in range(6):
            dtype = DTYPES[variant % 4]
            a = make(g, shape, dtype, [0.7, 0.9, 0.8][variant % 3])
            metric = ["euclidean", "taxicab", "chessboard"][variant % 3]
            sampling = list(np.round(g.uniform(0.3, 2.5, ndim), 3)) if variant in (0, 3) else None
            if variant == 4:
                a = np.ones(shape, dtype)
            ri = variant % 2 == 0
            out = ndi.distance_transform_bf(a, metric=metric, sampling=sampling, return_indices=ri)
            expected = {"distances": out[0], "indices": out[1]} if ri else {"distances": out}
            expected["distances"] = expected["distances"].astype(np.float64)
            case("distance_transform_bf", a, expected, metric=metric, sampling=sampling,
                 return_distances=True, return_indices=ri)
    # Many ties: a regular grid of background pixels.
    a = np.ones((9, 11), bool)
    a[::4, ::5] = False
    d, i = ndi.distance_transform_edt(a, return_indices=True)
    case("distance_transform_edt", a, {"distances": d, "indices": i}, return_distances=True,
         return_indices=True)
    d, i = ndi.distance_transform_edt(a, sampling=[0.5, 2.0], return_indices=True)
    case("distance_transform_edt", a, {"distances": d, "indices": i}, sampling=[0.5, 2.0],
         return_distances=True, return_indices=True)
    fx.write()
