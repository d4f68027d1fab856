//! `fsolve`: the legacy interface to Powell's hybrid method (MINPACK `hybrd`/`hybrj`), with
//! SciPy's `full_output` fields.

use std::fmt;

use sci_core::ndarray::{Array1, Array2, ArrayViewMut2, Ix1};
use sci_core::{AsArray, Error, Result};

use super::SystemJacFn;
use super::hybr::{HybrOptions, JacRef, hybr_core, hybr_message};

/// The keywords of [`fsolve_with`] (SciPy's `fsolve` arguments after `x0`).
///
/// # Examples
///
/// ```
/// use sci_optimize::FsolveOptions;
///
/// let o = FsolveOptions::default().xtol(1e-12).factor(10.0);
/// assert_eq!(o.maxfev, 0);
/// ```
pub struct FsolveOptions<'a> {
    /// The Jacobian of `func` (`fprime`); forward differences when `None`.
    pub fprime: Option<SystemJacFn<'a>>,
    /// `fprime` writes `Jᵀ` instead of `J`.
    pub col_deriv: bool,
    /// Relative error between two consecutive iterates to stop at (default 1.49012e-8).
    pub xtol: f64,
    /// Maximum function calls; 0 means `200 (n + 1)` (`100 (n + 1)` with `fprime`).
    pub maxfev: usize,
    /// `(ml, mu)` of a banded Jacobian (finite differences only).
    pub band: Option<(usize, usize)>,
    /// The relative error of the function values (finite-difference step); machine epsilon
    /// by default.
    pub epsfcn: Option<f64>,
    /// Initial step bound factor (default 100).
    pub factor: f64,
    /// Positive scale factors of the variables.
    pub diag: Option<Vec<f64>>,
}

impl Default for FsolveOptions<'_> {
    fn default() -> Self {
        Self {
            fprime: None,
            col_deriv: false,
            xtol: 1.49012e-8,
            maxfev: 0,
            band: None,
            epsfcn: None,
            factor: 100.0,
            diag: None,
        }
    }
}

impl<'a> FsolveOptions<'a> {
    /// Sets the Jacobian `fprime`.
    #[must_use]
    pub fn fprime(mut self, fprime: impl Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        self.fprime = Some(Box::new(fprime));
        self
    }
    /// Sets `col_deriv`.
    #[must_use]
    pub fn col_deriv(mut self, v: bool) -> Self {
        self.col_deriv = v;
        self
    }
    /// Sets `xtol`.
    #[must_use]
    pub fn xtol(mut self, v: f64) -> Self {
        self.xtol = v;
        self
    }
    /// Sets `maxfev`.
    #[must_use]
    pub fn maxfev(mut self, v: usize) -> Self {
        self.maxfev = v;
        self
    }
    /// Sets `band`.
    #[must_use]
    pub fn band(mut self, v: Option<(usize, usize)>) -> Self {
        self.band = v;
        self
    }
    /// Sets `epsfcn`.
    #[must_use]
    pub fn epsfcn(mut self, v: Option<f64>) -> Self {
        self.epsfcn = v;
        self
    }
    /// Sets `factor`.
    #[must_use]
    pub fn factor(mut self, v: f64) -> Self {
        self.factor = v;
        self
    }
    /// Sets `diag`.
    #[must_use]
    pub fn diag(mut self, v: Option<Vec<f64>>) -> Self {
        self.diag = v;
        self
    }
}

impl fmt::Debug for FsolveOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FsolveOptions")
            .field("fprime", &self.fprime.as_ref().map(|_| ".."))
            .field("col_deriv", &self.col_deriv)
            .field("xtol", &self.xtol)
            .field("maxfev", &self.maxfev)
            .field("band", &self.band)
            .field("epsfcn", &self.epsfcn)
            .field("factor", &self.factor)
            .field("diag", &self.diag)
            .finish()
    }
}

/// SciPy's `fsolve(..., full_output=True)`: the solution and the `infodict`, `ier`, `mesg`.
#[derive(Debug, Clone)]
pub struct FsolveOutput {
    /// The solution (the last iterate when `ier != 1`).
    pub x: Array1<f64>,
    /// Function calls.
    pub nfev: usize,
    /// Jacobian calls (0 without `fprime`).
    pub njev: usize,
    /// The orthogonal factor `Q` of the final Jacobian approximation's QR factorisation.
    pub fjac: Array2<f64>,
    /// The upper triangle of `R`, packed row by row.
    pub r: Array1<f64>,
    /// `Qᵀ fvec`.
    pub qtf: Array1<f64>,
    /// The residual at `x`.
    pub fvec: Array1<f64>,
    /// MINPACK's `info`: 1 converged; 2 maxfev; 3 xtol too small; 4, 5 no progress.
    pub ier: i32,
    /// The message for `ier`, in SciPy's words.
    pub mesg: String,
}

