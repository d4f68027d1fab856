//! The Gauss power series `sum_k (a)_k (b)_k / ((c)_k k!) z^k` (DLMF 15.2.1) of `hyp2f1`, in
//! f64 with an estimate of its cancellation, and in double-double arithmetic for the sums that
//! cancel; the parameters and the argument may be double-doubles, so that the exact values of
//! `c - a`, `c - b` and `z / (z - 1)` of the linear transformations reach the series.

use crate::numeric::DoubleDouble;

/// The series give up after this many terms (the callers only sum them for `|z| <= 0.99`);
/// a sum that has not converged by then reports an infinite cancellation.
const MAX_TERMS: usize = 20_000;

/// An f64 sum of the series with the ratio of its largest term to the sum: the number of
/// ULPs of the largest term the result may have lost.
#[derive(Debug, Clone, Copy)]
pub(super) struct SeriesSum {
    /// The sum.
    pub(super) value: f64,
    /// Largest term over `|sum|` (`inf` when the sum vanishes or is not finite).
    pub(super) cancellation: f64,
    /// The number of terms summed: each term is the previous one times a rounded ratio, so
    /// the error of the f64 sum grows with it.
    pub(super) terms: usize,
}

impl SeriesSum {
    /// Whether the series converged (or terminated) within the term limit.
    pub(super) fn complete(&self) -> bool {
        self.terms <= MAX_TERMS
    }
}

/// Whether the series with parameters `[a, b, c, z]` has converged after the term `term`
/// (index `k`): the term no longer changes the sum in the precision `tol`, and the terms
/// cannot grow again.
pub(super) fn converged([a, b, c, z]: [f64; 4], k: f64, term: f64, sum: f64, tol: f64) -> bool {
    if term.abs() > tol * sum.abs() {
        return false;
    }
    if z == 0.0 {
        return true;
    }
    if z.abs() >= 1.0 {
        // Only a terminating series is summed there, to its end.
        return false;
    }
    // The term ratio (a+j+1)(b+j+1)|z|/((c+j+1)(j+2)) dips near j = -a, -b and soars near
    // j = -c; past those, it is below 1 exactly where the concave quadratic
    // f(j) = (a+j+1)(b+j+1) - (c+j+1)(j+2)/|z| is negative, and stays so for all j >= k once
    // f is also decreasing at k.
    let j = k + 1.0;
    if j <= 1.0 + (-a).max(-b).max(-c) {
        return false;
    }
    let inv = 1.0 / z.abs();
    let f = (a + j) * (b + j) - (c + j) * (j + 1.0) * inv;
    let slope = (a + j) + (b + j) - ((c + j) + (j + 1.0)) * inv;
    f < 0.0 && slope <= 0.0
}

/// The series in f64; it terminates when `a` or `b` is a nonpositive integer (before a pole
/// of `(c)_k` when `c` is a nonpositive integer smaller than it).
pub(super) fn series(a: f64, b: f64, c: f64, z: f64) -> SeriesSum {
    let mut term = 1.0f64;
    let mut sum = 1.0f64;
    let mut largest = 1.0f64;
    let mut terms = 1;
    for k in 0..MAX_TERMS {
        let kf = k as f64;
        if a + kf == 0.0 || b + kf == 0.0 {
            break;
        }
        terms += 1;
        term *= (a + kf) * (b + kf) / ((c + kf) * (kf + 1.0)) * z;
        sum += term;
        largest = largest.max(term.abs());
        if term == 0.0 || !sum.is_finite() {
            break;
        }
        if converged([a, b, c, z], kf, term, sum, 0.25 * f64::EPSILON) {
            break;
        }
    }
    let cancellation = if terms > MAX_TERMS {
        f64::INFINITY
    } else {
        largest / sum.abs()
    };
    SeriesSum {
        value: sum,
        cancellation: if cancellation.is_finite() {
            cancellation
        } else {
            f64::INFINITY
        },
        terms,
    }
}

/// The series in double-double arithmetic, parameters and argument included: it keeps about
/// 2^-104 of the largest term. The cancellation is measured on the double-double sum, which
/// stays meaningful (up to about 1e30) where the f64 sum has lost every digit.
pub(super) fn series_dd(
    a: DoubleDouble,
    b: DoubleDouble,
    c: DoubleDouble,
    z: DoubleDouble,
) -> SeriesSum {
    let one = DoubleDouble::from_f64(1.0);
    let (af, bf, cf, zf) = (a.to_f64(), b.to_f64(), c.to_f64(), z.to_f64());
    let mut term = one;
    let mut sum = one;
    let mut largest = 1.0f64;
    let mut terms = 1;
    for k in 0..MAX_TERMS {
        let kf = k as f64;
        terms += 1;
        let k_dd = DoubleDouble::from_f64(kf);
        let (ak, bk) = (a + k_dd, b + k_dd);
        if ak.hi == 0.0 || bk.hi == 0.0 {
            break;
        }
        term = term * (ak * bk) * z / ((c + k_dd) * (kf + 1.0));
        sum = sum + term;
        let (t, s) = (term.to_f64(), sum.to_f64());
        largest = largest.max(t.abs());
        if t == 0.0 || !s.is_finite() {
            break;
        }
        if converged([af, bf, cf, zf], kf, t, s, 1.0e-33) {
            break;
        }
    }
    let value = sum.to_f64();
    let cancellation = if terms > MAX_TERMS {
        f64::INFINITY
    } else {
        largest / value.abs()
    };
    SeriesSum {
        value,
        cancellation: if cancellation.is_finite() {
            cancellation
        } else {
            f64::INFINITY
        },
        terms,
    }
}

/// `x + y` exactly (as a double-double).
pub(super) fn dd_add(x: f64, y: f64) -> DoubleDouble {
    DoubleDouble::from_f64(x) + DoubleDouble::from_f64(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_of_log() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z.
        let z = 0.3f64;
        let s = series(1.0, 1.0, 2.0, z);
        assert!((s.value - (-(-z).ln_1p() / z)).abs() < 1e-15);
        assert!(s.cancellation <= 1.0);
        let d = series_dd(
            DoubleDouble::from_f64(1.0),
            DoubleDouble::from_f64(1.0),
            DoubleDouble::from_f64(2.0),
            DoubleDouble::from_f64(-z),
        )
        .value;
        assert!((d - (z.ln_1p() / z)).abs() < 2e-16);
    }

    #[test]
    fn terminating_series() {
        // 2F1(-2, b; c; z) = 1 - 2 b z / c + b (b + 1) z^2 / (c (c + 1)).
        let (b, c, z) = (1.5f64, 2.5f64, 10.0f64);
        let exact = 1.0 - 2.0 * b * z / c + b * (b + 1.0) * z * z / (c * (c + 1.0));
        assert!((series(-2.0, b, c, z).value - exact).abs() < 1e-13);
    }
}
