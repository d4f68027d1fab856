//! `minimize(method='COBYQA')`: Constrained Optimization BY Quadratic Approximations
//! (Ragonneau & Zhang), a derivative-free trust-region SQP method with quadratic models
//! built by underdetermined interpolation. Bounds are always respected; linear constraints
//! are used exactly; nonlinear constraints are modelled.
//!
//! Complexity per iteration: an `O(n³)` factorisation of the interpolation system (`2n + 1`
//! points), the models' updates (`O(n²)` each), and one SQP subproblem.

mod core;
mod models;

use sci_core::{Error, Result};

use crate::OptimizeResult;
use crate::minimize::Problem;

use self::core::{Settings, cobyqa};

/// The options of `minimize(method='COBYQA')` (SciPy's `options=` keys), chosen with
/// [`Method::Cobyqa`](crate::Method::Cobyqa). `Default` is SciPy's default.
///
/// COBYQA accepts bounds (never violated by an iterate; `x0` is moved into them),
/// [`LinearConstraint`](crate::LinearConstraint)s and
/// [`NonlinearConstraint`](crate::NonlinearConstraint)s (equality and inequality); no
/// derivatives are used. The trust-region subproblem of each iteration is solved by
/// truncated conjugate gradients in the box and the ball when there are no general
/// constraints, and with this crate's trust-constr (interior point) otherwise, rather than
/// with COBYQA's own Byrd-Omojokun subsolvers: iterates and evaluation counts differ from
/// SciPy's (up to about 2.5 times as many evaluations on the Hock-Schittkowski problems
/// tested), while the answers agree to about the final radius. Callbacks run after every
/// evaluation, as in SciPy. `scale = true` is not supported (`Error::Unsupported`).
///
/// # Errors
///
/// Through [`minimize_with`](crate::minimize_with): [`Error::InvalidArgument`] for a
/// non-positive `initial_tr_radius`, a negative `final_tr_radius` or `feasibility_tol`, a
/// zero `maxfev` or `maxiter`, or a NaN `f_target`; [`Error::Unsupported`] for `scale`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{Bounds, CobyqaOptions, Method, MinimizeOptions, minimize_with};
/// // Rosenbrock in a box that excludes its minimum: the answer is on the bound x0 = 0.5.
/// let opts = MinimizeOptions::default()
///     .method(Method::Cobyqa(CobyqaOptions::default()))
///     .bounds(Bounds::new(vec![-2.0, -2.0], vec![0.5, 2.0]));
/// let r = minimize_with(sci_optimize::rosen, &[-1.0, 1.0], opts).unwrap();
/// assert!(r.success);
/// assert!((r.x[0] - 0.5).abs() < 1e-6 && (r.x[1] - 0.25).abs() < 1e-4);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-cobyqa.html>
/// - T. M. Ragonneau, *Model-Based Derivative-Free Optimization Methods and Software*,
///   PhD thesis, The Hong Kong Polytechnic University, 2022.
/// - M. J. D. Powell, "Least Frobenius norm updating of quadratic models that satisfy
///   interpolation conditions", *Math. Program.* 100, 183–215, 2004.
#[derive(Debug, Clone, PartialEq)]
pub struct CobyqaOptions {
    /// The most objective evaluations (`None`: `500 n`).
    pub maxfev: Option<usize>,
    /// The most iterations (`None`: `1000 n`).
    pub maxiter: Option<usize>,
    /// Stop when a feasible point reaches this objective value (default `-inf`).
    pub f_target: f64,
    /// The largest constraint violation counted as feasible (default 1e-8).
    pub feasibility_tol: f64,
    /// The initial trust radius (default 1).
    pub initial_tr_radius: f64,
    /// The final trust radius (default 1e-6); `minimize`'s `tol` overrides it.
    pub final_tr_radius: f64,
    /// Scale the variables by their bounds (not supported).
    pub scale: bool,
}

