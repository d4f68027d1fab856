//! The first and second derivatives of the associated Legendre functions (SciPy's
//! `diff_n = 1, 2` of `assoc_legendre_p`, `sph_legendre_p` and `sph_harm_y`).
//!
//! `P_n^m = K s^m Q` with `s = (1 - z^2)^(1/2)` (or `(z^2 - 1)^(1/2)`), `K` the phase, double
//! factorial and normalisation, and `Q = d^m P_n / dz^m / (2m - 1)!!` a polynomial obeying
//! `(k-m+1) Q_{k+1} = (2k+1) z Q_k - (k+m) Q_{k-1}` from `Q_m = 1`. Differentiating that
//! recurrence gives `Q'` and `Q''` with it, in double-double arithmetic with a separate
//! exponent; the derivatives of `s^m` are then applied in closed form. At `z = ±1`, where
//! `s = 0`, the limits are taken term by term (and are infinite for `|m| = 1`, and for
//! `|m| = 3` in the second derivative, with SciPy's signs).

use sci_core::Complex64;

use super::associated_legendre::{factorial_ratio, scaled_sqrt};
use super::double_double::DoubleDouble as Dd;
use super::recurrence::{Scaled, three_term_vec};
use super::{AssocLegendreOptions, BranchCut, Derivatives, assoc_legendre_p_with, sph_legendre_p};

const NAN3: Derivatives = Derivatives {
    value: f64::NAN,
    first: f64::NAN,
    second: f64::NAN,
};

const ZERO3: Derivatives = Derivatives {
    value: 0.0,
    first: 0.0,
    second: 0.0,
};

/// `[Q, Q', Q'']` at degree `n >= m` (with the common binary exponent).
fn q_and_derivatives(n: u64, m: u64, z: f64) -> ([Dd; 3], i64) {
    let mf = m as f64;
    let c = 2.0 * mf + 1.0;
    let v0 = [Dd::ONE, Dd::ZERO, Dd::ZERO];
    let v1 = [Dd::new(z).mul_f64(c), Dd::new(c), Dd::ZERO];
    if n == m {
        return (v0, 0);
    }
    three_term_vec(n - m, v0, v1, |j, cur, prev| {
        let k = j as f64 + mf;
        let a = 2.0 * k + 1.0;
        let b = k + mf;
        let d = k - mf + 1.0;
        [
            (cur[0].mul_f64(z).mul_f64(a) - prev[0].mul_f64(b)).div_f64(d),
            ((cur[0] + cur[1].mul_f64(z)).mul_f64(a) - prev[1].mul_f64(b)).div_f64(d),
            ((cur[1].mul_f64(2.0) + cur[2].mul_f64(z)).mul_f64(a) - prev[2].mul_f64(b)).div_f64(d),
        ]
    })
}

/// The factor `K` of `P_n^m = K s^m Q` times `s^m` itself: `(-1)^m (2m-1)!! s^m` (the phase
/// only when `phase`), times the factor of negative orders and the normalisation
/// `sqrt(c (2n+1) (n-|m|)!/(n+|m|)!)` when `norm` is given.
fn prefactor(n: u64, m: i64, s: Dd, phase: bool, norm: Option<Dd>) -> Scaled {
    let ma = m.unsigned_abs();
    let mut k = Scaled::new(Dd::ONE);
    for i in 1..=ma {
        k = Scaled {
            m: s.mul_f64(2.0 * i as f64 - 1.0) * k.m,
            e: k.e,
        }
        .normalized();
    }
    k.mul(order_factor(n, m, phase, norm))
}

/// The `s`-free part of the prefactor: the phase, the negative-order factor and the
/// normalisation.
fn order_factor(n: u64, m: i64, phase: bool, norm: Option<Dd>) -> Scaled {
    let ma = m.unsigned_abs();
    let mut f = Scaled::new(Dd::ONE);
    if let Some(c) = norm {
        let ratio = factorial_ratio(n, ma);
        f = scaled_sqrt(ratio.mul(Scaled::new(c.mul_f64(2.0 * n as f64 + 1.0))));
        if m < 0 && phase && ma % 2 == 1 {
            f.m = -f.m;
        }
    } else if m < 0 {
        f = factorial_ratio(n, ma);
        if phase && ma % 2 == 1 {
            f.m = -f.m;
        }
    }
    if phase && ma % 2 == 1 {
        f.m = -f.m;
    }
    f
}

fn scaled_f64(k: Scaled, d: Dd, e: i64) -> f64 {
    k.mul(Scaled { m: d, e }.normalized()).to_f64()
}

