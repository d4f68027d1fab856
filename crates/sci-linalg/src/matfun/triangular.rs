//! Kernels on upper triangular complex matrices shared by `sqrtm`, `logm` and
//! `fractional_matrix_power`: principal scalar branches, the Björck–Hammarling square root
//! recurrence, the 1-norms of powers of `T − I` that pick the Padé degree, and the accurate
//! diagonal and superdiagonal corrections of the inverse scaling and squaring methods.

use std::f64::consts::PI;

use faer::linalg::matmul::matmul;
use faer::linalg::triangular_solve::solve_upper_triangular_in_place;
use faer::{Accum, Mat, MatRef};
use sci_core::Complex64;

use crate::condition::one_norm;
use crate::parallel::par;

/// The most square roots the inverse scaling phase may take. Each root halves the logarithm
/// of every eigenvalue, so 64 roots bring any finite non-zero eigenvalue next to 1; the cap
/// only guards against NaN reaching the loop.
pub(crate) const MAX_ROOTS: usize = 64;

/// `2^s` (s ≤ [`MAX_ROOTS`] in practice).
pub(crate) fn pow2(s: usize) -> f64 {
    2f64.powi(i32::try_from(s).unwrap_or(i32::MAX))
}

/// The principal square root, with the cut on the negative real axis approached from above
/// (`√−4 = 2i` whatever the sign of the zero imaginary part), as SciPy's results are.
pub(crate) fn principal_sqrt(z: Complex64) -> Complex64 {
    if z.im == 0.0 {
        if z.re >= 0.0 {
            Complex64::new(z.re.sqrt(), 0.0)
        } else {
            Complex64::new(0.0, (-z.re).sqrt())
        }
    } else {
        z.sqrt()
    }
}

/// The principal logarithm, `Im ∈ (−π, π]` (a negative real number gets `+iπ`).
pub(crate) fn principal_log(z: Complex64) -> Complex64 {
    if z.im == 0.0 && z.re < 0.0 {
        Complex64::new((-z.re).ln(), PI)
    } else {
        z.ln()
    }
}

/// The principal power `z^p = exp(p log z)` (`0^p = 0` for `p > 0`).
pub(crate) fn principal_pow(z: Complex64, p: f64) -> Complex64 {
    if z.im == 0.0 && z.re > 0.0 {
        // Exact for positive reals, which keeps real results real.
        return Complex64::new(z.re.powf(p), 0.0);
    }
    if z == Complex64::new(0.0, 0.0) {
        return if p > 0.0 {
            z
        } else {
            Complex64::new(f64::INFINITY, 0.0)
        };
    }
    (principal_log(z) * p).exp()
}

/// The unwinding number `U(z) = ⌈(Im z − π) / 2π⌉` (Higham, "Functions of Matrices", §11.6).
fn unwinding(z: Complex64) -> f64 {
    ((z.im - PI) / (2.0 * PI)).ceil()
}

/// `log(1 + w)`, accurate for small `w`: `ln|1 + w| = ½ log1p(2 Re w + |w|²)` and
/// `arg(1 + w)` by `atan2`.
fn log1p(w: Complex64) -> Complex64 {
    let modulus = 0.5 * (2.0 * w.re + w.re * w.re + w.im * w.im).ln_1p();
    Complex64::new(modulus, w.im.atan2(1.0 + w.re))
}

/// `atanh z = ½ log1p(2z / (1 − z))`, accurate for small `z` (num_complex's form
/// `(ln(1 + z) − ln(1 − z)) / 2` loses the digits of a small `z` to cancellation).
fn atanh(z: Complex64) -> Complex64 {
    log1p(z * 2.0 / (Complex64::new(1.0, 0.0) - z)) * 0.5
}

/// Whether `a1` and `a2` are close enough that the difference quotient `(f(a2) − f(a1)) /
/// (a2 − a1)` would cancel: then the superdiagonal formulas switch to `atanh`.
fn close(a1: Complex64, a2: Complex64) -> bool {
    (a2 - a1).norm() < 0.5 * a1.norm().min(a2.norm())
}

