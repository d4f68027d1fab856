//! `expm_frechet`: the Fréchet derivative `L(A, E)` of the matrix exponential, by the
//! scaling-Padé-squaring method of Al-Mohy & Higham (2009, Algorithm 6.4), which
//! differentiates the Padé approximant `r_m(A) = (V − U)⁻¹ (U + V)` and the squarings
//! alongside `e^A`; or, as SciPy's `blockEnlarge`, from the exponential of the block matrix
//! `[[A, E], [0, A]]`, whose upper right block is `L(A, E)`.

use faer::linalg::matmul::matmul;
use faer::{Accum, Mat, MatRef};
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Result, as_faer, view};

use super::expm::expm_matrix;
use crate::condition::one_norm;
use crate::lu_kernel::LuFactors;
use crate::options::setters;
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// SciPy's `method` keyword of `expm_frechet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExpmFrechetMethod {
    /// Scaling-Padé-squaring (`'SPS'`, the default): Al-Mohy & Higham's Algorithm 6.4.
    #[default]
    Sps,
    /// The exponential of the 2n×2n block matrix `[[A, E], [0, A]]` (`'blockEnlarge'`):
    /// simple and about 8/3 times the work.
    BlockEnlarge,
}

/// The optional arguments of [`expm_frechet_with`] and [`expm_frechet_derivative`]: SciPy's
/// keywords of `scipy.linalg.expm_frechet` (`compute_expm=False` is
/// [`expm_frechet_derivative`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpmFrechetOptions {
    /// The algorithm (SciPy's `method`, `'SPS'` by default).
    pub method: ExpmFrechetMethod,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for ExpmFrechetOptions {
    fn default() -> Self {
        Self {
            method: ExpmFrechetMethod::Sps,
            check_finite: true,
        }
    }
}

setters!(ExpmFrechetOptions {
    method: ExpmFrechetMethod,
    check_finite: bool
});

/// The result of [`expm_frechet`]: SciPy's `(expm_A, expm_frechet_AE)`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpmFrechet<T> {
    /// `e^A`.
    pub expm_a: Array2<T>,
    /// The Fréchet derivative of the exponential at `A` in the direction `E`.
    pub expm_frechet_ae: Array2<T>,
}

/// The matrix exponential and its Fréchet derivative `L(A, E)` (the linear term of
/// `e^{A+E} − e^A`): SciPy's `scipy.linalg.expm_frechet(A, E)`.
///
/// Scaling-Padé-squaring (Al-Mohy & Higham 2009, Algorithm 6.4): a Padé degree of 3, 5, 7 or 9
/// when `||A||₁` is below the degree's bound, else degree 13 after scaling `A` and `E` by
/// `2^-s`; the derivative of `r_m(A)` solves with the same LU factors as `r_m(A)` itself, and
/// each squaring `X ← X²` carries `L ← X L + L X`. About 3/8 of the work of the block method;
/// O(n³) time.
///
/// # Errors
///
/// "expected square matrix" for a non-square `a` or `e`; [`sci_core::Error::ShapeMismatch`]
/// when their shapes differ; [`sci_core::Error::NonFinite`] for a NaN or infinity.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::expm_frechet;
///
/// // For commuting A and E, L(A, E) = e^A E.
/// let a = array![[1.0_f64, 0.0], [0.0, 2.0]];
/// let e = array![[3.0_f64, 0.0], [0.0, 1.0]];
/// let r = expm_frechet(&a, &e)?;
/// assert!((r.expm_frechet_ae[[0, 0]] - 3.0 * 1f64.exp()).abs() < 1e-14);
/// assert!((r.expm_frechet_ae[[1, 1]] - 2f64.exp()).abs() < 1e-14);
/// assert!((r.expm_a[[1, 1]] - 2f64.exp()).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.expm_frechet.html>
/// - A. H. Al-Mohy and N. J. Higham, "Computing the Fréchet derivative of the matrix
///   exponential, with an application to condition number estimation", *SIAM J. Matrix Anal.
///   Appl.* 30(4), 1639–1657 (2009).
pub fn expm_frechet<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    e: impl AsArray<'b, T, Ix2>,
) -> Result<ExpmFrechet<T>> {
    expm_frechet_with(a, e, &ExpmFrechetOptions::default())
}

