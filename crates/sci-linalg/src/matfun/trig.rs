//! The trigonometric and hyperbolic matrix functions `cosm`, `sinm`, `tanm`, `coshm`,
//! `sinhm`, `tanhm`, defined as SciPy defines them through the exponential:
//! `cos A = (e^{iA} + e^{−iA})/2` (`Re e^{iA}` for real `A`), `sin A = (e^{iA} − e^{−iA})/(2i)`
//! (`Im e^{iA}`), `cosh A = (e^A + e^{−A})/2`, `sinh A = (e^A − e^{−A})/2`, and the tangents
//! as the solutions of `cos(A) X = sin(A)`, `cosh(A) X = sinh(A)`.

use faer::{Mat, MatRef};
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Complex64, Result, as_faer, view};

use super::expm::expm_matrix;
use crate::basic::{SolveOptions, solve_matrix};
use crate::scalar::Scalar;
use crate::validate;

/// `A` checked (square, finite) as a faer matrix; `None` when it is empty.
fn checked<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Option<Mat<T>>> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, true)?;
    Ok((n > 0).then(|| as_faer(&a).to_owned()))
}

fn to_array<T: Copy>(m: MatRef<'_, T>) -> Array2<T> {
    Array2::from_shape_fn((m.nrows(), m.ncols()), |(i, j)| m[(i, j)])
}

fn empty<T: Scalar>() -> Array2<T> {
    Array2::from_elem((0, 0), T::zero())
}

/// `e^{iA}` and, for complex `A`, `e^{−iA}`, in double precision.
fn exp_i<T: Scalar>(a: &Mat<T>) -> (Mat<Complex64>, Option<Mat<Complex64>>) {
    let (n, i) = (a.nrows(), Complex64::new(0.0, 1.0));
    let plus = expm_matrix(Mat::from_fn(n, n, |r, c| i * a[(r, c)].to_c64()).as_ref());
    let minus = T::IS_COMPLEX
        .then(|| expm_matrix(Mat::from_fn(n, n, |r, c| -i * a[(r, c)].to_c64()).as_ref()));
    (plus, minus)
}

/// `(e^A, e^{−A})` in the input's type.
fn exp_pm<T: Scalar>(a: &Mat<T>) -> (Mat<T>, Mat<T>) {
    let n = a.nrows();
    let minus = Mat::from_fn(n, n, |r, c| -a[(r, c)]);
    (expm_matrix(a.as_ref()), expm_matrix(minus.as_ref()))
}

fn cos_matrix<T: Scalar>(a: &Mat<T>) -> Mat<T> {
    let n = a.nrows();
    match exp_i(a) {
        (plus, Some(minus)) => Mat::from_fn(n, n, |r, c| {
            T::from_c64((plus[(r, c)] + minus[(r, c)]) * 0.5)
        }),
        (plus, None) => Mat::from_fn(n, n, |r, c| T::from_f64(plus[(r, c)].re)),
    }
}

fn sin_matrix<T: Scalar>(a: &Mat<T>) -> Mat<T> {
    let n = a.nrows();
    let minus_half_i = Complex64::new(0.0, -0.5);
    match exp_i(a) {
        (plus, Some(minus)) => Mat::from_fn(n, n, |r, c| {
            T::from_c64((plus[(r, c)] - minus[(r, c)]) * minus_half_i)
        }),
        (plus, None) => Mat::from_fn(n, n, |r, c| T::from_f64(plus[(r, c)].im)),
    }
}

fn cosh_matrix<T: Scalar>(a: &Mat<T>) -> Mat<T> {
    let (plus, minus) = exp_pm(a);
    let half = T::from_f64(0.5);
    Mat::from_fn(a.nrows(), a.nrows(), |r, c| {
        half * (plus[(r, c)] + minus[(r, c)])
    })
}

fn sinh_matrix<T: Scalar>(a: &Mat<T>) -> Mat<T> {
    let (plus, minus) = exp_pm(a);
    let half = T::from_f64(0.5);
    Mat::from_fn(a.nrows(), a.nrows(), |r, c| {
        half * (plus[(r, c)] - minus[(r, c)])
    })
}

