//! Airy functions `airy`, `airye` and their zeros `ai_zeros`, `bi_zeros`.
//!
//! - `maclaurin`: the power series in double-double arithmetic, for `-13 <= x <= 10`;
//! - `asymptotic`: the large-argument expansions, beyond;
//! - `zeros`: the zeros of `Ai`, `Ai'`, `Bi`, `Bi'` by asymptotic starts and Newton's method.

mod asymptotic;
mod maclaurin;
mod zeros;

pub use zeros::{AiZeros, BiZeros, ai_zeros, bi_zeros};

use crate::numeric::DoubleDouble;

/// The Airy functions and their derivatives at one point, as SciPy's `airy` returns them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Airy {
    /// `Ai(x)`.
    pub ai: f64,
    /// `Ai'(x)`.
    pub aip: f64,
    /// `Bi(x)`.
    pub bi: f64,
    /// `Bi'(x)`.
    pub bip: f64,
}

impl Airy {
    fn from_array([ai, aip, bi, bip]: [f64; 4]) -> Airy {
        Airy { ai, aip, bi, bip }
    }

    fn nan() -> Airy {
        Airy::from_array([f64::NAN; 4])
    }
}

/// Beyond this `|x|` on the negative axis the phase `2/3 |x|^(3/2)` of the oscillations is
/// no longer resolved by double-double arithmetic (its error would exceed 1e-13 rad): NaN.
const NEGATIVE_LIMIT: f64 = -1e12;

/// Where the Maclaurin series stops on the negative axis (its terms reach `exp(zeta)`,
/// 2^45 at `x = -13`, well inside double-double's 106 bits) ...
const SERIES_LIMIT_NEGATIVE: f64 = -13.0;
/// ... for `Bi`, `Bi'` on the positive axis ...
const SERIES_LIMIT: f64 = 10.0;
/// ... and where it stops for `Ai`, `Ai'` on the positive axis (the two halves of the series
/// cancel to `exp(-4/3 x^(3/2))`).
const SERIES_LIMIT_AI: f64 = 8.75;

/// `value * exp(sign * zeta)` without premature overflow or underflow: `zeta` is a
/// double-double, its low part applied to first order.
fn times_exp(value: f64, zeta: DoubleDouble, sign: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let correction = 1.0 + sign * zeta.lo;
    if zeta.hi < 700.0 {
        value * (sign * zeta.hi).exp() * correction
    } else {
        // Fold the value's magnitude into the exponent; ln has a tiny absolute error here.
        let magnitude = (sign * zeta.hi + value.abs().ln()).exp() * correction;
        magnitude.copysign(value)
    }
}