/// Finds a root of the square system `func(x) = 0` from `x0` (SciPy's `fsolve`, defaults).
///
/// Like SciPy, a run that stops without converging still returns its last iterate (SciPy
/// warns); use [`fsolve_with`] to see `ier`.
///
/// # Examples
///
/// The tutorial's `x² + 10 sin x = 0` from 1 and from -2.5, and `x + 3 = 0`:
///
/// ```
/// use sci_optimize::fsolve;
///
/// let f = |x: &[f64], out: &mut [f64]| out[0] = x[0] * x[0] + 10.0 * x[0].sin();
/// assert!(fsolve(f, &[1.0]).unwrap()[0].abs() < 1e-8);
/// assert!((fsolve(f, &[-2.5]).unwrap()[0] + 2.47948183).abs() < 1e-8);
/// let g = |x: &[f64], out: &mut [f64]| out[0] = x[0] + 3.0;
/// assert!((fsolve(g, &[-2.0]).unwrap()[0] + 3.0).abs() < 1e-12);
/// ```
///
/// # Errors
///
/// As [`fsolve_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fsolve.html>
/// - M. J. D. Powell, "A hybrid method for nonlinear equations", in *Numerical Methods for
///   Nonlinear Algebraic Equations*, 1970; J. J. Moré, B. S. Garbow, K. E. Hillstrom,
///   *User Guide for MINPACK-1*, ANL-80-74, 1980.
pub fn fsolve<'x>(
    func: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<Array1<f64>> {
    fsolve_with(func, x0, FsolveOptions::default()).map(|o| o.x)
}

/// [`fsolve`] with SciPy's keywords, returning the `full_output` fields.
///
/// # Examples
///
/// ```
/// use sci_optimize::{FsolveOptions, fsolve_with};
///
/// let out = fsolve_with(
///     |x: &[f64], f: &mut [f64]| {
///         f[0] = x[0] * x[1] - 2.0;
///         f[1] = x[0] + x[1] - 3.0;
///     },
///     &[0.5, 2.5],
///     FsolveOptions::default().fprime(|x, mut j| {
///         j[[0, 0]] = x[1];
///         j[[0, 1]] = x[0];
///         j[[1, 0]] = 1.0;
///         j[[1, 1]] = 1.0;
///     }),
/// )
/// .unwrap();
/// assert_eq!(out.ier, 1);
/// assert!(out.fvec.iter().all(|v| v.abs() < 1e-10));
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x0`, [`Error::NonFinite`] for a non-finite `x0`,
/// [`Error::ShapeMismatch`] for a `diag` of the wrong length, and
/// [`Error::InvalidArgument`] for improper parameters (negative `xtol`, non-positive
/// `factor` or `diag`), where SciPy raises.
///
/// # References
///
/// As [`fsolve`].
pub fn fsolve_with<'x>(
    func: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
    options: FsolveOptions<'_>,
) -> Result<FsolveOutput> {
    let x0 = crate::objective::checked_x0(x0)?;
    let o = HybrOptions {
        col_deriv: options.col_deriv,
        xtol: options.xtol,
        maxfev: options.maxfev,
        band: options.band,
        eps: options.epsfcn,
        factor: options.factor,
        diag: options.diag,
    };
    let jac = options.fprime.as_deref().map(|j| j as JacRef<'_>);
    let out = hybr_core(&func, jac, &x0, &o, &mut None)?;
    let mesg = hybr_message(out.info, out.maxfev, o.xtol);
    if out.info == 0 {
        return Err(Error::InvalidArgument {
            name: "xtol, factor, diag".into(),
            value: format!("{}, {}, {:?}", o.xtol, o.factor, o.diag),
            reason: mesg,
        });
    }
    let n = x0.len();
    let mut packed = Vec::with_capacity(n * (n + 1) / 2);
    for i in 0..n {
        for j in i..n {
            packed.push(out.r[[i, j]]);
        }
    }
    Ok(FsolveOutput {
        x: out.x,
        nfev: out.nfev,
        njev: out.njev,
        fjac: out.q,
        r: Array1::from(packed),
        qtf: out.qtf,
        fvec: out.fvec,
        ier: out.info,
        mesg,
    })
}
