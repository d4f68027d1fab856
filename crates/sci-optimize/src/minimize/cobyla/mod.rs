//! `minimize(method='COBYLA')` and the legacy `fmin_cobyla`: Powell's Constrained
//! Optimization BY Linear Approximations, a derivative-free method for inequality (and,
//! through pairs of inequalities, equality) constraints and bounds.
//!
//! Complexity: `O(n² + m n)` memory and work per iteration (plus the active-set subproblem),
//! one objective and constraint evaluation per iteration.

mod core;
pub(crate) mod rows;
mod trstlp;

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Error, Result};

use crate::minimize::Problem;
use crate::{Constraint, NonlinearConstraint, OptimizeResult};

use self::core::{Settings, cobyla};
use self::rows::Rows;

/// The options of `minimize(method='COBYLA')` (SciPy's `options=` keys), chosen with
/// [`Method::Cobyla`](crate::Method::Cobyla). `Default` is SciPy's default.
///
/// COBYLA accepts bounds, [`LinearConstraint`](crate::LinearConstraint)s and
/// [`NonlinearConstraint`](crate::NonlinearConstraint)s; an equality is the pair of
/// inequalities `c >= lb`, `c <= ub`. Bounds and linear constraints keep their exact
/// gradients; nonlinear constraints and the objective are interpolated. No derivatives are
/// used (`jac`, `hess` are ignored). The result has `maxcv`; `nit` counts trust-region
/// iterations (SciPy's COBYLA result has no `nit`). SciPy runs PRIMA's modernised COBYLA,
/// this is Powell's 1994 algorithm: answers agree to the final trust radius, evaluation
/// counts are of the same order.
///
/// # Errors
///
/// Through [`minimize_with`](crate::minimize_with): [`Error::InvalidArgument`] for
/// `rhobeg <= 0`, a negative `tol` or `catol`, or a NaN `f_target`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{CobylaOptions, Method, MinimizeOptions, NonlinearConstraint, minimize_with};
/// // Minimize x² + y² subject to x + y >= 1: the answer is (0.5, 0.5).
/// let opts = MinimizeOptions::default()
///     .method(Method::Cobyla(CobylaOptions::default().tol(1e-8)))
///     .constraint(NonlinearConstraint::ineq(1, |x: &[f64], c: &mut [f64]| c[0] = x[0] + x[1] - 1.0));
/// let r = minimize_with(|x: &[f64]| x[0] * x[0] + x[1] * x[1], &[2.0, 0.0], opts).unwrap();
/// assert!(r.success);
/// assert!((r.x[0] - 0.5).abs() < 1e-6 && (r.x[1] - 0.5).abs() < 1e-6);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-cobyla.html>
/// - M. J. D. Powell, "A direct search optimization method that models the objective and
///   constraint functions by linear interpolation", in *Advances in Optimization and
///   Numerical Analysis*, Kluwer, 1994, pp. 51–67.
#[derive(Debug, Clone, PartialEq)]
pub struct CobylaOptions {
    /// The initial trust-region radius (SciPy's `rhobeg`, default 1).
    pub rhobeg: f64,
    /// The final trust-region radius (SciPy's `tol`, default 1e-4); `minimize`'s `tol`
    /// overrides it.
    pub tol: f64,
    /// The most objective evaluations (SciPy's `maxiter`, default 1000).
    pub maxiter: usize,
    /// The largest constraint violation accepted as feasible (`None`: `√ε`, SciPy's default
    /// when called through `minimize`).
    pub catol: Option<f64>,
    /// Stop as soon as a feasible point reaches this objective value (default `-inf`).
    pub f_target: f64,
}

impl Default for CobylaOptions {
    fn default() -> Self {
        CobylaOptions {
            rhobeg: 1.0,
            tol: 1e-4,
            maxiter: 1000,
            catol: None,
            f_target: f64::NEG_INFINITY,
        }
    }
}

impl CobylaOptions {
    /// Sets `rhobeg`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::CobylaOptions::default().rhobeg(0.1).rhobeg, 0.1);
    /// ```
    #[must_use]
    pub fn rhobeg(mut self, v: f64) -> Self {
        self.rhobeg = v;
        self
    }

