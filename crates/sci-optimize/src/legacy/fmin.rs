//! `fmin`: the legacy interface of the Nelder-Mead simplex method.

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Array2, Ix1};
use sci_core::{AsArray, Result};

use crate::{IntermediateResult, Method, MinimizeCallback, MinimizeOptions, NelderMeadOptions};

/// SciPy's keywords of `fmin`. `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminOptions::default().xtol(1e-8).maxfun(5000);
/// assert_eq!((o.xtol, o.ftol, o.maxfun), (1e-8, 1e-4, Some(5000)));
/// ```
#[derive(Debug)]
pub struct FminOptions<'a> {
    /// Absolute tolerance on the simplex's spread in `x` (`xatol`; default 1e-4).
    pub xtol: f64,
    /// Absolute tolerance on the spread of `f` (`fatol`; default 1e-4).
    pub ftol: f64,
    /// Largest number of iterations (default `200 n`).
    pub maxiter: Option<usize>,
    /// Largest number of evaluations (default `200 n`).
    pub maxfun: Option<usize>,
    /// The starting simplex, `(n + 1) × n`.
    pub initial_simplex: Option<Array2<f64>>,
    /// Called once per iteration; `Break` stops the run (`warnflag` 99).
    pub callback: Option<MinimizeCallback<'a>>,
}

impl Default for FminOptions<'_> {
    fn default() -> Self {
        FminOptions {
            xtol: 1e-4,
            ftol: 1e-4,
            maxiter: None,
            maxfun: None,
            initial_simplex: None,
            callback: None,
        }
    }
}

impl<'a> FminOptions<'a> {
    /// Sets `xtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminOptions::default().xtol(1e-6).xtol, 1e-6);
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
    /// assert_eq!(sci_optimize::FminOptions::default().ftol(1e-6).ftol, 1e-6);
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
    /// assert_eq!(sci_optimize::FminOptions::default().maxiter(5).maxiter, Some(5));
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
    /// assert_eq!(sci_optimize::FminOptions::default().maxfun(5).maxfun, Some(5));
    /// ```
    #[must_use]
    pub fn maxfun(mut self, v: usize) -> Self {
        self.maxfun = Some(v);
        self
    }
    /// Sets `initial_simplex`.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = sci_core::ndarray::array![[0.0], [1.0]];
    /// assert!(sci_optimize::FminOptions::default().initial_simplex(s).initial_simplex.is_some());
    /// ```
    #[must_use]
    pub fn initial_simplex(mut self, s: Array2<f64>) -> Self {
        self.initial_simplex = Some(s);
        self
    }
    /// Sets the callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::FminOptions::default().callback(|_| ControlFlow::Continue(()));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, cb: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(sci_core::Callback::new(cb));
        self
    }
}

/// The full output of [`fmin_with`]: SciPy's `(xopt, fopt, iter, funcalls, warnflag)`.
#[derive(Debug, Clone)]
pub struct FminOutput {
    /// The minimizer.
    pub xopt: Array1<f64>,
    /// `f(xopt)`.
    pub fopt: f64,
    /// Iterations.
    pub iter: usize,
    /// Evaluations.
    pub funcalls: usize,
    /// 0 converged, 1 `maxfun` reached, 2 `maxiter` reached, 99 stopped by the callback.
    pub warnflag: i32,
}

/// Minimizes `func` from `x0` with the Nelder-Mead simplex (SciPy's `fmin`), returning
/// `xopt`.
///
/// # Examples
///
/// ```
/// let x = sci_optimize::fmin(|x: &[f64]| (x[0] - 1.0).powi(2) + (x[1] + 2.0).powi(2), &[0.0, 0.0]).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-3 && (x[1] + 2.0).abs() < 1e-3);
/// ```
///
/// # Errors
///
/// As [`fmin_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin.html>
/// - J. A. Nelder, R. Mead, "A simplex method for function minimization", The Computer
///   Journal 7 (1965), 308–313.
pub fn fmin<'x>(
    func: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<Array1<f64>> {
    Ok(fmin_with(func, x0, FminOptions::default())?.xopt)
}

/// [`fmin`] with SciPy's keywords and full output.
///
/// # Examples
///
/// ```
/// use sci_optimize::{fmin_with, FminOptions, rosen};
/// let out = fmin_with(rosen, &[-1.2, 1.0], FminOptions::default().xtol(1e-8).ftol(1e-8)).unwrap();
/// assert!((out.xopt[0] - 1.0).abs() < 1e-6 && out.warnflag == 0);
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`,
/// [`Error::NonFinite`](sci_core::Error::NonFinite) for a non-finite `x0`,
/// [`Error::ShapeMismatch`](sci_core::Error::ShapeMismatch) for an `initial_simplex` not
/// `(n + 1) × n`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin.html>
/// - J. A. Nelder, R. Mead, The Computer Journal 7 (1965), 308–313.
pub fn fmin_with<'x, 'a>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: FminOptions<'a>,
) -> Result<FminOutput> {
    let mut nm = NelderMeadOptions::default()
        .xatol(options.xtol)
        .fatol(options.ftol);
    nm.maxiter = options.maxiter;
    nm.maxfev = options.maxfun;
    nm.initial_simplex = options.initial_simplex;
    let mut mo = MinimizeOptions::default().method(Method::NelderMead(nm));
    mo.callback = options.callback;
    let r = crate::minimize_with(func, x0, mo)?;
    Ok(FminOutput {
        xopt: r.x,
        fopt: r.fun,
        iter: r.nit,
        funcalls: r.nfev,
        warnflag: r.status,
    })
}
