//! `solve_toeplitz` (Levinson recursion, O(n²)) and `matmul_toeplitz` (FFT, O((n + m) log(n + m))
//! per column): Toeplitz matrices given by their first column and row, never formed.

use sci_core::ndarray::{Array, Array1, ArrayView1, AsArray, Dimension, Ix1};
use sci_core::{Complex64, Error, Result, view, view1};
use sci_fft::{FftOptions, fft, ifft};

use crate::rhs;
use crate::scalar::Scalar;
use crate::validate;

/// The first row of the Toeplitz matrix: `r`, or SciPy's default `conj(c)` (its first element
/// is never read: the diagonal is `c[0]`).
fn first_row<T: Scalar>(c: &ArrayView1<'_, T>, r: Option<ArrayView1<'_, T>>) -> Array1<T> {
    r.map_or_else(|| c.mapv(Scalar::conjugate), |r| r.to_owned())
}

/// Solves `T x = b` for the Toeplitz matrix `T` with first column `c` and first row `r`
/// (`conj(c)` when `None`; `r[0]` is ignored): SciPy's
/// `scipy.linalg.solve_toeplitz((c, r), b)`.
///
/// Levinson's recursion for nonsymmetric Toeplitz matrices (G. H. Golub and C. F. Van Loan,
/// "Matrix Computations", 4th ed., §4.7): O(n²) time and O(n) memory besides `b`, with all
/// right-hand sides advanced together. It needs every leading principal submatrix to be
/// nonsingular, as SciPy's does; it is not backward stable for indefinite matrices, and like
/// SciPy it does not test the conditioning.
///
/// # Errors
///
/// - [`Error::EmptyInput`] for an empty `c`; [`Error::ShapeMismatch`] if `r` or `b` does not
///   match `c`'s length;
/// - [`Error::NonFinite`] for a NaN or infinity (SciPy's `check_finite`, always on here);
/// - [`Error::SingularMatrix`] ("singular principal minor") where the recursion breaks down.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_toeplitz;
/// // T = [[1, 4, 5], [2, 1, 4], [3, 2, 1]]
/// let c = array![1.0_f64, 2.0, 3.0];
/// let r = array![1.0_f64, 4.0, 5.0];
/// let x = solve_toeplitz(&c, Some(r.view()), &array![1.0, 2.0, 3.0])?;
/// assert!((x[0] - 1.0).abs() < 1e-15 && x[1].abs() < 1e-15 && x[2].abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_toeplitz.html>
pub fn solve_toeplitz<'a, 'b, T: Scalar, D: Dimension>(
    c: impl AsArray<'a, T, Ix1>,
    r: Option<ArrayView1<'_, T>>,
    b: impl AsArray<'b, T, D>,
) -> Result<Array<T, D>> {
    let c = view1(c);
    let b = view(b);
    let n = c.len();
    sci_core::check_nonempty("c", n, 1)?;
    let r = first_row(&c, r);
    sci_core::check_same_len("c", n, "r", r.len())?;
    validate::finite("c", &c, true)?;
    validate::finite("r", &r, true)?;
    validate::finite("b", &b, true)?;
    let mut y = rhs::columns(&b, n)?;
    // T[i, j]: the first column below the diagonal, the first row above it.
    let entry = |i: usize, j: usize| if i >= j { c[i - j] } else { r[j - i] };
    let singular = || Error::SingularMatrix {
        detail: "singular principal minor".into(),
    };
    if entry(0, 0) == T::zero() {
        return Err(singular());
    }
    let k = y.ncols();
    let inv0 = T::one() / entry(0, 0);
    // forward[i], backward[i]: the solutions of T_m f = e_1 and T_m g = e_m for the leading
    // m x m submatrix; x: the solutions for the first m entries of every right-hand side.
    let mut forward = vec![inv0];
    let mut backward = vec![inv0];
    let mut x = vec![vec![T::zero(); n]; k];
    for (col, xc) in x.iter_mut().enumerate() {
        xc[0] = y[(0, col)] * inv0;
    }
    for m in 1..n {
        let eps_f: T = (0..m).map(|i| entry(m, i) * forward[i]).sum();
        let eps_b: T = (0..m).map(|j| entry(0, j + 1) * backward[j]).sum();
        let denominator = T::one() - eps_f * eps_b;
        if denominator == T::zero() || !denominator.is_finite_scalar() {
            return Err(singular());
        }
        let mut f_next = vec![T::zero(); m + 1];
        let mut b_next = vec![T::zero(); m + 1];
        for i in 0..=m {
            let f_shift = if i < m { forward[i] } else { T::zero() };
            let b_shift = if i > 0 { backward[i - 1] } else { T::zero() };
            f_next[i] = (f_shift - eps_f * b_shift) / denominator;
            b_next[i] = (b_shift - eps_b * f_shift) / denominator;
        }
        forward = f_next;
        backward = b_next;
        for (col, xc) in x.iter_mut().enumerate() {
            let eps_x: T = (0..m).map(|i| entry(m, i) * xc[i]).sum();
            let scale = y[(m, col)] - eps_x;
            for i in 0..=m {
                xc[i] += scale * backward[i];
            }
        }
    }
    for (col, xc) in x.iter().enumerate() {
        for i in 0..n {
            y[(i, col)] = xc[i];
        }
    }
    rhs::back_to_shape(y, &b)
}

