//! Luchko's integral representation of `Phi(a, b; x)` for `a > 0`, `x > 0`, with the
//! contour through the saddle point.
//!
//! Hankel's integral `Phi(a, b; x) = 1/(2 pi i) int_Ha exp(t + x t^-a) t^-b dt`
//! (Wright 1935), with the contour made of the circle `|t| = eps` and the two banks of the
//! negative real axis beyond it (Luchko 2008), is the real integral
//!
//! ```text
//! Phi = 1/pi int_0^pi eps^(1-b) exp(eps cos p + x eps^-a cos(a p))
//!                     cos(eps sin p - x eps^-a sin(a p) + (1-b) p) dp
//!     + 1/pi int_eps^inf r^-b exp(-r + x r^-a cos(pi a)) sin(x r^-a sin(pi a) + pi b) dr
//! ```
//!
//! for every `eps > 0`. Choosing `eps` at the saddle point of `t^-b exp(t + x t^-a)` on the
//! positive axis, `eps - b - a x eps^-a = 0`, makes the circle the path of steepest descent
//! there: the circle's integrand peaks at `p = 0` with no cancellation, its phase has unit
//! slope, and the bank integral is exponentially smaller (by about `exp(-2 eps)`). The
//! integrals are computed relative to the peak `eps^(1-b) exp(eps + x eps^-a)`, so the
//! logarithm of `Phi` is available far beyond `f64`'s overflow; for large `x` this is the
//! convergent counterpart of Wright's asymptotic expansion, whose leading term is the
//! Gaussian peak of the circle integrand. Gauss-Legendre panels on the part of the circle
//! where the integrand is above `exp(-45)` of its peak, and on the banks in the variable
//! `ln(r / eps)`.

use std::f64::consts::PI;
use std::sync::OnceLock;

use super::double::{exp_dd, ln_dd};
use crate::numeric::{DoubleDouble as Dd, cospi, sinpi};
use crate::{GaussRule, roots_legendre};

/// Nodes per Gauss-Legendre panel.
const CIRCLE_NODES: usize = 48;
/// Panels on the circle.
const CIRCLE_PANELS: usize = 3;
/// Gauss-Legendre panels on the banks of the cut.
const BANK_PANELS: usize = 4;

fn legendre_rule() -> Option<&'static GaussRule> {
    static RULE: OnceLock<Option<GaussRule>> = OnceLock::new();
    RULE.get_or_init(|| roots_legendre(CIRCLE_NODES).ok())
        .as_ref()
}

/// `sin p - p`, without cancellation for small `p` (Taylor series below 1/2).
fn sin_minus_identity(p: f64) -> f64 {
    if p.abs() >= 0.5 {
        return p.sin() - p;
    }
    let p2 = p * p;
    let mut term = -p * p2 / 6.0;
    let mut sum = term;
    let mut k = 3.0;
    while term.abs() > 1e-18 * sum.abs() {
        term *= -p2 / ((k + 1.0) * (k + 2.0));
        sum += term;
        k += 2.0;
    }
    sum
}

/// The saddle point: the root of `t - b - a x t^-a`, an increasing concave function of `t`,
/// so Newton's method from `max(b, (a x)^(1/(1+a)))` (where it is <= 0) climbs monotonically.
fn saddle(a: f64, b: f64, x: f64) -> f64 {
    // (a x)^(1/(1+a)) through logarithms: a x may overflow.
    let mut t = b.max(((a.ln() + x.ln()) / (1.0 + a)).exp());
    for _ in 0..100 {
        let c = a * (x * t.powf(-a));
        let step = (t - b - c) / (1.0 + a * c / t);
        t -= step;
        if step.abs() <= 1e-16 * t {
            break;
        }
    }
    t
}

