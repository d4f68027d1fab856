//! `logm`: the principal matrix logarithm by the inverse scaling and squaring method of
//! Al-Mohy and Higham (2012, Algorithm 4.1) on the complex Schur form: square roots of the
//! triangular factor until `T^(1/2^s) − I` is small, a Padé approximant of `log(I + X)` in
//! partial fractions, and the exact diagonal and superdiagonal.

use faer::Mat;
use sci_core::ndarray::{AsArray, Ix2};
use sci_core::{Complex64, Error, Result, view};

use super::schur_form::{TriangularForm, empty, triangular_form};
use super::triangular::{
    MAX_ROOTS, PowerNorms, accurate_root_minus_identity, diagonal, diagonal_function,
    gauss_legendre_unit, log_superdiagonal, minus_identity, pow2, principal_log, repeated_sqrt,
    roots_for_diagonal, solve_upper, sqrt_nonsingular,
};
use super::value::{MatrixValue, maybe_real};
use crate::scalar::Scalar;
use crate::validate;

/// `θ_m` for m = 1..16: the largest `‖X‖` for which the degree-m Padé approximant of
/// `log(I + X)` has backward error below the unit roundoff (Al-Mohy & Higham 2012, Table 2.1).
const THETA: [f64; 16] = [
    1.59e-5, 2.31e-3, 1.94e-2, 6.21e-2, 1.28e-1, 2.06e-1, 2.88e-1, 3.67e-1, 4.39e-1, 5.03e-1,
    5.60e-1, 6.09e-1, 6.52e-1, 6.89e-1, 7.21e-1, 7.49e-1,
];

fn theta(m: usize) -> f64 {
    THETA[m - 1]
}

/// The principal logarithm of a square matrix: SciPy's `scipy.linalg.logm(A)`.
///
/// The principal logarithm `X` (`exp(X) = A`, eigenvalues with imaginary parts in `(−π, π)`)
/// exists for a nonsingular `A` without eigenvalues on the negative real axis; for a
/// negative real eigenvalue this function (as SciPy) takes the branch `Im log = +π`. Inverse
/// scaling and squaring on the Schur form (Al-Mohy & Higham 2012, Algorithm 4.1, with exact
/// 1-norms of the powers of `T − I` where the paper estimates them); upper triangular input
/// skips the Schur decomposition, and a diagonal Schur form (a normal matrix) takes the
/// logarithms of the eigenvalues. Computed in double precision. O(n³) time: the Schur
/// decomposition and about `s + m` triangular products or solves, with `s ≤ 64` square roots
/// and the Padé degree `m ≤ 16`.
///
/// **Result type.** As SciPy: for real input, [`MatrixValue::Real`] when every imaginary part
/// of the result is at most `1e6 ε` in modulus (`1e3 ε` for `f32`), so a real matrix without
/// negative real eigenvalues has a real logarithm; [`MatrixValue::Complex`] otherwise and for
/// complex input.
///
/// # Errors
///
/// - "expected square matrix" for a non-square `a`; [`Error::NonFinite`] for a NaN or
///   infinity (SciPy's `ValueError`);
/// - [`Error::SingularMatrix`] for an exactly singular `a` (no logarithm exists; SciPy warns
///   and returns the logarithm of a perturbed matrix, with entries near `log(1e-20)`);
/// - [`Error::DidNotConverge`] if the Schur decomposition fails.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{expm, logm};
///
/// let a = array![[1.0_f64, 3.0], [1.0, 4.0]];
/// let l = logm(&a)?;
/// let l = l.as_real().expect("a real logarithm");
/// assert!((l[[0, 0]] + 1.02571087).abs() < 1e-8 && (l[[0, 1]] - 2.05142174).abs() < 1e-8);
/// let back = expm(l)?;
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-13));
///
/// let c = logm(&array![[-1.0_f64, 0.0], [0.0, 1.0]])?.to_complex();
/// assert!((c[[0, 0]].im - std::f64::consts::PI).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.logm.html>
/// - A. H. Al-Mohy and N. J. Higham, "Improved inverse scaling and squaring algorithms for
///   the matrix logarithm", *SIAM J. Sci. Comput.* 34(4) (2012), C153–C169.
/// - N. J. Higham, *Functions of Matrices: Theory and Computation*, SIAM (2008), ch. 11.
pub fn logm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<MatrixValue> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, true)?;
    if n == 0 {
        return Ok(empty::<T>());
    }
    let form = triangular_form(&a)?;
    let x = logarithm(&form)?;
    Ok(maybe_real::<T>(x.as_ref()))
}

