//! The principal branch of the logarithm of the gamma function of a complex argument,
//! `complex::loggamma`.
//!
//! `loggamma(z)` is the analytic function on the plane cut along `(-inf, 0]` that is real on
//! the positive axis (DLMF 5.4; Hare, "Computing the principal branch of log-Gamma", J.
//! Algorithms 25, 1997). Its imaginary part is continuous except across the negative real axis,
//! and `loggamma(conj z) = conj loggamma(z)`; the work is done for `Im z >= 0`.
//!
//! Algorithm, for `z = x + iy`, `y >= 0`:
//!
//! - the real axis: `gammaln(x)` for `x > 0`; for `x < 0` the limit from above,
//!   `gammaln(x) - i pi ceil(-x)`;
//! - `|z - 1| < 1/2`: the Taylor series `ln Gamma(1 + w) = -euler w + sum_k (-1)^k zeta(k) w^k / k`
//!   (DLMF 5.7.3), so the zero at 1 keeps its relative accuracy;
//! - `x < 10`, `y <= 3/2`: the reduction `z = k + w` with `k = round(x)` and the series
//!   `ln Gamma(2 + w) = (1 - euler) w + sum_k (-1)^k (zeta(k) - 1) w^k / k` (radius 2), which
//!   keeps the zero at 2 accurate; the recurrence `ln Gamma(z + 1) = ln Gamma(z) + Log z` moves
//!   from `2 + w` to `z`;
//! - `x >= 10` or `|z| >= 12` (with `x >= 1/2`): Stirling's series (DLMF 5.11.1) with the
//!   principal logarithm; other `x >= 1/2`: Stirling at `z + n`, `Re(z + n) >= 10`, minus
//!   `Log(z (z + 1) ... (z + n - 1))`;
//! - `x < 1/2`: the reflection formula `ln Gamma(z) = ln pi - Log sin(pi z) - ln Gamma(1 - z) +
//!   2 pi i floor(x / 2 + 1/4)`, the last term restoring the branch of `Log sin(pi z)` (it
//!   jumps where `sin(pi z)` crosses the negative real axis, on the lines `x = 2j - 1/2`).
//!
//! The products of the recurrence are formed in double-double complex arithmetic, one factor
//! at a time, counting the turns of the running product around the origin (each factor has
//! an argument in `[0, pi/2)`, so the product crosses the negative real axis exactly when its
//! imaginary part turns negative): the sum of the principal logarithms is then `Log` of the
//! product plus `2 pi i` times the turns.

use std::f64::consts::PI;

use sci_core::Complex64;

use super::log_gamma::gammaln;
use super::real_gamma::is_nonpositive_integer;
use super::stirling::{HALF_LN_2PI, STIRLING};
use crate::numeric::DoubleDouble as Dd;
use crate::numeric::{cospi, sinpi};

/// `(-1)^k zeta(k) / k` for k = 56 down to 2 (mpmath, 40 digits): `ln Gamma(1 + w)` on
/// `|w| < 1/2`, truncation error below `1e-18`.
const AT_ONE: [f64; 55] = [
    0.017857142857142856,
    -0.01818181818181818,
    0.01851851851851852,
    -0.01886792452830189,
    0.019230769230769235,
    -0.019607843137254912,
    0.020000000000000018,
    -0.02040816326530616,
    0.02083333333333341,
    -0.021276595744681003,
    0.021739130434782917,
    -0.022222222222222855,
    0.02272727272727402,
    -0.023255813953491015,
    0.023809523809529224,
    -0.024390243902450117,
    0.025000000000022737,
    -0.025641025641072283,
    0.02631578947377995,
    -0.027027027027223673,
    0.027777777778181998,
    -0.02857142857226011,
    0.029411764707594344,
    -0.030303030306558044,
    0.03125000000727597,
    -0.03225806453115042,
    0.03333333336437758,
    -0.034482758684919304,
    0.035714285847333355,
    -0.037037037312989324,
    0.03846153903467518,
    -0.04000000119214014,
    0.04166666915034121,
    -0.04347826605304026,
    0.04545455629320467,
    -0.047619070330142226,
    0.05000004769810169,
    -0.05263167937961666,
    0.055555767627403614,
    -0.058823978658684585,
    0.06250095514121304,
    -0.06666870588242046,
    0.07143294629536133,
    -0.0769325164113522,
    0.083353840546109,
    -0.09095401714582904,
    0.1000994575127818,
    -0.11133426586956469,
    0.12550966952474304,
    -0.1440498967688461,
    0.1695571769974082,
    -0.20738555102867398,
    0.27058080842778454,
    -0.40068563438653143,
    0.8224670334241132,
];

