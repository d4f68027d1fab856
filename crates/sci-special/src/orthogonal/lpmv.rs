//! `lpmv(m, v, x)`: Ferrers' associated Legendre function `P_v^m(x)` of integer order and
//! real degree on `[-1, 1]`, with the Condon-Shortley phase (SciPy's `lpmv`).
//!
//! Integer degrees are the polynomials of [`assoc_legendre_p`]. Otherwise, with `t = (1-x)/2`,
//! `P_v^m(x) = (-1)^m 2^-m (1-x^2)^(m/2) G(v) F(m-v, m+v+1; m+1; t)` (DLMF 14.3.1 with
//! `G(v) = Gamma(v+m+1)/Gamma(v-m+1)` and `F` the regularized 2F1). `F` is its power series
//! for `x >= -1/2` (`t <= 3/4`) and, below, the logarithmic expansion about `t = 1`
//! (DLMF 15.8.10, the degenerate case `c = a + b - m`) in `u = (1+x)/2 < 1/4`. The series
//! are evaluated at two consecutive degrees `v0, v0 + 1` congruent to `v`: the lowest ones
//! `>= m` (where `a = m - v0` is in `(-1, 0]` and the terms have one sign), or, below
//! `x = -1/2`, the highest ones where the logarithmic series does not cancel much
//! (`2 v0 sqrt(u)` up to about `min(m, 24)`), so as to start past the region where the
//! recurrence amplifies rounding; the recurrence in the degree (DLMF 14.10.3) then climbs to
//! `v` in double-double arithmetic.

use super::double_double::DoubleDouble as Dd;
use super::recurrence::{Scaled, ldexp, three_term};
use crate::{assoc_legendre_p, digamma, eval_legendre};

/// Euler's constant, `-psi(1)`.
const EULER: f64 = 0.577_215_664_901_532_9;
/// Below this `x` the logarithmic expansion about `x = -1` replaces the power series in
/// `(1-x)/2` (which converges for every `x > -1`, with terms of one sign at the starting
/// degrees, but slowly as `x` nears -1).
const LOG_SERIES_BELOW: f64 = -0.5;
/// The cap of `2 v sqrt((1+x)/2)` up to which the logarithmic series is summed at the
/// degree itself (chosen on the accuracy points: its terms' growth, bounded by
/// `exp(2 v sqrt((1+x)/2))`, stays well below that bound in practice).
const DIRECT_LIMIT: f64 = 24.0;
/// Beyond this degree the result is NaN: the cost grows like the degree (SciPy 1.17.1 is
/// NaN for degrees around `1e12`, and takes seconds from `1e9`).
const MAX_DEGREE: f64 = 1e8;
/// Most terms of the series (they converge like `(1/2)^k` times a power of `k`).
const MAX_TERMS: usize = 5000;

/// `x * y` for a scaled `x` and a plain `y`.
fn times(x: Scaled, y: f64) -> Scaled {
    Scaled {
        m: x.m.mul_f64(y),
        e: x.e,
    }
    .normalized()
}

/// The sum of two scaled values.
fn add(a: Scaled, b: Scaled) -> Scaled {
    if b.m.hi == 0.0 {
        return a;
    }
    if a.m.hi == 0.0 {
        return b;
    }
    let (big, small) = if a.e >= b.e { (a, b) } else { (b, a) };
    let shift = ldexp(1.0, small.e - big.e);
    Scaled {
        m: big.m + small.m.mul_f64(shift),
        e: big.e,
    }
    .normalized()
}

/// `G(v) = Gamma(v+m+1) / Gamma(v-m+1) = prod_{j=1-m}^{m} (v + j)`.
fn g_factor(m: u32, v: f64) -> Scaled {
    let mut g = Scaled::new(Dd::ONE);
    for j in (1 - i64::from(m))..=i64::from(m) {
        g = times(g, v + j as f64);
    }
    g
}

/// `1 / m!`.
fn inverse_factorial(m: u32) -> Scaled {
    let mut f = Scaled::new(Dd::ONE);
    for j in 1..=m {
        f = times(f, 1.0 / f64::from(j));
    }
    f
}

/// `H(v) = G(v) F(a, b; c; t) / Gamma(c)` with `c = m + 1`, `a = m - v`, `b = m + v + 1`, by
/// the power series of `F` (for `t <= 3/4`).
fn h_series(m: u32, v: f64, t: f64) -> Scaled {
    let (a, b, c) = (f64::from(m) - v, f64::from(m) + v + 1.0, f64::from(m) + 1.0);
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 0..MAX_TERMS {
        let k = k as f64;
        term *= (a + k) * (b + k) / ((c + k) * (k + 1.0)) * t;
        sum += term;
        if term == 0.0 || (term.abs() <= 1e-17 * sum.abs() && k > 2.0) {
            break;
        }
    }
    times(g_factor(m, v).mul(inverse_factorial(m)), sum)
}

