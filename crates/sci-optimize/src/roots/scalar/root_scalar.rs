//! `root_scalar`: one front end for the scalar solvers, with SciPy's method auto-selection;
//! like SciPy it never raises on non-convergence (`disp=False`): the flags say what happened.

use std::fmt;

use sci_core::{Error, Result};

use super::newton::ScalarFn;
use super::{BracketRootOptions, NewtonOptions, RTOL, RootResults, XTOL};

/// The scalar root-finding methods of [`root_scalar`] (SciPy's `method=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ScalarRootMethod {
    /// `'bisect'`.
    Bisect,
    /// `'brentq'`.
    Brentq,
    /// `'brenth'`.
    Brenth,
    /// `'ridder'`.
    Ridder,
    /// `'toms748'`.
    Toms748,
    /// `'newton'` (a 2-point finite-difference derivative when `fprime` is absent).
    Newton,
    /// `'secant'`.
    Secant,
    /// `'halley'` (needs `fprime` and `fprime2`).
    Halley,
}

impl ScalarRootMethod {
    /// SciPy's name of the method.
    pub fn name(self) -> &'static str {
        match self {
            Self::Bisect => "bisect",
            Self::Brentq => "brentq",
            Self::Brenth => "brenth",
            Self::Ridder => "ridder",
            Self::Toms748 => "toms748",
            Self::Newton => "newton",
            Self::Secant => "secant",
            Self::Halley => "halley",
        }
    }
}

/// The keywords of [`root_scalar`].
///
/// # Examples
///
/// ```
/// use sci_optimize::RootScalarOptions;
///
/// let o = RootScalarOptions::default().bracket(0.0, 2.0).xtol(1e-14);
/// assert_eq!(o.bracket, Some((0.0, 2.0)));
/// ```
#[derive(Default)]
pub struct RootScalarOptions<'a> {
    /// The method; chosen as SciPy does when `None`: `brentq` with a bracket, else `halley`
    /// with both derivatives, `newton` with `fprime`, `secant` with `x1`, `newton`
    /// otherwise.
    pub method: Option<ScalarRootMethod>,
    /// A bracket `(a, b)` with a sign change, for the bracketing methods.
    pub bracket: Option<(f64, f64)>,
    /// The starting point of the Newton family.
    pub x0: Option<f64>,
    /// The secant method's second point.
    pub x1: Option<f64>,
    /// The derivative.
    pub fprime: Option<ScalarFn<'a>>,
    /// The second derivative.
    pub fprime2: Option<ScalarFn<'a>>,
    /// Absolute tolerance (the Newton family's `tol`).
    pub xtol: Option<f64>,
    /// Relative tolerance.
    pub rtol: Option<f64>,
    /// Maximum iterations.
    pub maxiter: Option<usize>,
}

impl<'a> RootScalarOptions<'a> {
    /// Sets the method.
    #[must_use]
    pub fn method(mut self, method: ScalarRootMethod) -> Self {
        self.method = Some(method);
        self
    }
    /// Sets the bracket.
    #[must_use]
    pub fn bracket(mut self, a: f64, b: f64) -> Self {
        self.bracket = Some((a, b));
        self
    }
    /// Sets `x0`.
    #[must_use]
    pub fn x0(mut self, x0: f64) -> Self {
        self.x0 = Some(x0);
        self
    }
    /// Sets `x1`.
    #[must_use]
    pub fn x1(mut self, x1: f64) -> Self {
        self.x1 = Some(x1);
        self
    }
    /// Sets the derivative.
    #[must_use]
    pub fn fprime(mut self, fprime: impl Fn(f64) -> f64 + 'a) -> Self {
        self.fprime = Some(Box::new(fprime));
        self
    }
    /// Sets the second derivative.
    #[must_use]
    pub fn fprime2(mut self, fprime2: impl Fn(f64) -> f64 + 'a) -> Self {
        self.fprime2 = Some(Box::new(fprime2));
        self
    }
    /// Sets `xtol`.
    #[must_use]
    pub fn xtol(mut self, xtol: f64) -> Self {
        self.xtol = Some(xtol);
        self
    }
    /// Sets `rtol`.
    #[must_use]
    pub fn rtol(mut self, rtol: f64) -> Self {
        self.rtol = Some(rtol);
        self
    }
    /// Sets `maxiter`.
    #[must_use]
    pub fn maxiter(mut self, maxiter: usize) -> Self {
        self.maxiter = Some(maxiter);
        self
    }
}

impl fmt::Debug for RootScalarOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RootScalarOptions")
            .field("method", &self.method)
            .field("bracket", &self.bracket)
            .field("x0", &self.x0)
            .field("x1", &self.x1)
            .field("fprime", &self.fprime.as_ref().map(|_| ".."))
            .field("fprime2", &self.fprime2.as_ref().map(|_| ".."))
            .field("xtol", &self.xtol)
            .field("rtol", &self.rtol)
            .field("maxiter", &self.maxiter)
            .finish()
    }
}

fn missing(what: &str, method: ScalarRootMethod) -> Error {
    Error::InvalidArgument {
        name: what.into(),
        value: "None".into(),
        reason: format!("needed for method '{}'", method.name()),
    }
}