/// Airy functions of the first and second kind and their derivatives: `Ai(x)`, `Ai'(x)`,
/// `Bi(x)`, `Bi'(x)`.
///
/// `Ai` and `Bi` are the solutions of `y'' = x y` with `Ai` decaying and `Bi` growing as
/// `x -> +inf`; both oscillate on the negative axis. The Maclaurin series
/// (for `-13 <= x <= 10`) is summed in double-double arithmetic (so the values stay accurate next to the zeros on the
/// negative axis, and through the cancellation of `Ai` for positive `x`); beyond, the
/// asymptotic expansions with the exponent and phase `2/3 |x|^(3/2)` in double-double.
/// `Ai`, `Ai'` underflow to 0 past `x ~ 104`, `Bi`, `Bi'` overflow to `inf`; for
/// `x < -1e12` (where the phase cannot be resolved) and for `x = ±inf` or NaN the parts are
/// NaN, as SciPy gives NaN there.
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) on 1367 points of `-1e8 <= x <= 110` (uniform on
/// `[-10, 10]`, log-spaced magnitudes, and points within 1e-9 relative of the first 40 zeros
/// of `Ai` and `Bi`): max 2.4e9 ULP (`ai`), 6.4e6 (`aip`), 3.9e9 (`bi`), 4.8e6 (`bip`), all at
/// points next to zeros on the negative axis, where a relative error is unbounded for any
/// double-precision method (SciPy's maxima on the same points: 1.5e15, 1.2e16, 5.7e11,
/// 1.1e11 ULP, and NaN below about `-1e10`). For `x >= 0` the errors are at most 4 ULP.
/// # Examples
///
/// ```
/// use sci_special::airy;
///
/// let r = airy(1.0);
/// assert!((r.ai - 0.135_292_416_312_881_42).abs() < 1e-16);
/// assert!((r.bip - 0.932_435_933_392_775_8).abs() < 1e-15);
/// // The Wronskian Ai Bi' - Ai' Bi = 1/pi.
/// let w = r.ai * r.bip - r.aip * r.bi;
/// assert!((w - std::f64::consts::FRAC_1_PI).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF §9.4 (Maclaurin series), §9.7 (asymptotic expansions), <https://dlmf.nist.gov/9>.
/// - SciPy, `scipy.special.airy`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.airy.html>.
pub fn airy(x: f64) -> Airy {
    if !x.is_finite() || x < NEGATIVE_LIMIT {
        return Airy::nan();
    }
    if x <= SERIES_LIMIT_NEGATIVE {
        return Airy::from_array(asymptotic::airy_negative(x));
    }
    let series = (x <= SERIES_LIMIT).then(|| maclaurin::airy_series(x));
    if x <= SERIES_LIMIT_AI
        && let Some(values) = series
    {
        return Airy::from_array(values);
    }
    let ([eai, eaip, ebi, ebip], z) = asymptotic::airy_positive_scaled(x);
    let (bi, bip) = match series {
        Some([_, _, bi, bip]) => (bi, bip),
        None => (times_exp(ebi, z, 1.0), times_exp(ebip, z, 1.0)),
    };
    Airy {
        ai: times_exp(eai, z, -1.0),
        aip: times_exp(eaip, z, -1.0),
        bi,
        bip,
    }
}

/// Exponentially scaled Airy functions, as SciPy's `airye` for real `x`:
/// `Ai(x) e^zeta`, `Ai'(x) e^zeta`, `Bi(x) e^-zeta`, `Bi'(x) e^-zeta` with
/// `zeta = 2/3 x^(3/2)`, for `x >= 0`.
///
/// For `x < 0` SciPy's real `airye` gives NaN for the `Ai` parts and the unscaled `Bi`, `Bi'`
/// (the scaling factor `exp(-|Re zeta|)` is 1 there); sci returns the same. The scaled values
/// stay finite for every finite `x >= 0` (they decay like `x^(-1/4)` or grow like `x^(1/4)`).
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) on 1005 points of `0 <= x <= 1e200` (and 200 more points
/// of `[-1e3, 0)` for the `Bi` parts): max 4 ULP (`ai`), 3 (`aip`), 4 (`bi`), 24 (`bip`, at
/// `x = -589`). SciPy 1.17.1 returns NaN for `x` above about 1e7 (about half of these points)
/// and has up to 1.5e5 ULP below.
/// # Examples
///
/// ```
/// use sci_special::{airy, airye};
///
/// let x = 2.0f64;
/// let zeta = 2.0 / 3.0 * x.powf(1.5);
/// let (plain, scaled) = (airy(x), airye(x));
/// assert!((scaled.ai - plain.ai * zeta.exp()).abs() < 1e-15);
/// assert!((scaled.bi - plain.bi * (-zeta).exp()).abs() < 1e-15);
/// // Large arguments: Ai(x) e^zeta ~ x^(-1/4) / (2 sqrt(pi)).
/// let big = airye(1e12);
/// assert!((big.ai - 1e-3 / (2.0 * std::f64::consts::PI.sqrt())).abs() < 1e-16);
/// assert!(airye(-1.0).ai.is_nan());
/// ```
///
/// # References
///
/// - DLMF §9.7, <https://dlmf.nist.gov/9.7>.
/// - SciPy, `scipy.special.airye`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.airye.html>.
pub fn airye(x: f64) -> Airy {
    if !x.is_finite() || x < NEGATIVE_LIMIT {
        return Airy::nan();
    }
    if x < 0.0 {
        let plain = airy(x);
        return Airy {
            ai: f64::NAN,
            aip: f64::NAN,
            ..plain
        };
    }
    if x <= SERIES_LIMIT_AI {
        let [ai, aip, bi, bip] = maclaurin::airy_series(x);
        let z = asymptotic::zeta(x);
        return Airy {
            ai: times_exp(ai, z, 1.0),
            aip: times_exp(aip, z, 1.0),
            bi: times_exp(bi, z, -1.0),
            bip: times_exp(bip, z, -1.0),
        };
    }
    let ([eai, eaip, ebi, ebip], z) = asymptotic::airy_positive_scaled(x);
    if x <= SERIES_LIMIT {
        let [_, _, bi, bip] = maclaurin::airy_series(x);
        return Airy {
            ai: eai,
            aip: eaip,
            bi: times_exp(bi, z, -1.0),
            bip: times_exp(bip, z, -1.0),
        };
    }
    Airy {
        ai: eai,
        aip: eaip,
        bi: ebi,
        bip: ebip,
    }
}
