//! `curve_fit`: fit a model `y ≈ f(x, p)` by nonlinear least squares (SciPy's
//! `scipy.optimize.curve_fit`), with 1-D weights or a full covariance `sigma`, bounds, and
//! the parameters' covariance.
//!
//! Unbounded problems default to MINPACK's Levenberg-Marquardt ([`leastsq`](crate::leastsq)),
//! bounded ones to `trf` ([`least_squares`](crate::least_squares)). The covariance comes from
//! `cov_x` of `leastsq` (`lm`) or from the Moore-Penrose inverse of `JᵀJ` through the SVD of
//! the final Jacobian, singular values below `ε · max(m, n) · s₀` discarded (`trf`,
//! `dogbox`), and unless `absolute_sigma` is set is scaled by the reduced chi-square
//! `Σ r² / (m - n)`. When it cannot be estimated (singular `R` with `lm`, `m ≤ n`), `pcov` is
//! filled with `inf` and [`CurveFit::pcov_warning`] is set — SciPy's `OptimizeWarning`
//! "Covariance of the parameters could not be estimated".

use std::fmt;

use sci_core::ndarray::{Array1, Array2, ArrayViewMut2, Ix1};
use sci_core::{AsArray, Error, Result};

use crate::{
    Bounds, FiniteDiff, LeastSquaresOptions, LeastsqOptions, Loss, LsqJac, LsqMethod, XScale,
    least_squares_with,
};

/// The uncertainty of `ydata` (SciPy's `sigma`).
///
/// # Examples
///
/// ```
/// use sci_optimize::Sigma;
/// let s = Sigma::Weights(vec![0.1, 0.2].into());
/// assert!(matches!(s, Sigma::Weights(_)));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Sigma {
    /// Standard deviations of the `y` values (1-D): residuals are divided by them. A
    /// single value applies to all points.
    Weights(Array1<f64>),
    /// The covariance matrix of `y` (2-D, positive definite): residuals are whitened by
    /// its Cholesky factor, `r = L⁻¹ (f - y)`.
    Covariance(Array2<f64>),
}

/// SciPy's `nan_policy` of `curve_fit`.
///
/// # Examples
///
/// ```
/// assert_ne!(sci_optimize::NanPolicy::Raise, sci_optimize::NanPolicy::Omit);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NanPolicy {
    /// NaN in the data is an error.
    Raise,
    /// Points with NaN in `x` or `y` are dropped (and their `sigma` rows/columns).
    Omit,
    /// SciPy refuses `'propagate'` for `curve_fit`; so do we.
    Propagate,
}

/// A user Jacobian of the vectorised model: given all `x` and the parameters, writes
/// `∂f(xᵢ)/∂pⱼ` into the `m × n` view.
pub type CurveFitJacFn<'a> = Box<dyn Fn(&[f64], &[f64], ArrayViewMut2<'_, f64>) + 'a>;

/// How the model's Jacobian is obtained (SciPy's `jac`).
///
/// # Examples
///
/// ```
/// use sci_optimize::{CurveFitJac, FiniteDiff};
/// let j = CurveFitJac::FiniteDiff(FiniteDiff::ThreePoint);
/// assert!(matches!(j, CurveFitJac::FiniteDiff(_)));
/// ```
pub enum CurveFitJac<'a> {
    /// Finite differences (`lm`: MINPACK's forward differences; `trf`/`dogbox`: the given
    /// scheme).
    FiniteDiff(FiniteDiff),
    /// A user function of `(xdata, params, out)`.
    Provided(CurveFitJacFn<'a>),
}

impl fmt::Debug for CurveFitJac<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CurveFitJac::FiniteDiff(s) => write!(f, "CurveFitJac::FiniteDiff({s:?})"),
            CurveFitJac::Provided(_) => f.write_str("CurveFitJac::Provided(..)"),
        }
    }
}

