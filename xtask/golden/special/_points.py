"""Shared helpers of the sci-special golden families: point sets and reference tables.

- `logspace_signed(lo, hi, n, rng)`: magnitudes log-uniform in [10^lo, 10^hi], both signs;
- `table(f_mp, f_scipy, points, complex_result=False)`: the accuracy table rows: the argument
  columns, then mpmath's value (50 digits, rounded to float64), then SciPy's value.
"""
import mpmath
import numpy as np

mpmath.mp.dps = 50


def rng(seed):
    return np.random.default_rng(seed)


def logspace(lo, hi, n, generator):
    """n magnitudes log-uniform in [10^lo, 10^hi]."""
    return 10.0 ** generator.uniform(lo, hi, n)


def logspace_signed(lo, hi, n, generator):
    """n values with log-uniform magnitudes in [10^lo, 10^hi] and random signs."""
    return logspace(lo, hi, n, generator) * generator.choice([-1.0, 1.0], n)


def to_float(value):
    """An mpmath (or Python) number rounded to float64; complex parts via `to_complex`."""
    if isinstance(value, mpmath.mpc):
        raise TypeError("complex value where a real one was expected")
    return float(value)


def table(f_mp, f_scipy, points, complex_result=False):
    """Rows [args..., mpmath, scipy] (or [args..., mpmath_re, mpmath_im, scipy_re, scipy_im]).

    `points` is a list of argument tuples (floats); `f_mp` takes mpf arguments and returns an
    mpmath number (or None where the reference is undefined: the row is dropped); `f_scipy`
    takes the argument columns as numpy arrays.
    """
    kept, refs = [], []
    for args in points:
        value = f_mp(*[mpmath.mpf(a) for a in args])
        if value is None:
            continue
        kept.append(args)
        refs.append(value)
    cols = np.array(kept, dtype=np.float64).reshape(len(kept), -1)
    sp = f_scipy(*[cols[:, k] for k in range(cols.shape[1])])
    if complex_result:
        ref = np.array([complex(v) for v in refs], dtype=np.complex128)
        sp = np.asarray(sp, dtype=np.complex128)
        return np.column_stack([cols, ref.real, ref.imag, sp.real, sp.imag])
    ref = np.array([float(mpmath.re(v)) for v in refs], dtype=np.float64)
    return np.column_stack([cols, ref, np.asarray(sp, dtype=np.float64)])


def columns(args, complex_result=False):
    """The column names for argument names `args`."""
    tail = ["mpmath_re", "mpmath_im", "scipy_re", "scipy_im"] if complex_result else ["mpmath", "scipy"]
    return list(args) + tail
