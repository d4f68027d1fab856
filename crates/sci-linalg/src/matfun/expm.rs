//! `expm`: the matrix exponential by scaling and squaring with Padé approximants, choosing
//! the degree and the scaling from the norms of powers of `A` as in A. H. Al-Mohy and
//! N. J. Higham, "A new scaling and squaring algorithm for the matrix exponential", SIAM J.
//! Matrix Anal. Appl. 31(3), 2009, Algorithm 6.1 (with the exact 1-norms of the powers, and
//! the exact diagonal and superdiagonal of triangular input after each squaring, their §2).

use faer::linalg::matmul::matmul;
use faer::{Accum, Mat, MatRef};
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Complex64, Result, as_faer, from_faer, view};

use crate::condition::{column_mut, inverse_one_norm_estimate, one_norm};
use crate::lu_kernel::LuFactors;
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// The largest 1-norm of `2^-s A` for which the degree-m Padé approximant is accurate to unit
/// roundoff (Al-Mohy & Higham 2009, Table 3.1), for m = 3, 5, 7, 9, 13.
const THETA: [(usize, f64); 5] = [
    (3, 1.495585217958292e-2),
    (5, 2.539398330063230e-1),
    (7, 9.504178996162932e-1),
    (9, 2.097847961257068e0),
    (13, 5.371920351148152e0),
];

/// The coefficients `b_0..b_m` of the degree-m diagonal Padé approximant of `exp`.
fn pade_coefficients(m: usize) -> &'static [f64] {
    match m {
        3 => &[120.0, 60.0, 12.0, 1.0],
        5 => &[30240.0, 15120.0, 3360.0, 420.0, 30.0, 1.0],
        7 => &[
            17297280.0, 8648640.0, 1995840.0, 277200.0, 25200.0, 1512.0, 56.0, 1.0,
        ],
        9 => &[
            17643225600.0,
            8821612800.0,
            2075673600.0,
            302702400.0,
            30270240.0,
            2162160.0,
            110880.0,
            3960.0,
            90.0,
            1.0,
        ],
        _ => &[
            64764752532480000.0,
            32382376266240000.0,
            7771770303897600.0,
            1187353796428800.0,
            129060195264000.0,
            10559470521600.0,
            670442572800.0,
            33522128640.0,
            1323241920.0,
            40840800.0,
            960960.0,
            16380.0,
            182.0,
            1.0,
        ],
    }
}

fn product<T: Scalar>(a: MatRef<'_, T>, b: MatRef<'_, T>) -> Mat<T> {
    let mut out = Mat::<T>::zeros(a.nrows(), b.ncols());
    matmul(out.as_mut(), Accum::Replace, a, b, T::one(), par());
    out
}

