//! Every branch `W_k` of a complex argument: the branch-point series for `k = 0` (and for
//! `k = -1` above / `k = 1` below the real axis, where those branches meet `-1/e`), otherwise
//! an initial approximation (`log(1 + z)`-based for small `|z|` on `k = 0`, the asymptotic
//! `L1 - L2 + L2/L1` with `L1 = log z + 2 pi i k`, `L2 = log L1` elsewhere) refined by Halley's
//! iteration on `w - z e^{-w}`.

use sci_core::Complex64;

use super::branch_point::{ez_plus_one, ez_plus_one_complex, series_complex};
use super::real;

const TWO_PI: f64 = 2.0 * std::f64::consts::PI;

/// The principal square root, honouring the sign of a zero imaginary part on the negative
/// real axis (`sqrt(-a - 0i) = -i sqrt(a)`).
fn sqrt_signed(z: Complex64) -> Complex64 {
    if z.im == 0.0 {
        return if z.re >= 0.0 {
            Complex64::new(z.re.sqrt(), z.im)
        } else {
            Complex64::new(0.0, (-z.re).sqrt().copysign(z.im))
        };
    }
    z.sqrt()
}

/// `z e^{-w}` without overflow of `e^{-w}` for `w` far in the left half-plane.
fn z_exp_minus(z: Complex64, w: Complex64) -> Complex64 {
    if w.re > -600.0 {
        z * (-w).exp()
    } else {
        let half = (-w * 0.5).exp();
        (z * half) * half
    }
}

/// The Lambert W function `W_k(z)` of a complex argument, on any branch `k`.
///
/// `W_k(z)` is the solution `w` of `w e^w = z` on branch `k`, with SciPy's (and Corless et
/// al.'s) branch cuts: `W_0` is cut along `(-inf, -1/e]`, every other branch along
/// `(-inf, 0]`; on a cut the sign of a zero imaginary part chooses the side, except that, as
/// in SciPy, `W_{-1}` is real on `[-1/e, 0)` for either sign of zero. Edge values follow
/// SciPy: `W_0(0) = 0`, `W_k(0) = -inf` for `k != 0`; a NaN argument is returned unchanged;
/// for `Re z = +inf` the value is `z + 2 pi i k`, for `Re z = -inf` it is
/// `-z + (2k + 1) pi i`, and an infinite imaginary part with a finite real one gives NaN
/// (SciPy 1.17.1's conventions; only the real part is asymptotically meaningful there).
///
/// # Accuracy
///
/// At most 4 eps (norm-wise relative error; SciPy: 3.6e5) on 2100 points, `|z|` in `[1e-300, 1e300]` in
/// every direction and `|z + 1/e|` in `[1e-12, 0.3]`, `k` in -3..3, measured against mpmath
/// (`tests/accuracy_lambertw.rs`).
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_special::complex::lambertw;
/// let z = Complex64::new(1.0, 2.0);
/// for k in -2..=2 {
///     let w = lambertw(z, k);
///     assert!((w * w.exp() - z).norm() < 1e-14);
/// }
/// // W_0(-1) = -0.3181... + 1.3372...i
/// let w = lambertw(Complex64::new(-1.0, 0.0), 0);
/// assert!((w - Complex64::new(-0.318_131_505_204_764_1, 1.337_235_701_430_689)).norm() < 1e-15);
/// ```
///
/// # References
///
/// - R. M. Corless et al., "On the Lambert W function", Adv. Comput. Math. 5 (1996) 329-359.
/// - SciPy: `scipy.special.lambertw`.
pub fn lambertw(z: Complex64, k: i64) -> Complex64 {
    let k_turns = Complex64::new(0.0, TWO_PI * k as f64);
    if z.re.is_nan() || z.im.is_nan() {
        // SciPy returns a NaN argument unchanged.
        return z;
    }
    if z.re == f64::INFINITY {
        return z + k_turns;
    }
    if z.re == f64::NEG_INFINITY {
        return -z + k_turns + Complex64::new(0.0, std::f64::consts::PI);
    }
    if z.im.is_infinite() {
        return Complex64::new(f64::NAN, f64::NAN);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return if k == 0 {
            z
        } else {
            Complex64::new(f64::NEG_INFINITY, 0.0)
        };
    }
    if z.im == 0.0 {
        let q = ez_plus_one(z.re);
        if k == 0 && q >= -1e-16 {
            return Complex64::new(real::lambertw(z.re, 0), 0.0f64.copysign(z.im));
        }
        if k == -1 && q >= -1e-16 && z.re < 0.0 {
            return Complex64::new(real::lambertw(z.re, -1), 0.0);
        }
    }
    let q = ez_plus_one_complex(z);
    let p = sqrt_signed(q * 2.0);
    let lower = z.im.is_sign_negative();
    let near = p.norm() < 1.3;
    let branch_point_sign = match k {
        0 => Some(1.0),
        -1 if !lower => Some(-1.0),
        1 if lower => Some(-1.0),
        _ => None,
    };
    if let (true, Some(sign)) = (p.norm() < 0.2, branch_point_sign) {
        // Close to -1/e the series alone is exact; Halley's iteration would lose digits.
        return series_complex(p * sign);
    }
    let mut w = match branch_point_sign {
        Some(sign) if near => series_complex(p * sign),
        _ if k == 0 && z.norm() < 1.0 && z.re > -0.5 => {
            let l = z.ln_1p_approx();
            l * (Complex64::new(1.0, 0.0) - (l + 1.0).ln() / (l + 2.0))
        }
        _ => {
            let l1 = z.ln() + Complex64::new(0.0, TWO_PI * k as f64);
            let l2 = l1.ln();
            l1 - l2 + l2 / l1
        }
    };
    for _ in 0..60 {
        let t = w - z_exp_minus(z, w);
        let w1 = w + 1.0;
        let step = t / (w1 - (w + 2.0) * t / (w1 * 2.0));
        w -= step;
        if step.norm() <= 4.0 * f64::EPSILON * w.norm() || !step.norm().is_finite() {
            break;
        }
    }
    w
}

/// `log(1 + z)` for complex `z`, accurate for small `|z|`.
trait Ln1p {
    fn ln_1p_approx(self) -> Complex64;
}

impl Ln1p for Complex64 {
    fn ln_1p_approx(self) -> Complex64 {
        let u = self + 1.0;
        if u.re == 1.0 && u.im == self.im {
            // 1 + z rounded to 1 in its real part: log(1 + z) = z + O(z²).
            return self - self * self * 0.5;
        }
        // log(1 + z) = z log(u) / (u - 1) (Kahan's trick, exact for the rounded u).
        self * u.ln() / (u - 1.0)
    }
}
