//! The error functions of a complex argument: `wofz` (Faddeeva), `erf`, `erfc`, `erfcx`,
//! `erfi`, `dawsn`, re-exported by `sci_special::complex`.
//!
//! Algorithm: everything is built on the Faddeeva function `w(z)` (`faddeeva.rs`):
//! `erfcx(z) = w(iz)`, `erfc(z) = exp(-z^2) w(iz)` (reflected to `Re z >= 0`),
//! `erf = 1 - erfc`, `erfi(z) = -i erf(iz)`, `dawsn(z) = (i sqrt(pi)/2)(exp(-z^2) - w(z))`
//! (reflected to `Im z >= 0`); `erf` and `dawsn` use their Maclaurin series for `|z| < 1/2`,
//! where the differences would cancel. Cost: one `w` and one complex `exp`.

use sci_core::Complex64;

use super::faddeeva::{exp_neg_square, faddeeva};

/// `sqrt(pi) / 2`.
const HALF_SQRT_PI: f64 = 0.886_226_925_452_758;

fn i_times(z: Complex64) -> Complex64 {
    Complex64::new(-z.im, z.re)
}

/// The Faddeeva function `w(z) = exp(-z^2) erfc(-i z)`.
///
/// For real `x`, `w(x) = exp(-x^2) + 2i/sqrt(pi) dawsn(x)`; `w(z) ≈ i / (sqrt(pi) z)` for
/// large `|z|` in the upper half-plane; it grows like `2 exp(-z^2)` in the lower one.
///
/// # Accuracy
///
/// At most 4 machine epsilons norm-wise (`|sci - ref| / (eps |ref|)`) against mpmath on the
/// golden points (|z| log-spaced in [1e-10, 1e4] at all angles, the lower half-plane up to
/// |z| = 25, dense in the box |Re z|, |Im z| < 10, and near the real axis); SciPy 1.17.1: 226.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_special::complex::wofz;
/// let w = wofz(Complex64::new(1.0, 1.0));
/// let want = Complex64::new(0.304_744_205_256_912_6, 0.208_218_938_202_831_63);
/// assert!((w - want).norm() < 1e-15 * want.norm());
/// ```
///
/// # References
///
/// DLMF 7.2.3, 7.9.3; Weideman & Trefethen, SIAM Review 56 (2014);
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.wofz.html>
pub fn wofz(z: Complex64) -> Complex64 {
    faddeeva(z)
}

/// The scaled complementary error function `erfcx(z) = exp(z^2) erfc(z) = w(iz)`.
///
/// # Accuracy
///
/// At most 5 machine epsilons norm-wise against mpmath on the golden points (|z| log-spaced in
/// [1e-10, 30] at all angles, the box |Re z|, |Im z| < 6, and near the real axis); SciPy
/// 1.17.1: 253.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_special::complex::erfcx;
/// let v = erfcx(Complex64::new(1.0, 0.0));
/// assert!((v.re - 0.427_583_576_155_807_0).abs() < 1e-15 && v.im.abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 7.2.3; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.erfcx.html>
pub fn erfcx(z: Complex64) -> Complex64 {
    faddeeva(i_times(z))
}

/// The complementary error function `erfc(z) = 1 - erf(z)` of a complex argument.
///
/// # Accuracy
///
/// At most 7 machine epsilons norm-wise against mpmath on the golden points (|z| log-spaced
/// in [1e-10, 30] at all angles, the box |Re z|, |Im z| < 6, and near the real axis); SciPy
/// 1.17.1: 312.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_special::complex::erfc;
/// let v = erfc(Complex64::new(1.0, 1.0));
/// let want = Complex64::new(-0.316_151_281_697_947_64, -0.190_453_469_237_834_7);
/// assert!((v - want).norm() < 1e-15 * want.norm());
/// ```
///
/// # References
///
/// DLMF 7.2.2; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.erfc.html>
pub fn erfc(z: Complex64) -> Complex64 {
    if z.re >= 0.0 {
        exp_neg_square(z) * faddeeva(i_times(z))
    } else {
        2.0 - exp_neg_square(z) * faddeeva(i_times(-z))
    }
}

/// `erf(z)` by its Maclaurin series (DLMF 7.6.1), `|z| < 1/2`.
fn erf_series(z: Complex64) -> Complex64 {
    let z2 = z * z;
    let mut term = z;
    let mut sum = z;
    for n in 1..20 {
        let nf = f64::from(n);
        term = -term * z2 / nf;
        sum += term / (2.0 * nf + 1.0);
    }
    sum * std::f64::consts::FRAC_2_SQRT_PI
}

/// The error function of a complex argument.
///
/// # Accuracy
///
/// At most 6 machine epsilons norm-wise against mpmath on the golden points (|z| log-spaced
/// in [1e-10, 30] at all angles, the box |Re z|, |Im z| < 6, and near the real axis); SciPy
/// 1.17.1: 522. Near its zeros (the first is at 1.450 + 1.880i) the error is absolute.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_special::complex::erf;
/// let v = erf(Complex64::new(1.0, 1.0));
/// let want = Complex64::new(1.316_151_281_697_947_6, 0.190_453_469_237_834_7);
/// assert!((v - want).norm() < 1e-15 * want.norm());
/// ```
///
/// # References
///
/// DLMF 7.2.1; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.erf.html>
pub fn erf(z: Complex64) -> Complex64 {
    if z.norm() < 0.5 {
        erf_series(z)
    } else if z.re >= 0.0 {
        1.0 - erfc(z)
    } else {
        erfc(-z) - 1.0
    }
}

/// The imaginary error function `erfi(z) = -i erf(iz)` of a complex argument.
///
/// # Accuracy
///
/// At most 5 machine epsilons norm-wise against mpmath on the golden points (as [`erf`]);
/// SciPy 1.17.1: 335.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_special::complex::erfi;
/// let v = erfi(Complex64::new(1.0, 0.0));
/// assert!((v.re - 1.650_425_758_797_542_8).abs() < 1e-14 && v.im.abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.erfi.html>
pub fn erfi(z: Complex64) -> Complex64 {
    let e = erf(i_times(z));
    Complex64::new(e.im, -e.re)
}

/// Dawson's integral by its Maclaurin series (DLMF 7.6.3 scaled), `|z| < 1/2`.
fn dawsn_series(z: Complex64) -> Complex64 {
    // D(z) = sum_n (-1)^n 2^n z^(2n+1) / (2n+1)!!.
    let z2 = z * z;
    let mut term = z;
    let mut sum = z;
    for n in 1..24 {
        term = -term * z2 * 2.0 / (2.0 * f64::from(n) + 1.0);
        sum += term;
    }
    sum
}

/// Dawson's integral `dawsn(z) = (sqrt(pi)/2) exp(-z^2) erfi(z)` of a complex argument.
///
/// # Accuracy
///
/// At most 5 machine epsilons norm-wise against mpmath on the golden points (as [`erf`]);
/// SciPy 1.17.1: 347.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_special::complex::dawsn;
/// let v = dawsn(Complex64::new(1.0, 0.0));
/// assert!((v.re - 0.538_079_506_912_768_4).abs() < 1e-15 && v.im.abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 7.2.5; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.dawsn.html>
pub fn dawsn(z: Complex64) -> Complex64 {
    if z.norm() < 0.5 {
        dawsn_series(z)
    } else if z.im < 0.0 {
        -dawsn(-z)
    } else {
        let d = exp_neg_square(z) - faddeeva(z);
        Complex64::new(-d.im, d.re) * HALF_SQRT_PI
    }
}