/// The (1, 2) entry of `log [[a1, t12], [0, a2]]` without cancellation (Higham, "Functions of
/// Matrices", (11.28)).
pub(crate) fn log_superdiagonal(a1: Complex64, a2: Complex64, t12: Complex64) -> Complex64 {
    if a1 == a2 {
        return t12 / a1;
    }
    let (l1, l2) = (principal_log(a1), principal_log(a2));
    if !close(a1, a2) {
        return t12 * (l2 - l1) / (a2 - a1);
    }
    // log a2 − log a1 = 2 atanh((a2 − a1)/(a2 + a1)) + 2πi U(log a2 − log a1).
    let z = (a2 - a1) / (a2 + a1);
    let dlog = atanh(z) * 2.0 + Complex64::new(0.0, 2.0 * PI * unwinding(l2 - l1));
    t12 * dlog / (a2 - a1)
}

/// The (1, 2) entry of `[[a1, t12], [0, a2]]^p` without cancellation (Higham & Lin 2011,
/// (5.6)).
pub(crate) fn power_superdiagonal(
    a1: Complex64,
    a2: Complex64,
    t12: Complex64,
    p: f64,
) -> Complex64 {
    if a1 == a2 {
        return t12 * p * principal_pow(a1, p - 1.0);
    }
    if !close(a1, a2) {
        return t12 * (principal_pow(a2, p) - principal_pow(a1, p)) / (a2 - a1);
    }
    // a2^p − a1^p = 2 exp(p (l1 + l2)/2) sinh(p (l2 − l1)/2), with (l2 − l1)/2 from atanh.
    let (l1, l2) = (principal_log(a1), principal_log(a2));
    let z = (a2 - a1) / (a2 + a1);
    let half = atanh(z) + Complex64::new(0.0, PI * unwinding(l2 - l1));
    t12 * ((l1 + l2) * (p / 2.0)).exp() * (half * p).sinh() * 2.0 / (a2 - a1)
}

/// `a^(1/2^s) − 1` without the cancellation of subtracting 1 from a number close to 1:
/// `a − 1 = (a^(1/2^s) − 1) ∏_{j=1..s} (1 + a^(1/2^j))` (Al-Mohy & Higham 2012, Algorithm 5.1).
pub(crate) fn root_minus_one(a: Complex64, s: usize) -> Complex64 {
    let one = Complex64::new(1.0, 0.0);
    if s == 0 {
        return a - one;
    }
    let (mut a, mut s0) = (a, s);
    // Far from the positive axis, `a − 1` itself is not small: start one root later.
    if principal_log(a).im.abs() >= PI / 2.0 {
        a = principal_sqrt(a);
        s0 -= 1;
    }
    let z0 = a - one;
    if s0 == 0 {
        return z0;
    }
    a = principal_sqrt(a);
    let mut r = one + a;
    for _ in 1..s0 {
        a = principal_sqrt(a);
        r *= one + a;
    }
    z0 / r
}

/// `f(T)` for a diagonal `t` (`f` on its diagonal), or `None` when `t` is not diagonal.
pub(crate) fn diagonal_function(
    t: MatRef<'_, Complex64>,
    f: impl Fn(Complex64) -> Complex64,
) -> Option<Mat<Complex64>> {
    let n = t.nrows();
    is_diagonal(t).then(|| {
        Mat::from_fn(n, n, |i, j| {
            if i == j {
                f(t[(i, i)])
            } else {
                Complex64::new(0.0, 0.0)
            }
        })
    })
}

/// `T^(1/2^s)` for a nonsingular upper triangular `t`: `s` successive principal square roots.
pub(crate) fn repeated_sqrt(t: MatRef<'_, Complex64>, s: usize) -> Mat<Complex64> {
    let mut root = t.to_owned();
    for _ in 0..s {
        root = sqrt_nonsingular(root.as_ref());
    }
    root
}

/// Whether `t` is diagonal (every off-diagonal entry exactly zero).
pub(crate) fn is_diagonal(t: MatRef<'_, Complex64>) -> bool {
    let n = t.nrows();
    (0..n).all(|j| (0..n).all(|i| i == j || t[(i, j)] == Complex64::new(0.0, 0.0)))
}

/// The diagonal of `t`.
pub(crate) fn diagonal(t: MatRef<'_, Complex64>) -> Vec<Complex64> {
    (0..t.nrows()).map(|i| t[(i, i)]).collect()
}