/// [`expm_frechet`] with SciPy's keywords `method` and `check_finite`.
///
/// # Errors
///
/// As [`expm_frechet`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{ExpmFrechetMethod, ExpmFrechetOptions, expm_frechet_with};
///
/// let a = array![[0.5_f64, 2.0], [-1.0, 0.25]];
/// let e = array![[0.0_f64, 1.0], [0.0, 0.0]];
/// let sps = expm_frechet_with(&a, &e, &ExpmFrechetOptions::default())?;
/// let block = ExpmFrechetOptions::default().method(ExpmFrechetMethod::BlockEnlarge);
/// let blk = expm_frechet_with(&a, &e, &block)?;
/// for (x, y) in sps.expm_frechet_ae.iter().zip(blk.expm_frechet_ae.iter()) {
///     assert!((x - y).abs() < 1e-13);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.expm_frechet.html>
/// - A. H. Al-Mohy and N. J. Higham, *SIAM J. Matrix Anal. Appl.* 30(4), 1639–1657 (2009).
pub fn expm_frechet_with<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    e: impl AsArray<'b, T, Ix2>,
    options: &ExpmFrechetOptions,
) -> Result<ExpmFrechet<T>> {
    let (a, e) = checked(a, e, options.check_finite)?;
    let (x, l) = frechet_matrix(a.as_ref(), e.as_ref(), options.method);
    Ok(ExpmFrechet {
        expm_a: to_array(x.as_ref()),
        expm_frechet_ae: to_array(l.as_ref()),
    })
}

/// The Fréchet derivative alone: SciPy's `expm_frechet(A, E, compute_expm=False, ...)`.
///
/// # Errors
///
/// As [`expm_frechet`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{ExpmFrechetOptions, expm_frechet_derivative};
///
/// // At A = 0 the derivative is E itself.
/// let e = array![[1.0_f64, 2.0], [3.0, 4.0]];
/// let l = expm_frechet_derivative(&array![[0.0_f64, 0.0], [0.0, 0.0]], &e, &ExpmFrechetOptions::default())?;
/// assert!(l.iter().zip(e.iter()).all(|(x, y)| (x - y).abs() < 1e-15));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.expm_frechet.html>
#[doc(alias = "compute_expm")]
pub fn expm_frechet_derivative<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    e: impl AsArray<'b, T, Ix2>,
    options: &ExpmFrechetOptions,
) -> Result<Array2<T>> {
    Ok(expm_frechet_with(a, e, options)?.expm_frechet_ae)
}

/// `a` and `e` checked (square, the same shape, finite when asked) as faer matrices.
fn checked<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    e: impl AsArray<'b, T, Ix2>,
    check_finite: bool,
) -> Result<(Mat<T>, Mat<T>)> {
    let (a, e) = (view(a), view(e));
    validate::finite("A", &a, check_finite)?;
    validate::finite("E", &e, check_finite)?;
    validate::square_order("A", &a)?;
    validate::square_order("E", &e)?;
    sci_core::check_shape(
        "E (expected A and E to be the same shape)",
        a.shape(),
        e.shape(),
    )?;
    Ok((as_faer(&a).to_owned(), as_faer(&e).to_owned()))
}

fn to_array<T: Copy>(m: MatRef<'_, T>) -> Array2<T> {
    Array2::from_shape_fn((m.nrows(), m.ncols()), |(i, j)| m[(i, j)])
}

/// `(e^A, L(A, E))` for faer matrices of the same order.
pub(crate) fn frechet_matrix<T: Scalar>(
    a: MatRef<'_, T>,
    e: MatRef<'_, T>,
    method: ExpmFrechetMethod,
) -> (Mat<T>, Mat<T>) {
    let n = a.nrows();
    if n == 0 {
        return (Mat::zeros(0, 0), Mat::zeros(0, 0));
    }
    match method {
        ExpmFrechetMethod::Sps => scaling_pade_squaring(a, e),
        ExpmFrechetMethod::BlockEnlarge => {
            let big = Mat::from_fn(2 * n, 2 * n, |i, j| match (i < n, j < n) {
                (true, true) => a[(i, j)],
                (true, false) => e[(i, j - n)],
                (false, false) => a[(i - n, j - n)],
                (false, true) => T::zero(),
            });
            let x = expm_matrix(big.as_ref());
            (
                x.as_ref().submatrix(0, 0, n, n).to_owned(),
                x.as_ref().submatrix(0, n, n, n).to_owned(),
            )
        }
    }
}

/// `ℓ_m` (Al-Mohy & Higham 2009, Table 6.1): the largest `||A||₁` for which the degree-m Padé
/// approximant and its derivative have backward error below `2^-53`, for m = 3, 5, 7, 9, 13.
const ELL: [(usize, f64); 5] = [
    (3, 1.08e-2),
    (5, 2.00e-1),
    (7, 7.83e-1),
    (9, 1.78e0),
    (13, 4.74e0),
];

/// The coefficients `b_0..b_m` of the degree-m diagonal Padé approximant of `exp`, scaled so
/// that `b_m = 1`: `b_j = (2m − j)! / (j! (m − j)!)`, exact integers computed in `u128`.
fn pade_coefficients(m: usize) -> Vec<f64> {
    (0..=m)
        .map(|j| {
            let rising: u128 = ((m - j + 1) as u128..=(2 * m - j) as u128).product();
            let factorial: u128 = (1..=j as u128).product();
            (rising / factorial) as f64
        })
        .collect()
}

