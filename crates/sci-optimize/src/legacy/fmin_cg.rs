//! `fmin_cg`: the legacy interface of the nonlinear conjugate-gradient method.

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Result};

use crate::{CgOptions, Gradient, IntermediateResult, Method, MinimizeCallback, MinimizeOptions};

/// SciPy's keywords of `fmin_cg`. `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminCgOptions::default().gtol(1e-8);
/// assert!(o.fprime.is_none() && o.gtol == 1e-8 && o.c2 == 0.4);
/// ```
pub struct FminCgOptions<'a> {
    /// The gradient (`fprime`); 2-point finite differences with step `epsilon` when `None`.
    pub fprime: Option<crate::GradientFn<'a>>,
    /// Gradient-norm tolerance (default 1e-5).
    pub gtol: f64,
    /// Order of the gradient norm (default `inf`).
    pub norm: f64,
    /// Absolute finite-difference step (default `√ε`).
    pub epsilon: f64,
    /// Largest number of iterations (default `200 n`).
    pub maxiter: Option<usize>,
    /// Armijo constant (default 1e-4).
    pub c1: f64,
    /// Curvature constant (default 0.4).
    pub c2: f64,
    /// Called once per iteration; `Break` stops the run (`warnflag` 99).
    pub callback: Option<MinimizeCallback<'a>>,
}

impl Default for FminCgOptions<'_> {
    fn default() -> Self {
        let c = CgOptions::default();
        FminCgOptions {
            fprime: None,
            gtol: c.gtol,
            norm: c.norm,
            epsilon: c.eps,
            maxiter: None,
            c1: c.c1,
            c2: c.c2,
            callback: None,
        }
    }
}

impl std::fmt::Debug for FminCgOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FminCgOptions")
            .field("fprime", &self.fprime.as_ref().map(|_| ".."))
            .field("gtol", &self.gtol)
            .field("norm", &self.norm)
            .field("epsilon", &self.epsilon)
            .field("maxiter", &self.maxiter)
            .field("c1", &self.c1)
            .field("c2", &self.c2)
            .field("callback", &self.callback)
            .finish()
    }
}

impl<'a> FminCgOptions<'a> {
    /// Sets the gradient.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::FminCgOptions::default().fprime(sci_optimize::rosen_der).fprime.is_some());
    /// ```
    #[must_use]
    pub fn fprime(mut self, g: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        self.fprime = Some(Box::new(g));
        self
    }
    /// Sets `gtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCgOptions::default().gtol(1e-6).gtol, 1e-6);
    /// ```
    #[must_use]
    pub fn gtol(mut self, v: f64) -> Self {
        self.gtol = v;
        self
    }
    /// Sets `norm`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCgOptions::default().norm(2.0).norm, 2.0);
    /// ```
    #[must_use]
    pub fn norm(mut self, v: f64) -> Self {
        self.norm = v;
        self
    }
    /// Sets `epsilon`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCgOptions::default().epsilon(1e-6).epsilon, 1e-6);
    /// ```
    #[must_use]
    pub fn epsilon(mut self, v: f64) -> Self {
        self.epsilon = v;
        self
    }
    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCgOptions::default().maxiter(5).maxiter, Some(5));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = Some(v);
        self
    }
    /// Sets `c1`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCgOptions::default().c1(1e-3).c1, 1e-3);
    /// ```
    #[must_use]
    pub fn c1(mut self, v: f64) -> Self {
        self.c1 = v;
        self
    }
    /// Sets `c2`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminCgOptions::default().c2(0.2).c2, 0.2);
    /// ```
    #[must_use]
    pub fn c2(mut self, v: f64) -> Self {
        self.c2 = v;
        self
    }
    /// Sets the callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::FminCgOptions::default().callback(|_| ControlFlow::Continue(()));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, cb: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(sci_core::Callback::new(cb));
        self
    }
}

/// The full output of [`fmin_cg_with`]: SciPy's `(xopt, fopt, func_calls, grad_calls,
/// warnflag)`.
#[derive(Debug, Clone)]
pub struct FminCgOutput {
    /// The minimizer.
    pub xopt: Array1<f64>,
    /// `f(xopt)`.
    pub fopt: f64,
    /// Objective evaluations (finite-difference ones included).
    pub func_calls: usize,
    /// Gradient evaluations.
    pub grad_calls: usize,
    /// 0 converged, 1 `maxiter` reached, 2 line search failed (precision loss), 3 NaN,
    /// 99 stopped by the callback.
    pub warnflag: i32,
}

/// Minimizes `f` from `x0` with nonlinear conjugate gradients (SciPy's `fmin_cg`), gradient
/// by finite differences, returning `xopt`.
///
/// # Examples
///
/// ```
/// let f = |x: &[f64]| (x[0] - 1.0).powi(2) + 4.0 * (x[1] + 1.0).powi(2);
/// let x = sci_optimize::fmin_cg(f, &[0.0, 0.0]).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-5 && (x[1] + 1.0).abs() < 1e-5);
/// ```
///
/// # Errors
///
/// As [`fmin_cg_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_cg.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, pp. 120–122.
pub fn fmin_cg<'x>(
    f: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<Array1<f64>> {
    Ok(fmin_cg_with(f, x0, FminCgOptions::default())?.xopt)
}

/// [`fmin_cg`] with SciPy's keywords and full output.
///
/// # Examples
///
/// ```
/// use sci_optimize::{fmin_cg_with, FminCgOptions, rosen, rosen_der};
/// let out = fmin_cg_with(rosen, &[-1.2, 1.0], FminCgOptions::default().fprime(rosen_der)).unwrap();
/// assert!((out.xopt[0] - 1.0).abs() < 1e-5 && out.warnflag == 0);
/// assert_eq!((out.func_calls, out.grad_calls), (78, 77)); // as SciPy
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`,
/// [`Error::NonFinite`](sci_core::Error::NonFinite) for a non-finite `x0`,
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) unless `0 < c1 < c2 < 1`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_cg.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, pp. 120–122.
pub fn fmin_cg_with<'x, 'a>(
    f: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: FminCgOptions<'a>,
) -> Result<FminCgOutput> {
    let mut co = CgOptions::default()
        .gtol(options.gtol)
        .norm(options.norm)
        .eps(options.epsilon)
        .c1(options.c1)
        .c2(options.c2);
    co.maxiter = options.maxiter;
    let mut mo = MinimizeOptions::default().method(Method::Cg(co));
    if let Some(g) = options.fprime {
        mo = mo.jac(Gradient::Provided(g));
    }
    mo.callback = options.callback;
    let r = crate::minimize_with(f, x0, mo)?;
    Ok(FminCgOutput {
        xopt: r.x,
        fopt: r.fun,
        func_calls: r.nfev,
        grad_calls: r.njev,
        warnflag: r.status,
    })
}