/// `sum_k c_k M_k` (with `c_k` real), a column at a time so that the loops run over
/// contiguous memory.
fn combination<T: Scalar>(n: usize, terms: &[(f64, MatRef<'_, T>)]) -> Mat<T> {
    let mut out = Mat::<T>::zeros(n, n);
    for &(c, m) in terms {
        let c = T::from_f64(c);
        for j in 0..n {
            for (o, &x) in out.as_mut().col_mut(j).iter_mut().zip(m.col(j).iter()) {
                *o += c * x;
            }
        }
    }
    out
}

/// An estimate of `‖P Q‖₁` (a lower bound, almost always within a factor 3) from a few
/// products of `P Q` and its adjoint with vectors: Higham's 1-norm estimator on the operator.
fn product_norm_estimate<T: Scalar>(p: MatRef<'_, T>, q: MatRef<'_, T>) -> f64 {
    let apply = |first: MatRef<'_, T>, second: MatRef<'_, T>, x: &mut [T]| {
        let y = second * (first * column_mut(x).as_ref());
        column_mut(x).copy_from(y.as_ref());
    };
    let conjugate = |x: &mut [T]| x.iter_mut().for_each(|v| *v = v.conjugate());
    inverse_one_norm_estimate::<T>(
        p.nrows(),
        |x| apply(q, p, x),
        // (P Q)ᴴ x = conj(Qᵀ Pᵀ conj(x)).
        |x| {
            conjugate(x);
            apply(p.transpose(), q.transpose(), x);
            conjugate(x);
        },
    )
}

/// `ℓ(A, m)`: the extra squarings that keep the Padé approximant's backward error below unit
/// roundoff for a nonnormal `A` (Al-Mohy & Higham 2009, (5.1)), with the exact 1-norm of
/// `|A|^(2m+1)` (a nonnegative matrix: its 1-norm is the largest entry of `1ᵀ |A|^(2m+1)`).
fn extra_squarings<T: Scalar>(a: MatRef<'_, T>, m: usize, anorm: f64) -> i32 {
    if anorm == 0.0 {
        return 0;
    }
    let n = a.nrows();
    // |A| once, column by column, so that the 2m + 1 products are contiguous dot products
    // (the moduli recomputed in every pass cost more than the Padé approximant at n = 200).
    let moduli: Vec<f64> = (0..n)
        .flat_map(|j| (0..n).map(move |i| Into::<f64>::into(a[(i, j)].modulus())))
        .collect();
    let mut v = vec![1.0f64; n];
    for _ in 0..2 * m + 1 {
        v = moduli
            .chunks_exact(n)
            .map(|column| column.iter().zip(&v).map(|(x, y)| x * y).sum())
            .collect();
    }
    let power_norm = v.iter().fold(0.0f64, |x, &y| x.max(y));
    // c_{2m+1} = (m!)² / ((2m)! (2m+1)!)
    let mut c = 1.0f64;
    for k in 1..=m {
        c *= k as f64 / (m + k) as f64;
    }
    for k in 1..=2 * m + 1 {
        c /= k as f64;
    }
    let alpha = c * power_norm / anorm;
    let u = f64::EPSILON / 2.0;
    let l = ((alpha / u).log2() / (2 * m) as f64).ceil();
    if l.is_finite() && l > 0.0 {
        l as i32
    } else {
        0
    }
}

/// The degree-m Padé approximant `r_m(A) = (V - U)⁻¹ (V + U)` from the even powers `A²`, `A⁴`,
/// ... `A^(m-1)` (`A²`, `A⁴`, `A⁶` for m = 13, which groups the terms).
fn pade<T: Scalar>(a: MatRef<'_, T>, powers: &[Mat<T>], m: usize) -> Mat<T> {
    let n = a.nrows();
    let b = pade_coefficients(m);
    let identity = Mat::<T>::identity(n, n);
    let (u, v) = if m == 13 {
        let (a2, a4, a6) = (powers[0].as_ref(), powers[1].as_ref(), powers[2].as_ref());
        let inner_u = combination(n, &[(b[13], a6), (b[11], a4), (b[9], a2)]);
        let outer_u = product(a6, inner_u.as_ref());
        let sum_u = combination(
            n,
            &[
                (1.0, outer_u.as_ref()),
                (b[7], a6),
                (b[5], a4),
                (b[3], a2),
                (b[1], identity.as_ref()),
            ],
        );
        let u = product(a, sum_u.as_ref());
        let inner_v = combination(n, &[(b[12], a6), (b[10], a4), (b[8], a2)]);
        let outer_v = product(a6, inner_v.as_ref());
        let v = combination(
            n,
            &[
                (1.0, outer_v.as_ref()),
                (b[6], a6),
                (b[4], a4),
                (b[2], a2),
                (b[0], identity.as_ref()),
            ],
        );
        (u, v)
    } else {
        // U = A sum_k b_{2k+1} A^{2k}, V = sum_k b_{2k} A^{2k} over the powers up to A^{m-1}.
        let mut even: Vec<MatRef<'_, T>> = vec![identity.as_ref()];
        even.extend(powers.iter().take((m - 1) / 2).map(Mat::as_ref));
        let odd_terms: Vec<(f64, MatRef<'_, T>)> = even
            .iter()
            .enumerate()
            .map(|(k, p)| (b[2 * k + 1], *p))
            .collect();
        let even_terms: Vec<(f64, MatRef<'_, T>)> = even
            .iter()
            .enumerate()
            .map(|(k, p)| (b[2 * k], *p))
            .collect();
        (
            product(a, combination(n, &odd_terms).as_ref()),
            combination(n, &even_terms),
        )
    };
    let p = combination(n, &[(1.0, v.as_ref()), (1.0, u.as_ref())]);
    let q = combination(n, &[(1.0, v.as_ref()), (-1.0, u.as_ref())]);
    let lu = LuFactors::new(q.as_ref());
    let mut r = p;
    lu.solve_in_place(r.as_mut());
    r
}

/// Whether `a` is upper triangular.
fn is_upper_triangular<T: Scalar>(a: MatRef<'_, T>) -> bool {
    (0..a.ncols()).all(|j| (j + 1..a.nrows()).all(|i| a[(i, j)] == T::zero()))
}

/// The exact exponential of the 2×2 upper triangular block `[[l1, t], [0, l2]]`'s corner:
/// `t (e^l2 - e^l1) / (l2 - l1)`, computed without cancellation (Higham, "Functions of
/// Matrices", (10.42)).
fn superdiagonal(l1: Complex64, l2: Complex64, t: Complex64) -> Complex64 {
    let half_difference = (l2 - l1) / 2.0;
    if half_difference.norm() < 1e-300 {
        return t * l1.exp();
    }
    t * ((l1 + l2) / 2.0).exp() * half_difference.sinh() / half_difference
}

/// Replaces the diagonal and superdiagonal of `x ≈ exp(2^-k A)`, `A` upper triangular, with
/// their exact values (Al-Mohy & Higham 2009, §2).
fn exact_triangular_band<T: Scalar>(x: &mut Mat<T>, a: MatRef<'_, T>, k: i32) {
    let n = a.nrows();
    let f = 2f64.powi(-k);
    for i in 0..n {
        let li = a[(i, i)].to_c64() * f;
        x[(i, i)] = T::from_c64(li.exp());
        if i + 1 < n {
            let lj = a[(i + 1, i + 1)].to_c64() * f;
            let t = a[(i, i + 1)].to_c64() * f;
            x[(i, i + 1)] = T::from_c64(superdiagonal(li, lj, t));
        }
    }
}

/// `x` with the exact band of [`exact_triangular_band`] when `A` is upper triangular.
fn finish_triangular<T: Scalar>(mut x: Mat<T>, a: MatRef<'_, T>, triangular: bool) -> Mat<T> {
    if triangular {
        exact_triangular_band(&mut x, a, 0);
    }
    x
}

/// The exponential of a square matrix: SciPy's `scipy.linalg.expm(a)`.
///
/// Scaling and squaring with a Padé approximant of degree 3, 5, 7, 9 or 13 chosen from the
/// 1-norms of `A²`, `A⁴`, `A⁶`, `A⁸`, `A¹⁰` (Al-Mohy & Higham 2009, Algorithm 6.1), which
/// avoids the overscaling of the classical method; for upper triangular input the diagonal
/// and superdiagonal are recomputed exactly after each squaring. O(n³) time: at most six
/// products and one solve before the squarings.
///
/// # Errors
///
/// - [`sci_core::Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`;
/// - [`sci_core::Error::NonFinite`] for a NaN or infinity in `a`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::expm;
///
/// // exp of a rotation generator is the rotation.
/// let t = 0.5_f64;
/// let r = expm(&array![[0.0, -t], [t, 0.0]])?;
/// assert!((r[[0, 0]] - t.cos()).abs() < 1e-15 && (r[[1, 0]] - t.sin()).abs() < 1e-15);
/// assert_eq!(expm(&array![[0.0_f64]])?[[0, 0]], 1.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.expm.html>
/// - A. H. Al-Mohy, N. J. Higham, SIAM J. Matrix Anal. Appl. 31(3), 970-989 (2009).
pub fn expm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, true)?;
    if n == 0 {
        return Ok(Array2::from_elem((0, 0), T::zero()));
    }
    let e = expm_matrix(as_faer(&a));
    Ok(from_faer(e.as_ref()).to_owned())
}

/// The core of [`expm`] on a faer matrix.
pub(crate) fn expm_matrix<T: Scalar>(a: MatRef<'_, T>) -> Mat<T> {
    let n = a.nrows();
    if n == 1 {
        let v = a[(0, 0)].to_c64().exp();
        return Mat::from_fn(1, 1, |_, _| T::from_c64(v));
    }
    let triangular = is_upper_triangular(a);
    let anorm = one_norm(a);
    let a2 = product(a, a);
    let a4 = product(a2.as_ref(), a2.as_ref());
    let d4 = one_norm(a4.as_ref()).powf(0.25);
    let a6 = product(a4.as_ref(), a2.as_ref());
    let d6 = one_norm(a6.as_ref()).powf(1.0 / 6.0);
    let eta1 = d4.max(d6);
    for &(m, theta) in &THETA[..2] {
        if eta1 <= theta && extra_squarings(a, m, anorm) == 0 {
            return finish_triangular(pade(a, &[a2, a4], m), a, triangular);
        }
    }
    // ‖A⁸‖ and ‖A¹⁰‖ only choose the degree and the scaling: they are estimated from
    // products with vectors (as Al-Mohy & Higham do), not formed.
    let d8 = product_norm_estimate(a4.as_ref(), a4.as_ref()).powf(0.125);
    let eta3 = d6.max(d8);
    if eta3 <= THETA[2].1 && extra_squarings(a, 7, anorm) == 0 {
        return finish_triangular(pade(a, &[a2, a4, a6], 7), a, triangular);
    }
    if eta3 <= THETA[3].1 && extra_squarings(a, 9, anorm) == 0 {
        let a8 = product(a4.as_ref(), a4.as_ref());
        return finish_triangular(pade(a, &[a2, a4, a6, a8], 9), a, triangular);
    }
    let d10 = product_norm_estimate(a4.as_ref(), a6.as_ref()).powf(0.1);
    let eta5 = eta3.min(d8.max(d10));
    let theta13 = THETA[4].1;
    let mut s = if eta5 > 0.0 {
        (eta5 / theta13).log2().ceil().max(0.0) as i32
    } else {
        0
    };
    let scale = |s: i32, power: i32| T::from_f64(2f64.powi(-s * power));
    let scaled = |m: &Mat<T>, f: T| Mat::from_fn(n, n, |i, j| m[(i, j)] * f);
    let a_s = scaled(&a.to_owned(), scale(s, 1));
    s += extra_squarings(a_s.as_ref(), 13, anorm * 2f64.powi(-s));
    let a_s = scaled(&a.to_owned(), scale(s, 1));
    let powers = [
        scaled(&a2, scale(s, 2)),
        scaled(&a4, scale(s, 4)),
        scaled(&a6, scale(s, 6)),
    ];
    let mut x = pade(a_s.as_ref(), &powers, 13);
    if triangular {
        exact_triangular_band(&mut x, a, s);
    }
    for k in (0..s).rev() {
        x = product(x.as_ref(), x.as_ref());
        if triangular {
            exact_triangular_band(&mut x, a, k);
        }
    }
    x
}
