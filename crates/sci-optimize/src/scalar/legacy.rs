//! The legacy scalar minimizers `brent`, `golden` and `fminbound` with SciPy's return
//! conventions (`xmin`, or the full output with `_with`), built on the same cores as
//! [`minimize_scalar`](crate::minimize_scalar).

use sci_core::Result;

use super::{Stop, bounded::bounded_core, brent::brent_core, golden::golden_core};

/// Options of [`brent_with`] (SciPy's `brack`, `tol`, `maxiter`). `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::BrentOptions::default().brack(vec![-3.0, -2.0]);
/// assert_eq!((o.tol, o.maxiter), (1.48e-8, 500));
/// ```
#[derive(Debug, Clone)]
pub struct BrentOptions {
    /// Two start points or an ordered 3-point bracket (default: bracket from 0 and 1).
    pub brack: Option<Vec<f64>>,
    /// Relative tolerance on `x` (default 1.48e-8).
    pub tol: f64,
    /// Largest number of iterations (default 500).
    pub maxiter: usize,
}

impl Default for BrentOptions {
    fn default() -> Self {
        BrentOptions {
            brack: None,
            tol: 1.48e-8,
            maxiter: 500,
        }
    }
}

impl BrentOptions {
    /// Sets `brack`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::BrentOptions::default().brack(vec![0.0, 1.0]).brack.is_some());
    /// ```
    #[must_use]
    pub fn brack(mut self, b: Vec<f64>) -> Self {
        self.brack = Some(b);
        self
    }
    /// Sets `tol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BrentOptions::default().tol(1e-10).tol, 1e-10);
    /// ```
    #[must_use]
    pub fn tol(mut self, t: f64) -> Self {
        self.tol = t;
        self
    }
    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BrentOptions::default().maxiter(5).maxiter, 5);
    /// ```
    #[must_use]
    pub fn maxiter(mut self, m: usize) -> Self {
        self.maxiter = m;
        self
    }
}

/// The full output of [`brent_with`]: SciPy's `(xmin, fval, iter, funcalls)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BrentOutput {
    /// The minimizer.
    pub xmin: f64,
    /// `f(xmin)`.
    pub fval: f64,
    /// Iterations.
    pub iter: usize,
    /// Evaluations (bracketing included).
    pub funcalls: usize,
}

/// Minimizes a function of one variable with Brent's method (SciPy's legacy `brent`),
/// returning the minimizer.
///
/// # Examples
///
/// ```
/// let x = sci_optimize::brent(|x: f64| (x - 1.0).powi(2)).unwrap();
/// assert!((x - 1.0).abs() < 1e-7);
/// ```
///
/// # Errors
///
/// As [`brent_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.brent.html>
/// - R. P. Brent, *Algorithms for Minimization without Derivatives*, Prentice-Hall 1973.
pub fn brent(f: impl Fn(f64) -> f64) -> Result<f64> {
    Ok(brent_with(f, &BrentOptions::default())?.xmin)
}

/// [`brent`] with SciPy's keywords and full output.
///
/// # Examples
///
/// ```
/// use sci_optimize::{brent_with, BrentOptions};
/// let out = brent_with(|x: f64| (x - 1.0).powi(2), &BrentOptions::default().brack(vec![-3.0, -2.0])).unwrap();
/// assert!((out.xmin - 1.0).abs() < 1e-7 && out.funcalls > out.iter);
/// ```
///
/// # Errors
///
/// [`Error::DidNotConverge`](sci_core::Error::DidNotConverge) when no bracket is found
/// (SciPy raises `BracketError` here); [`Error::InvalidArgument`](sci_core::Error::InvalidArgument)
/// for an invalid `brack` or a negative `tol`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.brent.html>
/// - R. P. Brent, *Algorithms for Minimization without Derivatives*, Prentice-Hall 1973.
pub fn brent_with(f: impl Fn(f64) -> f64, options: &BrentOptions) -> Result<BrentOutput> {
    let mut g = |x: f64| Ok(f(x));
    let r = brent_core(
        &mut g,
        options.brack.as_deref(),
        options.tol,
        options.maxiter,
    )
    .map_err(Stop::into_error)?;
    Ok(BrentOutput {
        xmin: r.x,
        fval: r.fun,
        iter: r.nit,
        funcalls: r.nfev,
    })
}