/// Options of [`curve_fit_with`] / [`curve_fit_vec_with`]: SciPy's keywords; `None` means
/// the chosen method's own default.
///
/// # Examples
///
/// ```
/// use sci_optimize::{CurveFitOptions, Sigma};
/// let o = CurveFitOptions::default().sigma(Sigma::Weights(vec![0.5; 3].into())).absolute_sigma(true);
/// assert!(o.absolute_sigma && o.method.is_none());
/// ```
#[derive(Default)]
pub struct CurveFitOptions<'a> {
    /// Uncertainty of `ydata` (default none: unit weights).
    pub sigma: Option<Sigma>,
    /// `sigma` is absolute: `pcov` is not rescaled by the reduced chi-square.
    pub absolute_sigma: bool,
    /// Bounds on the parameters (selects `trf` by default).
    pub bounds: Option<Bounds>,
    /// `lm`, `trf` or `dogbox` (default: `lm` without bounds, `trf` with).
    pub method: Option<LsqMethod>,
    /// The Jacobian (default: finite differences).
    pub jac: Option<CurveFitJac<'a>>,
    /// Reject non-finite data (default: true unless `nan_policy` is given).
    pub check_finite: Option<bool>,
    /// What to do with NaN data (SciPy 1.17's `nan_policy`; default none).
    pub nan_policy: Option<NanPolicy>,
    /// Return [`CurveFit::info`] (SciPy's `full_output`).
    pub full_output: bool,
    /// `ftol` of the method (defaults: 1.49012e-8 `lm`, 1e-8 others).
    pub ftol: Option<f64>,
    /// `xtol` of the method.
    pub xtol: Option<f64>,
    /// `gtol` of the method (defaults: 0 `lm`, 1e-8 others).
    pub gtol: Option<f64>,
    /// `maxfev` (`lm`) / `max_nfev` (others).
    pub max_nfev: Option<usize>,
    /// `x_scale` of `least_squares` (not `lm`: use `diag`).
    pub x_scale: Option<XScale>,
    /// Robust loss of `least_squares` (not `lm`).
    pub loss: Option<Loss>,
    /// `f_scale` of `least_squares`.
    pub f_scale: Option<f64>,
    /// `diff_step` of `least_squares`.
    pub diff_step: Option<Vec<f64>>,
    /// `epsfcn` of `leastsq` (`lm`).
    pub epsfcn: Option<f64>,
    /// `factor` of `leastsq` (`lm`).
    pub factor: Option<f64>,
    /// `diag` of `leastsq` (`lm`).
    pub diag: Option<Vec<f64>>,
}

impl fmt::Debug for CurveFitOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CurveFitOptions")
            .field("sigma", &self.sigma)
            .field("absolute_sigma", &self.absolute_sigma)
            .field("bounds", &self.bounds)
            .field("method", &self.method)
            .field("jac", &self.jac)
            .field("check_finite", &self.check_finite)
            .field("nan_policy", &self.nan_policy)
            .field("full_output", &self.full_output)
            .finish_non_exhaustive()
    }
}