/// `Phi(a, b; x)` as `(l, s)` with `Phi = exp(l) s`: `l` (in double-double) the logarithm of
/// the circle integrand's peak and `s` the integrals relative to it (of order 1). NaN when
/// the Gauss rules are unavailable.
pub(super) fn scaled(a: f64, b: f64, x: f64) -> (Dd, f64) {
    let Some(leg) = legendre_rule() else {
        return (Dd::from_f64(f64::NAN), f64::NAN);
    };
    let eps = saddle(a, b, x);
    // The peak's logarithm (1 - b) ln(eps) + eps + x eps^-a, in double-double: it is the
    // exponent of the result, up to several hundred.
    let ln_eps_dd = ln_dd(eps);
    let c_dd = exp_dd(-(ln_eps_dd * a)) * x;
    let l = ln_eps_dd - ln_eps_dd * b + Dd::from_f64(eps) + c_dd;
    let c = c_dd.to_f64();

    // The integrand's logarithm is below -2 p^2 (eps + a (eps - b)) / pi^2 (for a <= 1,
    // where 1 - cos(a p) >= 2 (a p)^2 / pi^2; otherwise only the eps term counts).
    // What is left of the saddle equation eps - b - a c = 0 after rounding (c is x eps^-a in
    // double-double). It adds a linear phase; when eps is so large (beyond about 1e12) that
    // the rounding of eps alone makes that phase large over the peak, it is dropped: this
    // moves x by about an ulp, which changes ln Phi (the only finite result there) by a
    // relative 1e-16.
    let residual_dd = Dd::from_f64(eps - b) - c_dd * a;
    let residual = residual_dd.to_f64();
    let curvature = if a <= 1.0 { eps + a * (eps - b) } else { eps };
    let p_max = (PI * (22.5 / curvature).sqrt()).min(PI);
    let residual = if (residual * p_max).abs() > 1e-3 {
        0.0
    } else {
        residual
    };
    let width = p_max / CIRCLE_PANELS as f64;
    let mut circle = 0.0;
    for panel in 0..CIRCLE_PANELS {
        let mid = width * (panel as f64 + 0.5);
        for (&u, &w) in leg.x.iter().zip(leg.w.iter()) {
            let p = mid + 0.5 * width * u;
            let h = (0.5 * p).sin();
            let ha = (0.5 * a * p).sin();
            let g = -2.0 * (eps * h * h + c * ha * ha);
            // eps sin p - c sin(a p) + (1 - b) p, whose linear terms cancel by the saddle
            // equation: only the cubic and higher parts are formed, then p.
            let phase =
                eps * sin_minus_identity(p) - c * sin_minus_identity(a * p) + (1.0 + residual) * p;
            circle += w * g.exp() * phase.cos();
        }
    }
    circle *= 0.5 * width;

    // On the banks, r = eps e^u: relative to the peak the integrand is
    // exp((1-b) u - eps (e^u + 1) + c (e^(-a u) cos(pi a) - 1)) sin(c e^(-a u) sin(pi a) + pi b),
    // at most exp(-2 eps), and below exp(-100) beyond eps e^u = eps + 100. The logarithmic
    // variable keeps the integrand smooth when eps is small (r^-b and r^-a are then
    // nearly singular at the start of the bank on the scale of e^-r).
    let mut bank = 0.0;
    if eps < 40.0 {
        let (sin_a, cos_a) = (sinpi(a), cospi(a));
        let (sin_b, cos_b) = (sinpi(b), cospi(b));
        let u_max = (100.0 / eps).ln_1p();
        let width = u_max / BANK_PANELS as f64;
        for panel in 0..BANK_PANELS {
            let mid = width * (panel as f64 + 0.5);
            for (&v, &w) in leg.x.iter().zip(leg.w.iter()) {
                let u = mid + 0.5 * width * v;
                let decay = (-a * u).exp();
                let e = (1.0 - b) * u - eps * (u.exp() + 1.0) + c * (decay * cos_a - 1.0);
                let (sp, cp) = (c * decay * sin_a).sin_cos();
                // sin(c e^(-a u) sin(pi a) + pi b), with the pi b part exact for integer b.
                bank += w * e.exp() * (sp * cos_b + cp * sin_b);
            }
        }
        bank *= 0.5 * width;
    }
    (l, (circle + bank) / PI)
}
