//! `leslie`: the Leslie matrix of an age-structured population model.

use sci_core::ndarray::{Array2, AsArray, Ix1};
use sci_core::{Error, Result, view1};

use super::filled;

/// The Leslie matrix with fecundity coefficients `f` (first row) and survival coefficients
/// `s` (sub-diagonal): `L[0, j] = f[j]`, `L[i + 1, i] = s[i]`, zeros elsewhere, of order
/// `f.len()`. `L x` advances the age distribution `x` by one step.
///
/// SciPy 1.17 treats n-D `f` and `s` as batches; this function takes one pair of vectors.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// - [`sci_core::Error::EmptyInput`] when `s` is empty (SciPy: "the length of s must be at
///   least 1");
/// - [`sci_core::Error::ShapeMismatch`] when `s.len() != f.len() - 1`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::leslie;
///
/// let l = leslie(&[0.1, 2.0, 1.0], &[0.2, 0.8])?;
/// assert_eq!(l, array![[0.1, 2.0, 1.0], [0.2, 0.0, 0.0], [0.0, 0.8, 0.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.leslie.html>
pub fn leslie<'a, 'b>(
    f: impl AsArray<'a, f64, Ix1>,
    s: impl AsArray<'b, f64, Ix1>,
) -> Result<Array2<f64>> {
    let (f, s) = (view1(f), view1(s));
    if f.len() != s.len() + 1 {
        return Err(Error::shape_mismatch(
            "leslie: s must be one shorter than f",
            &[f.len().saturating_sub(1)],
            &[s.len()],
        ));
    }
    sci_core::check_nonempty("s", s.len(), 1)?;
    let n = f.len();
    let mut l = filled(n, n, 0.0, "f")?;
    l.row_mut(0).assign(&f);
    for (i, &v) in s.iter().enumerate() {
        l[[i + 1, i]] = v;
    }
    Ok(l)
}
