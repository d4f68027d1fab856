//! `clarkson_woodruff_transform`: the CountSketch of a tall matrix, `A' = S A` with `S` a
//! random `k × n` matrix holding one ±1 per column, so that `||A' x|| ≈ ||A x||` with high
//! probability (K. L. Clarkson and D. P. Woodruff, "Low rank approximation and regression in
//! input sparsity time", STOC 2013). O(n d) time: each row of `A` is added, with a random
//! sign, to one random row of the sketch.

use rand::{Rng, RngExt};
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use crate::scalar::Scalar;

/// The Clarkson-Woodruff (CountSketch) transform of the `n × d` matrix `a` to
/// `sketch_size × d`: SciPy's `scipy.linalg.clarkson_woodruff_transform(a, sketch_size, rng)`.
///
/// Row `i` of `a` is added, multiplied by a random sign, to a uniformly random row of the
/// sketch; the hash and the signs are drawn from `rng` (seeded runs are reproducible, but the
/// draws are not numpy's, so the sketch differs from SciPy's for the same seed). The expected
/// squared norm is preserved: `E ||A' x||² = ||A x||²`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a zero `sketch_size`.
///
/// # Examples
///
/// ```
/// use rand::SeedableRng;
/// use sci_core::ndarray::Array2;
/// use sci_linalg::clarkson_woodruff_transform;
///
/// let mut rng = rand::rngs::StdRng::seed_from_u64(7);
/// let a = Array2::from_shape_fn((1000, 3), |(i, j)| ((i * 7 + j * 3) % 11) as f64);
/// let sketch = clarkson_woodruff_transform(&a, 100, &mut rng)?;
/// assert_eq!(sketch.dim(), (100, 3));
/// // Column sums of |.| can only shrink: each entry is a signed sum of entries of a.
/// let total = |m: &Array2<f64>| m.iter().map(|v| v.abs()).sum::<f64>();
/// assert!(total(&sketch) <= total(&a));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.clarkson_woodruff_transform.html>
pub fn clarkson_woodruff_transform<'a, T: Scalar, R: Rng + ?Sized>(
    a: impl AsArray<'a, T, Ix2>,
    sketch_size: usize,
    rng: &mut R,
) -> Result<Array2<T>> {
    let a = view(a);
    if sketch_size == 0 {
        return Err(Error::invalid_argument(
            "sketch_size",
            "0",
            "must be positive",
        ));
    }
    let mut sketch = Array2::from_elem((sketch_size, a.ncols()), T::zero());
    for row in a.rows() {
        let target = rng.random_range(0..sketch_size);
        let negative = rng.random_bool(0.5);
        let mut out = sketch.row_mut(target);
        for (o, &v) in out.iter_mut().zip(row.iter()) {
            if negative {
                *o -= v;
            } else {
                *o += v;
            }
        }
    }
    Ok(sketch)
}