/// `T x` for the `n × m` Toeplitz matrix `T` with first column `c` (length `n`) and first row
/// `r` (length `m`; `conj(c)` when `None`, `r[0]` ignored): SciPy's
/// `scipy.linalg.matmul_toeplitz((c, r), x)`.
///
/// `T` is embedded in a circulant matrix of order `n + m - 1`, which the FFT diagonalises:
/// O((n + m) log(n + m)) per column of `x`, computed in double precision complex arithmetic
/// (the real part is returned for real input).
///
/// # Errors
///
/// - [`Error::EmptyInput`] for an empty `c`; [`Error::ShapeMismatch`] if `x` does not have
///   `m` rows;
/// - [`Error::InvalidArgument`] for `x` of more than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Array2};
/// use sci_linalg::matmul_toeplitz;
/// let c = array![1.0_f64, 2.0, 3.0];
/// let r = array![1.0_f64, 4.0, 5.0, 6.0];
/// let y = matmul_toeplitz(&c, Some(r.view()), &Array2::<f64>::ones((4, 2)))?;
/// assert!((y[[0, 0]] - 16.0).abs() < 1e-12 && (y[[2, 1]] - 10.0).abs() < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.matmul_toeplitz.html>
pub fn matmul_toeplitz<'a, 'b, T: Scalar, D: Dimension>(
    c: impl AsArray<'a, T, Ix1>,
    r: Option<ArrayView1<'_, T>>,
    x: impl AsArray<'b, T, D>,
) -> Result<Array<T, D>> {
    let c = view1(c);
    let x = view(x);
    let n = c.len();
    sci_core::check_nonempty("c", n, 1)?;
    let r = first_row(&c, r);
    let m = r.len();
    sci_core::check_nonempty("r", m, 1)?;
    let xs = rhs::columns(&x, m)?;
    let len = n + m - 1;
    // The circulant's first column: c, then the first row reversed (without r[0]).
    let mut column: Vec<Complex64> = c.iter().map(|v| v.to_c64()).collect();
    column.extend(r.iter().skip(1).rev().map(|v| v.to_c64()));
    let options = FftOptions::default();
    let eigenvalues = fft(&column, &options)?;
    let mut out = faer::Mat::<T>::zeros(n, xs.ncols());
    for j in 0..xs.ncols() {
        let mut padded = vec![Complex64::new(0.0, 0.0); len];
        for i in 0..m {
            padded[i] = xs[(i, j)].to_c64();
        }
        let spectrum = fft(&padded, &options)?;
        let product: Vec<Complex64> = spectrum
            .iter()
            .zip(eigenvalues.iter())
            .map(|(a, b)| a * b)
            .collect();
        let y = ifft(&product, &options)?;
        for i in 0..n {
            out[(i, j)] = T::from_c64(y[i]);
        }
    }
    // A vector x gives a vector; rows change from m to n.
    let out = sci_core::from_faer(out.as_ref()).to_owned();
    let result = if x.ndim() == 1 {
        out.index_axis_move(sci_core::ndarray::Axis(1), 0)
            .into_dimensionality::<D>()
    } else {
        out.into_dimensionality::<D>()
    };
    result.map_err(|e| Error::invalid_argument("x", format!("{:?}", x.shape()), e.to_string()))
}
