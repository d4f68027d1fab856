"""SciPy twins of the `ndimage/*` workloads (scipy.ndimage: single-threaded C)."""
import numpy as np
from scipy import ndimage as ndi


def uniform(seed, shape):
    return lambda: np.random.default_rng(seed).random(shape)


def smooth(seed, n):
    return lambda: ndi.gaussian_filter(np.random.default_rng(seed).random((n, n)), 2)


def coords_setup():
    rng = np.random.default_rng(78)
    img = ndi.gaussian_filter(rng.random((1024, 1024)), 2)
    return img, rng.random((2, 1_000_000)) * 1023


def labels_setup():
    rng = np.random.default_rng(79)
    img = rng.random((2048, 2048))
    return img, rng.integers(0, 1000, (2048, 2048), dtype=np.int32)


WORKLOADS = {
    "ndimage/gaussian_filter_2048_s3": (uniform(70, (2048, 2048)),
                                        lambda a: ndi.gaussian_filter(a, 3)),
    "ndimage/median_filter_1024_u8_s7": (
        lambda: np.random.default_rng(71).integers(0, 256, (1024, 1024), dtype=np.uint8),
        lambda a: ndi.median_filter(a, size=7)),
    "ndimage/uniform_filter_2048_s15": (uniform(72, (2048, 2048)),
                                        lambda a: ndi.uniform_filter(a, size=15)),
    "ndimage/binary_opening_2048_it2": (
        lambda: ndi.gaussian_filter(np.random.default_rng(73).random((2048, 2048)), 2) > 0.5,
        lambda m: ndi.binary_opening(m, iterations=2)),
    "ndimage/label_4096_d0.3": (lambda: np.random.default_rng(74).random((4096, 4096)) < 0.3,
                                ndi.label),
    "ndimage/distance_transform_edt_2048": (
        lambda: np.random.default_rng(75).random((2048, 2048)) > 0.001,
        ndi.distance_transform_edt),
    "ndimage/zoom_1024_x2_o3": (smooth(76, 1024), lambda a: ndi.zoom(a, 2, order=3)),
    "ndimage/rotate_1024_30deg_o3": (smooth(77, 1024),
                                     lambda a: ndi.rotate(a, 30, reshape=False, order=3)),
    "ndimage/map_coordinates_1024_1e6_o3": (coords_setup,
                                            lambda ic: ndi.map_coordinates(ic[0], ic[1], order=3)),
    "ndimage/sum_labels_2048_1000": (labels_setup,
                                     lambda il: ndi.sum_labels(il[0], il[1],
                                                               index=np.arange(1, 1000))),
}
