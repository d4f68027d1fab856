//! `fractional_matrix_power`: `A^t` for real `t` by the Schur–Padé algorithm of Higham and
//! Lin (2011): integer `t` by repeated squaring, otherwise `A^t = A^k A^q` with an integer `k`
//! and `q ∈ (−1, 1)` chosen from the condition number (their §6), and `A^q` on the Schur form
//! by square roots, a Padé approximant of `(1 − x)^q` in continued-fraction form, and
//! squarings with the exact diagonal and superdiagonal restored after each.

use faer::{Mat, MatRef};
use sci_core::ndarray::{ArrayView2, AsArray, Ix2};
use sci_core::{Complex64, Error, Result, view};

use super::schur_form::{TriangularForm, empty, triangular_form, value};
use super::triangular::{
    MAX_ROOTS, PowerNorms, accurate_root_minus_identity, diagonal_function, minus_identity, pow2,
    power_superdiagonal, principal_pow, product, repeated_sqrt, roots_for_diagonal, solve_upper,
    sqrt_nonsingular,
};
use super::value::MatrixValue;
use crate::basic::matrix_power;
use crate::decompositions::svdvals;
use crate::scalar::Scalar;
use crate::validate;

/// `θ_m` for m = 1..7: the largest `‖X‖` for which the degree-m Padé approximant of
/// `(1 − x)^q` is accurate to unit roundoff for every `q ∈ (−1, 1)` (Higham & Lin 2011,
/// Table 3.1).
const THETA: [f64; 7] = [
    1.51e-5, 2.24e-3, 1.88e-2, 6.04e-2, 1.24e-1, 2.00e-1, 2.79e-1,
];

fn theta(m: usize) -> f64 {
    THETA[m - 1]
}

/// The integer value of `t`, `None` for a non-integer, or the error for a non-finite or huge
/// exponent.
fn integer_exponent(t: f64) -> Result<Option<i64>> {
    if !t.is_finite() {
        return Err(Error::invalid_argument("t", t, "must be finite"));
    }
    if t != t.trunc() {
        return Ok(None);
    }
    if t.abs() >= 9.2e18 {
        return Err(Error::invalid_argument(
            "t",
            t,
            "integer powers must fit in an i64",
        ));
    }
    Ok(Some(t as i64))
}

/// The fractional power of a square matrix: SciPy's
/// `scipy.linalg.fractional_matrix_power(A, t)`.
///
/// An integer `t` is numpy's `matrix_power` (repeated squaring, the inverse for `t < 0`; no
/// finiteness check, as in SciPy). Otherwise `A^t` is the principal power `exp(t log A)`,
/// defined for a nonsingular `A` (a negative real eigenvalue takes the branch `Im log = +π`,
/// as SciPy): `A^t = A^k A^q` with `k = ⌊t⌋` or `⌈t⌉` chosen from the 2-norm condition number
/// (Higham & Lin 2011, §6), `A^k` by [`matrix_power`](crate::matrix_power), and `A^q`,
/// `|q| < 1`, by the Schur–Padé algorithm (their Algorithm 5.1, with exact 1-norms of the
/// powers of `I − T^(1/2^s)`). Computed in double precision. O(n³) time (a Schur
/// decomposition, an SVD, and O(s + m) triangular products and solves).
///
/// **Result type.** For an integer `t`, the input's kind. Otherwise real input gives
/// [`MatrixValue::Real`] unless it has a negative real eigenvalue; complex input (or a
/// negative real eigenvalue) gives [`MatrixValue::Complex`]. SciPy returns a complex array
/// also for real matrices with complex conjugate eigenvalues (a 2×2 block in the real Schur
/// form), with imaginary parts at rounding level: here that result is real.
///
/// # Errors
///
/// - "expected square matrix" for a non-square `a`; [`Error::InvalidArgument`] for a
///   non-finite `t` or an integer `t` beyond the `i64` range;
/// - for a non-integer `t`: [`Error::NonFinite`] for a NaN or infinity in `a`,
///   [`Error::SingularMatrix`] for an exactly singular `a` (SciPy falls back to `funm` for
///   `t > 0` and returns NaN for `t < 0`);
/// - for a negative integer `t`: [`Error::SingularMatrix`] for an exactly singular `a`;
/// - [`Error::DidNotConverge`] if the Schur decomposition or the SVD fails.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::fractional_matrix_power;
///
/// let a = array![[1.0_f64, 3.0], [1.0, 4.0]];
/// let b = fractional_matrix_power(&a, 0.5)?;
/// let b = b.as_real().expect("a real power");
/// let back = b.dot(b);
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-13));
/// let square = fractional_matrix_power(&a, 2.0)?;
/// assert_eq!(square.as_real(), Some(&a.dot(&a)));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.fractional_matrix_power.html>
/// - N. J. Higham and L. Lin, "A Schur–Padé algorithm for fractional powers of a matrix",
///   *SIAM J. Matrix Anal. Appl.* 32(3) (2011), 1056–1078.
pub fn fractional_matrix_power<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    t: f64,
) -> Result<MatrixValue> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    if let Some(k) = integer_exponent(t)? {
        let x = matrix_power(a, k)?;
        return Ok(if T::IS_COMPLEX {
            MatrixValue::Complex(x.mapv(Scalar::to_c64))
        } else {
            MatrixValue::Real(x.mapv(|v| v.re().into()))
        });
    }
    if n == 0 {
        return Ok(empty::<T>());
    }
    validate::finite("a", &a, true)?;
    let form = triangular_form(&a)?;
    let x = fractional(&a, &form, t)?;
    Ok(value::<T>(&form, &x))
}