/// `(-1)^k (zeta(k) - 1) / k` for k = 150 down to 2 (mpmath): `ln Gamma(2 + w)` on
/// `|w| <= 1.59`, truncation error below `1e-18` (the terms decay like `(|w| / 2)^k / k`).
const AT_TWO: [f64; 149] = [
    4.670994881082724e-48,
    -9.404687680032329e-48,
    1.893646573411915e-47,
    -3.813057045781815e-47,
    7.678347749725025e-47,
    -1.5462603744273843e-46,
    3.1139965873884822e-46,
    -6.27154557460058e-46,
    1.2631422777012436e-45,
    -2.5442014671429302e-45,
    5.1247486695307594e-45,
    -1.032323472999002e-44,
    2.0796081557516126e-44,
    -4.1895755546528836e-44,
    8.440762514521251e-44,
    -1.7006573362590966e-43,
    3.426697617835493e-43,
    -6.9049245231572336e-43,
    1.3914469114847154e-42,
    -2.804137287266907e-42,
    5.651415148184075e-42,
    -1.1390449135874879e-41,
    2.2958874039497803e-41,
    -4.627930515048376e-41,
    9.329320244621329e-41,
    -1.88079096131566e-40,
    3.791917260717056e-40,
    -7.645491712665285e-40,
    1.5416319355046394e-39,
    -3.108745390604397e-39,
    6.269303204385533e-39,
    -1.2643972849180907e-38,
    2.5502250322924203e-38,
    -5.144043654880438e-38,
    1.0376777717603641e-37,
    -2.093402113464387e-37,
    4.22353057979657e-37,
    -8.521813913217858e-37,
    1.7195803074886033e-36,
    -3.4701440439409655e-36,
    7.003381615953585e-36,
    -1.4135265646878796e-35,
    2.853229547240349e-35,
    -5.75979048788706e-35,
    1.1628256267998405e-34,
    -2.3478003131577734e-34,
    4.740750632337812e-34,
    -9.573554675012278e-34,
    1.9334826108358132e-33,
    -3.905252006044613e-33,
    7.888609052210118e-33,
    -1.5936583943858826e-32,
    3.219840429473518e-32,
    -6.506069321410407e-32,
    1.314768175368353e-31,
    -2.6572156807444608e-31,
    5.370967865334548e-31,
    -1.085744041594511e-30,
    2.195091214528033e-30,
    -4.438426192012726e-30,
    8.975484077181292e-30,
    -1.8152664425759917e-29,
    3.6717889406650744e-29,
    -7.427986822494864e-29,
    1.5028717524582636e-28,
    -3.0411051932096637e-28,
    6.154617652924323e-28,
    -1.2457539345678157e-27,
    2.5218921114421666e-27,
    -5.106053163907606e-27,
    1.0339757656912931e-26,
    -2.0941281330456655e-26,
    4.2419518592463737e-26,
    -8.59408428626546e-26,
    1.7414328685327618e-25,
    -3.5293039468931373e-25,
    7.15399448694577e-25,
    -1.4503988822849635e-24,
    2.9410866224113817e-24,
    -5.96502075531385e-24,
    1.210047067506714e-23,
    -2.4551679630576798e-23,
    4.982546748559995e-23,
    -1.0113826235888342e-22,
    2.0534132054698733e-22,
    -4.1700083557284137e-22,
    8.47032947258851e-22,
    -1.7209558293559386e-21,
    3.4974263628987415e-21,
    -7.109522442656805e-21,
    1.4456028966866556e-20,
    -2.9402092814365703e-20,
    5.981805089941246e-20,
    -1.2173498078147637e-19,
    2.4781763945937917e-19,
    -5.046468294792953e-19,
    1.0279842823787928e-18,
    -2.0947604247944643e-18,
    4.270088559227004e-18,
    -8.70763157479179e-18,
    1.7763568421861633e-17,
    -3.625218048120654e-17,
    7.40148685695232e-17,
    -1.5117930628108198e-16,
    3.089316266963393e-16,
    -6.315935504198448e-16,
    1.2918959062789966e-15,
    -2.643880017860995e-15,
    5.413659156725363e-15,
    -1.1091399470834522e-14,
    2.2737369600659724e-14,
    -4.6640760264283744e-14,
    9.573630387838556e-14,
    -1.9664756310966165e-13,
    4.04220052528944e-13,
    -8.315385841420285e-13,
    1.711991790559618e-12,
    -3.527742476575915e-12,
    7.275974480239079e-12,
    -1.5021384080754142e-11,
    3.1044247747322276e-11,
    -6.4229645638381e-11,
    1.330476437424449e-10,
    -2.7595228851242334e-10,
    5.731367241678862e-10,
    -1.1921401405860912e-09,
    2.4836745438024785e-09,
    -5.183475041970047e-09,
    1.0838659214896955e-08,
    -2.2711094608943164e-08,
    4.7698101693639804e-08,
    -1.0043224823968099e-07,
    2.1207184805554665e-07,
    -4.492469198764566e-07,
    9.55141213040742e-07,
    -2.039215753801366e-06,
    4.374866789907488e-06,
    -9.439488275268397e-06,
    2.050721277567069e-05,
    -4.492623673813314e-05,
    9.945751278180853e-05,
    -0.00022315475845357939,
    0.0005096695247430425,
    -0.001192753911703261,
    0.0028905103307415234,
    -0.007385551028673986,
    0.020580808427784546,
    -0.0673523010531981,
    0.3224670334241132,
];