/// Options of [`golden_with`] (SciPy's `brack`, `tol`, `maxiter`). `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::GoldenOptions::default();
/// assert_eq!((o.tol, o.maxiter), (f64::EPSILON.sqrt(), 5000));
/// ```
#[derive(Debug, Clone)]
pub struct GoldenOptions {
    /// Two start points or an ordered 3-point bracket (default: bracket from 0 and 1).
    pub brack: Option<Vec<f64>>,
    /// Relative tolerance on `x` (default `√ε`).
    pub tol: f64,
    /// Largest number of iterations (default 5000).
    pub maxiter: usize,
}

impl Default for GoldenOptions {
    fn default() -> Self {
        GoldenOptions {
            brack: None,
            tol: f64::EPSILON.sqrt(),
            maxiter: 5000,
        }
    }
}

impl GoldenOptions {
    /// Sets `brack`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::GoldenOptions::default().brack(vec![0.0, 1.0]).brack.is_some());
    /// ```
    #[must_use]
    pub fn brack(mut self, b: Vec<f64>) -> Self {
        self.brack = Some(b);
        self
    }
    /// Sets `tol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::GoldenOptions::default().tol(1e-6).tol, 1e-6);
    /// ```
    #[must_use]
    pub fn tol(mut self, t: f64) -> Self {
        self.tol = t;
        self
    }
    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::GoldenOptions::default().maxiter(5).maxiter, 5);
    /// ```
    #[must_use]
    pub fn maxiter(mut self, m: usize) -> Self {
        self.maxiter = m;
        self
    }
}

/// The full output of [`golden_with`]: SciPy's `(xmin, fval, funcalls)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GoldenOutput {
    /// The minimizer.
    pub xmin: f64,
    /// `f(xmin)`.
    pub fval: f64,
    /// Evaluations (bracketing included).
    pub funcalls: usize,
}

/// Minimizes a function of one variable by golden-section search (SciPy's legacy `golden`).
///
/// # Examples
///
/// ```
/// let x = sci_optimize::golden(|x: f64| (x - 1.0).powi(2)).unwrap();
/// assert!((x - 1.0).abs() < 1e-7);
/// ```
///
/// # Errors
///
/// As [`golden_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.golden.html>
/// - J. Kiefer, "Sequential minimax search for a maximum", Proc. AMS 4 (1953), 502–506.
pub fn golden(f: impl Fn(f64) -> f64) -> Result<f64> {
    Ok(golden_with(f, &GoldenOptions::default())?.xmin)
}

/// [`golden`] with SciPy's keywords and full output.
///
/// # Examples
///
/// ```
/// use sci_optimize::{golden_with, GoldenOptions};
/// let o = GoldenOptions::default().brack(vec![-3.0, 0.0, 3.0]);
/// let out = golden_with(|x: f64| (x - 1.0).powi(2), &o).unwrap();
/// assert!((out.xmin - 1.0).abs() < 1e-7);
/// ```
///
/// # Errors
///
/// [`Error::DidNotConverge`](sci_core::Error::DidNotConverge) when no bracket is found
/// (SciPy's `BracketError`); [`Error::InvalidArgument`](sci_core::Error::InvalidArgument)
/// for an invalid `brack`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.golden.html>
/// - J. Kiefer, "Sequential minimax search for a maximum", Proc. AMS 4 (1953), 502–506.
pub fn golden_with(f: impl Fn(f64) -> f64, options: &GoldenOptions) -> Result<GoldenOutput> {
    let mut g = |x: f64| Ok(f(x));
    let r = golden_core(
        &mut g,
        options.brack.as_deref(),
        options.tol,
        options.maxiter,
    )
    .map_err(Stop::into_error)?;
    Ok(GoldenOutput {
        xmin: r.x,
        fval: r.fun,
        funcalls: r.nfev,
    })
}

