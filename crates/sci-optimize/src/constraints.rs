//! General constraints for the constrained minimizers: SciPy's `LinearConstraint` and
//! `NonlinearConstraint`, and the old-style equality/inequality constraints of SLSQP and
//! COBYLA (`{'type': 'eq' | 'ineq', 'fun': ...}`) as [`NonlinearConstraint::eq`] and
//! [`NonlinearConstraint::ineq`].

use std::fmt;

use sci_core::ndarray::{Array1, Array2, ArrayViewMut2};
use sci_core::{Error, Result};

use crate::finite_diff::FiniteDiff;

/// Vector-valued constraint function: writes the `m` constraint values at `x` into the slice.
pub type ConstraintFn<'a> = Box<dyn Fn(&[f64], &mut [f64]) + 'a>;

/// Constraint Jacobian: writes the `m × n` Jacobian at `x` into the view.
pub type ConstraintJacFn<'a> = Box<dyn Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a>;

/// Hessian of `Σ vᵢ cᵢ(x)`: given `x` and the multipliers `v` (length `m`), writes the
/// `n × n` matrix into the view (SciPy's `hess(x, v)`).
pub type ConstraintHessFn<'a> = Box<dyn Fn(&[f64], &[f64], ArrayViewMut2<'_, f64>) + 'a>;

/// Linear constraints `lb <= A x <= ub` (equality where `lb == ub`).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_optimize::LinearConstraint;
///
/// // x0 + x1 <= 1
/// let c = LinearConstraint::new(array![[1.0, 1.0]], vec![f64::NEG_INFINITY], vec![1.0]);
/// assert_eq!(c.a.nrows(), 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct LinearConstraint {
    /// The `m × n` matrix.
    pub a: Array2<f64>,
    /// Lower bounds on `A x` (`-inf`: none).
    pub lb: Array1<f64>,
    /// Upper bounds on `A x` (`+inf`: none).
    pub ub: Array1<f64>,
    /// Whether iterates must stay feasible (trust-constr).
    pub keep_feasible: bool,
}

impl LinearConstraint {
    /// The constraint `lb <= a x <= ub`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::array;
    /// let c = sci_optimize::LinearConstraint::new(array![[1.0, -1.0]], vec![0.0], vec![0.0]);
    /// assert_eq!(c.lb[0], c.ub[0]);
    /// ```
    pub fn new(a: Array2<f64>, lb: impl Into<Array1<f64>>, ub: impl Into<Array1<f64>>) -> Self {
        LinearConstraint {
            a,
            lb: lb.into(),
            ub: ub.into(),
            keep_feasible: false,
        }
    }

    /// Sets `keep_feasible`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::array;
    /// let c = sci_optimize::LinearConstraint::new(array![[1.0]], vec![0.0], vec![1.0])
    ///     .keep_feasible(true);
    /// assert!(c.keep_feasible);
    /// ```
    #[must_use]
    pub fn keep_feasible(mut self, keep: bool) -> Self {
        self.keep_feasible = keep;
        self
    }

    /// Checks the shapes against `n` variables and that `lb <= ub`.
    ///
    /// # Errors
    ///
    /// [`Error::ShapeMismatch`] or [`Error::InvalidArgument`].
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::array;
    /// let c = sci_optimize::LinearConstraint::new(array![[1.0, 1.0]], vec![0.0], vec![1.0]);
    /// assert!(c.validate(2).is_ok() && c.validate(3).is_err());
    /// ```
    pub fn validate(&self, n: usize) -> Result<()> {
        let m = self.a.nrows();
        sci_core::check_shape("LinearConstraint: A and x0", &[m, n], self.a.shape())?;
        sci_core::check_shape("LinearConstraint: lb and A", &[m], &[self.lb.len()])?;
        sci_core::check_shape("LinearConstraint: ub and A", &[m], &[self.ub.len()])?;
        check_ordered("LinearConstraint", &self.lb, &self.ub)
    }
}

/// How a nonlinear constraint's Jacobian is obtained.
pub enum ConstraintJac<'a> {
    /// A user function writing the `m × n` Jacobian.
    Provided(ConstraintJacFn<'a>),
    /// Finite differences of the constraint function.
    FiniteDiff(FiniteDiff),
}