fn product<T: Scalar>(a: MatRef<'_, T>, b: MatRef<'_, T>) -> Mat<T> {
    let mut out = Mat::<T>::zeros(a.nrows(), b.ncols());
    matmul(out.as_mut(), Accum::Replace, a, b, T::one(), par());
    out
}

/// `a b + c d`.
fn two_products<T: Scalar>(
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    c: MatRef<'_, T>,
    d: MatRef<'_, T>,
) -> Mat<T> {
    let mut out = product(a, b);
    matmul(out.as_mut(), Accum::Add, c, d, T::one(), par());
    out
}

/// `Σ c_k M_k` (real `c_k`).
fn combination<T: Scalar>(n: usize, terms: &[(f64, MatRef<'_, T>)]) -> Mat<T> {
    Mat::from_fn(n, n, |i, j| {
        let mut s = T::zero();
        for &(c, m) in terms {
            s += T::from_f64(c) * m[(i, j)];
        }
        s
    })
}

/// `(U, V, L_U, L_V)` of the degree-m Padé approximant `r_m = (V − U)⁻¹(U + V)` for m ≤ 9, from
/// the even powers `A^{2k}` and their derivatives `M_{2k} = L_{x^{2k}}(A, E)`:
/// `U = A Σ b_{2k+1} A^{2k}`, `V = Σ b_{2k} A^{2k}`,
/// `L_U = A Σ b_{2k+1} M_{2k} + E Σ b_{2k+1} A^{2k}`, `L_V = Σ b_{2k} M_{2k}`
/// (Al-Mohy & Higham 2009, (6.11)-(6.13)).
fn low_degree<T: Scalar>(a: MatRef<'_, T>, e: MatRef<'_, T>, m: usize) -> [Mat<T>; 4] {
    let n = a.nrows();
    let b = pade_coefficients(m);
    let half = (m - 1) / 2;
    // powers[k] = A^{2k}, derivs[k] = M_{2k} (M_0 = 0 is never used).
    let mut powers: Vec<Mat<T>> = vec![Mat::identity(n, n), product(a, a)];
    let mut derivs: Vec<Mat<T>> = vec![Mat::zeros(n, n), two_products(a, e, e, a)];
    for k in 2..=half {
        // A^{2k} = A^{2i} A^{2j} with i = k − k/2, j = k/2, and the product rule for M_{2k}.
        let (i, j) = (k - k / 2, k / 2);
        powers.push(product(powers[i].as_ref(), powers[j].as_ref()));
        derivs.push(two_products(
            powers[i].as_ref(),
            derivs[j].as_ref(),
            derivs[i].as_ref(),
            powers[j].as_ref(),
        ));
    }
    let odd: Vec<(f64, MatRef<'_, T>)> = (0..=half)
        .map(|k| (b[2 * k + 1], powers[k].as_ref()))
        .collect();
    let even: Vec<(f64, MatRef<'_, T>)> =
        (0..=half).map(|k| (b[2 * k], powers[k].as_ref())).collect();
    let odd_d: Vec<(f64, MatRef<'_, T>)> = (1..=half)
        .map(|k| (b[2 * k + 1], derivs[k].as_ref()))
        .collect();
    let even_d: Vec<(f64, MatRef<'_, T>)> =
        (1..=half).map(|k| (b[2 * k], derivs[k].as_ref())).collect();
    let odd_sum = combination(n, &odd);
    let u = product(a, odd_sum.as_ref());
    let v = combination(n, &even);
    let lu = two_products(a, combination(n, &odd_d).as_ref(), e, odd_sum.as_ref());
    let lv = combination(n, &even_d);
    [u, v, lu, lv]
}

/// `(U, V, L_U, L_V)` of the degree-13 approximant, grouped as in `expm` so that only `A²`,
/// `A⁴`, `A⁶` (and `M_2`, `M_4`, `M_6`) are formed: `U = A (A⁶ W₁ + W₂)`, `V = A⁶ Z₁ + Z₂`
/// (Al-Mohy & Higham 2009, Algorithm 6.4, lines 20-28).
fn degree_13<T: Scalar>(a: MatRef<'_, T>, e: MatRef<'_, T>) -> [Mat<T>; 4] {
    let n = a.nrows();
    let b = pade_coefficients(13);
    let identity = Mat::<T>::identity(n, n);
    let a2 = product(a, a);
    let m2 = two_products(a, e, e, a);
    let a4 = product(a2.as_ref(), a2.as_ref());
    let m4 = two_products(a2.as_ref(), m2.as_ref(), m2.as_ref(), a2.as_ref());
    let a6 = product(a2.as_ref(), a4.as_ref());
    let m6 = two_products(a4.as_ref(), m2.as_ref(), m4.as_ref(), a2.as_ref());
    let (a2, a4, a6, m2, m4, m6) = (
        a2.as_ref(),
        a4.as_ref(),
        a6.as_ref(),
        m2.as_ref(),
        m4.as_ref(),
        m6.as_ref(),
    );
    let w1 = combination(n, &[(b[13], a6), (b[11], a4), (b[9], a2)]);
    let w2 = combination(
        n,
        &[
            (b[7], a6),
            (b[5], a4),
            (b[3], a2),
            (b[1], identity.as_ref()),
        ],
    );
    let z1 = combination(n, &[(b[12], a6), (b[10], a4), (b[8], a2)]);
    let z2 = combination(
        n,
        &[
            (b[6], a6),
            (b[4], a4),
            (b[2], a2),
            (b[0], identity.as_ref()),
        ],
    );
    let mut w = product(a6, w1.as_ref());
    let mut v = product(a6, z1.as_ref());
    for j in 0..n {
        for i in 0..n {
            w[(i, j)] += w2[(i, j)];
            v[(i, j)] += z2[(i, j)];
        }
    }
    let u = product(a, w.as_ref());
    let lw1 = combination(n, &[(b[13], m6), (b[11], m4), (b[9], m2)]);
    let lw2 = combination(n, &[(b[7], m6), (b[5], m4), (b[3], m2)]);
    let lz1 = combination(n, &[(b[12], m6), (b[10], m4), (b[8], m2)]);
    let lz2 = combination(n, &[(b[6], m6), (b[4], m4), (b[2], m2)]);
    let mut lw = two_products(a6, lw1.as_ref(), m6, w1.as_ref());
    let mut lv = two_products(a6, lz1.as_ref(), m6, z1.as_ref());
    for j in 0..n {
        for i in 0..n {
            lw[(i, j)] += lw2[(i, j)];
            lv[(i, j)] += lz2[(i, j)];
        }
    }
    let lu = two_products(a, lw.as_ref(), e, w.as_ref());
    [u, v, lu, lv]
}

/// Al-Mohy & Higham's Algorithm 6.4: `(e^A, L(A, E))`.
fn scaling_pade_squaring<T: Scalar>(a: MatRef<'_, T>, e: MatRef<'_, T>) -> (Mat<T>, Mat<T>) {
    let n = a.nrows();
    let anorm = one_norm(a);
    if !anorm.is_finite() {
        // Only reachable with `check_finite` off: the result is undefined, as NaN.
        let nan = T::from_f64(f64::NAN);
        return (
            Mat::from_fn(n, n, |_, _| nan),
            Mat::from_fn(n, n, |_, _| nan),
        );
    }
    let low = ELL[..4].iter().find(|&&(_, ell)| anorm <= ell);
    let (parts, s) = if let Some(&(m, _)) = low {
        (low_degree(a, e, m), 0)
    } else {
        let s = (anorm / ELL[4].1).log2().ceil().max(0.0) as i32;
        let f = T::from_f64(2f64.powi(-s));
        let scaled = |m: MatRef<'_, T>| Mat::from_fn(n, n, |i, j| m[(i, j)] * f);
        let (a_s, e_s) = (scaled(a), scaled(e));
        (degree_13(a_s.as_ref(), e_s.as_ref()), s)
    };
    let [u, v, lu, lv] = parts;
    let p = combination(n, &[(1.0, u.as_ref()), (1.0, v.as_ref())]);
    let q = combination(n, &[(1.0, v.as_ref()), (-1.0, u.as_ref())]);
    let factors = LuFactors::new(q.as_ref());
    let mut r = p;
    factors.solve_in_place(r.as_mut());
    // L = (V − U)⁻¹ (L_U + L_V + (L_U − L_V) R).
    let diff = combination(n, &[(1.0, lu.as_ref()), (-1.0, lv.as_ref())]);
    let mut l = product(diff.as_ref(), r.as_ref());
    for j in 0..n {
        for i in 0..n {
            l[(i, j)] += lu[(i, j)] + lv[(i, j)];
        }
    }
    factors.solve_in_place(l.as_mut());
    for _ in 0..s {
        l = two_products(r.as_ref(), l.as_ref(), l.as_ref(), r.as_ref());
        r = product(r.as_ref(), r.as_ref());
    }
    (r, l)
}

#[cfg(test)]
mod tests {
    use super::pade_coefficients;

    #[test]
    fn pade_coefficients_are_the_known_integers() {
        assert_eq!(pade_coefficients(3), vec![120.0, 60.0, 12.0, 1.0]);
        let b13 = pade_coefficients(13);
        assert_eq!(b13[0], 64764752532480000.0);
        assert_eq!(b13[1], 32382376266240000.0);
        assert_eq!(b13[12], 182.0);
        assert_eq!(b13[13], 1.0);
    }
}
