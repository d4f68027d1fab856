//! `fmin_powell`: the legacy interface of Powell's conjugate-direction method.

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Array2, Ix1};
use sci_core::{AsArray, Result};

use crate::{IntermediateResult, Method, MinimizeCallback, MinimizeOptions, PowellOptions};

/// SciPy's keywords of `fmin_powell`. `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminPowellOptions::default().ftol(1e-10);
/// assert_eq!((o.xtol, o.ftol), (1e-4, 1e-10));
/// ```
#[derive(Debug)]
pub struct FminPowellOptions<'a> {
    /// Line-search tolerance (default 1e-4).
    pub xtol: f64,
    /// Relative decrease of `f` accepted for convergence (default 1e-4).
    pub ftol: f64,
    /// Largest number of iterations (default `1000 n`).
    pub maxiter: Option<usize>,
    /// Largest number of evaluations (default `1000 n`).
    pub maxfun: Option<usize>,
    /// Initial directions, one per row.
    pub direc: Option<Array2<f64>>,
    /// Called once per iteration; `Break` stops the run (`warnflag` 99).
    pub callback: Option<MinimizeCallback<'a>>,
}

impl Default for FminPowellOptions<'_> {
    fn default() -> Self {
        FminPowellOptions {
            xtol: 1e-4,
            ftol: 1e-4,
            maxiter: None,
            maxfun: None,
            direc: None,
            callback: None,
        }
    }
}

impl<'a> FminPowellOptions<'a> {
    /// Sets `xtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminPowellOptions::default().xtol(1e-6).xtol, 1e-6);
    /// ```
    #[must_use]
    pub fn xtol(mut self, v: f64) -> Self {
        self.xtol = v;
        self
    }
    /// Sets `ftol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminPowellOptions::default().ftol(1e-6).ftol, 1e-6);
    /// ```
    #[must_use]
    pub fn ftol(mut self, v: f64) -> Self {
        self.ftol = v;
        self
    }
    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminPowellOptions::default().maxiter(5).maxiter, Some(5));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = Some(v);
        self
    }
    /// Sets `maxfun`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminPowellOptions::default().maxfun(5).maxfun, Some(5));
    /// ```
    #[must_use]
    pub fn maxfun(mut self, v: usize) -> Self {
        self.maxfun = Some(v);
        self
    }
    /// Sets `direc`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminPowellOptions::default().direc(sci_core::ndarray::Array2::eye(2));
    /// assert!(o.direc.is_some());
    /// ```
    #[must_use]
    pub fn direc(mut self, d: Array2<f64>) -> Self {
        self.direc = Some(d);
        self
    }
    /// Sets the callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::FminPowellOptions::default().callback(|_| ControlFlow::Continue(()));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, cb: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(sci_core::Callback::new(cb));
        self
    }
}

/// The full output of [`fmin_powell_with`]: SciPy's `(xopt, fopt, direc, iter, funcalls,
/// warnflag)`.
#[derive(Debug, Clone)]
pub struct FminPowellOutput {
    /// The minimizer.
    pub xopt: Array1<f64>,
    /// `f(xopt)`.
    pub fopt: f64,
    /// The final directions, one per row.
    pub direc: Array2<f64>,
    /// Iterations.
    pub iter: usize,
    /// Evaluations.
    pub funcalls: usize,
    /// 0 converged, 1 `maxfun` reached, 2 `maxiter` reached, 3 NaN, 99 stopped by the
    /// callback.
    pub warnflag: i32,
}

/// Minimizes `func` from `x0` with Powell's method (SciPy's `fmin_powell`), returning
/// `xopt`.
///
/// # Examples
///
/// ```
/// let x = sci_optimize::fmin_powell(sci_optimize::rosen, &[-1.2, 1.0]).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-6 && (x[1] - 1.0).abs() < 1e-6);
/// ```
///
/// # Errors
///
/// As [`fmin_powell_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_powell.html>
/// - M. J. D. Powell, "An efficient method for finding the minimum of a function of several
///   variables without calculating derivatives", The Computer Journal 7 (1964), 155–162.
pub fn fmin_powell<'x>(
    func: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<Array1<f64>> {
    Ok(fmin_powell_with(func, x0, FminPowellOptions::default())?.xopt)
}

/// [`fmin_powell`] with SciPy's keywords and full output.
///
/// # Examples
///
/// ```
/// use sci_optimize::{fmin_powell_with, FminPowellOptions};
/// let out = fmin_powell_with(|x: &[f64]| (x[0] - 2.0).powi(2), &[0.0], FminPowellOptions::default()).unwrap();
/// assert!((out.xopt[0] - 2.0).abs() < 1e-6 && out.warnflag == 0 && out.direc.shape() == [1, 1]);
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`,
/// [`Error::NonFinite`](sci_core::Error::NonFinite) for a non-finite `x0`,
/// [`Error::ShapeMismatch`](sci_core::Error::ShapeMismatch) for `direc` not `n × n`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_powell.html>
/// - M. J. D. Powell, The Computer Journal 7 (1964), 155–162.
pub fn fmin_powell_with<'x, 'a>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: FminPowellOptions<'a>,
) -> Result<FminPowellOutput> {
    let mut po = PowellOptions::default()
        .xtol(options.xtol)
        .ftol(options.ftol);
    po.maxiter = options.maxiter;
    po.maxfev = options.maxfun;
    po.direc = options.direc;
    let mut mo = MinimizeOptions::default().method(Method::Powell(po));
    mo.callback = options.callback;
    let r = crate::minimize_with(func, x0, mo)?;
    Ok(FminPowellOutput {
        xopt: r.x,
        fopt: r.fun,
        direc: r.direc.unwrap_or_default(),
        iter: r.nit,
        funcalls: r.nfev,
        warnflag: r.status,
    })
}