/// How trust-constr obtains the Hessian of a nonlinear constraint.
pub enum ConstraintHess<'a> {
    /// A user function for the Hessian of `Σ vᵢ cᵢ(x)`.
    Provided(ConstraintHessFn<'a>),
    /// A quasi-Newton approximation (SciPy's default for trust-constr: `BFGS()`).
    QuasiNewton(Box<dyn crate::HessianUpdateStrategy + 'a>),
}

/// Nonlinear constraints `lb <= c(x) <= ub` on a vector function `c` with `m` components.
///
/// # Examples
///
/// ```
/// use sci_optimize::NonlinearConstraint;
///
/// // x0² + x1² <= 1
/// let c = NonlinearConstraint::new(1, |x: &[f64], out: &mut [f64]| out[0] = x[0] * x[0] + x[1] * x[1],
///     vec![f64::NEG_INFINITY], vec![1.0]);
/// let mut v = [0.0];
/// c.eval(&[0.6, 0.8], &mut v);
/// assert!((v[0] - 1.0).abs() < 1e-15);
/// ```
pub struct NonlinearConstraint<'a> {
    /// The number of components `m`.
    pub m: usize,
    /// The constraint function.
    pub fun: ConstraintFn<'a>,
    /// Lower bounds on `c(x)`.
    pub lb: Array1<f64>,
    /// Upper bounds on `c(x)`.
    pub ub: Array1<f64>,
    /// How the Jacobian is obtained (default: 2-point finite differences).
    pub jac: ConstraintJac<'a>,
    /// How trust-constr obtains the Hessian (`None`: its default, BFGS).
    pub hess: Option<ConstraintHess<'a>>,
    /// Whether iterates must stay feasible (trust-constr).
    pub keep_feasible: bool,
}

impl<'a> NonlinearConstraint<'a> {
    /// The constraint `lb <= fun(x) <= ub` with `m` components.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = sci_optimize::NonlinearConstraint::new(1, |x: &[f64], o: &mut [f64]| o[0] = x[0], vec![0.0], vec![1.0]);
    /// assert_eq!(c.m, 1);
    /// ```
    pub fn new(
        m: usize,
        fun: impl Fn(&[f64], &mut [f64]) + 'a,
        lb: impl Into<Array1<f64>>,
        ub: impl Into<Array1<f64>>,
    ) -> Self {
        NonlinearConstraint {
            m,
            fun: Box::new(fun),
            lb: lb.into(),
            ub: ub.into(),
            jac: ConstraintJac::FiniteDiff(FiniteDiff::TwoPoint),
            hess: None,
            keep_feasible: false,
        }
    }

    /// The equality constraint `fun(x) = 0` (SciPy's `{'type': 'eq', 'fun': fun}`).
    ///
    /// # Examples
    ///
    /// ```
    /// let c = sci_optimize::NonlinearConstraint::eq(1, |x: &[f64], o: &mut [f64]| o[0] = x[0] - 1.0);
    /// assert!(c.is_equality());
    /// ```
    pub fn eq(m: usize, fun: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        NonlinearConstraint::new(m, fun, Array1::zeros(m), Array1::zeros(m))
    }

    /// The inequality constraint `fun(x) >= 0` (SciPy's `{'type': 'ineq', 'fun': fun}`).
    ///
    /// # Examples
    ///
    /// ```
    /// let c = sci_optimize::NonlinearConstraint::ineq(1, |x: &[f64], o: &mut [f64]| o[0] = x[0]);
    /// assert!(!c.is_equality() && c.ub[0].is_infinite());
    /// ```
    pub fn ineq(m: usize, fun: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        NonlinearConstraint::new(
            m,
            fun,
            Array1::zeros(m),
            Array1::from_elem(m, f64::INFINITY),
        )
    }

    /// Gives the exact Jacobian.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::ArrayViewMut2;
    /// let c = sci_optimize::NonlinearConstraint::eq(1, |x: &[f64], o: &mut [f64]| o[0] = x[0])
    ///     .jac(|_x: &[f64], mut j: ArrayViewMut2<f64>| j[[0, 0]] = 1.0);
    /// assert!(matches!(c.jac, sci_optimize::ConstraintJac::Provided(_)));
    /// ```
    #[must_use]
    pub fn jac(mut self, jac: impl Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        self.jac = ConstraintJac::Provided(Box::new(jac));
        self
    }

    /// Uses a finite-difference scheme for the Jacobian.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{FiniteDiff, NonlinearConstraint};
    /// let c = NonlinearConstraint::eq(1, |x: &[f64], o: &mut [f64]| o[0] = x[0])
    ///     .jac_scheme(FiniteDiff::ThreePoint);
    /// assert!(matches!(c.jac, sci_optimize::ConstraintJac::FiniteDiff(FiniteDiff::ThreePoint)));
    /// ```
    #[must_use]
    pub fn jac_scheme(mut self, scheme: FiniteDiff) -> Self {
        self.jac = ConstraintJac::FiniteDiff(scheme);
        self
    }

