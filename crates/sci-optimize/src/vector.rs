//! Small vector kernels shared by the solvers: the dot product, the Euclidean norm (summed
//! left to right) and the NaN-propagating maximum norm.

/// `a · b`, summed in order (the shorter length wins).
#[inline]
pub(crate) fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// `‖a‖₂` as `sqrt(a · a)` (unscaled: see `least_squares::common::norm` for the
/// overflow-safe form).
#[inline]
pub(crate) fn norm2(a: &[f64]) -> f64 {
    dot(a, a).sqrt()
}

/// `‖a‖∞`, NaN when any entry is NaN (as NumPy's norm), so that a NaN never passes a test.
#[inline]
pub(crate) fn norm_inf(a: &[f64]) -> f64 {
    a.iter().fold(0.0f64, |m, v| {
        if v.abs() > m || v.is_nan() {
            v.abs()
        } else {
            m
        }
    })
}
