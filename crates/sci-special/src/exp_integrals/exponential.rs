//! The exponential integrals `E1(x)`, `Ei(x)` and `E_n(x)`: power series for small arguments,
//! the continued fraction of `E_n` (DLMF 8.19.17, evaluated by the modified Lentz method) for
//! larger ones, the asymptotic series of `Ei` for large positive `x` (DLMF 6.12.2), and a
//! Taylor series about the zero of `Ei` (`roots`).

use super::EULER;
use super::double_double::Dd;
use super::roots::EI_ROOT;

/// Below this, Lentz's method replaces a zero denominator.
const TINY: f64 = 1e-300;

/// `E1(x) = -gamma - ln x - sum_{k>=1} (-x)^k / (k k!)` (DLMF 6.6.2), for `0 < x <= 1`.
fn e1_series(x: f64) -> f64 {
    let mut term = 1.0;
    let mut sum = 0.0;
    for k in 1..60 {
        let kf = f64::from(k);
        term *= -x / kf;
        let t = term / kf;
        sum += t;
        if t.abs() < 1e-17 * sum.abs() {
            break;
        }
    }
    -EULER - x.ln() - sum
}

/// The continued fraction `E_n(x) e^x = 1/(x + n - 1 n/(x + n + 2 - 2 (n + 1)/(x + n + 4 - ...)))`
/// (DLMF 8.19.17); `n >= 1`, `x > 0`. A forward pass of the modified Lentz method finds how
/// many terms converge to double precision; the fraction is then summed backward over them,
/// which does not accumulate the rounding of the forward product of ratios.
fn en_fraction(n: f64, x: f64) -> f64 {
    let mut b = x + n;
    let mut c = 1.0 / TINY;
    let mut d = 1.0 / b;
    let mut terms = 1000;
    for i in 1..1000 {
        let fi = f64::from(i);
        let a = -fi * (n - 1.0 + fi);
        b += 2.0;
        d = a.mul_add(d, b);
        if d.abs() < TINY {
            d = TINY;
        }
        c = b + a / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        if (c * d - 1.0).abs() < 1e-17 {
            terms = i + 5;
            break;
        }
    }
    let mut tail = 0.0;
    for i in (1..=terms).rev() {
        let fi = f64::from(i);
        tail = fi * (n - 1.0 + fi) / (2.0f64.mul_add(fi, x + n) - tail);
    }
    1.0 / (x + n - tail)
}

/// `e^{-x} h` without the early underflow of `e^{-x}` for `x` near 745.
fn scaled_exp(x: f64, h: f64) -> f64 {
    if x < 700.0 {
        (-x).exp() * h
    } else {
        (-0.5 * x).exp() * h * (-0.5 * x).exp()
    }
}

/// The exponential integral `E1(x) = ∫_x^∞ e^{-t} / t dt`.
///
/// SciPy's real `exp1`: defined for `x >= 0`; `E1(0) = inf`, `E1(inf) = 0`, NaN for `x < 0`
/// (the real function has a branch cut there). Power series for `x <= 1`, continued fraction
/// above; results below the smallest subnormal are 0.
///
/// # Accuracy
///
/// At most 4 ULP (SciPy: 13) on 1000 points with `x` in `[1e-300, 745]`, measured against
/// mpmath.
///
/// # Examples
///
/// ```
/// use sci_special::exp1;
/// assert!((exp1(1.0) - 0.219_383_934_395_520_3).abs() < 1e-15);
/// assert!(exp1(0.0).is_infinite() && exp1(-1.0).is_nan());
/// ```
///
/// # References
///
/// - DLMF 6.2.1, 6.6.2, 8.19.17.
/// - SciPy: `scipy.special.exp1`.
pub fn exp1(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::INFINITY;
    }
    if x <= 1.0 {
        return e1_series(x);
    }
    if x > 746.0 {
        return 0.0;
    }
    scaled_exp(x, en_fraction(1.0, x))
}

/// `Ei(x) = gamma + ln x + sum_{k>=1} x^k / (k k!)` (DLMF 6.6.1), for `0 < x <= 50`, the
/// terms and their sum in double-double arithmetic.
fn ei_series(x: f64) -> f64 {
    let mut term = Dd::new(1.0);
    let mut sum = Dd::new(0.0);
    for k in 1..200 {
        let kf = f64::from(k);
        term = term.mul(x).div(kf);
        let t = term.div(kf);
        sum = sum.add(t);
        if t.hi < 1e-17 * sum.hi {
            break;
        }
    }
    sum.add(Dd::new(EULER)).add(Dd::new(x.ln())).value()
}

/// `Ei(x) x e^{-x} ~ sum_k k! / x^k` (DLMF 6.12.2), for `x >= 50`, where the smallest term is
/// below `1e-20`.
fn ei_asymptotic(x: f64) -> f64 {
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 1..100 {
        let next = term * f64::from(k) / x;
        if next > term {
            break;
        }
        term = next;
        sum += term;
        if term < 1e-17 * sum {
            break;
        }
    }
    // e^x / x, split so it does not overflow before the division by x.
    let half = (0.5 * x).exp();
    half * (half / x * sum)
}