/// The derivatives in `z` at `z = ±1` (where `s = 0`), for `1 <= |m| <= n`: only the terms
/// of `s^m Q` with a non-positive power of `s` survive; `|m| = 1` (both derivatives) and
/// `|m| = 3` (the second) are infinite, with SciPy 1.17.1's signs: `sign(m) z^n inf` for the
/// first derivative and `sign(m) inf` for the second, on either branch.
fn at_unit_z(n: u64, m: i64, z: f64, outside: bool, norm: Option<Dd>) -> Derivatives {
    let ma = m.unsigned_abs();
    let sign = if m < 0 { -1.0 } else { 1.0 };
    let (q, e) = q_and_derivatives(n, ma, z);
    // The s-free factor with the double factorial and phase of (-1)^m (2m-1)!!.
    let mut k = order_factor(n, m, !outside, norm);
    for i in 1..=ma {
        k = k.mul(Scaled::new(Dd::new(2.0 * i as f64 - 1.0)));
    }
    // d/dz (1 - z^2) = -2z inside, +2z outside; d^2/dz^2 (1 - z^2)^2 = 8 at z = ±1.
    let ds = if outside { 2.0 * z } else { -2.0 * z };
    let inf_first = sign * if n % 2 == 1 { z } else { 1.0 } * f64::INFINITY;
    let inf_second = sign * f64::INFINITY;
    match ma {
        1 => Derivatives {
            value: 0.0,
            first: inf_first,
            second: inf_second,
        },
        2 => Derivatives {
            value: 0.0,
            first: scaled_f64(k, q[0].mul_f64(ds), e),
            second: scaled_f64(k, q[0].mul_f64(ds / z) + q[1].mul_f64(2.0 * ds), e),
        },
        3 => Derivatives {
            value: 0.0,
            first: 0.0,
            second: inf_second,
        },
        4 => Derivatives {
            value: 0.0,
            first: 0.0,
            second: scaled_f64(k, q[0].mul_f64(8.0), e),
        },
        _ => ZERO3,
    }
}

/// Associated Legendre function `P_n^m(z)` with its first and second derivatives in `z`:
/// SciPy's `assoc_legendre_p(n, m, z, branch_cut=..., norm=..., diff_n=2)` (and `diff_n=1`
/// by taking `value` and `first`).
///
/// The value is [`assoc_legendre_p_with`]'s. The derivatives follow from
/// `P_n^m = K s^m Q` with `s = (1 - z^2)^(1/2)` (or `(z^2 - 1)^(1/2)` on
/// [`BranchCut::Outside`]) and `Q` proportional to `d^m P_n / dz^m`, whose derivatives come from
/// the differentiated recurrence in the degree (double-double, separate exponent; cost O(n)).
/// The results are 0 when `|m| > n` or `n < 0`, NaN where the value is NaN (non-finite `z`,
/// `|z| > 1` with `m != 0` inside, `|z| < 1` or odd `m` below -1 outside). At `z = ±1` they
/// are the one-sided limits: finite for `m = 0`, `|m| = 2` and `|m| >= 4`; `±inf` for
/// `|m| = 1` (both derivatives) and `|m| = 3` (the second), with SciPy 1.17.1's signs
/// (`sign(m) z^n inf` for the first, `sign(m) inf` for the second derivative: for the second
/// derivative at `|m| = 3`, and at `z = -1` for odd `n` with `|m| = 1`, the opposite of the
/// mathematical limit, kept for compatibility).
///
/// SciPy 1.17.1 omits the normalisation at `z = ±1` when `norm=True` (it returns the
/// unnormalised values there, including the value itself); this function normalises there
/// too, consistently with [`assoc_legendre_p_with`].
///
/// # Accuracy
///
/// Tested against SciPy 1.17.1 to 1e-13 relative (away from the zeros of each result) on
/// degrees up to 60, both branches, with and without normalisation, including `z = ±1` and
/// points within 1e-8 of them (`tests/golden_legendre_derivatives.rs`).
///
/// # Examples
///
/// ```
/// use sci_special::{assoc_legendre_p_derivatives, AssocLegendreOptions};
/// // P_3^2(z) = 15 z (1 - z^2): derivatives 15 - 45 z^2 and -90 z.
/// let d = assoc_legendre_p_derivatives(3, 2, 0.3, AssocLegendreOptions::default());
/// assert!((d.value - 4.095).abs() < 1e-14);
/// assert!((d.first - 10.95).abs() < 1e-13 && (d.second + 27.0).abs() < 1e-13);
/// ```
///
/// # References
///
/// - DLMF 14.10.3 (recurrence in the degree), 14.6.1 (`P_n^m` from `d^m P_n / dz^m`):
///   <https://dlmf.nist.gov/14.10>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.assoc_legendre_p.html>
pub fn assoc_legendre_p_derivatives(
    n: i64,
    m: i64,
    z: f64,
    options: AssocLegendreOptions,
) -> Derivatives {
    let value = assoc_legendre_p_with(n, m, z, options);
    if value.is_nan() {
        return NAN3;
    }
    if n < 0 || m.unsigned_abs() > n.unsigned_abs() {
        return ZERO3;
    }
    let outside = options.branch_cut == BranchCut::Outside;
    let norm = options.norm.then_some(Dd::new(0.5));
    let nu = n.unsigned_abs();
    let ma = m.unsigned_abs();
    let s2 = if outside {
        Dd::product(z, z) - Dd::ONE
    } else {
        Dd::ONE - Dd::product(z, z)
    };
    if ma != 0 && s2.hi == 0.0 {
        let mut d = at_unit_z(nu, m, z, outside, norm);
        d.value = value;
        return d;
    }
    let k = prefactor(nu, m, s2.sqrt(), !outside, norm);
    let (q, e) = q_and_derivatives(nu, ma, z);
    if ma == 0 {
        return Derivatives {
            value,
            first: scaled_f64(k, q[1], e),
            second: scaled_f64(k, q[2], e),
        };
    }
    // d(s^m)/dz / s^m = -m z / s^2 inside (+ outside); the second derivative over s^m is
    // (-m / s^2 + m (m - 2) z^2 / s^4) inside, (m / s^2 + m (m - 2) z^2 / s^4) outside.
    let mf = ma as f64;
    let sign = if outside { 1.0 } else { -1.0 };
    let zs = Dd::new(z) / s2; // z / s^2
    let first = q[1] + (q[0] * zs).mul_f64(sign * mf);
    let second = q[2]
        + (q[1] * zs).mul_f64(2.0 * sign * mf)
        + q[0] * ((Dd::ONE / s2).mul_f64(sign * mf) + (zs * zs).mul_f64(mf * (mf - 2.0)));
    Derivatives {
        value,
        first: scaled_f64(k, first, e),
        second: scaled_f64(k, second, e),
    }
}

