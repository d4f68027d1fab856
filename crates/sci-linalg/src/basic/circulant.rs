//! `solve_circulant`: `C x = b` for the circulant matrix with first column `c`, through the
//! FFT that diagonalises it, O(n log n) per right-hand side.

use sci_core::ndarray::{Array, AsArray, Dimension, Ix1};
use sci_core::{Complex64, Error, Result, view, view1};
use sci_fft::{FftOptions, fft, ifft};

use crate::rhs;
use crate::scalar::Scalar;
use crate::validate;

/// What [`solve_circulant`] does with a (near) singular circulant matrix: SciPy's `singular`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CirculantSingular {
    /// Return [`Error::SingularMatrix`] (`'raise'`, the default).
    #[default]
    Raise,
    /// Return the least-squares solution of minimum norm: the eigenvalues at or below the
    /// tolerance are treated as zero (`'lstsq'`).
    Lstsq,
}

/// The optional arguments of [`solve_circulant_with`]: SciPy's `singular` and `tol`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SolveCirculantOptions {
    /// What to do with a near-singular matrix (SciPy's `singular`).
    pub singular: CirculantSingular,
    /// An eigenvalue of modulus at most `tol` counts as zero; `None` (the default) is SciPy's
    /// `max |λ| n eps`.
    pub tol: Option<f64>,
}

impl SolveCirculantOptions {
    /// Sets `singular`.
    #[must_use]
    pub fn singular(mut self, singular: CirculantSingular) -> Self {
        self.singular = singular;
        self
    }
    /// Sets `tol`.
    #[must_use]
    pub fn tol(mut self, tol: f64) -> Self {
        self.tol = Some(tol);
        self
    }
}

/// Solves `C x = b` for the circulant matrix `C` with first column `c`: SciPy's
/// `scipy.linalg.solve_circulant(c, b)`.
///
/// The FFT diagonalises `C`: `x = ifft(fft(b) / fft(c))`, O(n log n) per column of `b`, in
/// double precision complex arithmetic (the real part is returned for real input). `b` is a
/// vector or a matrix with one right-hand side per column (SciPy's `baxis=0`).
///
/// # Errors
///
/// - [`Error::EmptyInput`] for an empty `c`; [`Error::ShapeMismatch`] for `b` of the wrong
///   length; [`Error::NonFinite`] for a NaN or infinity;
/// - [`Error::SingularMatrix`] ("near singular circulant matrix") when an eigenvalue is at or
///   below the tolerance, unless [`CirculantSingular::Lstsq`] is chosen.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_circulant;
/// let c = array![2.0_f64, 2.0, 4.0];
/// let x = solve_circulant(&c, &array![1.0, 2.0, 3.0])?;
/// // C = [[2, 4, 2], [2, 2, 4], [4, 2, 2]]
/// for (v, e) in x.iter().zip([0.75, -0.25, 0.25]) {
///     assert!((v - e).abs() < 1e-15);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_circulant.html>
pub fn solve_circulant<'a, 'b, T: Scalar, D: Dimension>(
    c: impl AsArray<'a, T, Ix1>,
    b: impl AsArray<'b, T, D>,
) -> Result<Array<T, D>> {
    solve_circulant_with(c, b, &SolveCirculantOptions::default())
}

/// [`solve_circulant`] with SciPy's `singular` and `tol`.
///
/// # Errors
///
/// As [`solve_circulant`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_circulant_with, CirculantSingular, SolveCirculantOptions};
/// let c = array![1.0_f64, 1.0, 1.0, 1.0];
/// let o = SolveCirculantOptions::default().singular(CirculantSingular::Lstsq);
/// let x = solve_circulant_with(&c, &array![1.0, 2.0, 3.0, 4.0], &o)?;
/// assert!(x.iter().all(|v| (v - 0.625).abs() < 1e-15));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_circulant.html>
pub fn solve_circulant_with<'a, 'b, T: Scalar, D: Dimension>(
    c: impl AsArray<'a, T, Ix1>,
    b: impl AsArray<'b, T, D>,
    options: &SolveCirculantOptions,
) -> Result<Array<T, D>> {
    let c = view1(c);
    let b = view(b);
    let n = c.len();
    sci_core::check_nonempty("c", n, 1)?;
    validate::finite("c", &c, true)?;
    validate::finite("b", &b, true)?;
    let mut x = rhs::columns(&b, n)?;
    let fft_options = FftOptions::default();
    let column: Vec<Complex64> = c.iter().map(|v| v.to_c64()).collect();
    let eigenvalues = fft(&column, &fft_options)?;
    let largest = eigenvalues.iter().fold(0.0f64, |m, v| m.max(v.norm()));
    let tol = options.tol.unwrap_or(largest * n as f64 * f64::EPSILON);
    let near_zero: Vec<bool> = eigenvalues.iter().map(|v| v.norm() <= tol).collect();
    if options.singular == CirculantSingular::Raise && near_zero.iter().any(|&z| z) {
        return Err(Error::SingularMatrix {
            detail: "near singular circulant matrix".into(),
        });
    }
    for j in 0..x.ncols() {
        let column: Vec<Complex64> = (0..n).map(|i| x[(i, j)].to_c64()).collect();
        let spectrum = fft(&column, &fft_options)?;
        let quotient: Vec<Complex64> = spectrum
            .iter()
            .zip(eigenvalues.iter().zip(&near_zero))
            .map(|(s, (l, &zero))| {
                if zero {
                    Complex64::new(0.0, 0.0)
                } else {
                    s / l
                }
            })
            .collect();
        let solution = ifft(&quotient, &fft_options)?;
        for i in 0..n {
            x[(i, j)] = T::from_c64(solution[i]);
        }
    }
    rhs::back_to_shape(x, &b)
}
