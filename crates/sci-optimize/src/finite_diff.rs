//! Finite-difference derivatives: the `'2-point'` and `'3-point'` schemes of SciPy's
//! `approx_derivative`, with its step rules (`rel_step`, `abs_step`) and its adjustment of
//! steps at bounds, so that counts of function evaluations agree with SciPy's.
//!
//! Step rule: the default relative step is `√ε` (2-point) or `∛ε` (3-point) and the step is
//! `r · sign(x) · max(1, |x|)` (sign of 0 taken as +1); a user relative step `r` gives
//! `r · sign(x) · |x|`; an absolute step is used as given. A step that vanishes in
//! floating point (`(x + h) - x == 0`) falls back to the default relative one. The step
//! actually taken, `(x + h) - x`, is the divisor.

use std::ops::IndexMut;

use sci_core::ndarray::ArrayViewMut2;

use crate::Bounds;

/// A finite-difference scheme (SciPy's `jac='2-point'` / `'3-point'`).
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::FiniteDiff::default(), sci_optimize::FiniteDiff::TwoPoint);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FiniteDiff {
    /// Forward (or, at an upper bound, backward) differences: one evaluation per variable.
    #[default]
    TwoPoint,
    /// Central differences (one-sided second-order ones at bounds): two per variable.
    ThreePoint,
}

impl FiniteDiff {
    /// The default relative step: `√ε` for 2-point, `∛ε` for 3-point.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::FiniteDiff;
    /// assert_eq!(FiniteDiff::TwoPoint.default_rel_step(), f64::EPSILON.sqrt());
    /// ```
    pub fn default_rel_step(self) -> f64 {
        match self {
            FiniteDiff::TwoPoint => f64::EPSILON.sqrt(),
            FiniteDiff::ThreePoint => f64::EPSILON.cbrt(),
        }
    }
}

/// How the step of a finite difference is chosen.
///
/// # Examples
///
/// ```
/// use sci_optimize::FdStep;
/// let s = FdStep::Absolute(vec![1e-8]);
/// assert!(matches!(s, FdStep::Absolute(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub enum FdStep {
    /// SciPy's default relative step for the scheme.
    #[default]
    Default,
    /// Relative steps (`diff_step`, `finite_diff_rel_step`): one value for all variables or
    /// one per variable.
    Relative(Vec<f64>),
    /// Absolute steps (`epsilon` of the legacy minimizers): one value or one per variable.
    Absolute(Vec<f64>),
}

/// The step per variable that [`gradient`] and [`jacobian`] take, before bound adjustment.
pub(crate) fn steps(x0: &[f64], scheme: FiniteDiff, step: &FdStep) -> Vec<f64> {
    let r0 = scheme.default_rel_step();
    let pick = |v: &[f64], i: usize| {
        if v.len() == 1 {
            v[0]
        } else {
            v.get(i).copied().unwrap_or(v[0])
        }
    };
    x0.iter()
        .enumerate()
        .map(|(i, &x)| {
            let sign = if x >= 0.0 { 1.0 } else { -1.0 };
            let fallback = r0 * sign * x.abs().max(1.0);
            let h = match step {
                FdStep::Default => fallback,
                FdStep::Relative(r) if !r.is_empty() => pick(r, i) * sign * x.abs(),
                FdStep::Absolute(a) if !a.is_empty() => pick(a, i),
                _ => fallback,
            };
            if (x + h) - x == 0.0 { fallback } else { h }
        })
        .collect()
}

/// Adjusts steps so that every evaluation point lies within the bounds, as SciPy does;
/// returns, per variable, whether a one-sided formula must be used (3-point only).
pub(crate) fn adjust_to_bounds(
    x0: &[f64],
    h: &mut [f64],
    scheme: FiniteDiff,
    bounds: &Bounds,
) -> Vec<bool> {
    let mut one_sided = vec![matches!(scheme, FiniteDiff::TwoPoint); x0.len()];
    if bounds.is_unbounded() {
        return one_sided;
    }
    for i in 0..x0.len() {
        let (lb, ub) = (bounds.lb[i], bounds.ub[i]);
        let lb_dist = x0[i] - lb;
        let ub_dist = ub - x0[i];
        match scheme {
            FiniteDiff::TwoPoint => {
                let x = x0[i] + h[i];
                let violated = x < lb || x > ub;
                let fitting = h[i].abs() <= lb_dist.max(ub_dist);
                if violated && fitting {
                    h[i] = -h[i];
                } else if !fitting {
                    h[i] = if ub_dist >= lb_dist {
                        ub_dist
                    } else {
                        -lb_dist
                    };
                }
            }
            FiniteDiff::ThreePoint => {
                let a = h[i].abs();
                let central = lb_dist >= a && ub_dist >= a;
                if !central {
                    let min_dist = lb_dist.min(ub_dist);
                    if a <= min_dist {
                        h[i] = min_dist;
                        one_sided[i] = false;
                    } else if ub_dist >= lb_dist {
                        h[i] = a.min(0.5 * ub_dist);
                        one_sided[i] = true;
                    } else {
                        h[i] = -a.min(0.5 * lb_dist);
                        one_sided[i] = true;
                    }
                }
            }
        }
    }
    one_sided
}