/// Euler's constant.
const EULER: f64 = 0.577_215_664_901_532_860_606_512_1;
/// `1 - euler`.
const ONE_MINUS_EULER: f64 = 0.422_784_335_098_467_139_393_487_9;
/// `ln pi`.
const LN_PI: f64 = 1.144_729_885_849_400_174_143_427_4;

/// Horner's rule with real coefficients (highest degree first) at a complex point.
fn horner(w: Complex64, coefficients: &[f64]) -> Complex64 {
    coefficients
        .iter()
        .fold(Complex64::new(0.0, 0.0), |acc, &c| acc * w + c)
}

/// `ln Gamma(1 + w)` for `|w| < 1/2`.
fn taylor_at_one(w: Complex64) -> Complex64 {
    w * (horner(w, &AT_ONE) * w - EULER)
}

/// `ln Gamma(2 + w)` for `|w| <= 1.59`.
fn taylor_at_two(w: Complex64) -> Complex64 {
    w * (horner(w, &AT_TWO) * w + ONE_MINUS_EULER)
}

/// Stirling's series for `ln Gamma(z)`, `Re z > 0`, `|z| >= 10`.
fn stirling(z: Complex64) -> Complex64 {
    let r = z.inv();
    let r = if r.is_finite() {
        r
    } else {
        Complex64::new(0.0, 0.0)
    };
    let series = r * horner(r * r, &STIRLING);
    (z - 0.5) * z.ln() - z + HALF_LN_2PI + series
}

/// `sum_j Log(a_j + i y)` for `y > 0` and positive real parts `a_j` (exact double-doubles),
/// with `|prod (a_j + i y)|` between `1e-300` and `1e300`.
fn log_product(y: f64, reals: impl Iterator<Item = Dd>) -> Complex64 {
    let mut re = Dd::from_f64(1.0);
    let mut im = Dd::from_f64(0.0);
    let mut turns = 0.0;
    for a in reals {
        let next_re = re * a - im * y;
        let next_im = re * y + im * a;
        if im.hi >= 0.0 && next_im.hi < 0.0 {
            turns += 1.0;
        }
        re = next_re;
        im = next_im;
    }
    let norm2 = re * re + im * im;
    let ln_abs = 0.5 * (norm2.hi.ln() + norm2.lo / norm2.hi);
    Complex64::new(ln_abs, im.hi.atan2(re.hi) + 2.0 * PI * turns)
}

