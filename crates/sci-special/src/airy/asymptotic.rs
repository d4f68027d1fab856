//! The large-`|x|` asymptotic expansions of the Airy functions (DLMF 9.7.5-9.7.12), with
//! `zeta = 2/3 |x|^(3/2)` carried in double-double arithmetic so that the exponential factors
//! and the phase of the oscillations keep full relative accuracy.
//!
//! The coefficients are `u_0 = 1`, `u_k = u_{k-1} (6k-5)(6k-3)(6k-1) / ((2k-1) 216 k)` and
//! `v_k = -(6k+1)/(6k-1) u_k`; the series are summed until the terms fall below 2^-60 (or stop
//! decreasing). They are used for `|x| >= 8.75` on the positive axis (`Ai`, `Ai'`) and
//! `x >= 10` (`Bi`, `Bi'`) and `x <= -13`, where the truncation error is below 1e-17 relative.

use crate::numeric::DoubleDouble;

/// `2/3` as a double-double.
const TWO_THIRDS: DoubleDouble =
    DoubleDouble::new(0.666_666_666_666_666_6, 3.700_743_415_417_188e-17);
/// `sqrt(pi)`.
const SQRT_PI: f64 = 1.772_453_850_905_516;

/// `zeta = 2/3 |x|^(3/2)` in double-double.
pub(super) fn zeta(x: f64) -> DoubleDouble {
    let ax = x.abs();
    TWO_THIRDS * (DoubleDouble::sqrt_f64(ax) * ax)
}

/// The four sums of the expansions: `sum u_k s^k` and `sum v_k s^k` split into even and odd
/// `k`, with `s = 1/zeta` (the signs are applied by the callers).
struct Sums {
    u_even: f64,
    u_odd: f64,
    v_even: f64,
    v_odd: f64,
}

/// The sums, with alternating signs `(-1)^(k/2)` inside the even and odd parts when
/// `oscillatory` (the negative axis), plain signs otherwise.
fn sums(zeta: f64, oscillatory: bool) -> Sums {
    let s = 1.0 / zeta;
    let mut out = Sums {
        u_even: 1.0,
        u_odd: 0.0,
        v_even: 1.0,
        v_odd: 0.0,
    };
    let mut u = 1.0;
    let mut last = f64::INFINITY;
    for k in 1..200u32 {
        let kf = f64::from(k);
        u *= s * (6.0 * kf - 5.0) * (6.0 * kf - 3.0) * (6.0 * kf - 1.0)
            / ((2.0 * kf - 1.0) * 216.0 * kf);
        if u.abs() >= last {
            break;
        }
        last = u.abs();
        let v = -(6.0 * kf + 1.0) / (6.0 * kf - 1.0) * u;
        let sign = if oscillatory && (k / 2) % 2 == 1 {
            -1.0
        } else {
            1.0
        };
        if k % 2 == 0 {
            out.u_even += sign * u;
            out.v_even += sign * v;
        } else {
            out.u_odd += sign * u;
            out.v_odd += sign * v;
        }
        if u.abs() < 8.7e-19 {
            break;
        }
    }
    out
}

/// `[Ai e^zeta, Ai' e^zeta, Bi e^-zeta, Bi' e^-zeta]` for large positive `x`, and `zeta`.
pub(super) fn airy_positive_scaled(x: f64) -> ([f64; 4], DoubleDouble) {
    let z = zeta(x);
    let sums = sums(z.to_f64(), false);
    let q = x.sqrt().sqrt();
    // Alternating signs for Ai: sum (-1)^k u_k s^k = even - odd.
    let ai = (sums.u_even - sums.u_odd) / (2.0 * SQRT_PI * q);
    let aip = -q * (sums.v_even - sums.v_odd) / (2.0 * SQRT_PI);
    let bi = (sums.u_even + sums.u_odd) / (SQRT_PI * q);
    let bip = q * (sums.v_even + sums.v_odd) / SQRT_PI;
    ([ai, aip, bi, bip], z)
}

/// `[Ai, Ai', Bi, Bi']` at `x <= -13`.
pub(super) fn airy_negative(x: f64) -> [f64; 4] {
    let ax = -x;
    let z = zeta(ax);
    let sums = sums(z.to_f64(), true);
    // cos(zeta) and sin(zeta) with the low part of zeta as a first-order correction.
    let (s_hi, c_hi) = z.hi.sin_cos();
    let sin_z = c_hi.mul_add(z.lo, s_hi);
    let cos_z = (-s_hi).mul_add(z.lo, c_hi);
    // cos(zeta - pi/4) = (c + s)/sqrt 2, sin(zeta - pi/4) = (s - c)/sqrt 2.
    let cm = cos_z + sin_z;
    let sm = sin_z - cos_z;
    let q = ax.sqrt().sqrt();
    let scale = 1.0 / (std::f64::consts::SQRT_2 * SQRT_PI);
    let ai = (cm * sums.u_even + sm * sums.u_odd) * scale / q;
    let aip = (sm * sums.v_even - cm * sums.v_odd) * scale * q;
    let bi = (cm * sums.u_odd - sm * sums.u_even) * scale / q;
    let bip = (cm * sums.v_even + sm * sums.v_odd) * scale * q;
    [ai, aip, bi, bip]
}
