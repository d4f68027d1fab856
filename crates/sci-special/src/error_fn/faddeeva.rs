//! The Faddeeva function `w(z) = exp(-z^2) erfc(-i z)` of a complex argument, from which the
//! complex error functions are built.
//!
//! Algorithm, for `Im z >= 0` (the lower half-plane by `w(z) = 2 exp(-z^2) - w(-z)`):
//!
//! - `|z| < 8`: the trapezoidal rule for `w(z) = (i/pi) integral exp(-t^2) / (z - t) dt` with
//!   step `h = 0.45`, nodes `t = n h` or `t = (n + 1/2) h` (whichever grid keeps `Re z`
//!   farthest from its nodes), plus the residue of the pole at `t = z` that the rule misses:
//!   `2 exp(-z^2) q / (q -/+ 1)`, `q = exp(2 pi i z / h)` (Chiarella & Reichel 1968; Weideman
//!   & Trefethen, *The exponentially convergent trapezoidal rule*, SIAM Review 56 (2014), §14).
//!   The discretisation error is about `exp(-pi^2 / h^2) = 7e-22`; 31 nodes.
//! - `|z| >= 8`: Laplace's continued fraction `w(z) = (i / sqrt(pi)) / (z - (1/2) / (z - 1 /
//!   (z - (3/2) / (z - ...))))` (DLMF 7.9.3), 20 levels.
//!
//! The real part of both sums is a sum of positive terms, so `Re w` keeps its relative
//! accuracy where it is much smaller than `Im w` (near the real axis), which the Voigt profile
//! needs.

use sci_core::Complex64;

use crate::numeric::{cospi, sinpi};

/// `1 / sqrt(pi)`.
const FRAC_1_SQRT_PI: f64 = 0.564_189_583_547_756_3;
/// The step of the trapezoidal rule.
const H: f64 = 0.45;
/// `exp(-(k h / 2)^2)` for `k = 0..32` (mpmath, rounded to `f64`).
const GAUSS: [f64; 32] = [
    1.0,
    0.9506350918586984,
    0.8166864825981108,
    0.6340515618580675,
    0.44485806622294116,
    0.28206295169381546,
    0.16162119246533926,
    0.0836909024288926,
    0.03916389509898707,
    0.01656232071581157,
    0.006329715427485747,
    0.0021861243633893843,
    0.0006823280527563766,
    0.00019245946458395705,
    4.90583574562077e-05,
    1.1300936043146307e-05,
    2.352575200009773e-06,
    4.4258867371414406e-07,
    7.524623257644829e-08,
    1.1561040142789245e-08,
    1.6052280551856116e-09,
    2.0142077258989777e-10,
    2.2840176579937055e-11,
    2.340573806889909e-12,
    2.167568882618962e-13,
    1.814057958631673e-14,
    1.3720094196451284e-15,
    9.377578564319583e-17,
    5.792312885394858e-18,
    3.2332627505846497e-19,
    1.6310139226701858e-20,
    7.435360353121812e-22,
];

/// `exp(-z^2)`, with `-z^2 = (y^2 - x^2) - 2ixy` carried to double-double accuracy (the
/// exponent and the phase can be large, where their rounding would cost as many ulps).
pub(super) fn exp_neg_square(z: Complex64) -> Complex64 {
    let (x, y) = (z.re, z.im);
    let (yy, xx) = (y * y, x * x);
    if !yy.is_finite() || !xx.is_finite() {
        let re = (y - x) * (y + x);
        let m = re.exp();
        let phase = -2.0 * x * y;
        return Complex64::new(m * phase.cos(), m * phase.sin());
    }
    let (yy_lo, xx_lo) = (y.mul_add(y, -yy), x.mul_add(x, -xx));
    // Two-sum of yy - xx.
    let re = yy - xx;
    let bb = re - yy;
    let re_err = (yy - (re - bb)) + (-xx - bb);
    let re_lo = re_err + (yy_lo - xx_lo);
    let m = re.exp();
    if m == 0.0 {
        return Complex64::new(0.0, 0.0);
    }
    let m = m + m * re_lo;
    let phase = -2.0 * x * y;
    let phase_lo = (-2.0 * x).mul_add(y, -phase);
    let (s, c) = phase.sin_cos();
    let (s, c) = (s + c * phase_lo, c - s * phase_lo);
    Complex64::new(m * c, m * s)
}

/// The trapezoidal rule with the pole correction, `Im z >= 0`, `|z| < 8`.
fn w_trapezoid(z: Complex64) -> Complex64 {
    let (x, y) = (z.re, z.im);
    let frac = (x / H).rem_euclid(1.0);
    // Integer nodes when x sits between two of them, half-integer nodes otherwise.
    let integer_nodes = frac > 0.25 && frac < 0.75;
    let mut sum = Complex64::new(0.0, 0.0);
    for n in -16i32..=15 {
        let (t, k) = if integer_nodes {
            if n < -15 {
                continue;
            }
            (f64::from(n) * H, (2 * n).unsigned_abs() as usize)
        } else {
            (
                (f64::from(n) + 0.5) * H,
                (2 * n + 1).unsigned_abs() as usize,
            )
        };
        // i / (z - t) = (y + i (x - t)) / |z - t|^2: the real parts are all positive.
        let dx = x - t;
        let d2 = dx * dx + y * y;
        let g = GAUSS[k] / d2;
        sum += Complex64::new(g * y, g * dx);
    }
    let sum = sum * (H * std::f64::consts::FRAC_1_PI);
    // q = exp(2 pi i z / h), |q| = exp(-2 pi y / h) <= 1.
    let arg = 2.0 * x / H;
    let q = Complex64::new(cospi(arg), sinpi(arg)) * (-2.0 * std::f64::consts::PI * y / H).exp();
    let e = exp_neg_square(z);
    if e == Complex64::new(0.0, 0.0) || q == Complex64::new(0.0, 0.0) {
        return sum;
    }
    let correction = if integer_nodes {
        e * 2.0 * q / (q - 1.0)
    } else {
        e * 2.0 * q / (q + 1.0)
    };
    sum + correction
}

/// Laplace's continued fraction, `Im z >= 0`, `|z| >= 8`.
fn w_continued_fraction(z: Complex64) -> Complex64 {
    let mut t = z;
    for k in (1..=20).rev() {
        t = z - f64::from(k) * 0.5 / t;
    }
    Complex64::new(0.0, FRAC_1_SQRT_PI) / t
}

/// `w(z)` for `Im z >= 0`.
fn w_upper(z: Complex64) -> Complex64 {
    let r = z.re.hypot(z.im);
    if r.is_nan() {
        return Complex64::new(f64::NAN, f64::NAN);
    }
    if r < 8.0 {
        w_trapezoid(z)
    } else if r.is_infinite() {
        Complex64::new(0.0, 0.0)
    } else if r > 1e150 {
        // 1/z without overflow in |z|^2; the continued fraction's corrections are below an ulp.
        Complex64::new(0.0, FRAC_1_SQRT_PI) * z.inv()
    } else {
        w_continued_fraction(z)
    }
}

/// The Faddeeva function `w(z)` on the whole complex plane.
pub(super) fn faddeeva(z: Complex64) -> Complex64 {
    if z.im >= 0.0 {
        w_upper(z)
    } else {
        // w(z) = 2 exp(-z^2) - w(-z).
        exp_neg_square(z) * 2.0 - w_upper(-z)
    }
}