/// `Log sin(pi z)` (principal) for `y > 0`.
fn log_sin_pi(x: f64, y: f64) -> Complex64 {
    let (s, c) = (sinpi(x), cospi(x));
    if y > 20.0 {
        // sin(pi z) = (e^(pi y) / 2) (sin(pi x) + i cos(pi x)) (1 + O(e^(-2 pi y))).
        return Complex64::new(PI * y - std::f64::consts::LN_2, c.atan2(s));
    }
    let t = PI * y;
    let (re, im) = (s * t.cosh(), c * t.sinh());
    Complex64::new(re.hypot(im).ln(), im.atan2(re))
}

/// `ln Gamma(z)` for `x >= 1/2`, `y > 0`.
fn right_half(x: f64, y: f64) -> Complex64 {
    let z = Complex64::new(x, y);
    // x - 1 is exact for x in [1/2, 2].
    let w1 = Complex64::new(x - 1.0, y);
    if w1.norm() < 0.5 {
        return taylor_at_one(w1);
    }
    if x < 10.0 && y <= 1.5 {
        // z = k + w, k = round(x) >= 1, |w| <= 1.59; x - k is exact.
        let k = x.round();
        let wr = x - k;
        let lg2 = taylor_at_two(Complex64::new(wr, y));
        if k == 1.0 {
            return lg2 - z.ln();
        }
        // ln Gamma(k + w) = ln Gamma(2 + w) + sum_{j=2}^{k-1} Log(j + w).
        let top = k as i32;
        return lg2
            + log_product(
                y,
                (2..top).map(|j| Dd::from_f64(f64::from(j)) + Dd::from_f64(wr)),
            );
    }
    if x >= 10.0 || x.hypot(y) >= 12.0 {
        return stirling(z);
    }
    // ln Gamma(z) = ln Gamma(z + n) - sum_{k<n} Log(z + k), Re(z + n) >= 10.
    let n = (10.0 - x).ceil();
    let shifted = Dd::from_f64(x) + Dd::from_f64(n);
    let big = Complex64::new(shifted.hi, y);
    // The rounding of x + n, to first order: psi(z + n) ~ Log(z + n).
    let top = stirling(big) + big.ln() * shifted.lo;
    let count = n as i32;
    top - log_product(
        y,
        (0..count).map(|k| Dd::from_f64(x) + Dd::from_f64(f64::from(k))),
    )
}

/// `ln Gamma(z)` for finite `z = x + iy` with `y >= 0` (+0 is the upper side of the cut).
fn upper_half(x: f64, y: f64) -> Complex64 {
    if y == 0.0 {
        if x > 0.0 {
            return Complex64::new(gammaln(x), 0.0);
        }
        if is_nonpositive_integer(x) {
            return Complex64::new(f64::NAN, f64::NAN);
        }
        // The limit from above: Im = -pi (number of factors x, x + 1, ... that are negative).
        let arg_sin = (cospi(x) * 0.0).atan2(sinpi(x));
        let im = -arg_sin + 2.0 * PI * (0.5 * x + 0.25).floor();
        return Complex64::new(gammaln(x), im);
    }
    if x >= 0.5 {
        return right_half(x, y);
    }
    // Reflection: 1 - z has real part above 1/2 and imaginary part -y.
    let reflected = right_half(1.0 - x, y).conj();
    let turns = (0.5 * x + 0.25).floor();
    Complex64::new(LN_PI, 2.0 * PI * turns) - log_sin_pi(x, y) - reflected
}

