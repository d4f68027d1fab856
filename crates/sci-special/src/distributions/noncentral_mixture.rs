//! The shared machinery of the non-central kernels (`chndtr`, `nctdtr`, `ncfdtr` and their
//! inverses): Poisson-type mixtures `sum_j w_j C(a0 + j)` of central distribution functions,
//! summed outward from the mode of the weights (Ding 1992; Benton and Krishnamoorthy 2003),
//! with the central terms carried by their two-term recurrence, and the bracketing solver of
//! the inverses.
//!
//! The weights are `w_j = mu^(s0 + j) e^-mu / Gamma(s0 + j + 1)` (the Poisson probabilities
//! for `s0 = 0`). A central ladder `C(a)` (the regularized incomplete gamma `P(a, z)` or beta
//! `I_x(a, b)`, or their complements) moves by one step `g(a) = P(a) - P(a + 1)`, itself a
//! product of powers. Each direction of the walk adds `g` to the growing side (stable) or
//! subtracts it from the decaying side; the decaying side is re-evaluated directly whenever it
//! has lost a factor 8 since its last direct value, and both every 16 steps (the rounding of
//! the multiplicative recurrences would otherwise accumulate over thousands of steps), so
//! every term keeps its relative accuracy. The shape `a0 + j` is carried exactly (two-sum)
//! and the direct values are moved to it to first order. The leading weight and steps come from Loader's saddle-point form
//! `z^s e^-z / Gamma(s + 1) = exp(-stirlerr(s) - bd0(s, z)) / sqrt(2 pi s)`, with `bd0`
//! carried in double-double arithmetic so that tiny terms keep their digits (C. Loader, *Fast
//! and accurate computation of binomial probabilities*, 2000).

use std::f64::consts::PI;

use crate::numeric::DoubleDouble;

/// Past this shape, `stirlerr` is its asymptotic series.
const STIRLING_CUTOFF: f64 = 15.0;

/// The most steps of a walk in one direction (the walks stop long before for parameters whose
/// weights are representable).
const MAX_STEPS: usize = 5_000_000;

/// The walks re-evaluate the ladder directly at least this often.
const REFRESH_EVERY: usize = 16;

/// `ln 2` as a double-double.
const LN_2: DoubleDouble = DoubleDouble::new(std::f64::consts::LN_2, 2.319_046_813_846_299_6e-17);

/// `ln Gamma(s + 1) - (s + 1/2) ln s + s - ln(2 pi) / 2` for `s >= 15`, by Stirling's series
/// (DLMF 5.11.1).
fn stirlerr(s: f64) -> f64 {
    let r = 1.0 / s;
    let r2 = r * r;
    r * (1.0 / 12.0
        - r2 * (1.0 / 360.0
            - r2 * (1.0 / 1260.0
                - r2 * (1.0 / 1680.0 - r2 * (1.0 / 1188.0 - r2 * (691.0 / 360_360.0))))))
}

/// `ln v` in double-double for `v > 0` normal: `v = 2^k m`, `m` in `[sqrt(1/2), sqrt(2))`,
/// `ln m = 2 atanh(u)`, `u = (m - 1) / (m + 1)`, with the first two terms of the series in
/// double-double (`|u| <= 0.172`, so the rest is below `3e-5` and `f64` serves).
fn ln_dd(v: DoubleDouble) -> DoubleDouble {
    let bits = v.hi.to_bits();
    let mut k = i64::from(((bits >> 52) & 0x7ff) as u16) - 1023;
    let mut m = f64::from_bits((bits & !(0x7ff << 52)) | (1023 << 52));
    if m > std::f64::consts::SQRT_2 {
        m *= 0.5;
        k += 1;
    }
    let lo = v.lo / 2f64.powi(k as i32);
    let num = DoubleDouble::new(m - 1.0, 0.0) + DoubleDouble::from_f64(lo);
    let den = DoubleDouble::from_f64(m) + DoubleDouble::from_f64(1.0) + DoubleDouble::from_f64(lo);
    let u = num / den;
    let u2 = u * u;
    let u3 = u2 * u;
    let s = u2.hi;
    let mut tail = 0.0f64;
    let mut j = 41.0;
    while j >= 5.0 {
        tail = tail.mul_add(s, 1.0 / j);
        j -= 2.0;
    }
    let series = u + u3 / 3.0 + DoubleDouble::from_f64(tail * s * u3.hi);
    LN_2 * (k as f64) + series * 2.0
}

