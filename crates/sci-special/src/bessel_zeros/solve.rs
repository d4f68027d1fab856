//! The zeros themselves: each starts from its asymptotic value and is refined by Newton's
//! method on the function, whose values `jv`/`yv` give with small absolute error next to the
//! zeros. A result is accepted when it lies past the previous zero, close to its start, and
//! the derivative there has the sign the `k`-th zero must have (consecutive simple zeros
//! alternate); otherwise the zero is found again by stepping from the previous zero until the
//! function changes sign (consecutive zeros are more than 2.9 apart, the steps are 1) and a
//! Newton iteration kept inside the bracket. Zeros of `J_n` and `J_n'` up to 2000 then take
//! one Newton step with `J_{n-1}`, `J_n` in double-double, which settles the last bit.

use super::Kind;
use super::asymptotic::{OLVER_ORDER, mcmahon, olver};
use crate::numeric::DoubleDouble;
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

/// Where [`j_pair_dd`] is used: its alternating series loses about `log10(I_0(x) / |J_v(x)|)`
/// of its 32 digits, at most 12 here.
const SERIES_LIMIT: f64 = 25.0;

/// Up to here (and beyond [`SERIES_LIMIT`]) [`j_pair_miller_dd`] is used; its cost grows
/// with `x`.
const MILLER_LIMIT: f64 = 2000.0;

/// `(J_{v-1}(x), J_v(x))` in double-double for integer `v >= 0` and `0 < x <= 25`, by the
/// power series `J_v(x) = (x/2)^v / v! sum_k (-x^2/4)^k / (k! (v+1)_k)` (DLMF 10.2.2).
fn j_pair_dd(v: f64, x: f64) -> (DoubleDouble, DoubleDouble) {
    let q = DoubleDouble::product(x, x) * 0.25;
    let series = |order: f64| {
        let mut prefactor = DoubleDouble::from_f64(1.0);
        for i in 1..=order as u32 {
            prefactor = prefactor * (0.5 * x) / f64::from(i);
        }
        let mut term = DoubleDouble::from_f64(1.0);
        let mut sum = term;
        for k in 1..400 {
            let kf = f64::from(k);
            term = -(term * q) / (kf * (order + kf));
            sum = sum + term;
            if kf > q.hi && term.hi.abs() < 1e-34 {
                break;
            }
        }
        prefactor * sum
    };
    let j = series(v);
    // J_{-1} = -J_1.
    let j_minus = if v == 0.0 {
        -series(1.0)
    } else {
        series(v - 1.0)
    };
    (j_minus, j)
}

/// `(J_{v-1}(x), J_v(x))` in double-double for integer `v >= 0` and `x > 0`, by Miller's
/// downward recurrence `J_{n-1} = (2n/x) J_n - J_{n+1}` from an order where `J` is negligible,
/// normalised by `J_0 + 2 sum_k J_{2k} = 1` (DLMF 10.12.4), all in double-double.
fn j_pair_miller_dd(v: f64, x: f64) -> (DoubleDouble, DoubleDouble) {
    let top = x.max(v);
    // Beyond this order J_n(x) / J_v(x) is below 1e-40 (Debye's exponent exceeds 90).
    let start = (top + 2.0 * (40.0 * top).sqrt() + 20.0).ceil() as u32;
    let order = v as u32;
    let rescale = 2f64.powi(-664);
    let zero = DoubleDouble::from_f64(0.0);
    let mut next = zero;
    let mut current = DoubleDouble::from_f64(1.0);
    let mut sum = zero;
    let (mut j, mut j_minus, mut j_one) = (zero, zero, zero);
    for n in (1..=start).rev() {
        if n % 2 == 0 {
            sum = sum + current * 2.0;
        }
        if n == order {
            j = current;
        }
        if n + 1 == order {
            j_minus = current;
        }
        if n == 1 {
            j_one = current;
        }
        let previous = DoubleDouble::from_f64(2.0 * f64::from(n)) / x * current - next;
        next = current;
        current = previous;
        if current.hi.abs() > 1e200 {
            current = current * rescale;
            next = next * rescale;
            sum = sum * rescale;
            j = j * rescale;
            j_minus = j_minus * rescale;
            j_one = j_one * rescale;
        }
    }
    sum = sum + current;
    if order == 0 {
        // J_{-1} = -J_1.
        return (-(j_one / sum), current / sum);
    }
    if order == 1 {
        j_minus = current;
    }
    (j_minus / sum, j / sum)
}

/// One Newton step on a zero of `J_v` or `J_v'` with the function in
/// double-double: the step is an ULP or two and is then exact to the last bit, which the
/// `f64` values of `jv`, a few `eps` off in absolute terms, cannot resolve.
fn refine_dd(kind: Kind, v: f64, x: f64) -> f64 {
    let (j_minus, j) = if x <= SERIES_LIMIT {
        j_pair_dd(v, x)
    } else {
        j_pair_miller_dd(v, x)
    };
    // C_v' = C_{v-1} - (v/x) C_v (DLMF 10.6.2).
    let derivative = j_minus - DoubleDouble::from_f64(v) / x * j;
    let (f, slope) = match kind {
        Kind::J => (j, derivative.to_f64()),
        _ => {
            let u = v / x;
            (
                derivative,
                -derivative.to_f64() / x - (1.0 - u * u) * j.to_f64(),
            )
        }
    };
    let step = -f.to_f64() / slope;
    if step.is_finite() && step.abs() <= 1e-12 * x {
        x + step
    } else {
        x
    }
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
        // last bit by comparing neighbours; up to 25 both kinds of J take a step in
        // double-double instead.
        let zero = match kind {
            Kind::J | Kind::Jp if zero <= MILLER_LIMIT => refine_dd(kind, v, zero),
            Kind::J | Kind::Y => polish(kind, v, zero),
            Kind::Jp | Kind::Yp => zero,
        };
        out.push(zero);
        previous = Some(zero);
        sign = -sign;
    }
    out
}