fn logarithm(form: &TriangularForm) -> Result<Mat<Complex64>> {
    if let Some(i) = form.zero_eigenvalue() {
        return Err(Error::SingularMatrix {
            detail: format!(
                "zero eigenvalue at position {i} of the Schur form: the logarithm does not exist"
            ),
        });
    }
    Ok(form.recombine(log_upper(form.t.as_ref())))
}

/// The principal logarithm of a nonsingular upper triangular `t0` (Al-Mohy & Higham 2012,
/// Algorithm 4.1 from line 2).
pub(crate) fn log_upper(t0: faer::MatRef<'_, Complex64>) -> Mat<Complex64> {
    let n = t0.nrows();
    if let Some(f) = diagonal_function(t0, principal_log) {
        return f;
    }
    // Square roots until the eigenvalues of T^(1/2^s) are within θ₇ of 1.
    let s0 = roots_for_diagonal(t0, theta(7));
    let mut t = repeated_sqrt(t0, s0);
    let (mut s, mut k) = (s0, 0);
    let mut norms = PowerNorms::new(minus_identity(t.as_ref()));
    let d2 = norms.root_norm(2);
    let mut d3 = norms.root_norm(3);
    let alpha2 = d2.max(d3);
    let mut m = (1..=2).find(|&i| alpha2 <= theta(i));
    while m.is_none() {
        if s > s0 {
            norms = PowerNorms::new(minus_identity(t.as_ref()));
            d3 = norms.root_norm(3);
        }
        let d4 = norms.root_norm(4);
        let alpha3 = d3.max(d4);
        if alpha3 <= theta(16) {
            let j1 = (3..=16).find(|&i| alpha3 <= theta(i)).unwrap_or(16);
            let j2 = (3..=16).find(|&i| alpha3 / 2.0 <= theta(i)).unwrap_or(16);
            // Another square root (about n³/3 flops) is worth it only if it saves more than
            // one degree (one triangular solve, about as costly).
            if j1 - j2 <= 1 || k == 2 {
                m = Some(j1);
                break;
            }
            k += 1;
        }
        let d5 = norms.root_norm(5);
        let eta = alpha3.min(d4.max(d5));
        m = (6..=7).find(|&i| eta <= theta(i));
        if m.is_some() {
            break;
        }
        if s >= MAX_ROOTS {
            m = Some(16);
            break;
        }
        t = sqrt_nonsingular(t.as_ref());
        s += 1;
    }
    let m = m.unwrap_or(16);
    let x = accurate_root_minus_identity(t0, t.as_ref(), s);
    // r_m(X) = Σ_j w_j (I + x_j X)⁻¹ X: the m-point Gauss–Legendre rule applied to
    // log(I + X) = ∫₀¹ X (I + t X)⁻¹ dt.
    let mut u = Mat::<Complex64>::zeros(n, n);
    for (node, weight) in gauss_legendre_unit(m) {
        let shifted = Mat::from_fn(n, n, |i, j| {
            let v = x[(i, j)] * node;
            if i == j { v + 1.0 } else { v }
        });
        let y = solve_upper(shifted.as_ref(), x.as_ref());
        let scale = weight * pow2(s);
        for j in 0..n {
            for i in 0..=j {
                u[(i, j)] += y[(i, j)] * scale;
            }
        }
    }
    // The diagonal and superdiagonal exactly, from T0.
    let d = diagonal(t0);
    for i in 0..n {
        u[(i, i)] = principal_log(d[i]);
        if i + 1 < n {
            u[(i, i + 1)] = log_superdiagonal(d[i], d[i + 1], t0[(i, i + 1)]);
        }
    }
    u
}