/// The finite-difference gradient of a scalar function at `x0` (whose value `f0` is known)
/// into `g`; returns the number of function evaluations made.
pub(crate) fn gradient(
    f: &mut dyn FnMut(&[f64]) -> f64,
    x0: &[f64],
    f0: f64,
    scheme: FiniteDiff,
    step: &FdStep,
    bounds: Option<&Bounds>,
    g: &mut [f64],
) -> usize {
    let mut h = steps(x0, scheme, step);
    let one_sided = match bounds {
        Some(b) => adjust_to_bounds(x0, &mut h, scheme, b),
        None => vec![matches!(scheme, FiniteDiff::TwoPoint); x0.len()],
    };
    let mut x = x0.to_vec();
    let mut nfev = 0;
    for i in 0..x0.len() {
        match (scheme, one_sided[i]) {
            (FiniteDiff::TwoPoint, _) => {
                x[i] = x0[i] + h[i];
                let dx = x[i] - x0[i];
                g[i] = (f(&x) - f0) / dx;
                nfev += 1;
            }
            (FiniteDiff::ThreePoint, false) => {
                x[i] = x0[i] - h[i];
                let x1 = x[i];
                let f1 = f(&x);
                x[i] = x0[i] + h[i];
                let f2 = f(&x);
                g[i] = (f2 - f1) / (x[i] - x1);
                nfev += 2;
            }
            (FiniteDiff::ThreePoint, true) => {
                x[i] = x0[i] + h[i];
                let f1 = f(&x);
                x[i] = x0[i] + 2.0 * h[i];
                let f2 = f(&x);
                g[i] = (-3.0 * f0 + 4.0 * f1 - f2) / (x[i] - x0[i]);
                nfev += 2;
            }
        }
        x[i] = x0[i];
    }
    nfev
}

/// The finite-difference Jacobian (`m × n`) of a vector function at `x0` (whose value `f0`
/// is known) into `jac`; returns the number of function evaluations made.
pub(crate) fn jacobian(
    f: &mut dyn FnMut(&[f64], &mut [f64]),
    x0: &[f64],
    f0: &[f64],
    scheme: FiniteDiff,
    step: &FdStep,
    bounds: Option<&Bounds>,
    mut jac: ArrayViewMut2<'_, f64>,
) -> usize {
    let mut h = steps(x0, scheme, step);
    let one_sided = match bounds {
        Some(b) => adjust_to_bounds(x0, &mut h, scheme, b),
        None => vec![matches!(scheme, FiniteDiff::TwoPoint); x0.len()],
    };
    let m = f0.len();
    let mut x = x0.to_vec();
    let (mut f1, mut f2) = (vec![0.0; m], vec![0.0; m]);
    let mut nfev = 0;
    for i in 0..x0.len() {
        let mut col = jac.column_mut(i);
        nfev += column(
            f,
            x0,
            f0,
            i,
            h[i],
            scheme,
            one_sided[i],
            false,
            &mut col,
            &mut x,
            &mut f1,
            &mut f2,
        );
    }
    nfev
}