/// `exp(-e)` for a double-double exponent.
fn exp_neg(e: DoubleDouble) -> f64 {
    (-e.hi).exp() * (1.0 - e.lo)
}

/// `z^s e^-z / Gamma(s + 1)` for `s >= 0`, `z >= 0` (the Poisson probability at integer `s`,
/// the step of the incomplete gamma ladder `P(s, z) - P(s + 1, z)` in general).
pub(super) fn power_term(s: f64, z: f64) -> f64 {
    if z == 0.0 {
        return if s == 0.0 { 1.0 } else { 0.0 };
    }
    if !z.is_finite() {
        return 0.0;
    }
    if s < STIRLING_CUTOFF {
        // powf and exp are correctly rounded to an ULP or so at any size: the direct product
        // is accurate whenever nothing leaves the normal range.
        let head = z.powf(s) * crate::rgamma(s + 1.0);
        if head.is_normal() && z <= 1400.0 {
            let half = (-0.5 * z).exp();
            let value = head * half * half;
            if value.is_normal() {
                return value;
            }
        }
        return (s * z.ln() - z - crate::gammaln(s + 1.0)).exp();
    }
    // s ln(s / z) + z - s + stirlerr(s), all in double-double.
    let q = DoubleDouble::from_f64(s) / DoubleDouble::from_f64(z);
    let exponent = ln_dd(q) * s + DoubleDouble::from_f64(z) - DoubleDouble::from_f64(s)
        + DoubleDouble::from_f64(stirlerr(s));
    exp_neg(exponent) / (2.0 * PI * s).sqrt()
}

/// `z^p` for `z` one of `x`, `y = 1 - x`: through `ln(1 - w)` where `z = 1 - w` is the
/// rounded one of the pair.
fn power(z: f64, p: f64, other: f64) -> f64 {
    if z > 0.5 && other < 0.5 {
        (p * (-other).ln_1p()).exp()
    } else {
        z.powf(p)
    }
}

/// `x^a y^b Gamma(a + b) / (Gamma(a + 1) Gamma(b))` for `a, b > 0`, `0 < x < 1`,
/// `y = 1 - x`: the step `I_x(a, b) - I_x(a + 1, b)` of the incomplete beta ladder.
pub(super) fn beta_term(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if a.min(b) < STIRLING_CUTOFF {
        let head = power(x, a, y) * power(y, b, x);
        let denominator = a * crate::beta(a, b);
        if head.is_normal() && denominator.is_normal() && head > 1e-290 {
            let value = head / denominator;
            if value.is_normal() && value.is_finite() {
                return value;
            }
        }
        let ln_x = if x <= 0.5 { x.ln() } else { (-y).ln_1p() };
        let ln_y = if y <= 0.5 { y.ln() } else { (-x).ln_1p() };
        return (a * ln_x + b * ln_y - a.ln() - crate::betaln(a, b)).exp();
    }
    // Gamma(n + 1) / (Gamma(a + 1) Gamma(b + 1)) x^a y^b with n = a + b is
    // sqrt(n / (2 pi a b)) exp(stirlerr(n) - stirlerr(a) - stirlerr(b) - K),
    // K = a ln(a / (n x)) + b ln(b / (n y)) >= 0 carried in double-double.
    // The larger of x, y is the complement of the smaller exactly (y^b with b in the
    // thousands would amplify its own rounding b times).
    let one = DoubleDouble::from_f64(1.0);
    let (xd, yd) = if x <= y {
        (DoubleDouble::from_f64(x), one - DoubleDouble::from_f64(x))
    } else {
        (one - DoubleDouble::from_f64(y), DoubleDouble::from_f64(y))
    };
    let n = DoubleDouble::from_f64(a) + DoubleDouble::from_f64(b);
    let qa = DoubleDouble::from_f64(a) / (n * xd);
    let qb = DoubleDouble::from_f64(b) / (n * yd);
    let k = ln_dd(qa) * a + ln_dd(qb) * b;
    let n = n.hi + n.lo;
    let stirling = stirlerr(n) - stirlerr(a) - stirlerr(b);
    let exponent = k - DoubleDouble::from_f64(stirling);
    (n / (2.0 * PI * a * b)).sqrt() * exp_neg(exponent) * b / n
}

/// A shape `a0 + j` carried exactly as `hi + lo`: `a0` has all 53 bits and `j` is an integer,
/// so the rounded sum alone would move the shape by up to half an ULP, and the central terms
/// with it by `|d ln C / da|` times that (hundreds of ULP for the tails at large `a`).
#[derive(Clone, Copy)]
pub(super) struct Shape {
    hi: f64,
    lo: f64,
}