    /// Gives the Hessian of `Σ vᵢ cᵢ(x)` (trust-constr).
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::ArrayViewMut2;
    /// let c = sci_optimize::NonlinearConstraint::eq(1, |x: &[f64], o: &mut [f64]| o[0] = x[0] * x[0])
    ///     .hess(|_x: &[f64], v: &[f64], mut h: ArrayViewMut2<f64>| h[[0, 0]] = 2.0 * v[0]);
    /// assert!(c.hess.is_some());
    /// ```
    #[must_use]
    pub fn hess(mut self, hess: impl Fn(&[f64], &[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        self.hess = Some(ConstraintHess::Provided(Box::new(hess)));
        self
    }

    /// Sets `keep_feasible`.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = sci_optimize::NonlinearConstraint::eq(1, |x: &[f64], o: &mut [f64]| o[0] = x[0])
    ///     .keep_feasible(true);
    /// assert!(c.keep_feasible);
    /// ```
    #[must_use]
    pub fn keep_feasible(mut self, keep: bool) -> Self {
        self.keep_feasible = keep;
        self
    }

    /// Evaluates the constraint function into `out` (length `m`).
    ///
    /// # Examples
    ///
    /// ```
    /// let c = sci_optimize::NonlinearConstraint::eq(1, |x: &[f64], o: &mut [f64]| o[0] = 2.0 * x[0]);
    /// let mut o = [0.0];
    /// c.eval(&[1.5], &mut o);
    /// assert_eq!(o[0], 3.0);
    /// ```
    pub fn eval(&self, x: &[f64], out: &mut [f64]) {
        (self.fun)(x, out);
    }

    /// Whether every component is an equality (`lb == ub`).
    ///
    /// # Examples
    ///
    /// ```
    /// let c = sci_optimize::NonlinearConstraint::ineq(1, |x: &[f64], o: &mut [f64]| o[0] = x[0]);
    /// assert!(!c.is_equality());
    /// ```
    pub fn is_equality(&self) -> bool {
        self.lb.iter().zip(self.ub.iter()).all(|(l, u)| l == u)
    }

    /// Checks the bounds' lengths against `m` and that `lb <= ub`.
    ///
    /// # Errors
    ///
    /// [`Error::ShapeMismatch`] or [`Error::InvalidArgument`].
    ///
    /// # Examples
    ///
    /// ```
    /// let c = sci_optimize::NonlinearConstraint::new(2, |x: &[f64], o: &mut [f64]| o[0] = x[0], vec![0.0], vec![1.0]);
    /// assert!(c.validate().is_err());
    /// ```
    pub fn validate(&self) -> Result<()> {
        sci_core::check_shape("NonlinearConstraint: lb and m", &[self.m], &[self.lb.len()])?;
        sci_core::check_shape("NonlinearConstraint: ub and m", &[self.m], &[self.ub.len()])?;
        check_ordered("NonlinearConstraint", &self.lb, &self.ub)
    }
}

impl fmt::Debug for NonlinearConstraint<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NonlinearConstraint")
            .field("m", &self.m)
            .field("lb", &self.lb)
            .field("ub", &self.ub)
            .field("keep_feasible", &self.keep_feasible)
            .finish_non_exhaustive()
    }
}

/// One constraint of [`MinimizeOptions::constraints`](crate::MinimizeOptions::constraints).
#[derive(Debug)]
pub enum Constraint<'a> {
    /// `lb <= A x <= ub`.
    Linear(LinearConstraint),
    /// `lb <= c(x) <= ub`.
    Nonlinear(NonlinearConstraint<'a>),
}

impl From<LinearConstraint> for Constraint<'_> {
    fn from(c: LinearConstraint) -> Self {
        Constraint::Linear(c)
    }
}

impl<'a> From<NonlinearConstraint<'a>> for Constraint<'a> {
    fn from(c: NonlinearConstraint<'a>) -> Self {
        Constraint::Nonlinear(c)
    }
}

/// `lb <= ub` with no NaN, or an error naming the constraint.
fn check_ordered(what: &str, lb: &Array1<f64>, ub: &Array1<f64>) -> Result<()> {
    for (i, (l, u)) in lb.iter().zip(ub.iter()).enumerate() {
        if l.is_nan() || u.is_nan() || l > u {
            return Err(Error::InvalidArgument {
                name: format!("{what} bounds"),
                value: format!("[{l}, {u}] at index {i}"),
                reason: "each lower bound must be <= its upper bound".into(),
            });
        }
    }
    Ok(())
}
