//! The sine and cosine integrals `Si(x)`, `Ci(x)`: power series for `|x| <= 4` (DLMF 6.6.5,
//! 6.6.6), Taylor series about the first four zeros of `Ci` (the first two in `roots`), and for `|x| > 4` the
//! continued fraction of `E1(ix)` (DLMF 6.5.1 with 8.19.17), whose real and imaginary parts
//! give `Ci` and `pi/2 - Si`.

use sci_core::Complex64;

use super::EULER;
use super::roots::{CI1_ROOT, CI2_ROOT, RootSeries};
use crate::bessel::ln_dd;
use crate::numeric::DoubleDouble;

/// Taylor series of `Ci` about a zero above 4 (from `xtask/golden/special/fit_ci_zeros.py`).
const CI3_ROOT: RootSeries = RootSeries {
    hi: 6.427047744050369,
    lo: -1.8747970603033628e-16,
    coefficients: &[
        0.15398510704680263,
        -0.023132846519656188,
        -0.023264653915539456,
        0.0036443020697730227,
        0.0008295885628521882,
        -0.00013854638549792376,
        -1.2075369776040324e-05,
        2.1972250893610022e-06,
        1.2045580925004704e-07,
        -2.3014960590732906e-08,
        -6.022391098336467e-10,
        1.3246450779281715e-10,
        5.703481861625087e-12,
        -1.0799069255236072e-12,
        3.9068724345598934e-14,
        -4.6327257558913495e-15,
    ],
};
/// Taylor series of `Ci` about a zero above 4 (from `xtask/golden/special/fit_ci_zeros.py`).
const CI4_ROOT: RootSeries = RootSeries {
    hi: 9.525575457580667,
    lo: -5.023806348878734e-16,
    coefficients: &[
        -0.10444767735804976,
        0.01076441920679477,
        0.016654576573961678,
        -0.0017514658194802033,
        -0.0007233014574420192,
        7.794917983208409e-05,
        1.3709619903196363e-05,
        -1.5213384495444486e-06,
        -1.4586453372367431e-07,
        1.669276112702394e-08,
        1.023530006314165e-09,
        -1.205504247713187e-10,
        -5.091346303371974e-12,
        6.174896495832098e-13,
        1.9370081964731384e-14,
        -2.411286509547785e-15,
    ],
};

/// The sine and cosine integrals of [`sici`], with SciPy's names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SiCi {
    /// `Si(x) = ∫_0^x sin(t)/t dt`.
    pub si: f64,
    /// `Ci(x) = gamma + ln x + ∫_0^x (cos t - 1)/t dt` (for `x < 0`, the real part `Ci(|x|)`).
    pub ci: f64,
}

/// Series of `Si` and `Ci` for `0 < x <= 4`.
fn series(x: f64) -> (f64, f64) {
    let x2 = x * x;
    // Si = sum (-1)^k x^{2k+1} / ((2k+1)(2k+1)!), Ci - gamma - ln x = sum_{k>=1} (-1)^k x^{2k} / (2k (2k)!).
    let mut si = x;
    let mut term = x; // (-1)^k x^{2k+1} / (2k+1)!
    let mut cin = 0.0;
    let mut cterm = 1.0; // (-1)^k x^{2k} / (2k)!
    for k in 1..40 {
        let kf = f64::from(k);
        cterm *= -x2 / ((2.0 * kf - 1.0) * (2.0 * kf));
        term *= -x2 / ((2.0 * kf) * (2.0 * kf + 1.0));
        let ct = cterm / (2.0 * kf);
        let st = term / (2.0 * kf + 1.0);
        cin += ct;
        si += st;
        if ct.abs() < 1e-17 * cin.abs() && st.abs() < 1e-17 * si.abs() {
            break;
        }
    }
    (si, EULER + x.ln() + cin)
}

/// Euler's constant in double-double.
const EULER_DD: DoubleDouble =
    DoubleDouble::new(0.577_215_664_901_532_9, -4.942_915_152_430_645e-18);

/// Up to here `Ci` is summed by [`ci_series_dd`] (its largest term, about `e^x / sqrt x`,
/// stays within the double-double's reach); the continued fraction's rounding over its many
/// steps costs up to ~30 ULP below it.
const DD_SERIES_LIMIT: f64 = 20.0;

/// `Ci(x)` for `2 < x <= 20` from the series of [`series`] in double-double: there
/// `gamma + ln x` and the alternating sum (whose largest term grows like `e^x / sqrt x`) cancel
/// to `|Ci| <= 0.2`, which would cost from tens of ULP to all digits in `f64`.
fn ci_series_dd(x: f64) -> f64 {
    let x2 = DoubleDouble::product(x, x);
    let mut term = DoubleDouble::from_f64(1.0); // (-1)^k x^{2k} / (2k)!
    let mut sum = DoubleDouble::from_f64(0.0);
    for k in 1..80 {
        let kf = f64::from(k);
        term = -(term * x2) / ((2.0 * kf - 1.0) * (2.0 * kf));
        let ct = term / (2.0 * kf);
        sum = sum + ct;
        if ct.hi.abs() < 1e-20 * sum.hi.abs() {
            break;
        }
    }
    (EULER_DD + ln_dd(x) + sum).to_f64()
}