impl Shape {
    /// `a0 + j` exactly (Knuth's two-sum).
    fn new(a0: f64, j: f64) -> Shape {
        let hi = a0 + j;
        let v = hi - a0;
        Shape {
            hi,
            lo: (a0 - (hi - v)) + (j - v),
        }
    }

    /// `(a + c)` as a rounded value and its correction, for a small integer or exact `c`.
    fn plus(self, c: f64) -> (f64, f64) {
        let s = Shape::new(self.hi, c);
        (s.hi, s.lo + self.lo)
    }
}

/// `f(hi)` moved to `f(hi + lo)` to first order, given `d ln f / da` (`lo` is below an ULP of
/// `hi`, so the derivative needs only a few digits).
fn nudge(value: f64, lo: f64, log_slope: f64) -> f64 {
    if lo == 0.0 || !log_slope.is_finite() {
        value
    } else {
        value * (lo * log_slope).exp()
    }
}

/// `u / v` for `u = uh + ul`, `v = vh + vl` with small corrections.
fn ratio_of(uh: f64, ul: f64, vh: f64, vl: f64) -> f64 {
    uh / vh * (1.0 + (ul / uh - vl / vh))
}

/// A ladder of central distribution functions `C(a)` (`a` the shape that the mixture index
/// moves) with its complement.
pub(super) trait Ladder {
    /// `(C(a), 1 - C(a))`, each to full relative precision.
    fn pair(&self, a: Shape) -> (f64, f64);
    /// `g(a) = C(a) - C(a + 1) > 0`.
    fn step(&self, a: Shape) -> f64;
    /// `g(a + 1) / g(a)`.
    fn ratio(&self, a: Shape) -> f64;
}

/// `P(a, z)`, the regularized lower incomplete gamma function at fixed `z > 0`.
pub(super) struct GammaLadder {
    /// The argument (half the chi-square variate).
    pub(super) z: f64,
}

/// `sum_n prod_(k=1..n) r(k)` for a ratio `r` that falls below 1 (the hypergeometric tails
/// of the power series below); `None` when it has not converged after many terms.
fn ratio_series(r: impl Fn(f64) -> f64) -> Option<f64> {
    let (mut term, mut sum) = (1.0f64, 1.0f64);
    for k in 1..20_000 {
        term *= r(f64::from(k));
        sum += term;
        if term <= 0.25 * f64::EPSILON * sum {
            return Some(sum);
        }
    }
    None
}

/// `(p, q)` with the smaller one nudged by `log_slope` and the other its complement.
fn nudge_pair((p, q): (f64, f64), lo: f64, log_slope: f64) -> (f64, f64) {
    if p <= q {
        let p = nudge(p, lo, log_slope);
        (p, 1.0 - p)
    } else {
        let q = nudge(q, lo, log_slope);
        (1.0 - q, q)
    }
}

impl GammaLadder {
    /// `d ln P(a, z) / da ~ d ln Q(a, z) / da ~ ln z - psi(a + 1)` in the tails.
    fn log_slope(&self, a: f64) -> f64 {
        self.z.ln() - crate::digamma(a + 1.0)
    }
}

impl Ladder for GammaLadder {
    fn pair(&self, shape: Shape) -> (f64, f64) {
        let (z, a) = (self.z, shape.hi);
        // Below the mean, P = z^a e^-z / Gamma(a + 1) sum_n z^n / ((a + 1) ... (a + n))
        // (DLMF 8.7.1) from the same accurate power as the steps, down to the smallest values.
        let pq = if z < a
            && (a < 1e4 || z < 0.9 * a)
            && let Some(sum) = ratio_series(|k| z / (a + k))
        {
            let p = power_term(a, z) * sum;
            (p, 1.0 - p)
        } else {
            (crate::gammainc(a, z), crate::gammaincc(a, z))
        };
        nudge_pair(pq, shape.lo, self.log_slope(a))
    }
    fn step(&self, shape: Shape) -> f64 {
        let value = power_term(shape.hi, self.z);
        nudge(value, shape.lo, self.log_slope(shape.hi))
    }
    fn ratio(&self, shape: Shape) -> f64 {
        let (h, l) = shape.plus(1.0);
        ratio_of(self.z, 0.0, h, l)
    }
}

