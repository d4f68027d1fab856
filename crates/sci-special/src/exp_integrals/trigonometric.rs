//! The sine and cosine integrals `Si(x)`, `Ci(x)`: power series for `|x| <= 4` (DLMF 6.6.5,
//! 6.6.6), Taylor series about the first two zeros of `Ci` (`roots`), and for `|x| > 4` the
//! continued fraction of `E1(ix)` (DLMF 6.5.1 with 8.19.17), whose real and imaginary parts
//! give `Ci` and `pi/2 - Si`.

use sci_core::Complex64;

use super::EULER;
use super::roots::{CI1_ROOT, CI2_ROOT};

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
/// for `|x| <= 4`, Taylor series about the zeros of `Ci` at 0.6165 and 3.3842, and the
/// continued fraction of `E1(ix)` above.
///
/// # Accuracy
///
/// On 1000 points with `|x|` in `[1e-300, 1e10]`, both signs, near the first four zeros of
/// `Ci`, against mpmath: `si` at most 3 ULP (SciPy: 3); `ci` at most 1.2e12 ULP (SciPy:
/// 1.1e12), reached within `1e-12` of the third zero 6.427 where `f sin x - g cos x` cancels
/// (the first two zeros use Taylor series and are accurate); median 1 ULP.
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
        } else {
            ci
        };
        (si, ci)
    } else {
        let (si, ci) = fraction(a);
        let ci = if CI2_ROOT.near(a, 0.3) {
            CI2_ROOT.eval(a)
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