/// `A^t` for a non-integer `t` and a non-empty, finite `a` with the Schur form `form`.
fn fractional<T: Scalar>(
    a: &ArrayView2<'_, T>,
    form: &TriangularForm,
    t: f64,
) -> Result<Mat<Complex64>> {
    let n = a.nrows();
    let singular = |detail: String| Error::SingularMatrix { detail };
    if let Some(i) = form.zero_eigenvalue() {
        return Err(singular(format!(
            "zero eigenvalue at position {i} of the Schur form: the fractional power is not \
             computed for singular matrices"
        )));
    }
    let s = svdvals(a)?;
    let (smax, smin): (f64, f64) = (s[0].into(), s[n - 1].into());
    if smin == 0.0 {
        return Err(singular(
            "zero singular value: the fractional power is not computed for singular matrices"
                .into(),
        ));
    }
    // A^t = A^k A^q: the paper's §6 picks k = ⌊t⌋ or ⌈t⌉ by comparing the condition-number
    // bounds q κ^(1−q) (for q ∈ (0, 1)) and |q| κ (for q ∈ (−1, 0)).
    let kappa = smax / smin;
    let (lo, hi) = (t.floor(), t.ceil());
    let (p1, p2) = (t - lo, t - hi);
    let (k, q) = if p1 * kappa.powf(1.0 - p1) <= -p2 * kappa {
        (lo, p1)
    } else {
        (hi, p2)
    };
    let r = form.recombine(power_upper(form.t.as_ref(), q));
    let x = if k == 0.0 {
        r
    } else {
        let ak = matrix_power(a, k as i64)?;
        let ak = Mat::from_fn(n, n, |i, j| ak[[i, j]].to_c64());
        product(ak.as_ref(), r.as_ref())
    };
    Ok(x)
}

/// The continued-fraction coefficients of `(1 − x)^p = 1 + c₁x/(1 + c₂x/(1 + ...))`
/// (Higham & Lin 2011, (4.5)): `c₁ = −p`, `c_2i = (p − i)/(2(2i − 1))`,
/// `c_2i+1 = (−i − p)/(2(2i + 1))`.
fn coefficient(j: usize, p: f64) -> f64 {
    if j == 1 {
        return -p;
    }
    let i = (j / 2) as f64;
    if j.is_multiple_of(2) {
        (p - i) / (2.0 * (2.0 * i - 1.0))
    } else {
        (-i - p) / (2.0 * (2.0 * i + 1.0))
    }
}

/// `r_m(X)`, the degree-m Padé approximant of `(I − X)^p` for an upper triangular `X`,
/// evaluated bottom-up through the continued fraction (one triangular solve per level).
fn pade(x: MatRef<'_, Complex64>, p: f64, m: usize) -> Mat<Complex64> {
    let n = x.nrows();
    let one = Complex64::new(1.0, 0.0);
    let mut y = Mat::from_fn(n, n, |i, j| x[(i, j)] * coefficient(2 * m, p));
    for j in (1..2 * m).rev() {
        let shifted = Mat::from_fn(
            n,
            n,
            |r, c| if r == c { y[(r, c)] + one } else { y[(r, c)] },
        );
        let z = solve_upper(shifted.as_ref(), x);
        let c = coefficient(j, p);
        y = Mat::from_fn(n, n, |r, cc| z[(r, cc)] * c);
    }
    Mat::from_fn(
        n,
        n,
        |r, c| if r == c { y[(r, c)] + one } else { y[(r, c)] },
    )
}

/// `T0^p` for a nonsingular upper triangular `t0` and `p ∈ (−1, 1)` (Higham & Lin 2011,
/// Algorithm 5.1 from line 2).
pub(crate) fn power_upper(t0: MatRef<'_, Complex64>, p: f64) -> Mat<Complex64> {
    let n = t0.nrows();
    if let Some(f) = diagonal_function(t0, |z| principal_pow(z, p)) {
        return f;
    }
    let s0 = roots_for_diagonal(t0, theta(7));
    let mut t = repeated_sqrt(t0, s0);
    let (mut s, mut extra) = (s0, 0);
    // ‖(I − T)^k‖ = ‖(T − I)^k‖.
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
        let mut root_again = false;
        if alpha3 <= theta(7) {
            let j1 = (3..=7).find(|&i| alpha3 <= theta(i)).unwrap_or(7);
            if j1 <= 6 {
                m = Some(j1);
                break;
            }
            // One more root would allow degree 5: worth it at most twice.
            if alpha3 / 2.0 <= theta(5) && extra < 2 {
                extra += 1;
                root_again = true;
            }
        }
        if !root_again {
            let d5 = norms.root_norm(5);
            let eta = alpha3.min(d4.max(d5));
            m = (6..=7).find(|&i| eta <= theta(i));
            if m.is_some() {
                break;
            }
        }
        if s >= MAX_ROOTS {
            m = Some(7);
            break;
        }
        t = sqrt_nonsingular(t.as_ref());
        s += 1;
    }
    let m = m.unwrap_or(7);
    // X = I − T^(1/2^s), with the diagonal computed without cancellation.
    let mut x = accurate_root_minus_identity(t0, t.as_ref(), s);
    for j in 0..n {
        for i in 0..=j {
            x[(i, j)] = -x[(i, j)];
        }
    }
    let mut u = pade(x.as_ref(), p, m);
    // Square back up, restoring the exact diagonal and superdiagonal of T0^(p/2^i) each time.
    for i in (0..=s).rev() {
        if i < s {
            u = product(u.as_ref(), u.as_ref());
        }
        let q = p / pow2(i);
        for k in 0..n {
            u[(k, k)] = principal_pow(t0[(k, k)], q);
            if k + 1 < n {
                u[(k, k + 1)] =
                    power_superdiagonal(t0[(k, k)], t0[(k + 1, k + 1)], t0[(k, k + 1)], q);
            }
        }
    }
    u
}
