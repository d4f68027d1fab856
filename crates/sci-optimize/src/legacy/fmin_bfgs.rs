//! `fmin_bfgs`: the legacy interface of the BFGS quasi-Newton method.

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Array2, Ix1};
use sci_core::{AsArray, Result};

use crate::{
    BfgsOptions, Gradient, HessInv, IntermediateResult, Method, MinimizeCallback, MinimizeOptions,
};

/// SciPy's keywords of `fmin_bfgs`. `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminBfgsOptions::default().fprime(sci_optimize::rosen_der).gtol(1e-8);
/// assert!(o.fprime.is_some() && o.gtol == 1e-8 && o.epsilon == f64::EPSILON.sqrt());
/// ```
pub struct FminBfgsOptions<'a> {
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
    /// Relative step tolerance (default 0).
    pub xrtol: f64,
    /// Armijo constant (default 1e-4).
    pub c1: f64,
    /// Curvature constant (default 0.9).
    pub c2: f64,
    /// Initial inverse Hessian (default the identity).
    pub hess_inv0: Option<Array2<f64>>,
    /// Called once per iteration; `Break` stops the run (`warnflag` 99).
    pub callback: Option<MinimizeCallback<'a>>,
}

impl Default for FminBfgsOptions<'_> {
    fn default() -> Self {
        let b = BfgsOptions::default();
        FminBfgsOptions {
            fprime: None,
            gtol: b.gtol,
            norm: b.norm,
            epsilon: b.eps,
            maxiter: None,
            xrtol: b.xrtol,
            c1: b.c1,
            c2: b.c2,
            hess_inv0: None,
            callback: None,
        }
    }
}

impl std::fmt::Debug for FminBfgsOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FminBfgsOptions")
            .field("fprime", &self.fprime.as_ref().map(|_| ".."))
            .field("gtol", &self.gtol)
            .field("norm", &self.norm)
            .field("epsilon", &self.epsilon)
            .field("maxiter", &self.maxiter)
            .field("xrtol", &self.xrtol)
            .field("c1", &self.c1)
            .field("c2", &self.c2)
            .field("hess_inv0", &self.hess_inv0)
            .field("callback", &self.callback)
            .finish()
    }
}

impl<'a> FminBfgsOptions<'a> {
    /// Sets the gradient.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::FminBfgsOptions::default().fprime(sci_optimize::rosen_der).fprime.is_some());
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
    /// assert_eq!(sci_optimize::FminBfgsOptions::default().gtol(1e-6).gtol, 1e-6);
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
    /// assert_eq!(sci_optimize::FminBfgsOptions::default().norm(2.0).norm, 2.0);
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
    /// assert_eq!(sci_optimize::FminBfgsOptions::default().epsilon(1e-6).epsilon, 1e-6);
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
    /// assert_eq!(sci_optimize::FminBfgsOptions::default().maxiter(5).maxiter, Some(5));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = Some(v);
        self
    }
    /// Sets `xrtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminBfgsOptions::default().xrtol(1e-9).xrtol, 1e-9);
    /// ```
    #[must_use]
    pub fn xrtol(mut self, v: f64) -> Self {
        self.xrtol = v;
        self
    }
    /// Sets `c1`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminBfgsOptions::default().c1(1e-3).c1, 1e-3);
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
    /// assert_eq!(sci_optimize::FminBfgsOptions::default().c2(0.5).c2, 0.5);
    /// ```
    #[must_use]
    pub fn c2(mut self, v: f64) -> Self {
        self.c2 = v;
        self
    }
    /// Sets `hess_inv0`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminBfgsOptions::default().hess_inv0(sci_core::ndarray::Array2::eye(1));
    /// assert!(o.hess_inv0.is_some());
    /// ```
    #[must_use]
    pub fn hess_inv0(mut self, h: Array2<f64>) -> Self {
        self.hess_inv0 = Some(h);
        self
    }
    /// Sets the callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::FminBfgsOptions::default().callback(|_| ControlFlow::Continue(()));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, cb: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(sci_core::Callback::new(cb));
        self
    }
}

