"""label, find_objects, the per-region statistics, histogram, labeled_comprehension,
and value_indices on small random arrays in 1-D, 2-D and 3-D (topic
`measurements`). Integer results and positions are exact; float statistics are compared at
1e-12 relative. Labels are int32; inputs float64 and int16. (watershed_ift is checked
against a minimum-cost-path oracle in the tests instead: SciPy's implementation does not
always return a minimum-cost forest.)
"""
import numpy as np
from scipy import ndimage as ndi

from golden import Fixture

SHAPES = [(23,), (7, 9), (5, 6, 4), (12, 5, 7)]


def generate():
    fx = Fixture("ndimage", "measurements")
    rng = np.random.default_rng(7001)
    for shape in SHAPES:
        nd = len(shape)
        mask = rng.random(shape) < 0.45
        for conn in range(1, nd + 1):
            s = ndi.generate_binary_structure(nd, conn)
            lab, n = ndi.label(mask, s)
            fx.case(f"label_{nd}d_c{conn}", f"label(mask, generate_binary_structure({nd}, {conn}))",
                    {"mask": mask.astype(np.uint8), "structure": s.astype(np.uint8)},
                    {"labels": lab.astype(np.int32), "n": n})
        lab, n = ndi.label(mask)
        objs = ndi.find_objects(lab, max_label=n + 2)
        boxes = np.array([[sl.start if o else -1 for sl in (o or [slice(0, 0)] * nd)] +
                          [sl.stop if o else -1 for sl in (o or [slice(0, 0)] * nd)]
                          for o in objs], dtype=np.int64)
        fx.case(f"find_objects_{nd}d", "find_objects(labels, max_label=n + 2)",
                {"labels": lab.astype(np.int32), "max_label": n + 2}, {"boxes": boxes})
        for dtype in (np.float64, np.int16):
            img = (rng.standard_normal(shape) * 10).astype(dtype)
            index = np.array([1, 2, n, n + 3, 2, 0], dtype=np.int32) if n >= 2 else np.array([1, 0], np.int32)
            exp = {}
            for name in ("sum_labels", "mean", "variance", "standard_deviation", "minimum", "maximum", "median"):
                exp[name] = np.asarray(getattr(ndi, name)(img, lab, index), dtype=np.float64)
                exp[name + "_positive"] = np.float64(getattr(ndi, name)(img, lab))
                exp[name + "_whole"] = np.float64(getattr(ndi, name)(img))
            for name in ("minimum_position", "maximum_position"):
                exp[name] = np.array(getattr(ndi, name)(img, lab, index), dtype=np.int64).reshape(len(index), nd)
            exp["center_of_mass"] = np.array(ndi.center_of_mass(np.abs(img).astype(np.float64), lab, index),
                                             dtype=np.float64).reshape(len(index), nd)
            exp["histogram"] = np.array([h if h is not None else [-1] * 6
                                         for h in ndi.histogram(img, -15, 15, 6, lab, index)], dtype=np.int64)
            exp["comprehension_max"] = ndi.labeled_comprehension(img, lab, index, np.max, np.float64, -99.0)
            tag = "f64" if dtype == np.float64 else "i16"
            fx.case(f"stats_{nd}d_{tag}", "ndi.<stat>(img, labels, index)",
                    {"img": img, "labels": lab.astype(np.int32), "index": index}, exp, rtol=1e-12)
    fx.write()