/// Options of [`fminbound_with`] (SciPy's `xtol`, `maxfun`). `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminboundOptions::default();
/// assert_eq!((o.xtol, o.maxfun), (1e-5, 500));
/// ```
#[derive(Debug, Clone)]
pub struct FminboundOptions {
    /// Absolute tolerance on `x` (default 1e-5).
    pub xtol: f64,
    /// Largest number of evaluations (default 500).
    pub maxfun: usize,
}

impl Default for FminboundOptions {
    fn default() -> Self {
        FminboundOptions {
            xtol: 1e-5,
            maxfun: 500,
        }
    }
}

impl FminboundOptions {
    /// Sets `xtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminboundOptions::default().xtol(1e-9).xtol, 1e-9);
    /// ```
    #[must_use]
    pub fn xtol(mut self, t: f64) -> Self {
        self.xtol = t;
        self
    }
    /// Sets `maxfun`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminboundOptions::default().maxfun(9).maxfun, 9);
    /// ```
    #[must_use]
    pub fn maxfun(mut self, m: usize) -> Self {
        self.maxfun = m;
        self
    }
}

/// The full output of [`fminbound_with`]: SciPy's `(xopt, fval, ierr, numfunc)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FminboundOutput {
    /// The minimizer in the interval.
    pub xopt: f64,
    /// `f(xopt)`.
    pub fval: f64,
    /// 0 converged, 1 `maxfun` reached, 2 NaN encountered.
    pub ierr: i32,
    /// Evaluations.
    pub numfunc: usize,
}

/// Minimizes a function of one variable on `[x1, x2]` (SciPy's `fminbound`).
///
/// # Examples
///
/// ```
/// // The tutorial: x² + 10 sin(x) on [0, 10].
/// let x = sci_optimize::fminbound(|x: f64| x * x + 10.0 * x.sin(), 0.0, 10.0).unwrap();
/// assert!((x - 3.8374671).abs() < 1e-6);
/// ```
///
/// # Errors
///
/// As [`fminbound_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fminbound.html>
/// - G. E. Forsythe, M. A. Malcolm, C. B. Moler, *Computer Methods for Mathematical
///   Computations*, Prentice-Hall 1977 (`fmin`); R. P. Brent 1973, chapter 5.
pub fn fminbound(f: impl Fn(f64) -> f64, x1: f64, x2: f64) -> Result<f64> {
    Ok(fminbound_with(f, x1, x2, &FminboundOptions::default())?.xopt)
}

/// [`fminbound`] with SciPy's keywords and full output.
///
/// # Examples
///
/// ```
/// use sci_optimize::{fminbound_with, FminboundOptions};
/// let out = fminbound_with(|x: f64| (x - 2.0).powi(2), 0.0, 1.0, &FminboundOptions::default()).unwrap();
/// assert!((out.xopt - 1.0).abs() < 1e-4 && out.ierr == 0);
/// ```
///
/// # Errors
///
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for non-finite bounds or
/// `x1 > x2` (SciPy raises `ValueError`).
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fminbound.html>
/// - G. E. Forsythe, M. A. Malcolm, C. B. Moler, *Computer Methods for Mathematical
///   Computations*, Prentice-Hall 1977.
pub fn fminbound_with(
    f: impl Fn(f64) -> f64,
    x1: f64,
    x2: f64,
    options: &FminboundOptions,
) -> Result<FminboundOutput> {
    let mut g = |x: f64| Ok(f(x));
    let r = bounded_core(&mut g, x1, x2, options.xtol, options.maxfun).map_err(Stop::into_error)?;
    Ok(FminboundOutput {
        xopt: r.x,
        fval: r.fun,
        ierr: r.status,
        numfunc: r.nfev,
    })
}