/// Finds a root of the scalar function `f` (SciPy's `root_scalar`).
///
/// # Examples
///
/// ```
/// use sci_optimize::{RootScalarOptions, ScalarRootMethod, root_scalar};
///
/// let f = |x: f64| x.powi(3) - 1.0;
/// let r = root_scalar(f, RootScalarOptions::default().bracket(0.0, 3.0)).unwrap();
/// assert_eq!(r.method, "brentq");
/// assert!(r.converged && (r.root - 1.0).abs() < 1e-12);
/// let r = root_scalar(f, RootScalarOptions::default().x0(0.2).fprime(|x| 3.0 * x * x)).unwrap();
/// assert_eq!(r.method, "newton");
/// let r = root_scalar(f, RootScalarOptions::default().method(ScalarRootMethod::Secant).x0(0.2).x1(0.4))
///     .unwrap();
/// assert!(r.converged && (r.root - 1.0).abs() < 1e-8);
/// ```
///
/// # Errors
///
/// [`Error::InvalidArgument`] when neither a bracket nor `x0` is given, when the chosen
/// method lacks what it needs (bracket, `x0`, derivatives), for a bracket without a sign
/// change, or invalid tolerances. Non-convergence and a NaN from `f` during a bracketing
/// search are `Ok` with `converged = false` and the reason in `flag` (then `iterations` is 0
/// where SciPy reports NaN).
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.root_scalar.html>
pub fn root_scalar(f: impl Fn(f64) -> f64, options: RootScalarOptions<'_>) -> Result<RootResults> {
    let o = options;
    let method = match o.method {
        Some(m) => m,
        None if o.bracket.is_some() => ScalarRootMethod::Brentq,
        None if o.x0.is_some() => match (&o.fprime, &o.fprime2) {
            (Some(_), Some(_)) => ScalarRootMethod::Halley,
            (Some(_), None) => ScalarRootMethod::Newton,
            (None, _) if o.x1.is_some() => ScalarRootMethod::Secant,
            _ => ScalarRootMethod::Newton,
        },
        None => {
            return Err(Error::InvalidArgument {
                name: "bracket, x0".into(),
                value: "None".into(),
                reason: "Unable to select a solver as neither bracket nor starting point provided."
                    .into(),
            });
        }
    };
    use ScalarRootMethod as M;
    match method {
        M::Bisect | M::Brentq | M::Brenth | M::Ridder | M::Toms748 => {
            let (a, b) = o.bracket.ok_or_else(|| missing("bracket", method))?;
            let bo = BracketRootOptions {
                xtol: o.xtol.unwrap_or(XTOL),
                rtol: o.rtol.unwrap_or(RTOL),
                maxiter: o.maxiter.unwrap_or(100),
                disp: false,
                k: 1,
            };
            // Count calls and remember the last point: SciPy reports both when f gives NaN.
            let calls = std::cell::Cell::new(0usize);
            let last = std::cell::Cell::new(f64::NAN);
            let fc = |x: f64| {
                calls.set(calls.get() + 1);
                last.set(x);
                f(x)
            };
            let r = match method {
                M::Bisect => super::bisect_with(fc, a, b, &bo),
                M::Brentq => super::brentq_with(fc, a, b, &bo),
                M::Brenth => super::brenth_with(fc, a, b, &bo),
                M::Ridder => super::ridder_with(fc, a, b, &bo),
                _ => super::toms748_with(fc, a, b, &bo),
            };
            match r {
                // SciPy turns the solvers' NaN error into an unconverged result.
                Err(Error::NonFinite { value, .. }) => {
                    let x = last.get();
                    Ok(RootResults {
                        root: x,
                        iterations: 0,
                        function_calls: calls.get(),
                        converged: false,
                        flag: format!(
                            "The function value at x={x} is {value}; solver cannot continue."
                        ),
                        method: method.name(),
                    })
                }
                other => other,
            }
        }
        M::Newton | M::Secant | M::Halley => {
            let x0 = o.x0.ok_or_else(|| missing("x0", method))?;
            let mut no = NewtonOptions {
                fprime: None,
                fprime2: None,
                x1: None,
                tol: o.xtol.unwrap_or(1.48e-8),
                rtol: o.rtol.unwrap_or(0.0),
                maxiter: o.maxiter.unwrap_or(50),
                disp: false,
            };
            match method {
                M::Secant => no.x1 = o.x1,
                M::Halley => {
                    no.fprime = Some(o.fprime.ok_or_else(|| missing("fprime", method))?);
                    no.fprime2 = Some(o.fprime2.ok_or_else(|| missing("fprime2", method))?);
                }
                _ => {
                    no.fprime = Some(match o.fprime {
                        Some(fp) => fp,
                        None => {
                            // SciPy's 2-point `approx_derivative`: relative step √ε.
                            let fr = &f;
                            Box::new(move |x: f64| {
                                let s = if x >= 0.0 { 1.0 } else { -1.0 };
                                let h = f64::EPSILON.sqrt() * s * x.abs().max(1.0);
                                let dx = (x + h) - x;
                                (fr(x + dx) - fr(x)) / dx
                            })
                        }
                    });
                }
            }
            super::newton_with(&f, x0, no)
        }
    }
}
