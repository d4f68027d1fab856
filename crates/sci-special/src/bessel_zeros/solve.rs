//! The zeros themselves: each starts from its asymptotic value and is refined by Newton's
//! method on the function, whose values `jv`/`yv` give with small absolute error next to the
//! zeros. A result is accepted when it lies past the previous zero, close to its start, and
//! the derivative there has the sign the `k`-th zero must have (consecutive simple zeros
//! alternate); otherwise the zero is found again by stepping from the previous zero until the
//! function changes sign (consecutive zeros are more than 2.9 apart, the steps are 1) and a
//! Newton iteration kept inside the bracket.

use super::Kind;
use super::asymptotic::{OLVER_ORDER, mcmahon, olver};
use crate::{ai_zeros, bi_zeros, jv, yv};

/// The function of `kind` at `x` and its derivative in `x`.
fn value_and_slope(kind: Kind, v: f64, x: f64) -> (f64, f64) {
    let (c, c_minus) = match kind {
        Kind::J | Kind::Jp => (jv(v, x), jv(v - 1.0, x)),
        Kind::Y | Kind::Yp => (yv(v, x), yv(v - 1.0, x)),
    };
    // C_v' = C_{v-1} - (v/x) C_v (DLMF 10.6.2).
    let slope = c_minus - v / x * c;
    match kind {
        Kind::J | Kind::Y => (c, slope),
        // C_v'' = -C_v'/x - (1 - v^2/x^2) C_v (Bessel's equation).
        Kind::Jp | Kind::Yp => (slope, -slope / x - (1.0 - (v / x) * (v / x)) * c),
    }
}

/// Newton's method from `x`; `None` when an iterate leaves the positive axis or the steps do
/// not settle. With a bracket `[lo, hi]` (the function changing sign in it), a step that would
/// leave it is replaced by bisection.
fn newton(kind: Kind, v: f64, mut x: f64, mut bracket: Option<(f64, f64, f64)>) -> Option<f64> {
    let mut last_step = f64::INFINITY;
    for _ in 0..100 {
        let (f, slope) = value_and_slope(kind, v, x);
        if f == 0.0 {
            return Some(x);
        }
        let mut next = x - f / slope;
        if let Some((lo, hi, f_lo)) = bracket.as_mut() {
            if f.signum() == f_lo.signum() {
                *lo = x;
                *f_lo = f;
            } else {
                *hi = x;
            }
            if !(next > *lo && next < *hi) {
                next = 0.5 * (*lo + *hi);
            }
        }
        if !(next.is_finite() && next > 0.0) {
            return None;
        }
        let step = (next - x).abs();
        x = next;
        // Converged once the step is at rounding level, or stops shrinking near it.
        if step <= 2.0 * f64::EPSILON * x || (step <= 1e-12 * x && step >= 0.5 * last_step) {
            return Some(x);
        }
        last_step = step;
    }
    bracket.map(|(lo, hi, _)| 0.5 * (lo + hi)).or(Some(x))
}

/// Moves a converged zero to the neighbouring float where `|f|` is smallest (at most a few
/// steps): Newton's last step leaves the zero within an ULP or two, and the function values
/// resolve the last bit.
fn polish(kind: Kind, v: f64, x: f64) -> f64 {
    let f = |t: f64| value_and_slope(kind, v, t).0.abs();
    let mut best = x;
    let mut f_best = f(x);
    for _ in 0..4 {
        let (down, up) = (best.next_down(), best.next_up());
        let (f_down, f_up) = (f(down), f(up));
        if f_down < f_best && f_down <= f_up {
            best = down;
            f_best = f_down;
        } else if f_up < f_best {
            best = up;
            f_best = f_up;
        } else {
            break;
        }
    }
    best
}

/// The sign of the derivative of the `kind` function at its first positive zero: `J_v`
/// falls through it, `Y_v` rises, `J_v'` and `Y_v'` vanish at maxima.
fn first_slope_sign(kind: Kind) -> f64 {
    match kind {
        Kind::Y => 1.0,
        Kind::J | Kind::Jp | Kind::Yp => -1.0,
    }
}

/// The first zero beyond `from` (one past the previous zero, or the lower bound of the first
/// zero) by steps of 1 and a bracketed Newton iteration; NaN if none is found within 10^6
/// steps.
fn scan(kind: Kind, v: f64, from: f64) -> f64 {
    let mut a = from;
    let mut fa = value_and_slope(kind, v, a).0;
    for _ in 0..1_000_000 {
        let b = a + 1.0;
        let fb = value_and_slope(kind, v, b).0;
        if fb == 0.0 {
            return b;
        }
        if fa.signum() != fb.signum() && fa != 0.0 {
            return newton(kind, v, 0.5 * (a + b), Some((a, b, fa))).unwrap_or(0.5 * (a + b));
        }
        a = b;
        fa = fb;
    }
    f64::NAN
}

/// The first `nt` positive zeros of the function `kind` of integer order `v >= 0`, ascending.
/// For `J_0'` the zero at the origin is skipped (its positive zeros are those of `J_1`).
pub(super) fn zeros(kind: Kind, v: f64, nt: usize) -> Vec<f64> {
    if kind == Kind::Jp && v == 0.0 {
        return zeros(Kind::J, 1.0, nt);
    }
    if kind == Kind::Yp && v == 0.0 {
        return zeros(Kind::Y, 1.0, nt);
    }
    let airy = (v > OLVER_ORDER).then(|| match kind {
        Kind::J => ai_zeros(nt).map(|z| z.a),
        Kind::Jp => ai_zeros(nt).map(|z| z.ap),
        Kind::Y => bi_zeros(nt).map(|z| z.b),
        Kind::Yp => bi_zeros(nt).map(|z| z.bp),
    });
    // Every first zero lies beyond the order (DLMF 10.21(i)); 0.01 keeps Y_0 finite.
    let lower = v.max(0.01);
    let mut out = Vec::with_capacity(nt);
    let mut previous: Option<f64> = None;
    let mut sign = first_slope_sign(kind);
    for k in 1..=nt {
        let start = match &airy {
            Some(Ok(a)) => olver(v, a[k - 1]),
            _ => mcmahon(kind, v, k),
        };
        let floor = previous.unwrap_or(lower);
        let accepted = newton(kind, v, start.max(floor), None).filter(|&x| {
            let slope = value_and_slope(kind, v, x).1;
            x > floor && (x - start).abs() < 0.75 && slope.signum() == sign
        });
        let zero = match accepted {
            Some(x) => x,
            None => scan(kind, v, previous.map_or(lower, |p| p + 1.0)),
        };
        // The derivatives are differences of two Bessel functions, too noisy to resolve the
        // last bit this way.
        let zero = match kind {
            Kind::J | Kind::Y => polish(kind, v, zero),
            Kind::Jp | Kind::Yp => zero,
        };
        out.push(zero);
        previous = Some(zero);
        sign = -sign;
    }
    out
}