/// `E1(i x) = e^{-ix} / (1 + ix - 1/(3 + ix - 4/(5 + ix - ...)))` for `x > 4`, by the modified
/// Lentz method; returns `(Si, Ci)` from `E1(ix) = -Ci(x) + i (Si(x) - pi/2)`.
fn fraction(x: f64) -> (f64, f64) {
    let (s, co) = x.sin_cos();
    if x > 1e8 {
        // The auxiliary functions f ~ 1/x - 2/x³, g ~ 1/x² - 6/x⁴ (DLMF 6.12.3, 6.12.4), exact
        // to double precision here; Ci = f sin x - g cos x, Si = pi/2 - f cos x - g sin x.
        let r = 1.0 / x;
        let r2 = r * r;
        let f = r * (1.0 - 2.0 * r2);
        let g = r2 * (1.0 - 6.0 * r2);
        return (std::f64::consts::FRAC_PI_2 - f * co - g * s, f * s - g * co);
    }
    let tiny = 1e-300;
    let mut b = Complex64::new(1.0, x);
    let mut c = Complex64::new(1.0 / tiny, 0.0);
    let mut d = 1.0 / b;
    let mut h = d;
    for i in 1..1000 {
        let fi = f64::from(i);
        let a = -fi * fi;
        b += 2.0;
        d = 1.0 / (d * a + b);
        c = b + a / c;
        let delta = c * d;
        h *= delta;
        if (delta.re - 1.0).abs() + delta.im.abs() < 1e-16 {
            break;
        }
    }
    let e1 = h * Complex64::new(co, -s);
    (std::f64::consts::FRAC_PI_2 + e1.im, -e1.re)
}

/// The sine and cosine integrals `Si(x)` and `Ci(x)`.
///
/// As SciPy: `Si` is odd; for `x < 0` the result's `ci` is the real part of `Ci(x)`, which is
/// `Ci(|x|)`; `sici(0) = (0, -inf)`, `sici(±inf) = (±pi/2, 0)` (`ci` NaN at `-inf`). Power series
/// for `|x| <= 4` (for `Ci` above 2 and up to 20 in double-double), Taylor series about the
/// zeros of `Ci` at 0.6165, 3.3842, 6.4270 and 9.5256, and the continued fraction of `E1(ix)`
/// above.
///
/// # Accuracy
///
/// On 1000 points with `|x|` in `[1e-300, 1e10]`, both signs, near the first four zeros of
/// `Ci`, against mpmath: `si` at most 3 ULP (SciPy: 3); `ci` at most 9 ULP (SciPy: 1.1e12,
/// next to the zeros), median 0 ULP. Next to the zeros beyond the fourth, `f sin x - g cos x`
/// cancels and `ci` keeps only its absolute accuracy (about `1e-17 / x`).
///
/// # Examples
///
/// ```
/// use sci_special::sici;
/// let r = sici(1.0);
/// assert!((r.si - 0.946_083_070_367_183_1).abs() < 1e-15);
/// assert!((r.ci - 0.337_403_922_900_968_1).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 6.2.9, 6.2.11, 6.6.5, 6.6.6, 6.5.1.
/// - SciPy: `scipy.special.sici`.
pub fn sici(x: f64) -> SiCi {
    if x.is_nan() {
        return SiCi {
            si: f64::NAN,
            ci: f64::NAN,
        };
    }
    if x == 0.0 {
        return SiCi {
            si: x,
            ci: f64::NEG_INFINITY,
        };
    }
    if x.is_infinite() {
        return SiCi {
            si: std::f64::consts::FRAC_PI_2.copysign(x),
            ci: if x > 0.0 { 0.0 } else { f64::NAN },
        };
    }
    let a = x.abs();
    let (si, ci) = if a <= 4.0 {
        let (si, ci) = series(a);
        let ci = if CI1_ROOT.near(a, 0.1) {
            CI1_ROOT.eval(a)
        } else if CI2_ROOT.near(a, 0.3) {
            CI2_ROOT.eval(a)
        } else if a > 2.0 {
            ci_series_dd(a)
        } else {
            ci
        };
        (si, ci)
    } else {
        let (si, ci) = fraction(a);
        let ci = if CI2_ROOT.near(a, 0.3) {
            CI2_ROOT.eval(a)
        } else if CI3_ROOT.near(a, 0.3) {
            CI3_ROOT.eval(a)
        } else if CI4_ROOT.near(a, 0.3) {
            CI4_ROOT.eval(a)
        } else if a <= DD_SERIES_LIMIT {
            ci_series_dd(a)
        } else {
            ci
        };
        (si, ci)
    };
    SiCi {
        si: si.copysign(x),
        ci,
    }
}
