//! `signm`: the matrix sign function, as SciPy computes it: the Schur-Parlett recurrence on
//! the signs of the eigenvalues' real parts, and, when its error estimate is too large
//! (defective or nearly defective matrices), Newton's iteration `S ← (S + S⁻¹) / 2` from a
//! shifted start.

use faer::linalg::matmul::matmul;
use faer::{Accum, Mat, MatRef};
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Complex64, Result, as_faer, view};

use super::funm::parlett;
use super::value::{MatrixValue, maybe_real, precision_eps};
use crate::basic::{InvOptions, inv_matrix};
use crate::condition::one_norm;
use crate::decompositions::svdvals;
use crate::parallel::par;
use crate::scalar::Scalar;

/// SciPy's cap on the Newton iterations.
const MAX_NEWTON_STEPS: usize = 100;

/// The matrix sign function: SciPy's `scipy.linalg.signm(A)`.
///
/// `sign(A)` has the eigenvectors of `A` and eigenvalues ±1, the sign of each eigenvalue's
/// real part. As in SciPy, the Schur-Parlett recurrence ([`funm`](crate::funm)) is tried
/// first on the rounded sign of the real parts: a real part of modulus at most
/// `1000 ε max λ` (the eigenvalue with the largest real part, compared as SciPy compares
/// complex numbers, lexicographically) counts as zero, so an eigenvalue on (or near) the
/// imaginary axis gets sign 0 where the sign function is undefined (`signm` of a rotation
/// generator is the zero matrix). When that result's error estimate is not below `1000 ε`
/// (repeated or close eigenvalues), the Newton iteration `S ← (S + S⁻¹)/2` runs from
/// `S₀ = A + I / (2 σ_max(A))` until `||P² − P||₁ < 1000 ε` for `P = (S² + S)/2` (or the
/// estimate stops changing, at most 100 steps) and its last iterate is returned (real for real
/// input). O(n³) per step; input of any [`Scalar`] type is computed in double precision.
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`; [`sci_core::Error::NonFinite`] for a NaN or
/// infinity; [`sci_core::Error::EmptyInput`] for an empty matrix (SciPy raises a
/// `ValueError`); [`sci_core::Error::SingularMatrix`] or [`sci_core::Error::IllConditioned`]
/// when a Newton iterate is singular or numerically singular (SciPy's `inv` raises or warns);
/// [`sci_core::Error::DidNotConverge`] if the Schur decomposition or the SVD fails.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::signm;
///
/// let a = array![[2.0_f64, 1.0], [0.0, -3.0]];
/// let s = signm(&a)?;
/// let s = s.as_real().unwrap();
/// // sign(A)² = I, and the eigenvalues become ±1.
/// assert!((s[[0, 0]] - 1.0).abs() < 1e-14 && (s[[1, 1]] + 1.0).abs() < 1e-14);
/// assert!((s[[0, 1]] - 0.4).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.signm.html>
/// - N. J. Higham, *Functions of Matrices: Theory and Computation*, SIAM 2008, ch. 5.
/// - E. D. Denman and J. Leyva-Ramos, "Spectral decomposition of a matrix using the
///   generalized sign matrix", *Appl. Math. Comput.* 8 (1981), 237–250.
pub fn signm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<MatrixValue> {
    let a = view(a);
    let eps = precision_eps::<T>();
    let p = parlett(&a, |d| rounded_sign(d, eps))?;
    let errtol = 1e3 * eps;
    if p.errest < errtol {
        return Ok(maybe_real::<T>(p.f.as_ref()));
    }
    let max_sv: f64 = svdvals(a.view())?
        .iter()
        .fold(0.0f64, |m, &s| m.max(s.into()));
    let shift = 0.5 / max_sv;
    let n = a.nrows();
    let a = as_faer(&a);
    if T::IS_COMPLEX {
        let s0 = Mat::from_fn(n, n, |i, j| {
            a[(i, j)].to_c64()
                + if i == j {
                    Complex64::new(shift, 0.0)
                } else {
                    Complex64::new(0.0, 0.0)
                }
        });
        let s = newton(s0, p.errest, errtol)?;
        Ok(MatrixValue::Complex(to_array(s.as_ref())))
    } else {
        let s0 = Mat::from_fn(n, n, |i, j| {
            Into::<f64>::into(a[(i, j)].re()) + if i == j { shift } else { 0.0 }
        });
        let s = newton(s0, p.errest, errtol)?;
        Ok(MatrixValue::Real(to_array(s.as_ref())))
    }
}

/// SciPy's rounded sign of the eigenvalues `d`: `sign(re λ)` where `|re λ|` exceeds
/// `c = 1000 ε max(d)`, 0 elsewhere. Like numpy, the maximum and the comparison of the real
/// `|re λ|` with the complex `c` are lexicographic (real parts, then imaginary parts).
fn rounded_sign(d: &[Complex64], eps: f64) -> Vec<Complex64> {
    let largest = d.iter().copied().fold(d[0], |m, z| {
        if z.re > m.re || (z.re == m.re && z.im > m.im) {
            z
        } else {
            m
        }
    });
    let c = largest * (1e3 * eps);
    d.iter()
        .map(|z| {
            let r = z.re.abs();
            let above = r > c.re || (r == c.re && 0.0 > c.im);
            let sign = if !above || z.re == 0.0 {
                0.0
            } else {
                z.re.signum()
            };
            Complex64::new(sign, 0.0)
        })
        .collect()
}

/// Newton's iteration for the sign function from `s`, stopping once the idempotency defect of
/// `P = (S² + S)/2` is below `errtol` or no longer changes (SciPy's stopping rule).
fn newton<U: Scalar>(mut s: Mat<U>, mut previous: f64, errtol: f64) -> Result<Mat<U>> {
    let n = s.nrows();
    let half = U::from_f64(0.5);
    for _ in 0..MAX_NEWTON_STEPS {
        let inverse = inv_matrix(s.as_ref(), &InvOptions::default())?;
        s = Mat::from_fn(n, n, |i, j| half * (s[(i, j)] + inverse[(i, j)]));
        let square = product(s.as_ref(), s.as_ref());
        let p = Mat::from_fn(n, n, |i, j| half * (square[(i, j)] + s[(i, j)]));
        let p2 = product(p.as_ref(), p.as_ref());
        let defect = Mat::from_fn(n, n, |i, j| p2[(i, j)] - p[(i, j)]);
        let errest = one_norm(defect.as_ref());
        if errest < errtol || errest == previous {
            break;
        }
        previous = errest;
    }
    Ok(s)
}

fn product<U: Scalar>(a: MatRef<'_, U>, b: MatRef<'_, U>) -> Mat<U> {
    let mut out = Mat::<U>::zeros(a.nrows(), b.ncols());
    matmul(out.as_mut(), Accum::Replace, a, b, U::one(), par());
    out
}

fn to_array<U: Copy>(m: MatRef<'_, U>) -> Array2<U> {
    Array2::from_shape_fn((m.nrows(), m.ncols()), |(i, j)| m[(i, j)])
}
