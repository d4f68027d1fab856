//! The options of [`minimize_with`](crate::minimize_with) (SciPy's keywords other than
//! `method`'s own `options`) and the validated problem the methods receive.

use std::fmt;
use std::ops::ControlFlow;

use sci_core::Result;

use crate::objective::HessProductFn;
use crate::{Bounds, Constraint, Gradient, Hessian, IntermediateResult, Method, MinimizeCallback};

/// SciPy's keywords of `minimize`: `method`, `jac`, `hess`, `hessp`, `bounds`,
/// `constraints`, `tol`, `callback`. `Default` is SciPy's default.
///
/// # Examples
///
/// ```
/// use sci_optimize::{Bounds, Gradient, MinimizeOptions};
/// let o = MinimizeOptions::default()
///     .jac(Gradient::provided(sci_optimize::rosen_der))
///     .bounds(Bounds::uniform(2, -2.0, 2.0))
///     .tol(1e-10);
/// assert_eq!(o.tol, Some(1e-10));
/// ```
#[derive(Default)]
pub struct MinimizeOptions<'a> {
    /// The method (`None`: SciPy's choice by bounds and constraints).
    pub method: Option<Method>,
    /// How the gradient is obtained.
    pub jac: Gradient<'a>,
    /// How the Hessian is obtained.
    pub hess: Hessian<'a>,
    /// A Hessian-vector product (`hessp`).
    pub hessp: Option<HessProductFn<'a>>,
    /// Box bounds on the variables.
    pub bounds: Option<Bounds>,
    /// General constraints.
    pub constraints: Vec<Constraint<'a>>,
    /// Tolerance for termination; each method maps it to its own tolerances as SciPy does.
    pub tol: Option<f64>,
    /// Called once per iteration; `Break` stops the run.
    pub callback: Option<MinimizeCallback<'a>>,
}

impl<'a> MinimizeOptions<'a> {
    /// Chooses the method.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::MinimizeOptions::default();
    /// assert!(o.method.is_none());
    /// ```
    #[must_use]
    pub fn method(mut self, method: Method) -> Self {
        self.method = Some(method);
        self
    }

    /// Sets how the gradient is obtained.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{FiniteDiff, Gradient, MinimizeOptions};
    /// let o = MinimizeOptions::default().jac(Gradient::FiniteDiff(FiniteDiff::ThreePoint));
    /// assert!(o.jac.is_finite_diff());
    /// ```
    #[must_use]
    pub fn jac(mut self, jac: Gradient<'a>) -> Self {
        self.jac = jac;
        self
    }

    /// Sets how the Hessian is obtained.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{Hessian, MinimizeOptions};
    /// let o = MinimizeOptions::default().hess(Hessian::provided(sci_optimize::rosen_hess));
    /// assert!(matches!(o.hess, Hessian::Provided(_)));
    /// ```
    #[must_use]
    pub fn hess(mut self, hess: Hessian<'a>) -> Self {
        self.hess = hess;
        self
    }

    /// Sets the Hessian-vector product.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::MinimizeOptions::default().hessp(sci_optimize::rosen_hess_prod);
    /// assert!(o.hessp.is_some());
    /// ```
    #[must_use]
    pub fn hessp(mut self, hessp: impl Fn(&[f64], &[f64], &mut [f64]) + 'a) -> Self {
        self.hessp = Some(Box::new(hessp));
        self
    }

    /// Sets box bounds.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::MinimizeOptions::default().bounds(sci_optimize::Bounds::uniform(1, 0.0, 1.0));
    /// assert!(o.bounds.is_some());
    /// ```
    #[must_use]
    pub fn bounds(mut self, bounds: Bounds) -> Self {
        self.bounds = Some(bounds);
        self
    }

    /// Adds a constraint.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{MinimizeOptions, NonlinearConstraint};
    /// let o = MinimizeOptions::default()
    ///     .constraint(NonlinearConstraint::ineq(1, |x: &[f64], c: &mut [f64]| c[0] = 1.0 - x[0]));
    /// assert_eq!(o.constraints.len(), 1);
    /// ```
    #[must_use]
    pub fn constraint(mut self, c: impl Into<Constraint<'a>>) -> Self {
        self.constraints.push(c.into());
        self
    }

    /// Sets the termination tolerance.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::MinimizeOptions::default().tol(1e-6).tol, Some(1e-6));
    /// ```
    #[must_use]
    pub fn tol(mut self, tol: f64) -> Self {
        self.tol = Some(tol);
        self
    }

    /// Sets the per-iteration callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::MinimizeOptions::default()
    ///     .callback(|s: &sci_optimize::IntermediateResult| if s.nit >= 5 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) });
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(
        mut self,
        callback: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a,
    ) -> Self {
        self.callback = Some(sci_core::Callback::new(callback));
        self
    }

    /// Validates against `n` variables and splits into the method and the problem.
    pub(crate) fn into_problem<'p>(
        self,
        fun: &'p dyn Fn(&[f64]) -> f64,
        n: usize,
    ) -> Result<(Option<Method>, Problem<'p, 'a>)> {
        if let Some(b) = &self.bounds {
            b.validate(n)?;
        }
        for c in &self.constraints {
            match c {
                Constraint::Linear(l) => l.validate(n)?,
                Constraint::Nonlinear(nl) => nl.validate()?,
            }
        }
        let problem = Problem {
            fun,
            jac: self.jac,
            hess: self.hess,
            hessp: self.hessp,
            bounds: self.bounds,
            constraints: self.constraints,
            tol: self.tol,
            callback: self.callback,
        };
        Ok((self.method, problem))
    }
}

impl fmt::Debug for MinimizeOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MinimizeOptions")
            .field("method", &self.method)
            .field("jac", &self.jac)
            .field("hess", &self.hess)
            .field("hessp", &self.hessp.as_ref().map(|_| ".."))
            .field("bounds", &self.bounds)
            .field("constraints", &self.constraints)
            .field("tol", &self.tol)
            .field("callback", &self.callback)
            .finish()
    }
}

/// A validated minimization problem, as each method receives it.
pub(crate) struct Problem<'p, 'a> {
    /// The objective.
    pub(crate) fun: &'p dyn Fn(&[f64]) -> f64,
    /// How the gradient is obtained.
    pub(crate) jac: Gradient<'a>,
    /// How the Hessian is obtained.
    pub(crate) hess: Hessian<'a>,
    /// The Hessian-vector product, if given.
    pub(crate) hessp: Option<HessProductFn<'a>>,
    /// Box bounds (validated: lengths agree, `lb <= ub`).
    pub(crate) bounds: Option<Bounds>,
    /// Constraints (validated shapes).
    pub(crate) constraints: Vec<Constraint<'a>>,
    /// SciPy's `tol`.
    pub(crate) tol: Option<f64>,
    /// The per-iteration callback.
    pub(crate) callback: Option<MinimizeCallback<'a>>,
}