/// The full output of [`fmin_bfgs_with`]: SciPy's `(xopt, fopt, gopt, Bopt, func_calls,
/// grad_calls, warnflag)`.
#[derive(Debug, Clone)]
pub struct FminBfgsOutput {
    /// The minimizer.
    pub xopt: Array1<f64>,
    /// `f(xopt)`.
    pub fopt: f64,
    /// The gradient at `xopt`.
    pub gopt: Array1<f64>,
    /// The inverse-Hessian approximation at `xopt` (SciPy's `Bopt`).
    pub bopt: Array2<f64>,
    /// Objective evaluations (finite-difference ones included).
    pub func_calls: usize,
    /// Gradient evaluations.
    pub grad_calls: usize,
    /// 0 converged, 1 `maxiter` reached, 2 line search failed (precision loss), 3 NaN,
    /// 99 stopped by the callback.
    pub warnflag: i32,
}

/// Minimizes `f` from `x0` with BFGS (SciPy's `fmin_bfgs`), gradient by finite differences,
/// returning `xopt`.
///
/// # Examples
///
/// ```
/// // The tutorial: f(x) = x² + 10 sin(x) has its global minimum near -1.30644 and a local
/// // one near 3.83747.
/// let f = |x: &[f64]| x[0] * x[0] + 10.0 * x[0].sin();
/// let x = sci_optimize::fmin_bfgs(f, &[0.0]).unwrap();
/// assert!((x[0] + 1.30644).abs() < 1e-5);
/// let x = sci_optimize::fmin_bfgs(f, &[3.0]).unwrap();
/// assert!((x[0] - 3.83747).abs() < 1e-5);
/// ```
///
/// # Errors
///
/// As [`fmin_bfgs_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_bfgs.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, p. 136.
pub fn fmin_bfgs<'x>(
    f: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<Array1<f64>> {
    Ok(fmin_bfgs_with(f, x0, FminBfgsOptions::default())?.xopt)
}

/// [`fmin_bfgs`] with SciPy's keywords and full output.
///
/// # Examples
///
/// ```
/// use sci_optimize::{fmin_bfgs_with, FminBfgsOptions, rosen, rosen_der};
/// let out = fmin_bfgs_with(rosen, &[-1.2, 1.0], FminBfgsOptions::default().fprime(rosen_der)).unwrap();
/// assert!((out.xopt[0] - 1.0).abs() < 1e-6 && out.warnflag == 0);
/// assert_eq!((out.func_calls, out.grad_calls), (39, 39)); // as SciPy
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`,
/// [`Error::NonFinite`](sci_core::Error::NonFinite) for a non-finite `x0`,
/// [`Error::ShapeMismatch`](sci_core::Error::ShapeMismatch) for `hess_inv0` not `n × n`,
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) unless `0 < c1 < c2 < 1`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_bfgs.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, p. 136.
pub fn fmin_bfgs_with<'x, 'a>(
    f: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: FminBfgsOptions<'a>,
) -> Result<FminBfgsOutput> {
    let mut bo = BfgsOptions::default()
        .gtol(options.gtol)
        .norm(options.norm)
        .eps(options.epsilon)
        .xrtol(options.xrtol)
        .c1(options.c1)
        .c2(options.c2);
    bo.maxiter = options.maxiter;
    bo.hess_inv0 = options.hess_inv0;
    let mut mo = MinimizeOptions::default().method(Method::Bfgs(bo));
    if let Some(g) = options.fprime {
        mo = mo.jac(Gradient::Provided(g));
    }
    mo.callback = options.callback;
    let r = crate::minimize_with(f, x0, mo)?;
    let bopt = match r.hess_inv {
        Some(HessInv::Dense(h)) => h,
        _ => Array2::zeros((0, 0)),
    };
    Ok(FminBfgsOutput {
        gopt: r.jac.unwrap_or_default(),
        xopt: r.x,
        fopt: r.fun,
        bopt,
        func_calls: r.nfev,
        grad_calls: r.njev,
        warnflag: r.status,
    })
}
