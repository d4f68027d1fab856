//! `fixed_point`: iterate `x ← func(x)`, optionally accelerated by Steffensen's use of
//! Aitken's Δ² extrapolation, element-wise for a vector `x`.

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Error, Result};

use super::invalid;

/// How [`fixed_point_with`] iterates (SciPy's `method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FixedPointMethod {
    /// `'del2'` (default): Steffensen's method with Aitken's Δ² acceleration.
    #[default]
    Del2,
    /// `'iteration'`: plain fixed-point iteration.
    Iteration,
}

/// The keywords of [`fixed_point_with`].
///
/// # Examples
///
/// ```
/// use sci_optimize::{FixedPointMethod, FixedPointOptions};
///
/// let o = FixedPointOptions::default().method(FixedPointMethod::Iteration);
/// assert_eq!((o.xtol, o.maxiter), (1e-8, 500));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FixedPointOptions {
    /// Relative convergence tolerance on every element (default 1e-8).
    pub xtol: f64,
    /// Maximum iterations (default 500).
    pub maxiter: usize,
    /// Acceleration (default `Del2`).
    pub method: FixedPointMethod,
}

impl Default for FixedPointOptions {
    fn default() -> Self {
        Self {
            xtol: 1e-8,
            maxiter: 500,
            method: FixedPointMethod::Del2,
        }
    }
}

crate::roots::setters!(FixedPointOptions {
    xtol: f64,
    maxiter: usize,
    method: FixedPointMethod
});

/// A fixed point `func(x) = x` from `x0` with SciPy's defaults (Steffensen/Δ²,
/// `xtol = 1e-8`, `maxiter = 500`). `func` maps the vector `x` to `out` element-wise.
///
/// # Examples
///
/// SciPy's example: `sqrt(c / (x + a))` with `c = [10, 12]`, `a = [3, 5]`:
///
/// ```
/// let (c, a) = ([10.0, 12.0], [3.0, 5.0]);
/// let x = sci_optimize::fixed_point(
///     |x: &[f64], out: &mut [f64]| for i in 0..2 { out[i] = (c[i] / (x[i] + a[i])).sqrt() },
///     &[1.2, 1.3],
/// )
/// .unwrap();
/// assert!((x[0] - 1.4920333).abs() < 1e-7 && (x[1] - 1.37228132).abs() < 1e-7);
/// ```
///
/// # Errors
///
/// As [`fixed_point_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fixed_point.html>
/// - R. L. Burden, J. D. Faires, *Numerical Analysis*, 5th ed., 1993, p. 80 (Steffensen).
pub fn fixed_point<'x>(
    func: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<Array1<f64>> {
    fixed_point_with(func, x0, &FixedPointOptions::default())
}

/// [`fixed_point`] with SciPy's keywords. Converged when every element's relative change
/// (absolute where the previous value is 0) is below `xtol`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{FixedPointMethod, FixedPointOptions, fixed_point_with};
///
/// let x = fixed_point_with(
///     |x: &[f64], out: &mut [f64]| out[0] = x[0].cos(),
///     &[1.0],
///     &FixedPointOptions::default().method(FixedPointMethod::Iteration).maxiter(1000),
/// )
/// .unwrap();
/// assert!((x[0] - 0.7390851332).abs() < 1e-7);
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`] / [`Error::NonFinite`] for a bad `x0`,
/// [`Error::InvalidArgument`] for `xtol ≤ 0`,
/// [`Error::DidNotConverge`] after `maxiter` iterations (SciPy raises `RuntimeError`).
///
/// # References
///
/// As [`fixed_point`].
pub fn fixed_point_with<'x>(
    func: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
    options: &FixedPointOptions,
) -> Result<Array1<f64>> {
    let x0 = sci_core::view1(x0);
    sci_core::check_nonempty("x0", x0.len(), 1)?;
    sci_core::check_finite("x0", &x0)?;
    if options.xtol.is_nan() || options.xtol <= 0.0 {
        return Err(invalid("xtol", options.xtol, "must be positive"));
    }
    let n = x0.len();
    let mut p0 = x0.to_vec();
    let (mut p1, mut p2, mut p) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    for _ in 0..options.maxiter {
        func(&p0, &mut p1);
        match options.method {
            FixedPointMethod::Del2 => {
                func(&p1, &mut p2);
                for i in 0..n {
                    let d = p2[i] - 2.0 * p1[i] + p0[i];
                    p[i] = if d != 0.0 {
                        p0[i] - (p1[i] - p0[i]).powi(2) / d
                    } else {
                        p2[i]
                    };
                }
            }
            FixedPointMethod::Iteration => p.copy_from_slice(&p1),
        }
        let converged = (0..n).all(|i| {
            let rel = if p0[i] != 0.0 {
                (p[i] - p0[i]) / p0[i]
            } else {
                p[i]
            };
            rel.abs() < options.xtol
        });
        if converged {
            return Ok(Array1::from(p));
        }
        p0.copy_from_slice(&p);
    }
    Err(Error::DidNotConverge {
        method: "fixed_point".into(),
        iterations: options.maxiter,
        detail: format!(
            "Failed to converge after {} iterations, value is {p0:?}",
            options.maxiter
        ),
    })
}