macro_rules! opt_setter {
    ($(#[$doc:meta])* $name:ident: $ty:ty = $ex:literal) => {
        $(#[$doc])*
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("let o = sci_optimize::CurveFitOptions::default().", stringify!($name), "(", $ex, ");")]
        #[doc = concat!("assert!(o.", stringify!($name), ".is_some());")]
        /// ```
        #[must_use]
        pub fn $name(mut self, $name: $ty) -> Self {
            self.$name = Some($name);
            self
        }
    };
}

impl<'a> CurveFitOptions<'a> {
    opt_setter!(/// Sets `sigma`.
        sigma: Sigma = "sci_optimize::Sigma::Weights(vec![0.1].into())");
    opt_setter!(/// Sets `bounds`.
        bounds: Bounds = "sci_optimize::Bounds::uniform(1, 0.0, 1.0)");
    opt_setter!(/// Sets `method`.
        method: LsqMethod = "sci_optimize::LsqMethod::Trf");
    opt_setter!(/// Sets `check_finite`.
        check_finite: bool = "false");
    opt_setter!(/// Sets `nan_policy`.
        nan_policy: NanPolicy = "sci_optimize::NanPolicy::Omit");
    opt_setter!(/// Sets `ftol`.
        ftol: f64 = "1e-10");
    opt_setter!(/// Sets `xtol`.
        xtol: f64 = "1e-10");
    opt_setter!(/// Sets `gtol`.
        gtol: f64 = "1e-10");
    opt_setter!(/// Sets `max_nfev` (`maxfev` for `lm`).
        max_nfev: usize = "500");
    opt_setter!(/// Sets `x_scale`.
        x_scale: XScale = "sci_optimize::XScale::Jac");
    opt_setter!(/// Sets `loss`.
        loss: Loss = "sci_optimize::Loss::Huber");
    opt_setter!(/// Sets `f_scale`.
        f_scale: f64 = "0.5");
    opt_setter!(/// Sets `diff_step`.
        diff_step: Vec<f64> = "vec![1e-6]");
    opt_setter!(/// Sets `epsfcn`.
        epsfcn: f64 = "1e-12");
    opt_setter!(/// Sets `factor`.
        factor: f64 = "10.0");
    opt_setter!(/// Sets `diag`.
        diag: Vec<f64> = "vec![1.0]");

    /// Sets `absolute_sigma`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::CurveFitOptions::default().absolute_sigma(true);
    /// assert!(o.absolute_sigma);
    /// ```
    #[must_use]
    pub fn absolute_sigma(mut self, absolute_sigma: bool) -> Self {
        self.absolute_sigma = absolute_sigma;
        self
    }

    /// Sets `full_output`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::CurveFitOptions::default().full_output(true);
    /// assert!(o.full_output);
    /// ```
    #[must_use]
    pub fn full_output(mut self, full_output: bool) -> Self {
        self.full_output = full_output;
        self
    }

    /// A user Jacobian `(xdata, params, out m × n)`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::CurveFitOptions::default().jac(|x: &[f64], _p: &[f64], mut j: sci_core::ndarray::ArrayViewMut2<'_, f64>| j.column_mut(0).assign(&sci_core::ndarray::ArrayView1::from(x)));
    /// assert!(o.jac.is_some());
    /// ```
    #[must_use]
    pub fn jac(mut self, jac: impl Fn(&[f64], &[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        self.jac = Some(CurveFitJac::Provided(Box::new(jac)));
        self
    }

    /// A finite-difference scheme for `trf`/`dogbox` (SciPy's `jac='3-point'`).
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::CurveFitOptions::default().jac_scheme(sci_optimize::FiniteDiff::ThreePoint);
    /// assert!(o.jac.is_some());
    /// ```
    #[must_use]
    pub fn jac_scheme(mut self, scheme: FiniteDiff) -> Self {
        self.jac = Some(CurveFitJac::FiniteDiff(scheme));
        self
    }
}

/// SciPy's `infodict`, `mesg` and `ier` of `curve_fit(..., full_output=True)`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{curve_fit_with, CurveFitOptions};
/// let fit = curve_fit_with(|x: f64, p: &[f64]| p[0] * x, &[1.0, 2.0], &[2.0, 4.0], &[1.0],
///     CurveFitOptions::default().full_output(true)).unwrap();
/// let info = fit.info.unwrap();
/// assert!((1..=4).contains(&info.ier) && info.nfev > 0);
/// ```
#[derive(Debug, Clone)]
pub struct CurveFitInfo {
    /// Residual evaluations.
    pub nfev: usize,
    /// The (weighted) residuals at `popt`.
    pub fvec: Array1<f64>,
    /// `lm` only: `fjac` of [`LeastsqOutput`](crate::LeastsqOutput).
    pub fjac: Option<Array2<f64>>,
    /// `lm` only: `ipvt`.
    pub ipvt: Option<Array1<i32>>,
    /// `lm` only: `qtf`.
    pub qtf: Option<Array1<f64>>,
    /// The method's message.
    pub mesg: String,
    /// `leastsq`'s `ier` (`lm`) or `least_squares`' status (others).
    pub ier: i32,
}

/// The result of [`curve_fit`]: SciPy's `(popt, pcov)` and, with `full_output`, its
/// `infodict`, `mesg`, `ier`.
///
/// # Examples
///
/// ```
/// let fit = sci_optimize::curve_fit(|x: f64, p: &[f64]| p[0] * x, &[1.0, 2.0, 3.0], &[2.0, 4.1, 5.9], &[1.0]).unwrap();
/// assert!((fit.popt[0] - 27.9 / 14.0).abs() < 1e-8);
/// assert!(!fit.pcov_warning);
/// ```
#[derive(Debug, Clone)]
pub struct CurveFit {
    /// The fitted parameters.
    pub popt: Array1<f64>,
    /// Their estimated covariance (`inf` when it could not be estimated).
    pub pcov: Array2<f64>,
    /// SciPy's OptimizeWarning "Covariance of the parameters could not be estimated".
    pub pcov_warning: bool,
    /// With `full_output`: SciPy's `infodict`, `mesg`, `ier`.
    pub info: Option<CurveFitInfo>,
}

/// Fits `model(x, p)` to `(xdata, ydata)` from `p0` with SciPy's defaults (MINPACK's
/// Levenberg-Marquardt, finite differences, unit weights).
///
/// # Errors
///
/// As [`curve_fit_vec_with`].
///
/// # Examples
///
/// The Alaska temperature fit of SciPy's tutorial:
///
/// ```
/// use std::f64::consts::PI;
/// let months: Vec<f64> = (0..12).map(f64::from).collect();
/// let tmax = [17.0, 19.0, 21.0, 28.0, 33.0, 38.0, 37.0, 37.0, 31.0, 23.0, 19.0, 18.0];
/// let model = |t: f64, p: &[f64]| p[0] + p[1] * (2.0 * PI * (t + p[2]) / 12.0).cos();
/// let fit = sci_optimize::curve_fit(model, &months, &tmax, &[20.0, 10.0, 0.0]).unwrap();
/// assert!((fit.popt[0] - 26.75).abs() < 5e-3);
/// assert!((fit.popt[1] + 10.93).abs() < 5e-3);
/// assert!((fit.popt[2] - 0.2765).abs() < 5e-4);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.curve_fit.html>
/// - J. J. Moré, "The Levenberg-Marquardt Algorithm: Implementation and Theory" (1978).
pub fn curve_fit<'x, 'y, 'p>(
    model: impl Fn(f64, &[f64]) -> f64 + Sync,
    xdata: impl AsArray<'x, f64, Ix1>,
    ydata: impl AsArray<'y, f64, Ix1>,
    p0: impl AsArray<'p, f64, Ix1>,
) -> Result<CurveFit> {
    curve_fit_with(model, xdata, ydata, p0, CurveFitOptions::default())
}

/// [`curve_fit`] with SciPy's keywords (point-wise model `model(x, p)`).
///
/// # Errors
///
/// As [`curve_fit_vec_with`].
///
/// # Examples
///
/// ```
/// use sci_optimize::{curve_fit_with, Bounds, CurveFitOptions};
/// let x = [0.0, 1.0, 2.0, 3.0];
/// let y = [1.0, 3.1, 4.9, 7.2];
/// let opts = CurveFitOptions::default().bounds(Bounds::new(vec![0.0, 0.0], vec![0.5, 10.0]));
/// let fit = curve_fit_with(|t: f64, p: &[f64]| p[0] + p[1] * t, &x, &y, &[0.2, 1.0], opts).unwrap();
/// assert!((fit.popt[0] - 0.5).abs() < 1e-6); // the bound is active
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.curve_fit.html>
pub fn curve_fit_with<'x, 'y, 'p>(
    model: impl Fn(f64, &[f64]) -> f64 + Sync,
    xdata: impl AsArray<'x, f64, Ix1>,
    ydata: impl AsArray<'y, f64, Ix1>,
    p0: impl AsArray<'p, f64, Ix1>,
    options: CurveFitOptions<'_>,
) -> Result<CurveFit> {
    let vec_model = |x: &[f64], p: &[f64], out: &mut [f64]| {
        for (o, &xi) in out.iter_mut().zip(x) {
            *o = model(xi, p);
        }
    };
    curve_fit_vec_with(vec_model, xdata, ydata, p0, options)
}

/// Fits a vectorised model `model(xdata, p, out)` (all points at once) with SciPy's
/// defaults.
///
/// # Errors
///
/// As [`curve_fit_vec_with`].
///
/// # Examples
///
/// ```
/// let x: Vec<f64> = (0..50).map(|i| i as f64 / 10.0).collect();
/// let y: Vec<f64> = x.iter().map(|t| 2.5 * (-1.3 * t).exp() + 0.5).collect();
/// let fit = sci_optimize::curve_fit_vec(
///     |x: &[f64], p: &[f64], out: &mut [f64]| {
///         for (o, t) in out.iter_mut().zip(x) {
///             *o = p[0] * (-p[1] * t).exp() + p[2];
///         }
///     },
///     &x, &y, &[1.0, 1.0, 0.0],
/// )
/// .unwrap();
/// assert!((fit.popt[1] - 1.3).abs() < 1e-6);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.curve_fit.html>
pub fn curve_fit_vec<'x, 'y, 'p>(
    model: impl Fn(&[f64], &[f64], &mut [f64]) + Sync,
    xdata: impl AsArray<'x, f64, Ix1>,
    ydata: impl AsArray<'y, f64, Ix1>,
    p0: impl AsArray<'p, f64, Ix1>,
) -> Result<CurveFit> {
    curve_fit_vec_with(model, xdata, ydata, p0, CurveFitOptions::default())
}