/// `I_x(a, b)`, the regularized incomplete beta function at fixed `b > 0`, `0 < x < 1`.
pub(super) struct BetaLadder {
    /// The second shape.
    b: f64,
    /// The argument, rounded; the smaller of `x`, `y` is the one carried exactly.
    x: f64,
    /// `1 - x`, rounded.
    y: f64,
    /// The rounding error of `x` (the true argument is `x + x_lo`, `y - x_lo`).
    x_lo: f64,
}

impl BetaLadder {
    /// The ladder at `x = u / (u + v)`, `y = v / (u + v)` (`u, v > 0` double-double), with
    /// the rounding of `x` kept: in the far tails `I_x` moves by `|a - (a + b) x| / y` times
    /// the relative change of `x`, hundreds of ULP for an ULP of `x`. `None` when `x` or `y`
    /// rounds to 0.
    pub(super) fn new(b: f64, u: DoubleDouble, v: DoubleDouble) -> Option<BetaLadder> {
        let sum = u + v;
        let x = u / sum;
        let y = v / sum;
        if x.hi == 0.0 || y.hi == 0.0 || !(x.hi.is_finite() && y.hi.is_finite()) {
            return None;
        }
        Some(if x.hi <= y.hi {
            BetaLadder {
                b,
                x: x.hi,
                y: 1.0 - x.hi,
                x_lo: x.lo,
            }
        } else {
            BetaLadder {
                b,
                x: 1.0 - y.hi,
                y: y.hi,
                x_lo: -y.lo,
            }
        })
    }

    /// `d ln(x^a y^b) / dx`, the sensitivity of the ladder's steps to `x`.
    fn x_slope(&self, a: f64) -> f64 {
        a / self.x - self.b / self.y
    }
}

impl BetaLadder {
    /// `d ln I_x(a, b) / da ~ ln x + psi(a + b) - psi(a + 1)` in the tails.
    fn log_slope(&self, a: f64) -> f64 {
        let ln_x = if self.x <= 0.5 {
            self.x.ln()
        } else {
            (-self.y).ln_1p()
        };
        ln_x + crate::digamma(a + self.b) - crate::digamma(a + 1.0)
    }
}

impl Ladder for BetaLadder {
    fn pair(&self, shape: Shape) -> (f64, f64) {
        let (a, b, x, y) = (shape.hi, self.b, self.x, self.y);
        // Away from the mean, the tail is x^a y^b Gamma(a + b) / (Gamma(a + 1) Gamma(b))
        // 2F1(a + b, 1; a + 1; x) (DLMF 8.17.8), from the same accurate power as the steps.
        let pq = if x * (a + b) <= 0.9 * a
            && let Some(sum) = ratio_series(|k| (a + b + k - 1.0) * x / (a + k))
        {
            let p = beta_term(a, b, x, y) * sum;
            (p, 1.0 - p)
        } else if y * (a + b) <= 0.9 * b
            && let Some(sum) = ratio_series(|k| (a + b + k - 1.0) * y / (b + k))
        {
            let q = beta_term(b, a, y, x) * sum;
            (1.0 - q, q)
        } else {
            crate::incomplete::beta_pair(a, b, x, y)
        };
        // dI/dx = x^(a-1) y^(b-1) / B(a, b) = step a / (x y), exactly at first order.
        let shift = beta_term(a, b, x, y) * a / (x * y) * self.x_lo;
        let (p, q) = if pq.0 <= pq.1 {
            let p = pq.0 + shift;
            (p, 1.0 - p)
        } else {
            let q = pq.1 - shift;
            (1.0 - q, q)
        };
        nudge_pair((p, q), shape.lo, self.log_slope(a))
    }
    fn step(&self, shape: Shape) -> f64 {
        let a = shape.hi;
        let value = beta_term(a, self.b, self.x, self.y);
        let value = nudge(value, self.x_lo, self.x_slope(a));
        nudge(value, shape.lo, self.log_slope(a))
    }
    fn ratio(&self, shape: Shape) -> f64 {
        let (nh, nl) = shape.plus(self.b);
        let (dh, dl) = shape.plus(1.0);
        self.x * ratio_of(nh, nl, dh, dl)
    }
}

/// The state of one walk: weight, ladder value, ladder step, and the last directly evaluated
/// value (the anchor of the decaying side).
#[derive(Clone, Copy)]
struct Walk {
    w: f64,
    value: f64,
    step: f64,
    anchor: f64,
}

impl Walk {
    /// Whether the step about to be carried forward has lost digits in the subnormal range
    /// while it still matters (the value is small too).
    fn fragile(&self) -> bool {
        !self.step.is_normal() && self.value < 1e-200
    }