/// The exponential integral `Ei(x) = -PV ∫_{-x}^∞ e^{-t} / t dt`.
///
/// Defined for every real `x`: `Ei(0) = -inf`, `Ei(-inf) = -0`, `Ei(inf) = inf`, and
/// `Ei(x) = -E1(-x)` for `x < 0`. Power series for `0 < x <= 50` (a Taylor series about the
/// zero `x0 = 0.3725...` within 0.1 of it), asymptotic series above; `Ei(x)` is finite up to
/// `x ≈ 716.3` (SciPy already returns inf from `x ≈ 709.8`).
///
/// # Accuracy
///
/// At most 5 ULP (SciPy: 2e11, near the zero) on 1040 points with `|x|` in `[1e-300, 709.7]`,
/// both signs and near the zero,
/// measured against mpmath.
///
/// # Examples
///
/// ```
/// use sci_special::expi;
/// assert!((expi(1.0) - 1.895_117_816_355_936_8).abs() < 1e-15);
/// assert!((expi(-1.0) + 0.219_383_934_395_520_3).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 6.2.5, 6.6.1, 6.12.2.
/// - SciPy: `scipy.special.expi`.
pub fn expi(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x < 0.0 {
        return -exp1(-x);
    }
    if EI_ROOT.near(x, 0.1) {
        return EI_ROOT.eval(x);
    }
    if x <= 50.0 {
        return ei_series(x);
    }
    if x > 720.0 {
        return f64::INFINITY;
    }
    ei_asymptotic(x)
}

/// The generalized exponential integral `E_n(x) = ∫_1^∞ e^{-x t} / t^n dt` for integer
/// `n >= 0`.
///
/// SciPy's domain: NaN for `n < 0` or `x < 0`; at `x = 0`, `inf` for `n <= 1` and `1/(n - 1)`
/// otherwise; `E_0(x) = e^{-x}/x`. Power series (DLMF 8.19.8) for `x <= 1`, continued fraction
/// (DLMF 8.19.17) above.
///
/// # Accuracy
///
/// At most 8 ULP (SciPy: 225) on 1000 points with `n` in `[0, 10000]`, `x` in `[1e-10, 630]`, measured
/// against mpmath.
///
/// # Examples
///
/// ```
/// use sci_special::{exp1, expn};
/// assert!((expn(1, 2.5) - exp1(2.5)).abs() < 1e-17);
/// // E_2(1) = e^{-1} - E_1(1).
/// assert!((expn(2, 1.0) - (-1.0f64).exp() + exp1(1.0)).abs() < 1e-15);
/// assert_eq!(expn(3, 0.0), 0.5);
/// ```
///
/// # References
///
/// - DLMF 8.19.1, 8.19.8, 8.19.17.
/// - SciPy: `scipy.special.expn`.
pub fn expn(n: i32, x: f64) -> f64 {
    if x.is_nan() || n < 0 || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return if n <= 1 {
            f64::INFINITY
        } else {
            1.0 / f64::from(n - 1)
        };
    }
    if x.is_infinite() {
        return 0.0;
    }
    match n {
        0 => {
            if x > 746.0 {
                0.0
            } else {
                scaled_exp(x, 1.0 / x)
            }
        }
        1 => exp1(x),
        _ if x <= 1.0 => en_series(n, x),
        _ => {
            if x > 746.0 {
                0.0
            } else {
                scaled_exp(x, en_fraction(f64::from(n), x))
            }
        }
    }
}

/// `E_n(x) = (-x)^{n-1}/(n-1)! (psi(n) - ln x) - sum_{k != n-1} (-x)^k / ((k - n + 1) k!)`
/// (DLMF 8.19.8), for `n >= 2`, `0 < x <= 1`.
fn en_series(n: i32, x: f64) -> f64 {
    let nm1 = f64::from(n - 1);
    // The k = 0 term.
    let mut sum = 1.0 / nm1;
    let mut term = 1.0; // (-x)^k / k!
    let mut special = 0.0;
    for k in 1..400 {
        let kf = f64::from(k);
        term *= -x / kf;
        if k == n - 1 {
            // psi(n) = -gamma + sum_{j < n} 1/j.
            let psi = -EULER + (1..n).map(|j| 1.0 / f64::from(j)).sum::<f64>();
            special = term * (psi - x.ln());
            continue;
        }
        let t = -term / (kf - nm1);
        sum += t;
        // Stop once the terms are negligible, including the special term still to come.
        if t.abs() < 1e-17 * sum.abs() && (k >= n || term.abs() < 1e-17 * sum.abs()) {
            break;
        }
    }
    sum + special
}