/// Column `i` of the finite-difference Jacobian at `x0` (with `f0 = f(x0)`) into `col`, with
/// step `h` (one-sided when `one_sided`), using `x` (equal to `x0` on entry and on return),
/// `buf` and `buf2` as scratch; returns the number of evaluations made. `by_h`: forward
/// differences divide by the nominal step (MINPACK's `lmdif`) rather than by the step
/// actually taken (SciPy's `approx_derivative`).
#[allow(clippy::too_many_arguments)] // one column's whole state, called from two Jacobian loops
#[inline]
pub(crate) fn column<F, C>(
    f: &mut F,
    x0: &[f64],
    f0: &[f64],
    i: usize,
    h: f64,
    scheme: FiniteDiff,
    one_sided: bool,
    by_h: bool,
    col: &mut C,
    x: &mut [f64],
    buf: &mut [f64],
    buf2: &mut [f64],
) -> usize
where
    F: FnMut(&[f64], &mut [f64]) + ?Sized,
    C: IndexMut<usize, Output = f64> + ?Sized,
{
    let m = f0.len();
    let nfev = match (scheme, one_sided) {
        (FiniteDiff::TwoPoint, _) => {
            x[i] = x0[i] + h;
            let dx = if by_h { h } else { x[i] - x0[i] };
            f(x, buf);
            for k in 0..m {
                col[k] = (buf[k] - f0[k]) / dx;
            }
            1
        }
        (FiniteDiff::ThreePoint, false) => {
            x[i] = x0[i] - h;
            let xl = x[i];
            f(x, buf);
            x[i] = x0[i] + h;
            f(x, buf2);
            let dx = x[i] - xl;
            for k in 0..m {
                col[k] = (buf2[k] - buf[k]) / dx;
            }
            2
        }
        (FiniteDiff::ThreePoint, true) => {
            x[i] = x0[i] + h;
            f(x, buf);
            x[i] = x0[i] + 2.0 * h;
            f(x, buf2);
            let dx = x[i] - x0[i];
            for k in 0..m {
                col[k] = (-3.0 * f0[k] + 4.0 * buf[k] - buf2[k]) / dx;
            }
            2
        }
    };
    x[i] = x0[i];
    nfev
}

#[cfg(test)]
mod tests {
    use super::*;
    use sci_core::ndarray::Array2;

    #[test]
    fn two_point_gradient_of_a_quadratic_is_accurate_and_counts_evaluations() {
        let mut f = |x: &[f64]| x[0] * x[0] + 3.0 * x[1];
        let mut g = [0.0; 2];
        let n = gradient(
            &mut f,
            &[1.0, -2.0],
            -5.0,
            FiniteDiff::TwoPoint,
            &FdStep::Default,
            None,
            &mut g,
        );
        assert_eq!(n, 2);
        assert!((g[0] - 2.0).abs() < 1e-7 && (g[1] - 3.0).abs() < 1e-7);
    }

    #[test]
    fn three_point_steps_stay_inside_bounds() {
        let b = Bounds::new(vec![0.0], vec![1.0]);
        let mut f = |x: &[f64]| {
            assert!((0.0..=1.0).contains(&x[0]));
            x[0].powi(3)
        };
        let mut g = [0.0];
        gradient(
            &mut f,
            &[1.0],
            1.0,
            FiniteDiff::ThreePoint,
            &FdStep::Default,
            Some(&b),
            &mut g,
        );
        assert!((g[0] - 3.0).abs() < 1e-8, "{}", g[0]);
        let mut f2 = |x: &[f64]| {
            assert!((0.0..=1.0).contains(&x[0]));
            x[0].powi(2)
        };
        gradient(
            &mut f2,
            &[1.0],
            1.0,
            FiniteDiff::TwoPoint,
            &FdStep::Default,
            Some(&b),
            &mut g,
        );
        assert!((g[0] - 2.0).abs() < 1e-6, "{}", g[0]);
    }

    #[test]
    fn jacobian_columns_match_the_derivatives() {
        let mut f = |x: &[f64], out: &mut [f64]| {
            out[0] = x[0] * x[1];
            out[1] = x[0].sin();
        };
        let x0 = [0.5, 2.0];
        let mut f0 = [0.0; 2];
        f(&x0, &mut f0);
        let mut j = Array2::zeros((2, 2));
        let n = jacobian(
            &mut f,
            &x0,
            &f0,
            FiniteDiff::ThreePoint,
            &FdStep::Default,
            None,
            j.view_mut(),
        );
        assert_eq!(n, 4);
        let exact = [[2.0, 0.5], [0.5f64.cos(), 0.0]];
        for r in 0..2 {
            for c in 0..2 {
                assert!((j[[r, c]] - exact[r][c]).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn absolute_and_relative_steps_follow_scipy_rules() {
        let h = steps(
            &[0.0, -4.0],
            FiniteDiff::TwoPoint,
            &FdStep::Relative(vec![1e-3]),
        );
        // A relative step at x = 0 vanishes and falls back to the default one.
        assert_eq!(h[0], f64::EPSILON.sqrt());
        assert_eq!(h[1], -4e-3);
        let h = steps(&[5.0], FiniteDiff::TwoPoint, &FdStep::Absolute(vec![1e-8]));
        assert_eq!(h[0], 1e-8);
    }
}