    /// Re-evaluates the ladder directly at `a` when the recurrence may have lost digits: the
    /// decaying side after a factor 8 of cancellation, the growing side while it is still
    /// below the normal range (its seed may have underflowed), or after a subnormal step.
    fn refresh(
        &mut self,
        ladder: &impl Ladder,
        a: Shape,
        upper: bool,
        decaying: bool,
        fragile: bool,
    ) {
        let stale = if decaying {
            self.value < 0.125 * self.anchor
        } else {
            self.value < 1e-280
        };
        if stale || fragile || !self.step.is_finite() {
            let (p, q) = ladder.pair(a);
            self.value = if upper { q } else { p };
            self.step = ladder.step(a);
            self.anchor = self.value;
        }
    }
}

/// `sum_j w_j C(a0 + j)` (`upper = false`) or `sum_j w_j (1 - C(a0 + j))` (`upper = true`),
/// `w_j = mu^(s0 + j) e^-mu / Gamma(s0 + j + 1)`, `mu >= 0` finite, summed outward from the
/// mode of the weights until the rest is below a quarter ULP of the sum.
pub(super) fn mixture(ladder: &impl Ladder, a0: f64, s0: f64, mu: f64, upper: bool) -> f64 {
    let pick = |(p, q): (f64, f64)| if upper { q } else { p };
    if mu == 0.0 {
        return if s0 == 0.0 {
            pick(ladder.pair(Shape::new(a0, 0.0)))
        } else {
            0.0
        };
    }
    let m = (mu - s0).floor().max(0.0);
    let value = pick(ladder.pair(Shape::new(a0, m)));
    let start = Walk {
        w: power_term(s0 + m, mu),
        value,
        step: ladder.step(Shape::new(a0, m)),
        anchor: value,
    };
    let tolerance = 0.25 * f64::EPSILON;
    let mut sum = start.w * start.value;

    // Downward: C grows as the shape falls, 1 - C decays.
    let mut walk = start;
    let mut j = m;
    let decaying = upper;
    let mut steps = 0;
    while j > 0.0 && steps < MAX_STEPS {
        steps += 1;
        walk.w *= (s0 + j) / mu;
        j -= 1.0;
        let a = Shape::new(a0, j);
        let fragile = walk.fragile() || steps % REFRESH_EVERY == 0;
        walk.step /= ladder.ratio(a);
        walk.value += if upper { -walk.step } else { walk.step };
        walk.refresh(ladder, a, upper, decaying, fragile);
        sum += walk.w * walk.value;
        let r = (s0 + j) / mu;
        let cap = if decaying { walk.value } else { 1.0 };
        if walk.w == 0.0 || cap * walk.w * r / (1.0 - r) <= tolerance * sum {
            break;
        }
    }

    // Upward: C decays as the shape rises, 1 - C grows.
    let mut walk = start;
    let mut j = m;
    let decaying = !upper;
    for step_count in 1..MAX_STEPS {
        let fragile = walk.fragile() || step_count % REFRESH_EVERY == 0;
        walk.value += if upper { walk.step } else { -walk.step };
        walk.step *= ladder.ratio(Shape::new(a0, j));
        j += 1.0;
        walk.w *= mu / (s0 + j);
        walk.refresh(ladder, Shape::new(a0, j), upper, decaying, fragile);
        sum += walk.w * walk.value;
        if walk.w == 0.0 {
            break;
        }
        let r = mu / (s0 + j + 1.0);
        let cap = if decaying { walk.value } else { 1.0 };
        if r < 1.0 && cap * walk.w * r / (1.0 - r) <= tolerance * sum {
            break;
        }
    }
    sum
}