/// The same `H(v)` by DLMF 15.8.10 in `u = 1 - t` (for `u < 1/4`). With `a - m = -v`,
/// `b - m = v + 1` and `G(v) / (Gamma(a) Gamma(b)) = (-1)^(m+1) sin(pi v) / pi` (reflection),
/// `H = (-1)^(m+1) sin(pi v)/pi (m-1)! u^-m sum_{k<m} (-v)_k (v+1)_k / (k! (1-m)_k) u^k
///    + (-1)^m sin(pi v)/pi G(v) sum_k (a)_k (b)_k / (k! (k+m)!) u^k
///      (ln u - psi(k+1) - psi(k+m+1) + psi(a+k) + psi(b+k))`.
fn h_log_series(m: u32, v: f64, u: f64) -> Scaled {
    let mf = f64::from(m);
    let (a, b) = (mf - v, mf + v + 1.0);
    let sin_v = crate::numeric::sinpi(v) / std::f64::consts::PI;
    let sign = if m.is_multiple_of(2) { 1.0 } else { -1.0 };
    // The finite part (absent for m = 0); every term is positive for v >= m.
    let mut finite = Scaled::new(Dd::ZERO);
    if m > 0 {
        let mut term = 1.0;
        let mut sum = 1.0;
        for k in 0..(m - 1) {
            let k = f64::from(k);
            term *= (k - v) * (v + 1.0 + k) / ((k + 1.0) * (1.0 - mf + k)) * u;
            sum += term;
        }
        // (m-1)! u^-m, scaled: large m with small u overflows f64.
        let mut scale = Scaled::new(Dd::new(1.0 / u));
        for j in 1..m {
            scale = times(scale, f64::from(j) / u);
        }
        finite = times(scale, -sign * sin_v * sum);
    }
    let ln_u = u.ln();
    let mut psi_k1 = -EULER; // psi(k + 1)
    let mut psi_km1 = -EULER + (1..=m).map(|j| 1.0 / f64::from(j)).sum::<f64>(); // psi(k+m+1)
    let mut psi_a = digamma(a);
    let mut psi_b = digamma(b);
    // (a)_k (b)_k u^k m! / (k! (k+m)!); the 1/m! is applied with G(v).
    let mut coef = 1.0;
    let mut sum = 0.0;
    for k in 0..MAX_TERMS {
        let kf = k as f64;
        let term = coef * (ln_u - psi_k1 - psi_km1 + psi_a + psi_b);
        sum += term;
        if term.abs() <= 1e-17 * sum.abs() && k > 2 {
            break;
        }
        coef *= (a + kf) * (b + kf) / ((kf + 1.0) * (kf + mf + 1.0)) * u;
        psi_k1 += 1.0 / (kf + 1.0);
        psi_km1 += 1.0 / (kf + mf + 1.0);
        psi_a += 1.0 / (a + kf);
        psi_b += 1.0 / (b + kf);
        if coef == 0.0 {
            break;
        }
    }
    let log_part = times(g_factor(m, v).mul(inverse_factorial(m)), sign * sin_v * sum);
    add(finite, log_part)
}

/// `H(v) = G(v) F(m - v, m + v + 1; m + 1; (1 - x)/2) / m!`.
fn h_reg(m: u32, v: f64, x: f64) -> Scaled {
    if x >= LOG_SERIES_BELOW {
        h_series(m, v, 0.5 * (1.0 - x))
    } else {
        h_log_series(m, v, 0.5 * (1.0 + x))
    }
}

/// `(-1)^m 2^-m (1 - x^2)^(m/2)`, scaled.
fn prefactor(m: u32, x: f64) -> Scaled {
    let s = (Dd::ONE - Dd::product(x, x)).sqrt().mul_f64(0.5);
    let mut k = Scaled::new(Dd::ONE);
    for _ in 0..m {
        k = Scaled { m: k.m * s, e: k.e }.normalized();
    }
    if m % 2 == 1 {
        k.m = -k.m;
    }
    k
}

