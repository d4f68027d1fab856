//! `funm`: a matrix function from a scalar one, by the Schur-Parlett recurrence on the
//! complex Schur form (Golub & Van Loan, *Matrix Computations*, 4th ed., Algorithm 9.1.1).

use faer::linalg::matmul::matmul;
use faer::{Accum, Mat};
use sci_core::ndarray::{Array2, ArrayView2, AsArray, Ix2};
use sci_core::{Complex64, Result, view};

use super::value::{MatrixValue, maybe_real, precision_eps};
use crate::decompositions::{SchurOptions, schur_complex};
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// The result of [`funm`]: SciPy's `(funm, errest)` of `funm(A, func, disp=False)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Funm {
    /// `f(A)`, real when `A` is real and the imaginary parts are negligible (SciPy's dtype
    /// rule, see [`MatrixValue`]).
    pub funm: MatrixValue,
    /// SciPy's error estimate `min(1, max(ε, ε ||triu(T, 1)||₁ / δ))`, with `T` the Schur form
    /// and `δ` the smallest gap `|t_jj − t_ii|` met by the recurrence (or `|t_00|` if
    /// smaller; `ε` when zero); infinite when no entry of the result is finite.
    pub errest: f64,
}

/// The Schur-Parlett recurrence's output: `f(A)` in complex arithmetic and SciPy's error
/// estimate.
pub(crate) struct Parlett {
    pub(crate) f: Mat<Complex64>,
    pub(crate) errest: f64,
}

/// The matrix function `f(A)` for the scalar function `func`: SciPy's
/// `scipy.linalg.funm(A, func, disp=False)`.
///
/// `A = Z T Zᴴ` is reduced to complex Schur form, `f(T)` built from `func` on the diagonal by
/// Parlett's recurrence along the superdiagonals,
/// `f_ij = (t_ij (f_jj − f_ii) + Σ_{i<k<j} (t_ik f_kj − f_ik t_kj)) / (t_jj − t_ii)`,
/// and `f(A) = Z f(T) Zᴴ`. O(n³) time.
///
/// The recurrence divides by differences of eigenvalues: for close eigenvalues the result is
/// inaccurate (the error estimate grows like `1 / min |λ_i − λ_j|`), and for exactly repeated
/// ones SciPy leaves the entry at zero, which is wrong unless `T` is diagonal there; this
/// function does the same and reports `errest = 1` then. For such matrices use a function
/// with its own algorithm ([`expm`](crate::expm), ...). Input of any [`Scalar`] type is
/// computed in double precision (SciPy computes `float32` input in single precision).
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`; [`sci_core::Error::NonFinite`] for a NaN or
/// infinity; [`sci_core::Error::EmptyInput`] for an empty matrix (SciPy raises an
/// `IndexError`); [`sci_core::Error::DidNotConverge`] if the Schur decomposition does not
/// converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::funm;
///
/// // The square of A through f(z) = z²: SciPy's example.
/// let a = array![[1.0_f64, 3.0], [1.0, 4.0]];
/// let r = funm(&a, |z| z * z)?;
/// let f = r.funm.as_real().unwrap();
/// for (x, e) in f.iter().zip([4.0, 15.0, 5.0, 19.0]) {
///     assert!((x - e).abs() < 1e-13);
/// }
/// assert!(r.errest < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.funm.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §9.1.4.
/// - B. N. Parlett, "A recurrence among the elements of functions of triangular matrices",
///   *Linear Algebra Appl.* 14 (1976), 117–121.
pub fn funm<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    func: impl Fn(Complex64) -> Complex64,
) -> Result<Funm> {
    let a = view(a);
    let p = parlett(&a, |d| d.iter().map(|&z| func(z)).collect())?;
    Ok(Funm {
        funm: maybe_real::<T>(p.f.as_ref()),
        errest: p.errest,
    })
}

/// The core of [`funm`] (and `signm`'s first attempt): checks `a`, then applies `func` to the
/// whole diagonal of the Schur form at once (as SciPy's vectorised `func` sees it) and runs
/// the recurrence.
pub(crate) fn parlett<T: Scalar>(
    a: &ArrayView2<'_, T>,
    func: impl FnOnce(&[Complex64]) -> Vec<Complex64>,
) -> Result<Parlett> {
    let n = validate::square_order("a", a)?;
    validate::finite("a", a, true)?;
    sci_core::check_nonempty("a", n, 1)?;
    let schur = schur_complex(a.view(), &SchurOptions::default())?;
    let t = &schur.t;
    let diagonal: Vec<Complex64> = (0..n).map(|i| t[[i, i]]).collect();
    let values = func(&diagonal);
    let (f, minden) = recurrence(t, &values);
    let eps = precision_eps::<T>();
    let z = Mat::from_fn(n, n, |i, j| schur.z[[i, j]]);
    let mut zf = Mat::<Complex64>::zeros(n, n);
    matmul(
        zf.as_mut(),
        Accum::Replace,
        z.as_ref(),
        f.as_ref(),
        Complex64::new(1.0, 0.0),
        par(),
    );
    let mut out = Mat::<Complex64>::zeros(n, n);
    matmul(
        out.as_mut(),
        Accum::Replace,
        zf.as_ref(),
        z.adjoint(),
        Complex64::new(1.0, 0.0),
        par(),
    );
    let errest = error_estimate(t, minden, eps, &out);
    Ok(Parlett { f: out, errest })
}

/// Parlett's recurrence: `f(T)` for upper triangular `T` with `f(t_ii) = values[i]`, filled
/// superdiagonal by superdiagonal, and the smallest modulus among `|t_00|` and the
/// denominators `t_jj − t_ii`. An exactly zero denominator leaves the entry at zero, as SciPy
/// does.
fn recurrence(t: &Array2<Complex64>, values: &[Complex64]) -> (Mat<Complex64>, f64) {
    let n = t.nrows();
    let mut f = Mat::<Complex64>::zeros(n, n);
    for (i, &v) in values.iter().enumerate().take(n) {
        f[(i, i)] = v;
    }
    let mut minden = t[[0, 0]].norm();
    for p in 1..n {
        for i in 0..n - p {
            let j = i + p;
            let mut s = t[[i, j]] * (f[(j, j)] - f[(i, i)]);
            for k in i + 1..j {
                s += t[[i, k]] * f[(k, j)] - f[(i, k)] * t[[k, j]];
            }
            let den = t[[j, j]] - t[[i, i]];
            if den != Complex64::new(0.0, 0.0) {
                f[(i, j)] = s / den;
            }
            minden = minden.min(den.norm());
        }
    }
    (f, minden)
}

/// SciPy's error estimate of `funm`: `min(1, max(ε, ε ||triu(T, 1)||₁ / minden))`, `minden`
/// replaced by `ε` when zero; infinite when no entry of the result is finite.
fn error_estimate(t: &Array2<Complex64>, minden: f64, eps: f64, f: &Mat<Complex64>) -> f64 {
    let n = t.nrows();
    let all_nonfinite = (0..n).all(|j| (0..n).all(|i| !f[(i, j)].is_finite()));
    if all_nonfinite {
        return f64::INFINITY;
    }
    let minden = if minden == 0.0 { eps } else { minden };
    let strict_upper_norm = (0..n)
        .map(|j| (0..j).map(|i| t[[i, j]].norm()).sum::<f64>())
        .fold(0.0f64, f64::max);
    // Python's max/min keep the first argument when the second is NaN; so does this.
    let bound = eps / minden * strict_upper_norm;
    let lower = if bound > eps { bound } else { eps };
    if lower < 1.0 { lower } else { 1.0 }
}