/// The principal square root of the upper triangular `t` by the recurrence of Björck and
/// Hammarling, column by column: `r_ij = (t_ij − Σ_{i<k<j} r_ik r_kj) / (r_ii + r_jj)`.
/// `None` when a denominator vanishes under a non-zero numerator: the Schur method finds no
/// root (two zero eigenvalues coupled by a non-zero entry, as in a nilpotent Jordan block).
/// A vanishing numerator over a vanishing denominator gives 0, the root of the uncoupled
/// case. O(n³/3) flops.
pub(crate) fn sqrt_upper(t: MatRef<'_, Complex64>) -> Option<Mat<Complex64>> {
    let n = t.nrows();
    let zero = Complex64::new(0.0, 0.0);
    let mut r = Mat::<Complex64>::zeros(n, n);
    for j in 0..n {
        r[(j, j)] = principal_sqrt(t[(j, j)]);
        for i in (0..j).rev() {
            let mut s = t[(i, j)];
            for k in i + 1..j {
                s -= r[(i, k)] * r[(k, j)];
            }
            let d = r[(i, i)] + r[(j, j)];
            r[(i, j)] = if d != zero {
                s / d
            } else if s == zero {
                zero
            } else {
                return None;
            };
        }
    }
    Some(r)
}

/// [`sqrt_upper`] of a triangular matrix without zero diagonal entries, where a root always
/// exists (the principal roots of two non-zero eigenvalues never sum to zero); NaN if that
/// ever failed rather than a panic.
pub(crate) fn sqrt_nonsingular(t: MatRef<'_, Complex64>) -> Mat<Complex64> {
    let n = t.nrows();
    sqrt_upper(t).unwrap_or_else(|| Mat::from_fn(n, n, |_, _| Complex64::new(f64::NAN, f64::NAN)))
}

/// `x y` by faer's kernel.
pub(crate) fn product(x: MatRef<'_, Complex64>, y: MatRef<'_, Complex64>) -> Mat<Complex64> {
    let mut out = Mat::<Complex64>::zeros(x.nrows(), y.ncols());
    matmul(
        out.as_mut(),
        Accum::Replace,
        x,
        y,
        Complex64::new(1.0, 0.0),
        par(),
    );
    out
}

/// `m⁻¹ b` for an upper triangular `m`.
pub(crate) fn solve_upper(m: MatRef<'_, Complex64>, b: MatRef<'_, Complex64>) -> Mat<Complex64> {
    let mut x = b.to_owned();
    solve_upper_triangular_in_place(m, x.as_mut(), par());
    x
}

/// `t − I`.
pub(crate) fn minus_identity(t: MatRef<'_, Complex64>) -> Mat<Complex64> {
    let n = t.nrows();
    Mat::from_fn(n, n, |i, j| {
        if i == j {
            t[(i, j)] - Complex64::new(1.0, 0.0)
        } else {
            t[(i, j)]
        }
    })
}

/// `‖X^p‖₁^(1/p)` for p = 2, 3, ... of a fixed `X`, keeping the last power so that asking for
/// increasing `p` costs one product each (the exact 1-norms where the papers estimate them).
pub(crate) struct PowerNorms {
    x: Mat<Complex64>,
    power: Mat<Complex64>,
    exponent: usize,
}

impl PowerNorms {
    pub(crate) fn new(x: Mat<Complex64>) -> Self {
        let power = x.clone();
        Self {
            x,
            power,
            exponent: 1,
        }
    }

    /// `‖X^p‖₁^(1/p)`; `p` must not decrease between calls.
    pub(crate) fn root_norm(&mut self, p: usize) -> f64 {
        while self.exponent < p {
            self.power = product(self.power.as_ref(), self.x.as_ref());
            self.exponent += 1;
        }
        one_norm(self.power.as_ref()).powf(1.0 / p as f64)
    }
}

/// The smallest number of square roots that brings every diagonal entry of `t` within
/// `theta` of 1 (the spectral radius of `T^(1/2^s) − I` of a triangular `T`).
pub(crate) fn roots_for_diagonal(t: MatRef<'_, Complex64>, theta: f64) -> usize {
    let one = Complex64::new(1.0, 0.0);
    let mut d = diagonal(t);
    let mut s = 0;
    while s < MAX_ROOTS && d.iter().any(|&x| (x - one).norm() > theta) {
        d.iter_mut().for_each(|x| *x = principal_sqrt(*x));
        s += 1;
    }
    s
}