    /// Sets `tol` (the final trust-region radius).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::CobylaOptions::default().tol(1e-6).tol, 1e-6);
    /// ```
    #[must_use]
    pub fn tol(mut self, v: f64) -> Self {
        self.tol = v;
        self
    }

    /// Sets `maxiter` (the most objective evaluations).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::CobylaOptions::default().maxiter(50).maxiter, 50);
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = v;
        self
    }

    /// Sets `catol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::CobylaOptions::default().catol(2e-4).catol, Some(2e-4));
    /// ```
    #[must_use]
    pub fn catol(mut self, v: f64) -> Self {
        self.catol = Some(v);
        self
    }

    /// Sets `f_target`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::CobylaOptions::default().f_target(0.0).f_target, 0.0);
    /// ```
    #[must_use]
    pub fn f_target(mut self, v: f64) -> Self {
        self.f_target = v;
        self
    }
}

fn check_positive(name: &str, v: f64, allow_zero: bool) -> Result<()> {
    if v.is_nan() || v.is_infinite() || v < 0.0 || (!allow_zero && v == 0.0) {
        return Err(Error::InvalidArgument {
            name: name.into(),
            value: v.to_string(),
            reason: if allow_zero {
                "must be finite and >= 0"
            } else {
                "must be finite and > 0"
            }
            .into(),
        });
    }
    Ok(())
}

/// COBYLA on a validated problem (the `minimize` entry).
pub(crate) fn minimize_cobyla(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &CobylaOptions,
) -> Result<OptimizeResult> {
    let tol = problem.tol.unwrap_or(opts.tol);
    check_positive("rhobeg", opts.rhobeg, false)?;
    check_positive("tol", tol, true)?;
    if opts.f_target.is_nan() {
        return Err(Error::InvalidArgument {
            name: "f_target".into(),
            value: "NaN".into(),
            reason: "must not be NaN".into(),
        });
    }
    let ctol = opts.catol.unwrap_or(f64::EPSILON.sqrt());
    check_positive("catol", ctol, true)?;
    let settings = Settings {
        rhobeg: opts.rhobeg,
        rhoend: tol,
        maxfun: opts.maxiter,
        ctol,
        ftarget: opts.f_target,
    };
    let mut rows = Rows::new(x0.len(), problem.bounds.as_ref(), &problem.constraints);
    Ok(cobyla(
        problem.fun,
        &mut rows,
        x0,
        &settings,
        &mut problem.callback,
    ))
}

/// A constraint of [`fmin_cobyla`]: a function that must be `>= 0` at the solution.
pub type CobylaConstraint<'c> = &'c dyn Fn(&[f64]) -> f64;

/// The options of [`fmin_cobyla_with`] (SciPy's keywords of `fmin_cobyla`). `Default` is
/// SciPy's default.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminCobylaOptions::default().rhoend(1e-7);
/// assert_eq!((o.rhobeg, o.rhoend, o.maxfun, o.catol), (1.0, 1e-7, 1000, 2e-4));
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_cobyla.html>
#[derive(Debug, Clone, PartialEq)]
pub struct FminCobylaOptions {
    /// The initial trust-region radius (default 1).
    pub rhobeg: f64,
    /// The final trust-region radius (default 1e-4).
    pub rhoend: f64,
    /// The most objective evaluations (default 1000).
    pub maxfun: usize,
    /// The largest constraint violation accepted as feasible (default 2e-4).
    pub catol: f64,
}

impl Default for FminCobylaOptions {
    fn default() -> Self {
        FminCobylaOptions {
            rhobeg: 1.0,
            rhoend: 1e-4,
            maxfun: 1000,
            catol: 2e-4,
        }
    }
}

impl FminCobylaOptions {
    /// Sets `rhobeg`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCobylaOptions::default().rhobeg(2.0).rhobeg, 2.0);
    /// ```
    #[must_use]
    pub fn rhobeg(mut self, v: f64) -> Self {
        self.rhobeg = v;
        self
    }

