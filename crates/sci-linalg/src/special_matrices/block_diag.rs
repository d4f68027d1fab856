//! `block_diag`: a block-diagonal matrix from any number of blocks.

use sci_core::ndarray::{Array2, ArrayView, AsArray, Axis, Dimension, Ix2, s};
use sci_core::{Error, Result};

use super::filled;
use crate::scalar::Scalar;

/// The block-diagonal matrix with the given blocks on its diagonal, in order, and zeros
/// elsewhere: the result has as many rows as the blocks together, and as many columns.
///
/// As in SciPy, each block is taken as a 2-D array: a 0-D array is a 1 x 1 block and a 1-D
/// array of length `k` is a 1 x k row (so an empty 1-D array is a 1 x 0 block, which adds an
/// empty row); a block with zero rows or columns adds only columns or only rows. With no
/// blocks at all the result is 1 x 0, as SciPy's `block_diag()`. Mixed dimensionalities go
/// through `.into_dyn()` views.
///
/// Time and memory: O(total rows x total columns).
///
/// # Errors
///
/// - [`sci_core::Error::Unsupported`] for a block of more than 2 dimensions (SciPy 1.17
///   treats those as batches);
/// - [`sci_core::Error::InvalidArgument`] naming `blocks` when the matrix is too large to
///   allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::block_diag;
///
/// let a = array![[1.0, 0.5], [0.5, 1.0]];
/// let b = array![[3.0, 4.0, 5.0]];
/// let m = block_diag([a.view(), b.view()])?;
/// assert_eq!(m, array![[1.0, 0.5, 0.0, 0.0, 0.0], [0.5, 1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 3.0, 4.0, 5.0]]);
///
/// // 1-D blocks are rows.
/// let rows = block_diag([&[1.0, 2.0][..], &[3.0][..]])?;
/// assert_eq!(rows, array![[1.0, 2.0, 0.0], [0.0, 0.0, 3.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.block_diag.html>
pub fn block_diag<'a, T, D, I>(blocks: I) -> Result<Array2<T>>
where
    T: Scalar,
    D: Dimension,
    I: IntoIterator,
    I::Item: AsArray<'a, T, D>,
{
    let mut views: Vec<ArrayView<'a, T, Ix2>> = Vec::new();
    for (k, block) in blocks.into_iter().enumerate() {
        views.push(as_2d(block.into(), k)?);
    }
    if views.is_empty() {
        return Ok(Array2::from_elem((1, 0), T::zero()));
    }
    let too_large =
        || Error::invalid_argument("blocks", views.len(), "the matrix is too large to allocate");
    let rows = views
        .iter()
        .try_fold(0usize, |acc, v| acc.checked_add(v.nrows()))
        .ok_or_else(too_large)?;
    let cols = views
        .iter()
        .try_fold(0usize, |acc, v| acc.checked_add(v.ncols()))
        .ok_or_else(too_large)?;
    let mut out = filled(rows, cols, T::zero(), "blocks")?;
    let (mut r, mut c) = (0, 0);
    for v in &views {
        out.slice_mut(s![r..r + v.nrows(), c..c + v.ncols()])
            .assign(v);
        r += v.nrows();
        c += v.ncols();
    }
    Ok(out)
}

/// A block as a 2-D view, as numpy's `atleast_2d`: 0-D is 1 x 1, 1-D a row.
fn as_2d<'a, T, D: Dimension>(
    block: ArrayView<'a, T, D>,
    k: usize,
) -> Result<ArrayView<'a, T, Ix2>> {
    let mut block = block.into_dyn();
    if block.ndim() > 2 {
        return Err(Error::unsupported(format!(
            "block_diag of a {}-D block (block {k}, shape {:?}); SciPy 1.17 treats it as a batch",
            block.ndim(),
            block.shape()
        )));
    }
    while block.ndim() < 2 {
        block = block.insert_axis(Axis(0));
    }
    block
        .into_dimensionality::<Ix2>()
        .map_err(|e| Error::invalid_argument(format!("blocks[{k}]"), "a 2-D view", e.to_string()))
}