/// Near `x = -1` the function is dominated by its part singular there, while the part
/// regular at `x = -1` (small there) grows with the degree like `v^(2m)`: the recurrence
/// from low degrees would amplify the rounding of the former into the latter. The
/// logarithmic series at the degree itself has terms up to about `exp(2 v sqrt(u))`,
/// `u = (1+x)/2`, so it is used where that stays small.
fn direct_near_minus_one(m: u32, v: f64, x: f64) -> bool {
    x < LOG_SERIES_BELOW && 2.0 * v * (0.5 * (1.0 + x)).sqrt() < start_limit(m)
}

/// The largest `2 v sqrt((1+x)/2)` at which the logarithmic series is used for order `m`:
/// it grows with the order, as the recurrence's amplification of rounding (about the
/// growth of the regular part, like `v^(2m)`, below the turning point) does.
fn start_limit(m: u32) -> f64 {
    f64::from(m).min(DIRECT_LIMIT)
}

/// `P_v^m(x)` for `m >= 0`, non-integer `v >= -1/2`, `-1 < x < 1`, scaled.
fn positive_order(m: u32, v: f64, x: f64) -> Scaled {
    let mf = f64::from(m);
    let k = prefactor(m, x);
    if v < mf || direct_near_minus_one(m, v, x) {
        return k.mul(h_reg(m, v, x));
    }
    let total = (v - mf).floor();
    let mut v0 = v - total;
    if x < LOG_SERIES_BELOW && total >= 1.0 {
        // Start as high as the logarithmic series allows: past the turning point of the
        // recurrence (about m / sqrt(1 - x^2)) it no longer amplifies rounding.
        let reach = start_limit(m) / (2.0 * (0.5 * (1.0 + x)).sqrt()) - 1.0;
        v0 += (reach - v0).floor().max(0.0).min(total - 1.0);
    }
    let steps = (v - v0).round();
    let h0 = h_reg(m, v0, x);
    if steps == 0.0 {
        return k.mul(h0);
    }
    let h1 = h_reg(m, v0 + 1.0, x);
    // Both on the scale of h0.
    let h1 = Dd::new(ldexp(1.0, h1.e - h0.e)) * h1.m;
    let p = three_term(steps as u64, h0.m, h1, |j, p, q| {
        let nu = v0 + j as f64;
        (p.mul_f64(x).mul_f64(2.0 * nu + 1.0) - q.mul_f64(nu + mf)).div_f64(nu - mf + 1.0)
    });
    k.mul(
        Scaled {
            m: p.m,
            e: p.e + h0.e,
        }
        .normalized(),
    )
}

/// `P_v^-m(x)` for an integer degree `0 <= v < m`, where `Gamma(v - m + 1)` has a pole and
/// `P_v^m = 0`: the terminating form of DLMF 14.3.1,
/// `((1-x)/(1+x))^(m/2) sum_j (v+1)_j (-v)_j / ((m+1)_j j!) t^j / m!`.
fn negative_order_low_degree(m: u32, v: f64, x: f64) -> f64 {
    let t = 0.5 * (1.0 - x);
    let mf = f64::from(m);
    let mut term = 1.0;
    let mut sum = 1.0;
    let mut j = 0.0;
    while j < v {
        term *= (v + 1.0 + j) * (j - v) / ((mf + 1.0 + j) * (j + 1.0)) * t;
        sum += term;
        j += 1.0;
    }
    let ratio = ((1.0 - x) / (1.0 + x)).sqrt();
    let mut k = Scaled::new(Dd::new(sum));
    for j in 1..=m {
        k = Scaled {
            m: k.m.mul_f64(ratio / f64::from(j)),
            e: k.e,
        }
        .normalized();
    }
    k.to_f64()
}