impl Default for CobyqaOptions {
    fn default() -> Self {
        CobyqaOptions {
            maxfev: None,
            maxiter: None,
            f_target: f64::NEG_INFINITY,
            feasibility_tol: 1e-8,
            initial_tr_radius: 1.0,
            final_tr_radius: 1e-6,
            scale: false,
        }
    }
}

macro_rules! setter {
    ($(#[$doc:meta])* $name:ident: $ty:ty, $example:expr) => {
        $(#[$doc])*
        ///
        /// # Examples
        ///
        /// ```
        #[doc = $example]
        /// ```
        #[must_use]
        pub fn $name(mut self, v: $ty) -> Self {
            self.$name = v;
            self
        }
    };
}

impl CobyqaOptions {
    setter!(/// Sets `maxfev`.
        maxfev: Option<usize>, "assert_eq!(sci_optimize::CobyqaOptions::default().maxfev(Some(10)).maxfev, Some(10));");
    setter!(/// Sets `maxiter`.
        maxiter: Option<usize>, "assert_eq!(sci_optimize::CobyqaOptions::default().maxiter(Some(10)).maxiter, Some(10));");
    setter!(/// Sets `f_target`.
        f_target: f64, "assert_eq!(sci_optimize::CobyqaOptions::default().f_target(0.0).f_target, 0.0);");
    setter!(/// Sets `feasibility_tol`.
        feasibility_tol: f64, "assert_eq!(sci_optimize::CobyqaOptions::default().feasibility_tol(1e-6).feasibility_tol, 1e-6);");
    setter!(/// Sets `initial_tr_radius`.
        initial_tr_radius: f64, "assert_eq!(sci_optimize::CobyqaOptions::default().initial_tr_radius(0.5).initial_tr_radius, 0.5);");
    setter!(/// Sets `final_tr_radius`.
        final_tr_radius: f64, "assert_eq!(sci_optimize::CobyqaOptions::default().final_tr_radius(1e-8).final_tr_radius, 1e-8);");
    setter!(/// Sets `scale`.
        scale: bool, "assert!(!sci_optimize::CobyqaOptions::default().scale(false).scale);");
}

fn invalid(name: &str, v: impl ToString, reason: &str) -> Error {
    Error::InvalidArgument {
        name: name.into(),
        value: v.to_string(),
        reason: reason.into(),
    }
}

/// COBYQA on a validated problem (the `minimize` entry).
pub(crate) fn minimize_cobyqa(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &CobyqaOptions,
) -> Result<OptimizeResult> {
    let n = x0.len();
    let rhoend = problem.tol.unwrap_or(opts.final_tr_radius);
    if !(opts.initial_tr_radius > 0.0 && opts.initial_tr_radius.is_finite()) {
        return Err(invalid(
            "initial_tr_radius",
            opts.initial_tr_radius,
            "must be finite and > 0",
        ));
    }
    if rhoend.is_nan() || rhoend < 0.0 {
        return Err(invalid("final_tr_radius", rhoend, "must be >= 0"));
    }
    if opts.feasibility_tol.is_nan() || opts.feasibility_tol < 0.0 {
        return Err(invalid(
            "feasibility_tol",
            opts.feasibility_tol,
            "must be >= 0",
        ));
    }
    if opts.f_target.is_nan() {
        return Err(invalid("f_target", "NaN", "must not be NaN"));
    }
    if opts.maxfev == Some(0) || opts.maxiter == Some(0) {
        return Err(invalid("maxfev/maxiter", 0, "must be positive"));
    }
    if opts.scale {
        return Err(Error::Unsupported {
            what: "COBYQA: scale=True".into(),
        });
    }
    let settings = Settings {
        maxfev: opts.maxfev.unwrap_or(500 * n),
        maxiter: opts.maxiter.unwrap_or(1000 * n),
        f_target: opts.f_target,
        feasibility_tol: opts.feasibility_tol,
        rhobeg: opts.initial_tr_radius,
        rhoend,
    };
    Ok(cobyqa(problem, x0, &settings))
}