/// How residuals are whitened.
enum Transform {
    None,
    Scale(Vec<f64>),
    /// Lower Cholesky factor of the covariance (row-major, dense).
    Chol(Array2<f64>),
}

impl Transform {
    fn apply(&self, r: &mut [f64]) {
        match self {
            Transform::None => {}
            Transform::Scale(w) => r.iter_mut().zip(w).for_each(|(v, s)| *v /= s),
            Transform::Chol(l) => {
                // Forward substitution L z = r, in place.
                for i in 0..r.len() {
                    let row = l.row(i);
                    let mut sum = r[i];
                    for k in 0..i {
                        sum -= row[k] * r[k];
                    }
                    r[i] = sum / row[i];
                }
            }
        }
    }
}

fn nan_error(name: &str, v: &[f64]) -> Error {
    let i = v.iter().position(|t| t.is_nan()).unwrap_or(0);
    Error::NonFinite {
        name: format!("{name} (nan_policy='raise')"),
        index: vec![i],
        value: f64::NAN,
    }
}

/// Fits a vectorised model `model(xdata, p, out)` with SciPy's keywords: the full
/// `curve_fit`.
///
/// The residuals are `r = T (model(x, p) - y)` with `T` from `sigma`; cost per iteration is
/// one Jacobian (`n` model evaluations by differences, concurrent with the `parallel`
/// feature for large data) and one O(m n²) factorisation (O(m²) more per evaluation with a
/// full covariance `sigma`).
///
/// # Errors
///
/// [`Error::EmptyInput`] for empty `ydata` or `p0`; [`Error::ShapeMismatch`] when `xdata`,
/// `ydata`, `sigma` disagree; [`Error::NonFinite`] for non-finite data with `check_finite`, or
/// NaN with `nan_policy = Raise`; [`Error::InvalidArgument`] for `nan_policy = Propagate`,
/// `lm` with bounds, more parameters than points with `lm`, a non-positive-definite
/// covariance `sigma`, and the errors of [`least_squares_with`] / [`leastsq_with`](crate::leastsq_with);
/// [`Error::DidNotConverge`] when the fit fails (SciPy's RuntimeError "Optimal parameters not
/// found").
///
/// # Examples
///
/// ```
/// use sci_optimize::{curve_fit_vec_with, CurveFitOptions, Sigma};
/// let x = [0.0, 1.0, 2.0, 3.0, 4.0];
/// let y = [0.1, 0.9, 2.2, 2.8, 4.1];
/// let line = |x: &[f64], p: &[f64], out: &mut [f64]| {
///     for (o, t) in out.iter_mut().zip(x) { *o = p[0] + p[1] * t; }
/// };
/// let opts = CurveFitOptions::default().sigma(Sigma::Weights(vec![0.1; 5].into())).absolute_sigma(true);
/// let fit = curve_fit_vec_with(line, &x, &y, &[0.0, 1.0], opts).unwrap();
/// // With absolute sigma the slope's variance is σ² / Σ(x - x̄)².
/// assert!((fit.pcov[[1, 1]] - 0.01 / 10.0).abs() < 1e-9);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.curve_fit.html>
/// - M. A. Branch, T. F. Coleman, Y. Li, SIAM J. Sci. Comput. 21 (1999) (method `trf`).
pub fn curve_fit_vec_with<'x, 'y, 'p>(
    model: impl Fn(&[f64], &[f64], &mut [f64]) + Sync,
    xdata: impl AsArray<'x, f64, Ix1>,
    ydata: impl AsArray<'y, f64, Ix1>,
    p0: impl AsArray<'p, f64, Ix1>,
    options: CurveFitOptions<'_>,
) -> Result<CurveFit> {
    let mut x = sci_core::view1(xdata).to_vec();
    let mut y = sci_core::view1(ydata).to_vec();
    let p0 = sci_core::view1(p0).to_vec();
    let n = p0.len();
    sci_core::check_nonempty("p0", n, 1)?;
    sci_core::check_nonempty("ydata", y.len(), 1)?;
    sci_core::check_same_len("xdata", x.len(), "ydata", y.len())?;
    let bounds = options.bounds.clone();
    if let Some(b) = &bounds {
        sci_core::check_shape("curve_fit: bounds and p0", &[n], &[b.lb.len()])?;
        sci_core::check_shape("curve_fit: bounds and p0", &[n], &[b.ub.len()])?;
    }
    let bounded = bounds.as_ref().is_some_and(|b| !b.is_unbounded());
    let method = options.method.unwrap_or(if bounded {
        LsqMethod::Trf
    } else {
        LsqMethod::Lm
    });
    if method == LsqMethod::Lm && bounded {
        return Err(Error::invalid_argument(
            "method",
            "lm",
            "Method 'lm' only works for unconstrained problems. Use 'trf' or 'dogbox' instead.",
        ));
    }
    let check_finite = options.check_finite.unwrap_or(options.nan_policy.is_none());
    let mut sigma = options.sigma.clone();
    if check_finite {
        sci_core::check_finite("ydata", &Array1::from(y.clone()))?;
        sci_core::check_finite("xdata", &Array1::from(x.clone()))?;
    }
    if !check_finite {
        match options.nan_policy {
            Some(NanPolicy::Propagate) => {
                return Err(Error::invalid_argument(
                    "nan_policy",
                    "propagate",
                    "`nan_policy='propagate'` is not supported by this function",
                ));
            }
            Some(NanPolicy::Raise) => {
                if x.iter().any(|v| v.is_nan()) {
                    return Err(nan_error("xdata", &x));
                }
                if y.iter().any(|v| v.is_nan()) {
                    return Err(nan_error("ydata", &y));
                }
            }
            Some(NanPolicy::Omit) => {
                let keep: Vec<usize> = (0..y.len())
                    .filter(|&i| !(x[i].is_nan() || y[i].is_nan()))
                    .collect();
                if keep.len() < y.len() {
                    x = keep.iter().map(|&i| x[i]).collect();
                    y = keep.iter().map(|&i| y[i]).collect();
                    sigma = match sigma {
                        Some(Sigma::Weights(w)) if w.len() > 1 => {
                            Some(Sigma::Weights(keep.iter().map(|&i| w[i]).collect()))
                        }
                        Some(Sigma::Covariance(c)) => {
                            let k = keep.len();
                            Some(Sigma::Covariance(Array2::from_shape_fn(
                                (k, k),
                                |(a, b)| c[[keep[a], keep[b]]],
                            )))
                        }
                        s => s,
                    };
                }
                sci_core::check_nonempty("ydata (after omitting NaN)", y.len(), 1)?;
            }
            None => {}
        }
    }
    let m = y.len();
    let transform = match &sigma {
        None => Transform::None,
        Some(Sigma::Weights(w)) if w.len() == 1 => Transform::Scale(vec![w[0]; m]),
        Some(Sigma::Weights(w)) => {
            sci_core::check_same_len("sigma", w.len(), "ydata", m)?;
            Transform::Scale(w.to_vec())
        }
        Some(Sigma::Covariance(c)) => {
            sci_core::check_shape("curve_fit: sigma", &[m, m], c.shape())?;
            let u = sci_linalg::cholesky(c).map_err(|_| {
                Error::invalid_argument("sigma", "covariance", "`sigma` must be positive definite")
            })?;
            Transform::Chol(u.t().to_owned())
        }
    };
    let resid = |p: &[f64], out: &mut [f64]| {
        model(&x, p, out);
        for (o, yi) in out.iter_mut().zip(&y) {
            *o -= yi;
        }
        transform.apply(out);
    };
    // The user Jacobian, whitened the same way (column by column).
    let user_jac = match &options.jac {
        Some(CurveFitJac::Provided(j)) => Some(j),
        _ => None,
    };
    let scheme = match &options.jac {
        Some(CurveFitJac::FiniteDiff(s)) => *s,
        _ => FiniteDiff::TwoPoint,
    };
    let whitened_jac = |p: &[f64], mut out: ArrayViewMut2<'_, f64>| {
        if let Some(j) = user_jac {
            j(&x, p, out.view_mut());
            let mut col = vec![0.0; m];
            for k in 0..out.ncols() {
                for (c, v) in col.iter_mut().zip(out.column(k)) {
                    *c = *v;
                }
                transform.apply(&mut col);
                for (v, c) in out.column_mut(k).iter_mut().zip(&col) {
                    *v = *c;
                }
            }
        }
    };
    let (popt, pcov_raw, cost, info) = if method == LsqMethod::Lm {
        if m != 1 && n > m {
            return Err(Error::invalid_argument(
                "p0",
                n,
                format!(
                    "the number of func parameters={n} must not exceed the number of data points={m}"
                ),
            ));
        }
        let mut lo = LeastsqOptions::default();
        if let Some(v) = options.ftol {
            lo.ftol = v;
        }
        if let Some(v) = options.xtol {
            lo.xtol = v;
        }
        if let Some(v) = options.gtol {
            lo.gtol = v;
        }
        if let Some(v) = options.max_nfev {
            lo.maxfev = v;
        }
        lo.epsfcn = options.epsfcn;
        if let Some(v) = options.factor {
            lo.factor = v;
        }
        lo.diag = options.diag.clone();
        if options.loss.is_some_and(|l| l != Loss::Linear) || options.x_scale.is_some() {
            return Err(Error::invalid_argument(
                "loss/x_scale",
                "given",
                "not accepted by method 'lm' (leastsq)",
            ));
        }
        if user_jac.is_some() {
            lo.dfun = Some(Box::new(whitened_jac));
        }
        let out = crate::leastsq_with(resid, &p0, m, lo)?;
        if !(1..=4).contains(&out.ier) {
            return Err(Error::DidNotConverge {
                method: "curve_fit (lm)".into(),
                iterations: out.nfev,
                detail: format!("Optimal parameters not found: {}", out.mesg),
            });
        }
        let cost: f64 = out.fvec.iter().map(|v| v * v).sum();
        let info = CurveFitInfo {
            nfev: out.nfev,
            fvec: out.fvec.clone(),
            fjac: Some(out.fjac.clone()),
            ipvt: Some(out.ipvt.clone()),
            qtf: Some(out.qtf.clone()),
            mesg: out.mesg.clone(),
            ier: out.ier,
        };
        (out.x, out.cov_x, cost, info)
    } else {
        let mut lo = LeastSquaresOptions::default().method(method);
        if let Some(b) = bounds {
            lo = lo.bounds(b);
        }
        if let Some(v) = options.ftol {
            lo.ftol = v;
        }
        if let Some(v) = options.xtol {
            lo.xtol = v;
        }
        if let Some(v) = options.gtol {
            lo.gtol = v;
        }
        lo.max_nfev = options.max_nfev;
        if let Some(v) = options.x_scale.clone() {
            lo.x_scale = v;
        }
        if let Some(v) = options.loss {
            lo.loss = v;
        }
        if let Some(v) = options.f_scale {
            lo.f_scale = v;
        }
        lo.diff_step = options.diff_step.clone();
        if options.epsfcn.is_some() || options.factor.is_some() || options.diag.is_some() {
            return Err(Error::invalid_argument(
                "epsfcn/factor/diag",
                "given",
                "only accepted by method 'lm'",
            ));
        }
        lo.jac = if user_jac.is_some() {
            LsqJac::provided(whitened_jac)
        } else {
            LsqJac::FiniteDiff(scheme)
        };
        let res = least_squares_with(resid, &p0, m, lo)?;
        if !res.success {
            return Err(Error::DidNotConverge {
                method: format!("curve_fit ({})", method.name()),
                iterations: res.nfev,
                detail: format!("Optimal parameters not found: {}", res.message),
            });
        }
        let pcov = pinv_jtj(&res.jac)?;
        let info = CurveFitInfo {
            nfev: res.nfev,
            fvec: res.fun.clone(),
            fjac: None,
            ipvt: None,
            qtf: None,
            mesg: res.message.clone(),
            ier: res.status,
        };
        (res.x, Some(pcov), 2.0 * res.cost, info)
    };
    let mut pcov_warning = false;
    let pcov = match pcov_raw {
        Some(p) if !p.iter().any(|v| v.is_nan()) => {
            if options.absolute_sigma {
                p
            } else if m > n {
                let s_sq = cost / (m - n) as f64;
                p.mapv(|v| v * s_sq)
            } else {
                pcov_warning = true;
                Array2::from_elem((n, n), f64::INFINITY)
            }
        }
        _ => {
            pcov_warning = true;
            Array2::from_elem((n, n), f64::INFINITY)
        }
    };
    Ok(CurveFit {
        popt,
        pcov,
        pcov_warning,
        info: options.full_output.then_some(info),
    })
}

/// `(JᵀJ)⁺ = V diag(1/s²) Vᵀ` over the singular values above `ε · max(m, n) · s₀`.
fn pinv_jtj(jac: &Array2<f64>) -> Result<Array2<f64>> {
    let (m, n) = jac.dim();
    let svd = sci_core::as_faer(jac)
        .thin_svd()
        .map_err(|_| Error::DidNotConverge {
            method: "SVD of the Jacobian".into(),
            iterations: 0,
            detail: "faer's SVD did not converge".into(),
        })?;
    let k = m.min(n);
    let s: Vec<f64> = (0..k).map(|i| svd.S().column_vector()[i]).collect();
    let v = svd.V();
    let threshold = f64::EPSILON * m.max(n) as f64 * s.first().copied().unwrap_or(0.0);
    let mut p = Array2::zeros((n, n));
    for (kk, &sk) in s.iter().enumerate() {
        if sk > threshold {
            let w = 1.0 / (sk * sk);
            for a in 0..n {
                for b in 0..n {
                    p[[a, b]] += v[(a, kk)] * v[(b, kk)] * w;
                }
            }
        }
    }
    Ok(p)
}