/// The principal branch of the logarithm of the gamma function, for a complex argument.
///
/// `loggamma(z)` is analytic on the plane cut along the negative real axis and real for
/// `z > 0`; it is not `ln(gamma(z))` (whose imaginary part wraps at every turn of
/// `Gamma(z)`) but the continuous logarithm, with `exp(loggamma(z)) = Gamma(z)`. Its imaginary
/// part is continuous except across the negative real axis; `loggamma(conj z) = conj
/// loggamma(z)`. On the cut, the sign of `Im z` picks the side: `x + 0i` is the limit from
/// above (`loggamma(-2.5 + 0i) = -0.0562... - 3 pi i`), `x - 0i` from below.
///
/// SciPy's edge values: NaN + NaN i at the poles (0 and the negative integers), at NaN
/// arguments and when `Re z` is infinite; for infinite `Im z`, `-inf + NaN i` when
/// `Re z < 0.1` and NaN + NaN i otherwise; results overflow to infinities for
/// `|z|` near `f64::MAX`.
///
/// # Accuracy
///
/// Norm-wise `|sci - ref| / (eps |ref|)` at most 9 against mpmath on `|z| < 1e300` (1325
/// points: both half-planes, log-spaced magnitudes, dense near the zeros 1 and 2 and near both
/// sides of the negative real axis; SciPy: 64 on the same points). The larger errors are at
/// `|z| < 4`, `3/2 < |Im z| < 3`, where Stirling's series is summed at `z + n` and
/// `|ln Gamma(z)|` is about 1; elsewhere the error is a few units: see
/// `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::complex::loggamma;
/// use sci_core::Complex64;
///
/// // Gamma(i) = -0.1549 - 0.4980 i; loggamma(i) is its principal logarithm here.
/// let v = loggamma(Complex64::new(0.0, 1.0));
/// let g = v.exp();
/// assert!((g - Complex64::new(-0.154_949_828_301_810_7, -0.498_015_668_118_356)).norm() < 1e-15);
/// // The real form agrees on the positive axis.
/// let x = loggamma(Complex64::new(4.5, 0.0));
/// assert!((x.re - sci_special::gammaln(4.5)).abs() < 1e-15 && x.im == 0.0);
/// ```
///
/// # References
///
/// - DLMF 5.4, 5.5.1, 5.5.3, 5.7.3, 5.11.1: <https://dlmf.nist.gov/5>
/// - D. E. G. Hare, "Computing the principal branch of log-Gamma", J. Algorithms 25 (1997).
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.loggamma.html>
pub fn loggamma(z: Complex64) -> Complex64 {
    let (x, y) = (z.re, z.im);
    if x.is_nan() || y.is_nan() || x.is_infinite() {
        return Complex64::new(f64::NAN, f64::NAN);
    }
    if y.is_infinite() {
        let re = if x < 0.1 { f64::NEG_INFINITY } else { f64::NAN };
        return Complex64::new(re, f64::NAN);
    }
    let v = upper_half(x, y.abs());
    if y.is_sign_negative() { v.conj() } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_and_stirling_agree_where_they_meet() {
        // Near the edge of the Taylor disc at 1, the series at 2 and Stirling with the
        // recurrence must give the same value.
        let w = Complex64::new(-0.3, 0.39);
        let a = taylor_at_one(w);
        let b = taylor_at_two(w) - (w + 1.0).ln();
        assert!((a - b).norm() < 1e-15 * a.norm(), "{a} {b}");
        let z = Complex64::new(1.7, 0.6);
        let c = taylor_at_two(z - 2.0);
        let n = 9.0;
        let mut p = Complex64::new(0.0, 0.0);
        for k in 0..9 {
            p += (z + f64::from(k)).ln();
        }
        let d = stirling(z + n) - p;
        assert!((c - d).norm() < 1e-14 * c.norm(), "{c} {d}");
    }

    #[test]
    fn turns_are_counted() {
        // Im loggamma(x + i y) for small y > 0 and x in (-3, -2) is close to -3 pi.
        let v = loggamma(Complex64::new(-2.5, 1e-12));
        assert!((v.im + 3.0 * PI).abs() < 1e-9, "{v}");
        // Far up the imaginary axis Im loggamma(iy) ~ y ln y - y - pi/4 (mod nothing).
        let y = 50.0f64;
        let v = loggamma(Complex64::new(0.0, y));
        let expected = y * y.ln() - y - PI / 4.0;
        assert!((v.im - expected).abs() < 1e-2, "{v} {expected}");
    }
}