/// Finds the root of `f`, increasing on `[lower, upper]` (either end may be infinite), from
/// `guess` inside: the bracket grows outward (geometrically for a positive domain, by doubling
/// steps otherwise), then shrinks by the Illinois variant of regula falsi, with a
/// (geometric where the bracket spans decades) bisection whenever it stalls, until it is a few
/// ULP wide. Returns NaN when `f` does not change sign or is NaN.
pub(super) fn solve_increasing(f: impl Fn(f64) -> f64, guess: f64, lower: f64, upper: f64) -> f64 {
    let positive = lower >= 0.0;
    let f_guess = f(guess);
    if f_guess == 0.0 {
        return guess;
    }
    if f_guess.is_nan() {
        return f64::NAN;
    }
    // Bracket [lo, hi] with f(lo) < 0 < f(hi).
    let go_up = f_guess < 0.0;
    let (mut a, mut fa) = (guess, f_guess);
    let mut step = guess.abs().max(1.0);
    let (mut b, mut fb);
    let mut tries = 0;
    loop {
        tries += 1;
        b = if positive {
            if go_up { a * 2.0 } else { a * 0.5 }
        } else if go_up {
            a + step
        } else {
            a - step
        };
        b = b.clamp(lower, upper);
        fb = f(b);
        if fb.is_nan() {
            return f64::NAN;
        }
        if fb == 0.0 {
            return b;
        }
        if (fb > 0.0) != (fa > 0.0) {
            break;
        }
        if b == lower || b == upper || tries > 4000 || (positive && b == 0.0) {
            return f64::NAN;
        }
        a = b;
        fa = fb;
        step *= 2.0;
    }
    let (mut lo, mut flo, mut hi, mut fhi) = if fa < 0.0 {
        (a, fa, b, fb)
    } else {
        (b, fb, a, fa)
    };
    // Illinois: the working value of an end kept twice in a row is halved; a bisection
    // whenever the bracket has not halved in two steps.
    let (mut wlo, mut whi) = (flo, fhi);
    let mut side = 0i32;
    let mut slow = 0;
    let mut previous_width = f64::INFINITY;
    for _ in 0..400 {
        let width = hi - lo;
        if width <= 2.0 * f64::EPSILON * lo.abs().max(hi.abs()) {
            break;
        }
        let spans_decades = if positive {
            lo == 0.0 || hi > 8.0 * lo
        } else if (lo < 0.0) != (hi < 0.0) {
            width > 8.0
        } else {
            lo.abs().max(hi.abs()) > 8.0 * lo.abs().min(hi.abs()).max(1e-300)
        };
        let mut c = if spans_decades {
            if positive {
                if lo == 0.0 {
                    hi * 1e-8
                } else {
                    (lo * hi).sqrt()
                }
            } else if (lo < 0.0) != (hi < 0.0) {
                0.0
            } else {
                lo.signum() * (lo * hi).sqrt()
            }
        } else if slow >= 2 {
            0.5 * (lo + hi)
        } else {
            lo - wlo * (width / (whi - wlo))
        };
        if !(c > lo && c < hi) {
            c = 0.5 * (lo + hi);
            if !(c > lo && c < hi) {
                break;
            }
        }
        let fc = f(c);
        if fc.is_nan() {
            return f64::NAN;
        }
        if fc == 0.0 {
            return c;
        }
        if fc < 0.0 {
            lo = c;
            flo = fc;
            wlo = fc;
            if side == -1 {
                whi *= 0.5;
            }
            side = -1;
        } else {
            hi = c;
            fhi = fc;
            whi = fc;
            if side == 1 {
                wlo *= 0.5;
            }
            side = 1;
        }
        let new_width = hi - lo;
        slow = if new_width > 0.5 * previous_width {
            slow + 1
        } else {
            0
        };
        previous_width = new_width;
    }
    if -flo <= fhi { lo } else { hi }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn power_term_is_the_poisson_probability() {
        // e^-3 3^4 / 4!
        let want = (-3.0f64).exp() * 81.0 / 24.0;
        assert!((power_term(4.0, 3.0) - want).abs() <= 1e-15 * want);
        // Loader's form against the direct one at s = 20.
        let direct = 7.0f64.powi(20) * (-7.0f64).exp() / crate::gamma(21.0);
        assert!((power_term(20.0, 7.0) - direct).abs() <= 1e-14 * direct);
    }

    #[test]
    fn beta_term_is_the_ladder_step() {
        for &(a, b, x) in &[(2.5, 3.0, 0.3), (20.0, 30.0, 0.45), (40.0, 17.0, 0.8)] {
            let y = 1.0 - x;
            let step = crate::betainc(a, b, x) - crate::betainc(a + 1.0, b, x);
            let t = beta_term(a, b, x, y);
            assert!((t - step).abs() <= 1e-12 * step, "{a} {b} {x}: {t} {step}");
        }
    }

    #[test]
    fn solver_finds_roots_across_decades() {
        let r = solve_increasing(|x| x * 1e200 - 3.0, 1.0, 0.0, f64::INFINITY);
        assert!((r - 3e-200).abs() <= 4e-16 * r, "{r}");
        let r = solve_increasing(|t| t * t * t + 8.0, 1.0, f64::NEG_INFINITY, f64::INFINITY);
        assert!((r + 2.0).abs() <= 1e-15);
    }
}
