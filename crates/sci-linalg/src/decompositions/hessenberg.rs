//! `hessenberg`: the unitary reduction `A = Q H Qᴴ` to upper Hessenberg form, by faer's
//! blocked Householder reduction.

use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::evd::hessenberg as kernel;
use faer::linalg::householder;
use faer::linalg::qr::no_pivoting::factor::recommended_block_size;
use faer::{Conj, Mat};
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Result, view};

use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`hessenberg_with_q`]: SciPy's keywords of
/// `scipy.linalg.hessenberg` (`overwrite_a` has no meaning here; `calc_q` is the choice
/// between [`hessenberg`] and [`hessenberg_with_q`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HessenbergOptions {
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for HessenbergOptions {
    fn default() -> Self {
        Self { check_finite: true }
    }
}

impl HessenbergOptions {
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// The Hessenberg decomposition `A = Q H Qᴴ` as SciPy returns it with `calc_q=True`:
/// `(H, Q)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hessenberg<T: Scalar> {
    /// The upper Hessenberg matrix (zero below the first subdiagonal).
    pub h: Array2<T>,
    /// The unitary similarity transformation.
    pub q: Array2<T>,
}

/// The upper Hessenberg form `H` of a square matrix: SciPy's `scipy.linalg.hessenberg(a)`.
///
/// `H` is zero below its first subdiagonal and unitarily similar to `A` (same eigenvalues).
/// Not unique: the signs (phases) of the subdiagonal may differ from SciPy's. O(n³) time.
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`; [`sci_core::Error::NonFinite`] for a NaN or
/// infinity in `a`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::hessenberg;
///
/// let a = array![[2.0_f64, 5.0, 8.0, 7.0], [5.0, 2.0, 2.0, 8.0], [7.0, 5.0, 6.0, 6.0], [5.0, 4.0, 4.0, 8.0]];
/// let h = hessenberg(&a)?;
/// assert!(h[[2, 0]] == 0.0 && h[[3, 0]] == 0.0 && h[[3, 1]] == 0.0);
/// // The trace is preserved by the similarity.
/// assert!((h.diag().sum() - 18.0).abs() < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.hessenberg.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §7.4.2.
pub fn hessenberg<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    Ok(reduce(a, true, false)?.0)
}

/// The Hessenberg decomposition `A = Q H Qᴴ` with the unitary `Q`: SciPy's
/// `scipy.linalg.hessenberg(a, calc_q=True)`.
///
/// # Errors
///
/// As [`hessenberg`] (the finiteness check only if `options.check_finite`).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{hessenberg_with_q, HessenbergOptions};
///
/// let a = array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]];
/// let f = hessenberg_with_q(&a, &HessenbergOptions::default())?;
/// assert_eq!(f.h[[2, 0]], 0.0);
/// let back = f.q.dot(&f.h).dot(&f.q.t());
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-12));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.hessenberg.html>
pub fn hessenberg_with_q<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &HessenbergOptions,
) -> Result<Hessenberg<T>> {
    let (h, q) = reduce(a, options.check_finite, true)?;
    let q = q.unwrap_or_else(|| Array2::from_shape_fn(h.dim(), |_| T::zero()));
    Ok(Hessenberg { h, q })
}

/// `H` (and `Q` when `want_q`), as ndarray arrays.
fn reduce<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    check_finite: bool,
    want_q: bool,
) -> Result<(Array2<T>, Option<Array2<T>>)> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, check_finite)?;
    let mut h = Mat::<T>::from_fn(n, n, |i, j| a[(i, j)]);
    let q = hessenberg_in_place(&mut h, want_q);
    let h = Array2::from_shape_fn((n, n), |(i, j)| h[(i, j)]);
    let q = q.map(|q| Array2::from_shape_fn((n, n), |(i, j)| q[(i, j)]));
    Ok((h, q))
}

/// Overwrites `h` (square) with its Hessenberg form, zeroing below the subdiagonal, and returns
/// `Q` when asked. Shared with the Schur decomposition.
pub(crate) fn hessenberg_in_place<T: Scalar>(h: &mut Mat<T>, want_q: bool) -> Option<Mat<T>> {
    let n = h.nrows();
    let mut q = want_q.then(|| Mat::<T>::identity(n, n));
    // Orders 0–2 are already Hessenberg (and faer needs at least one reflector).
    if n <= 2 {
        return q;
    }
    let par = par();
    let bs = recommended_block_size::<T>(n - 1, n - 1);
    let mut householder_factor = Mat::<T>::zeros(bs, n - 1);
    let mut buffer = MemBuffer::new(
        kernel::hessenberg_in_place_scratch::<T>(n, bs, par, Default::default()).or(
            householder::apply_block_householder_sequence_on_the_right_in_place_scratch::<T>(
                n - 1,
                bs,
                n - 1,
            ),
        ),
    );
    let stack = MemStack::new(&mut buffer);
    kernel::hessenberg_in_place(
        h.as_mut(),
        householder_factor.as_mut(),
        par,
        stack,
        Default::default(),
    );
    if let Some(q) = q.as_mut() {
        // The reflectors act on rows/columns 1.., so Q = diag(1, Q₁).
        householder::apply_block_householder_sequence_on_the_right_in_place_with_conj(
            h.as_ref().submatrix(1, 0, n - 1, n - 1),
            householder_factor.as_ref(),
            Conj::No,
            q.as_mut().submatrix_mut(1, 1, n - 1, n - 1),
            par,
            stack,
        );
    }
    // faer stores the reflectors below the subdiagonal.
    for j in 0..n {
        for i in j + 2..n {
            h[(i, j)] = T::zero();
        }
    }
    q
}