/// Associated Legendre function of integer order `m` and real degree `v`: SciPy's
/// `lpmv(m, v, x)`, Ferrers' function `P_v^m(x)` on `-1 <= x <= 1` with the Condon-Shortley
/// phase `(-1)^m`.
///
/// `m` must be an integer (NaN otherwise, as SciPy); negative orders use
/// `P_v^-m = (-1)^m Gamma(v-m+1)/Gamma(v+m+1) P_v^m`, and negative degrees
/// `P_v^m = P_{-v-1}^m`. Edge values as SciPy 1.17.1: `P_v^m(1) = 1` for `m = 0` and 0
/// otherwise; at `x = -1`, `(-1)^v` or 0 for integer `v`, and for non-integer `v` `-inf`
/// when `m = 0` and `+inf` otherwise (SciPy's signs); for integer `v` and `m > v`, 0. For
/// `|x| > 1`, `m = 0` with integer `v` gives the Legendre polynomial (as SciPy) and
/// everything else NaN (SciPy also returns its Legendre function of the first kind for
/// `m = 0`, non-integer `v` and `x > 1`: not provided). NaN for NaN or infinite arguments,
/// for `|m| > 1e6` and for `|v| > 1e8` (the cost grows like `v`).
/// Two cases where SciPy 1.17.1 returns NaN get the function's value: `m < -v` with
/// integer `v >= 0` (a terminating series), and large orders and degrees.
///
/// Integer degrees are [`assoc_legendre_p`]'s recurrence. Other degrees use the
/// hypergeometric form of DLMF 14.3.1 at two consecutive degrees congruent to `v` (a power
/// series in `(1-x)/2` for `x >= -1/2`, the logarithmic expansion of DLMF 15.8.10 in
/// `(1+x)/2` below), then the recurrence in the degree in double-double arithmetic. Cost
/// O(v + m) plus series of up to a few hundred terms.
///
/// # Accuracy
///
/// At most 2852 ULP (median 1) against mpmath's `legenp(v, m, x, type=2)` (50 digits) on
/// 1244 points: `m` in -20..20 (mostly 0..20), `v` in `[-30, 60]`, `x` uniform in `[-1, 1]`
/// and within `1e-12..0.1` of `±1`. The largest errors are next to zeros of the function and
/// for large `v` and `m` around `x = -0.85` (between the series about `x = -1` and the
/// recurrence). SciPy 1.17.1 on the same points: median 45 ULP, up to 1.3e19 ULP (wrong
/// signs and magnitudes next to `x = -1` for large degrees) and NaN at 8 points. Beyond the
/// measured domain, for degrees in the hundreds with orders above about 25, the start of
/// the recurrence can fall short of its turning point around `x = -0.9`, and the error
/// there reaches 1e-6..1e-2 relative (SciPy's is larger still on such points).
///
/// # Examples
///
/// ```
/// use sci_special::lpmv;
/// // P_2^1(x) = -3 x sqrt(1 - x^2)
/// let x = 0.5f64;
/// assert!((lpmv(1.0, 2.0, x) - (-3.0 * x * (1.0 - x * x).sqrt())).abs() < 1e-15);
/// // P_{1/2}(0) = sqrt(pi) / (Gamma(5/4) Gamma(1/4)) (DLMF 14.5.1)
/// assert!((lpmv(0.0, 0.5, 0.0) - 0.539_352_601_188_379_4).abs() < 1e-15);
/// assert!(lpmv(0.5, 2.0, 0.3).is_nan());
/// ```
///
/// # References
///
/// - DLMF 14.3.1, 14.9.3, 14.9.5, 14.10.3: <https://dlmf.nist.gov/14.3>
/// - DLMF 15.8.10: <https://dlmf.nist.gov/15.8>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.lpmv.html>
pub fn lpmv(m: f64, v: f64, x: f64) -> f64 {
    if m.is_nan() || v.is_nan() || x.is_nan() || !v.is_finite() || !x.is_finite() {
        return f64::NAN;
    }
    if m != m.trunc() || m.abs() > 1e6 || v.abs() > MAX_DEGREE {
        return f64::NAN;
    }
    let v = if v < 0.0 { -v - 1.0 } else { v };
    let integer_degree = v == v.trunc();
    if x.abs() > 1.0 {
        return if m == 0.0 && integer_degree && v < 9e15 {
            eval_legendre(v as i64, x)
        } else {
            f64::NAN
        };
    }
    let ma = m.abs() as u32;
    if integer_degree {
        if v < 9e15 {
            if m < 0.0 && f64::from(ma) > v {
                if x == -1.0 {
                    return f64::NAN;
                }
                return negative_order_low_degree(ma, v, x);
            }
            return assoc_legendre_p(v as i64, m as i64, x);
        }
        return f64::NAN;
    }
    if x == 1.0 {
        return if m == 0.0 { 1.0 } else { 0.0 };
    }
    if x == -1.0 {
        return if m == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let p = positive_order(ma, v, x);
    if m >= 0.0 {
        return p.to_f64();
    }
    // P_v^-m = (-1)^m P_v^m / G(v) (G nonzero for non-integer v).
    let g = g_factor(ma, v);
    let inverse = Scaled {
        m: Dd::ONE / g.m,
        e: -g.e,
    }
    .normalized();
    let sign = if ma % 2 == 1 { -1.0 } else { 1.0 };
    sign * inverse.mul(p).to_f64()
}