/// `1 / (4 pi)` in double-double.
const FRAC_1_4PI: Dd = Dd {
    hi: 0.25 * std::f64::consts::FRAC_1_PI,
    lo: -0.25 * 1.967_867_667_518_248_6e-17,
};

/// The spherical Legendre function `sph_legendre_p(n, m, theta)` with its first and second
/// derivatives in `theta`: SciPy's `sph_legendre_p(n, m, theta, diff_n=2)`.
///
/// With `s = |sin theta|`, `x = cos theta` and `p = K s^m Q(x)` as in
/// [`assoc_legendre_p_derivatives`], `p' = sign(sin theta) K s^m (m x Q / s - s Q')` and
/// `p'' = K s^m (m (m-1) x^2 Q / s^2 - m Q - (2m+1) x Q' + s^2 Q'')`: smooth in `theta`, with
/// finite limits at the poles (`theta = 0`, where the sign is taken as `+`, as SciPy). The
/// function is even in `theta` (it uses `|sin theta|`, as SciPy), so the first derivative is
/// odd. 0 when `|m| > n` or `n < 0`; NaN for non-finite `theta`. Cost O(n).
///
/// # Accuracy
///
/// Tested against SciPy 1.17.1 to 1e-13 relative (away from zeros) on degrees up to 60 and
/// `theta` in `[-pi, 2 pi]` with the poles (`tests/golden_legendre_derivatives.rs`).
///
/// # Examples
///
/// ```
/// use sci_special::sph_legendre_p_derivatives;
/// // Y_1^0(theta, 0) = sqrt(3 / (4 pi)) cos(theta)
/// let c = (3.0 / (4.0 * std::f64::consts::PI)).sqrt();
/// let d = sph_legendre_p_derivatives(1, 0, 0.3);
/// assert!((d.first + c * 0.3f64.sin()).abs() < 1e-15);
/// assert!((d.second + c * 0.3f64.cos()).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 14.30.1, 14.10.3: <https://dlmf.nist.gov/14.30>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.sph_legendre_p.html>
pub fn sph_legendre_p_derivatives(n: i64, m: i64, theta: f64) -> Derivatives {
    let value = sph_legendre_p(n, m, theta);
    if value.is_nan() {
        return NAN3;
    }
    if n < 0 || m.unsigned_abs() > n.unsigned_abs() {
        return ZERO3;
    }
    let (sin, x) = theta.sin_cos();
    let sigma = if sin < 0.0 { -1.0 } else { 1.0 };
    let s = sin.abs();
    let (nu, ma) = (n.unsigned_abs(), m.unsigned_abs());
    let mf = ma as f64;
    let (q, e) = q_and_derivatives(nu, ma, x);
    let norm = Some(FRAC_1_4PI);
    if s == 0.0 {
        // At the poles only the terms with s^0 survive.
        let k = prefactor(nu, m, Dd::ONE, true, norm);
        return match ma {
            0 => Derivatives {
                value,
                first: 0.0,
                second: scaled_f64(k, -(q[1].mul_f64(x)), e),
            },
            1 => Derivatives {
                value,
                first: sigma * scaled_f64(k, q[0].mul_f64(x), e),
                second: 0.0,
            },
            2 => Derivatives {
                value,
                first: 0.0,
                second: scaled_f64(k, q[0].mul_f64(2.0 * x * x), e),
            },
            _ => Derivatives {
                value,
                first: 0.0,
                second: 0.0,
            },
        };
    }
    let k = prefactor(nu, m, Dd::new(s), true, norm);
    let sd = Dd::new(s);
    let xs = Dd::new(x) / sd; // x / s
    let first = (q[0] * xs).mul_f64(mf) - q[1] * sd;
    let second = (q[0] * xs * xs).mul_f64(mf * (mf - 1.0))
        - q[0].mul_f64(mf)
        - q[1].mul_f64((2.0 * mf + 1.0) * x)
        + q[2] * sd * sd;
    Derivatives {
        value,
        first: sigma * scaled_f64(k, first, e),
        second: scaled_f64(k, second, e),
    }
}

