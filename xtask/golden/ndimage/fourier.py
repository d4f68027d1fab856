"""Fourier filters (family `fourier`): fourier_gaussian, fourier_uniform, fourier_ellipsoid
and fourier_shift on numpy's fft (n=-1) and rfft (n = the signal's length, along `axis`)
outputs of small 1-D, 2-D and 3-D arrays, complex and real inputs, scalar and per-axis
parameters.
"""
import numpy as np
import scipy.ndimage as ndi

from golden import Fixture


def generate():
    fx = Fixture("ndimage", "fourier")
    g = np.random.default_rng(7200)
    k = 0
    for shape in [(9,), (8,), (7, 6), (5, 6, 4)]:
        x = g.standard_normal(shape)
        nd = len(shape)
        spectra = [("fft", np.fft.fftn(x), -1, -1)]
        for axis in range(nd):
            spectra.append((f"rfft axis {axis}", np.fft.rfft(x, axis=axis), shape[axis], axis))
        params = {
            "fourier_gaussian": [[1.3], [0.5 + 0.4 * q for q in range(nd)]],
            "fourier_uniform": [[2.5], [1.5 + q for q in range(nd)]],
            "fourier_ellipsoid": [[3.0], [2.0 + 0.7 * q for q in range(nd)]],
            "fourier_shift": [[1.5], [0.3 - 1.1 * q for q in range(nd)]],
        }
        for label, spec, n, axis in spectra:
            for func, plist in params.items():
                for p in plist:
                    arg = p[0] if len(p) == 1 else p
                    out = getattr(ndi, func)(spec, arg, n=n, axis=axis)
                    fx.case(f"{k:03d} {func} {label} {shape} {p}", f"scipy.ndimage.{func}",
                            args={"func": func, "input": spec, "param": p, "n": n,
                                  "axis": axis, "real": False},
                            expected={"out": out}, rtol=1e-12)
                    k += 1
        # Real inputs (SciPy accepts them; the shift gives a complex result).
        r = g.standard_normal(shape)
        for func in ["fourier_gaussian", "fourier_uniform", "fourier_ellipsoid",
                     "fourier_shift"]:
            out = getattr(ndi, func)(r, 1.7)
            fx.case(f"{k:03d} {func} real {shape}", f"scipy.ndimage.{func}",
                    args={"func": func, "input": r, "param": [1.7], "n": -1, "axis": -1,
                          "real": True},
                    expected={"out": out}, rtol=1e-12)
            k += 1
    fx.write()