/// `T^(1/2^s) − I` of the original `t0`, from the computed root `t` with its diagonal
/// replaced by the accurate `a^(1/2^s) − 1` of [`root_minus_one`].
pub(crate) fn accurate_root_minus_identity(
    t0: MatRef<'_, Complex64>,
    t: MatRef<'_, Complex64>,
    s: usize,
) -> Mat<Complex64> {
    let mut x = minus_identity(t);
    for i in 0..t.nrows() {
        x[(i, i)] = root_minus_one(t0[(i, i)], s);
    }
    x
}

/// The nodes and weights of the m-point Gauss–Legendre rule on [0, 1], by Newton's method on
/// the Legendre polynomial from the usual cosine guesses.
pub(crate) fn gauss_legendre_unit(m: usize) -> Vec<(f64, f64)> {
    let mf = m as f64;
    (0..m)
        .map(|i| {
            let mut x = (PI * (i as f64 + 0.75) / (mf + 0.5)).cos();
            let mut dp = 1.0;
            for _ in 0..100 {
                // P_m(x) and P_{m−1}(x) by the three-term recurrence.
                let (mut p0, mut p1) = (1.0, x);
                for k in 1..m {
                    let kf = k as f64;
                    let p2 = ((2.0 * kf + 1.0) * x * p1 - kf * p0) / (kf + 1.0);
                    p0 = p1;
                    p1 = p2;
                }
                dp = mf * (x * p1 - p0) / (x * x - 1.0);
                let dx = p1 / dp;
                x -= dx;
                if dx.abs() < 1e-16 {
                    break;
                }
            }
            let w = 2.0 / ((1.0 - x * x) * dp * dp);
            ((1.0 + x) / 2.0, w / 2.0)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gauss_legendre_integrates_the_log() {
        // ∫_0^1 x / (1 + t x) dt = log(1 + x): exact to rounding for small x with 8 nodes.
        let rule = gauss_legendre_unit(8);
        let x = 0.1f64;
        let q: f64 = rule.iter().map(|&(t, w)| w * x / (1.0 + t * x)).sum();
        assert!((q - x.ln_1p()).abs() < 1e-16);
        assert!((rule.iter().map(|p| p.1).sum::<f64>() - 1.0).abs() < 1e-15);
    }

    #[test]
    fn accurate_root_minus_one() {
        // a = 1 + w exactly (w = 2^-30 (1 + i)): a^(1/1024) − 1 = expm1(v) ≈ v + v²/2 with
        // v = log1p(w) / 1024, where subtracting 1 from a computed root would lose 7 digits.
        let w = Complex64::new(2f64.powi(-30), 2f64.powi(-30));
        let a = w + 1.0;
        let v = log1p(w) / 1024.0;
        let want = v + v * v / 2.0;
        let got = root_minus_one(a, 10);
        assert!((got - want).norm() < 1e-15 * want.norm());
        let b = Complex64::new(-3.0, 0.0);
        let want = (principal_log(b) / 8.0).exp() - 1.0;
        assert!((root_minus_one(b, 3) - want).norm() < 1e-15);
    }

    #[test]
    fn atanh_keeps_small_arguments() {
        let z = Complex64::new(5e-9, 1e-12);
        assert!((atanh(z) - z).norm() < 1e-15 * z.norm());
        let w = Complex64::new(0.3, -0.2);
        assert!((atanh(w) - w.atanh()).norm() < 1e-15);
    }

    #[test]
    fn superdiagonals_match_the_difference_quotients() {
        let (a1, a2, t) = (
            Complex64::new(2.0, 0.5),
            Complex64::new(2.1, 0.4),
            Complex64::new(0.3, -1.0),
        );
        let direct = t * (principal_log(a2) - principal_log(a1)) / (a2 - a1);
        assert!((log_superdiagonal(a1, a2, t) - direct).norm() < 1e-13);
        let p = 0.3;
        let direct = t * (principal_pow(a2, p) - principal_pow(a1, p)) / (a2 - a1);
        assert!((power_superdiagonal(a1, a2, t, p) - direct).norm() < 1e-13);
    }
}