/// The spherical harmonic with its gradient and Hessian in `(theta, phi)`: SciPy's
/// `sph_harm_y(n, m, theta, phi, diff_n=2)` result `(y, y_jac, y_hess)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SphHarmYDerivatives {
    /// `Y_n^m(theta, phi)` (SciPy's `diff_n = 0` result).
    pub value: Complex64,
    /// `[dY/dtheta, dY/dphi]` (SciPy's second result, of shape `(2,)`).
    pub jac: [Complex64; 2],
    /// `[[d2Y/dtheta2, d2Y/dtheta dphi], [d2Y/dphi dtheta, d2Y/dphi2]]` (SciPy's third
    /// result, of shape `(2, 2)`).
    pub hess: [[Complex64; 2]; 2],
}

/// The spherical harmonic `Y_n^m(theta, phi)` with its first and second derivatives: SciPy's
/// `sph_harm_y(n, m, theta, phi, diff_n=2)` (and `diff_n=1` by taking `value` and `jac`).
///
/// `Y = p(theta) e^(i m phi)` with `p` = [`sph_legendre_p_derivatives`], so
/// `dY/dtheta = p' e`, `dY/dphi = i m p e`, `d2Y/dtheta2 = p'' e`,
/// `d2Y/dtheta dphi = i m p' e` and `d2Y/dphi2 = -m^2 p e` (`e = e^(i m phi)`). NaN
/// everywhere for non-finite angles; 0 when `|m| > n`. Cost O(n).
///
/// # Accuracy
///
/// As [`sph_legendre_p_derivatives`], times the rounding of `m phi`; tested against SciPy
/// 1.17.1 to 1e-13 relative (away from zeros) in `tests/golden_legendre_derivatives.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::{sph_harm_y, sph_harm_y_derivatives};
/// let d = sph_harm_y_derivatives(3, 2, 0.3, 0.5);
/// assert_eq!(d.value, sph_harm_y(3, 2, 0.3, 0.5));
/// // dY/dphi = 2i Y
/// let expected = d.value * sci_core::Complex64::new(0.0, 2.0);
/// assert!((d.jac[1] - expected).norm() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 14.30.1: <https://dlmf.nist.gov/14.30>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.sph_harm_y.html>
pub fn sph_harm_y_derivatives(n: i64, m: i64, theta: f64, phi: f64) -> SphHarmYDerivatives {
    let p = if phi.is_finite() {
        sph_legendre_p_derivatives(n, m, theta)
    } else {
        NAN3
    };
    let (s, c) = (m as f64 * phi).sin_cos();
    let e = if phi.is_finite() {
        Complex64::new(c, s)
    } else {
        Complex64::new(f64::NAN, f64::NAN)
    };
    let im = Complex64::new(0.0, m as f64);
    let cross = im * p.first * e;
    SphHarmYDerivatives {
        value: Complex64::new(p.value * c, p.value * s),
        jac: [p.first * e, im * p.value * e],
        hess: [
            [p.second * e, cross],
            [cross, -(m as f64).powi(2) * p.value * e],
        ],
    }
}