    /// Sets `rhoend`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCobylaOptions::default().rhoend(1e-6).rhoend, 1e-6);
    /// ```
    #[must_use]
    pub fn rhoend(mut self, v: f64) -> Self {
        self.rhoend = v;
        self
    }

    /// Sets `maxfun`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCobylaOptions::default().maxfun(10).maxfun, 10);
    /// ```
    #[must_use]
    pub fn maxfun(mut self, v: usize) -> Self {
        self.maxfun = v;
        self
    }

    /// Sets `catol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCobylaOptions::default().catol(1e-6).catol, 1e-6);
    /// ```
    #[must_use]
    pub fn catol(mut self, v: f64) -> Self {
        self.catol = v;
        self
    }
}

/// Minimizes `func` subject to `cons[i](x) >= 0` with COBYLA and SciPy's defaults; returns
/// the solution (SciPy's legacy `fmin_cobyla`).
///
/// # Errors
///
/// As [`fmin_cobyla_with`].
///
/// # Examples
///
/// SciPy's example: minimize `x·y` on the unit disc with `y >= 0`.
///
/// ```
/// use sci_optimize::{fmin_cobyla_with, FminCobylaOptions};
/// let c1 = |x: &[f64]| 1.0 - x[0] * x[0] - x[1] * x[1];
/// let c2 = |x: &[f64]| x[1];
/// let x = fmin_cobyla_with(|x: &[f64]| x[0] * x[1], &[0.0, 0.1], &[&c1, &c2],
///     &FminCobylaOptions::default().rhoend(1e-7)).unwrap();
/// assert!((x[0] + 0.5_f64.sqrt()).abs() < 1e-5 && (x[1] - 0.5_f64.sqrt()).abs() < 1e-5);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_cobyla.html>
/// - M. J. D. Powell, "A direct search optimization method that models the objective and
///   constraint functions by linear interpolation", in *Advances in Optimization and
///   Numerical Analysis*, Kluwer, 1994, pp. 51–67.
pub fn fmin_cobyla<'x>(
    func: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
    cons: &[CobylaConstraint<'_>],
) -> Result<Array1<f64>> {
    fmin_cobyla_with(func, x0, cons, &FminCobylaOptions::default())
}

/// [`fmin_cobyla`] with SciPy's keywords. SciPy's `fmin_cobyla` returns only the solution
/// (it has no `full_output`); use `minimize` with [`Method::Cobyla`](crate::Method::Cobyla)
/// for the full result.
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x0`, [`Error::NonFinite`] for a non-finite `x0`,
/// [`Error::InvalidArgument`] for `rhobeg <= 0`, a negative `rhoend` or `catol`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{fmin_cobyla_with, FminCobylaOptions};
/// // Minimize x² subject to x >= 1.
/// let x = fmin_cobyla_with(|x: &[f64]| x[0] * x[0], &[3.0], &[&|x: &[f64]| x[0] - 1.0],
///     &FminCobylaOptions::default().rhoend(1e-8)).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-6);
/// ```
///
/// # References
///
/// As [`fmin_cobyla`].
pub fn fmin_cobyla_with<'x>(
    func: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
    cons: &[CobylaConstraint<'_>],
    options: &FminCobylaOptions,
) -> Result<Array1<f64>> {
    let x0 = crate::objective::checked_x0(x0)?;
    check_positive("rhobeg", options.rhobeg, false)?;
    check_positive("rhoend", options.rhoend, true)?;
    check_positive("catol", options.catol, true)?;
    let constraints: Vec<Constraint<'_>> = cons
        .iter()
        .map(|c| NonlinearConstraint::ineq(1, move |x: &[f64], o: &mut [f64]| o[0] = c(x)).into())
        .collect();
    let settings = Settings {
        rhobeg: options.rhobeg,
        rhoend: options.rhoend,
        maxfun: options.maxfun,
        ctol: options.catol,
        ftarget: f64::NEG_INFINITY,
    };
    let mut rows = Rows::new(x0.len(), None, &constraints);
    let r = cobyla(&func, &mut rows, &x0, &settings, &mut None);
    Ok(r.x)
}