/// The matrix cosine: SciPy's `scipy.linalg.cosm(A)`.
///
/// `Re e^{iA}` for real `A` (a real result), `(e^{iA} + e^{−iA})/2` for complex `A`, with
/// [`expm`](crate::expm) evaluated in complex double precision. O(n³) time.
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`; [`sci_core::Error::NonFinite`] for a NaN or
/// infinity (SciPy returns NaN there; this crate's `expm` refuses it).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::cosm;
///
/// let t = 0.3_f64;
/// let c = cosm(&array![[t, 0.0], [0.0, 2.0 * t]])?;
/// assert!((c[[0, 0]] - t.cos()).abs() < 1e-15 && (c[[1, 1]] - (2.0 * t).cos()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cosm.html>
/// - N. J. Higham, *Functions of Matrices: Theory and Computation*, SIAM 2008, ch. 12.
pub fn cosm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    Ok(checked(a)?.map_or_else(empty, |a| to_array(cos_matrix(&a).as_ref())))
}

/// The matrix sine: SciPy's `scipy.linalg.sinm(A)`.
///
/// `Im e^{iA}` for real `A` (a real result), `(e^{iA} − e^{−iA})/(2i)` for complex `A`.
/// O(n³) time.
///
/// # Errors
///
/// As [`cosm`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::sinm;
///
/// // A nilpotent argument: sin(N) = N for N² = 0.
/// let s = sinm(&array![[0.0_f64, 2.0], [0.0, 0.0]])?;
/// assert!((s[[0, 1]] - 2.0).abs() < 1e-15 && s[[0, 0]].abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.sinm.html>
/// - N. J. Higham, *Functions of Matrices: Theory and Computation*, SIAM 2008, ch. 12.
pub fn sinm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    Ok(checked(a)?.map_or_else(empty, |a| to_array(sin_matrix(&a).as_ref())))
}

/// The matrix tangent: SciPy's `scipy.linalg.tanm(A)`, the solution `X` of
/// `cos(A) X = sin(A)` by [`solve`](crate::solve). O(n³) time.
///
/// # Errors
///
/// As [`cosm`]; [`sci_core::Error::SingularMatrix`] or [`sci_core::Error::IllConditioned`]
/// when `cos(A)` is singular or numerically singular (where SciPy's `solve` raises or warns).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::tanm;
///
/// let x = tanm(&array![[0.5_f64, 0.0], [0.0, -1.0]])?;
/// assert!((x[[0, 0]] - 0.5f64.tan()).abs() < 1e-15 && (x[[1, 1]] + 1f64.tan()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.tanm.html>
pub fn tanm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    let Some(a) = checked(a)? else {
        return Ok(empty());
    };
    let x = solve_matrix(
        cos_matrix(&a).as_ref(),
        sin_matrix(&a).as_ref(),
        &SolveOptions::default(),
    )?;
    Ok(to_array(x.as_ref()))
}

/// The hyperbolic matrix cosine: SciPy's `scipy.linalg.coshm(A)`, `(e^A + e^{−A})/2` in the
/// input's type. O(n³) time.
///
/// # Errors
///
/// As [`cosm`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::coshm;
///
/// let c = coshm(&array![[1.0_f64, 0.0], [0.0, -2.0]])?;
/// assert!((c[[0, 0]] - 1f64.cosh()).abs() < 1e-14 && (c[[1, 1]] - 2f64.cosh()).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.coshm.html>
pub fn coshm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    Ok(checked(a)?.map_or_else(empty, |a| to_array(cosh_matrix(&a).as_ref())))
}

/// The hyperbolic matrix sine: SciPy's `scipy.linalg.sinhm(A)`, `(e^A − e^{−A})/2` in the
/// input's type. O(n³) time.
///
/// # Errors
///
/// As [`cosm`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::sinhm;
///
/// let s = sinhm(&array![[1.0_f64, 0.0], [0.0, -2.0]])?;
/// assert!((s[[0, 0]] - 1f64.sinh()).abs() < 1e-14 && (s[[1, 1]] + 2f64.sinh()).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.sinhm.html>
pub fn sinhm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    Ok(checked(a)?.map_or_else(empty, |a| to_array(sinh_matrix(&a).as_ref())))
}

/// The hyperbolic matrix tangent: SciPy's `scipy.linalg.tanhm(A)`, the solution `X` of
/// `cosh(A) X = sinh(A)` by [`solve`](crate::solve). O(n³) time.
///
/// # Errors
///
/// As [`tanm`], for `cosh(A)`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::tanhm;
///
/// let x = tanhm(&array![[0.5_f64, 0.0], [0.0, -1.0]])?;
/// assert!((x[[0, 0]] - 0.5f64.tanh()).abs() < 1e-15 && (x[[1, 1]] + 1f64.tanh()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.tanhm.html>
pub fn tanhm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    let Some(a) = checked(a)? else {
        return Ok(empty());
    };
    let x = solve_matrix(
        cosh_matrix(&a).as_ref(),
        sinh_matrix(&a).as_ref(),
        &SolveOptions::default(),
    )?;
    Ok(to_array(x.as_ref()))
}
