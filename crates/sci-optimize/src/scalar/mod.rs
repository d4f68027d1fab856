//! Scalar minimization: `minimize_scalar` with methods Brent, Bounded and Golden, the
//! bracketing search `bracket`, and the legacy functions `brent`, `golden`, `fminbound`.
//!
//! Each algorithm is written once over a fallible objective ([`Eval`]), so that Powell's
//! method can run it under its own evaluation budget.

mod bounded;
mod bracket;
mod brent;
mod golden;
mod legacy;

pub use bracket::{Bracket, BracketOptions, bracket, bracket_with};
pub use legacy::{
    BrentOptions, BrentOutput, FminboundOptions, FminboundOutput, GoldenOptions, GoldenOutput,
    brent, brent_with, fminbound, fminbound_with, golden, golden_with,
};

pub(crate) use bounded::bounded_core;

pub(crate) use brent::brent_core;

use sci_core::{Error, Result};

/// The caller's evaluation budget ran out (Powell's `maxfev`): the algorithm stops at once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Exhausted;

/// One evaluation of a scalar objective under a budget.
pub(crate) type Eval = std::result::Result<f64, Exhausted>;

/// Why a scalar algorithm stopped without a result.
#[derive(Debug)]
pub(crate) enum Stop {
    /// The evaluation budget ran out.
    Exhausted,
    /// `bracket` ended without a valid bracket (SciPy's `BracketError`), with its last points.
    Bracket(Bracket),
    /// An error SciPy raises (invalid bracket, bracket iteration limit).
    Invalid(Error),
}

impl From<Exhausted> for Stop {
    fn from(_: Exhausted) -> Self {
        Stop::Exhausted
    }
}

impl Stop {
    /// The error a public function returns (the budget cannot run out there).
    pub(crate) fn into_error(self) -> Error {
        match self {
            Stop::Invalid(e) => e,
            Stop::Bracket(b) => Error::DidNotConverge {
                method: "bracket".into(),
                iterations: b.funcalls,
                detail: format!(
                    "{} Last points: xa={}, xb={}, xc={}, fa={}, fb={}, fc={}",
                    bracket::BRACKET_ERROR,
                    b.xa,
                    b.xb,
                    b.xc,
                    b.fa,
                    b.fb,
                    b.fc
                ),
            },
            Stop::Exhausted => Error::DidNotConverge {
                method: "scalar minimization".into(),
                iterations: 0,
                detail: "evaluation budget exhausted".into(),
            },
        }
    }
}

/// The result of [`minimize_scalar`]: SciPy's `OptimizeResult` of a scalar method, with `x`
/// a number rather than a length-1 array (the natural Rust reading of SciPy's 0-d `x`).
///
/// `status`: 0 success, 1 iteration (or evaluation) limit reached, 2 NaN encountered (as
/// SciPy's Bounded method; SciPy's Brent and Golden results have no `status`, these codes
/// extend theirs), 3 no valid bracket found (SciPy returns `success=False` with its
/// `BracketError` message and the best of the last three points).
///
/// # Examples
///
/// ```
/// let r = sci_optimize::minimize_scalar(|x: f64| (x - 2.0).powi(2)).unwrap();
/// assert!(r.success && (r.x - 2.0).abs() < 1e-7);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScalarResult {
    /// The minimizer.
    pub x: f64,
    /// `f(x)`.
    pub fun: f64,
    /// Iterations.
    pub nit: usize,
    /// Evaluations.
    pub nfev: usize,
    /// Whether the method's convergence test was met.
    pub success: bool,
    /// The termination code (see the type's documentation).
    pub status: i32,
    /// Why the run stopped, in SciPy's words.
    pub message: String,
}

/// The method of [`minimize_scalar_with`] (SciPy's `method=`).
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::ScalarMethod::Golden.name(), "Golden");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarMethod {
    /// Brent's parabolic interpolation with golden-section fallback, after bracketing.
    Brent,
    /// Brent's method confined to `bounds` (SciPy's `fminbound`).
    Bounded,
    /// Golden-section search, after bracketing.
    Golden,
}

impl ScalarMethod {
    /// SciPy's name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::ScalarMethod::Brent.name(), "Brent");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            ScalarMethod::Brent => "Brent",
            ScalarMethod::Bounded => "Bounded",
            ScalarMethod::Golden => "Golden",
        }
    }
}

/// SciPy's keywords of `minimize_scalar` (`method`, `bracket`, `bounds`, `tol`) and the
/// method options (`xtol`/`xatol`, `maxiter`). `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// use sci_optimize::{MinimizeScalarOptions, ScalarMethod};
/// let o = MinimizeScalarOptions::default().bounds(0.0, 10.0).xtol(1e-8);
/// assert_eq!(o.bounds, Some((0.0, 10.0)));
/// assert!(o.method.is_none()); // Bounded is chosen because bounds are given
/// ```
#[derive(Debug, Clone, Default)]
pub struct MinimizeScalarOptions {
    /// The method (`None`: Brent, or Bounded when `bounds` are given).
    pub method: Option<ScalarMethod>,
    /// Two or three starting points (`bracket`), for Brent and Golden.
    pub bracket: Option<Vec<f64>>,
    /// `(lower, upper)` for Bounded.
    pub bounds: Option<(f64, f64)>,
    /// Tolerance (`tol`): becomes `xtol` (Brent, Golden) or `xatol` (Bounded) unless those
    /// are given.
    pub tol: Option<f64>,
    /// The method's `xtol` (Brent: relative, default 1.48e-8; Golden: relative, default
    /// `√ε`) or `xatol` (Bounded: absolute, default 1e-5).
    pub xtol: Option<f64>,
    /// Largest number of iterations (Brent 500, Golden 5000) or evaluations (Bounded 500).
    pub maxiter: Option<usize>,
}

impl MinimizeScalarOptions {
    /// Chooses the method.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{MinimizeScalarOptions, ScalarMethod};
    /// let o = MinimizeScalarOptions::default().method(ScalarMethod::Golden);
    /// assert_eq!(o.method, Some(ScalarMethod::Golden));
    /// ```
    #[must_use]
    pub fn method(mut self, m: ScalarMethod) -> Self {
        self.method = Some(m);
        self
    }
    /// Sets the bracket (2 or 3 points).
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::MinimizeScalarOptions::default().bracket(vec![0.0, 1.0]);
    /// assert_eq!(o.bracket.unwrap().len(), 2);
    /// ```
    #[must_use]
    pub fn bracket(mut self, b: Vec<f64>) -> Self {
        self.bracket = Some(b);
        self
    }
    /// Sets the bounds.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::MinimizeScalarOptions::default().bounds(-1.0, 1.0);
    /// assert_eq!(o.bounds, Some((-1.0, 1.0)));
    /// ```
    #[must_use]
    pub fn bounds(mut self, lower: f64, upper: f64) -> Self {
        self.bounds = Some((lower, upper));
        self
    }
    /// Sets `tol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::MinimizeScalarOptions::default().tol(1e-3).tol, Some(1e-3));
    /// ```
    #[must_use]
    pub fn tol(mut self, t: f64) -> Self {
        self.tol = Some(t);
        self
    }
    /// Sets the method's `xtol` / `xatol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::MinimizeScalarOptions::default().xtol(1e-3).xtol, Some(1e-3));
    /// ```
    #[must_use]
    pub fn xtol(mut self, t: f64) -> Self {
        self.xtol = Some(t);
        self
    }
    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::MinimizeScalarOptions::default().maxiter(7).maxiter, Some(7));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, m: usize) -> Self {
        self.maxiter = Some(m);
        self
    }
}

/// Minimizes a function of one variable with Brent's method and SciPy's defaults
/// (bracketing from 0 and 1, `xtol = 1.48e-8`, 500 iterations).
///
/// # Examples
///
/// ```
/// // The tutorial's f(x) = x² + 10 sin(x): from the default bracket Brent finds -1.30644.
/// let r = sci_optimize::minimize_scalar(|x: f64| x * x + 10.0 * x.sin()).unwrap();
/// assert!((r.x + 1.30644).abs() < 1e-5);
/// ```
///
/// # Errors
///
/// As [`minimize_scalar_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.minimize_scalar.html>
/// - R. P. Brent, *Algorithms for Minimization without Derivatives*, Prentice-Hall 1973,
///   chapter 5.
pub fn minimize_scalar(f: impl Fn(f64) -> f64) -> Result<ScalarResult> {
    minimize_scalar_with(f, &MinimizeScalarOptions::default())
}

/// Minimizes a function of one variable with the chosen method (SciPy's `minimize_scalar`).
///
/// Brent and Golden first bracket a minimum from `bracket` (or 0 and 1); when that fails the
/// result has `success = false`, status 3 and SciPy's `BracketError` message, with the best
/// of the last three points (as SciPy). Bounded needs `bounds`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{minimize_scalar_with, MinimizeScalarOptions, ScalarMethod};
/// let f = |x: f64| (x - 2.0) * x * (x + 2.0).powi(2);
/// let r = minimize_scalar_with(f, &MinimizeScalarOptions::default().bounds(-3.0, -1.0)).unwrap();
/// assert!((r.x + 2.0).abs() < 1e-4 && r.status == 0);
/// let r = minimize_scalar_with(f, &MinimizeScalarOptions::default().method(ScalarMethod::Golden)).unwrap();
/// assert!((r.x - 1.28077640).abs() < 1e-7);
/// ```
///
/// # Errors
///
/// [`Error::InvalidArgument`] for `bounds` with Brent or Golden, no `bounds` with Bounded,
/// non-finite or reversed bounds, a bracket not of length 2 or 3, a 3-point bracket that is
/// not ordered or does not bracket a minimum, a negative tolerance;
/// [`Error::DidNotConverge`] when bracketing exceeds its iteration limit (SciPy's
/// `RuntimeError`).
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.minimize_scalar.html>
/// - R. P. Brent, *Algorithms for Minimization without Derivatives*, Prentice-Hall 1973,
///   chapter 5; J. Kiefer, "Sequential minimax search for a maximum", Proc. AMS 4 (1953)
///   (golden section).
pub fn minimize_scalar_with(
    f: impl Fn(f64) -> f64,
    options: &MinimizeScalarOptions,
) -> Result<ScalarResult> {
    let method = options.method.unwrap_or(if options.bounds.is_some() {
        ScalarMethod::Bounded
    } else {
        ScalarMethod::Brent
    });
    if options.bounds.is_some() && method != ScalarMethod::Bounded {
        return Err(Error::invalid_argument(
            "bounds",
            "given",
            format!(
                "Use of `bounds` is incompatible with 'method={}'.",
                method.name()
            ),
        ));
    }
    let xtol = options.xtol.or(options.tol);
    let mut g = |x: f64| Ok(f(x));
    let res = match method {
        ScalarMethod::Brent => brent_core(
            &mut g,
            options.bracket.as_deref(),
            xtol.unwrap_or(1.48e-8),
            options.maxiter.unwrap_or(500),
        ),
        ScalarMethod::Golden => golden::golden_core(
            &mut g,
            options.bracket.as_deref(),
            xtol.unwrap_or(f64::EPSILON.sqrt()),
            options.maxiter.unwrap_or(5000),
        ),
        ScalarMethod::Bounded => {
            let Some((lo, hi)) = options.bounds else {
                return Err(Error::invalid_argument(
                    "bounds",
                    "None",
                    "The `bounds` parameter is mandatory for method `bounded`.",
                ));
            };
            bounded_core(
                &mut g,
                lo,
                hi,
                xtol.unwrap_or(1e-5),
                options.maxiter.unwrap_or(500),
            )
        }
    };
    match res {
        Ok(r) => Ok(r),
        Err(Stop::Bracket(b)) => Ok(recover_from_bracket_error(&b)),
        Err(e) => Err(e.into_error()),
    }
}

/// SciPy's `_recover_from_bracket_error`: the best of the last three points, not a success.
pub(crate) fn recover_from_bracket_error(b: &Bracket) -> ScalarResult {
    let xs = [b.xa, b.xb, b.xc];
    let fs = [b.fa, b.fb, b.fc];
    let (x, fun) = if xs.iter().chain(&fs).any(|v| v.is_nan()) {
        (f64::NAN, f64::NAN)
    } else {
        let mut i = 0;
        for k in 1..3 {
            if fs[k] < fs[i] {
                i = k;
            }
        }
        (xs[i], fs[i])
    };
    ScalarResult {
        x,
        fun,
        nit: 0,
        nfev: b.funcalls,
        success: false,
        status: 3,
        message: bracket::BRACKET_ERROR.to_string(),
    }
}

/// Brent's and Golden's result message, in SciPy's words (with Python's float formatting).
pub(crate) fn scalar_message(success: bool, nan: bool, xtol: f64) -> String {
    if success {
        format!(
            "\nOptimization terminated successfully;\nThe returned value satisfies the termination criteria\n(using xtol = {} )",
            py_repr(xtol)
        )
    } else if nan {
        "NaN result encountered.".to_string()
    } else {
        "\nMaximum number of iterations exceeded".to_string()
    }
}

/// A float as Python's `repr` writes it (shortest round-trip digits; exponent form below
/// 1e-4 and from 1e16, with at least two exponent digits).
pub(crate) fn py_repr(v: f64) -> String {
    if !v.is_finite() {
        return if v.is_nan() {
            "nan".into()
        } else if v > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let sci = format!("{v:e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..16).contains(&exp) {
        let s = format!("{v}");
        if s.contains('.') { s } else { format!("{s}.0") }
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    }
}

/// Resolves SciPy's `brack` argument: none (bracket from 0, 1), two start points, or an
/// explicit ordered bracket (checked). Returns the bracket.
pub(crate) fn resolve_bracket(
    f: &mut dyn FnMut(f64) -> Eval,
    brack: Option<&[f64]>,
) -> std::result::Result<Bracket, Stop> {
    match brack {
        None => bracket::bracket_core(f, 0.0, 1.0, 110.0, 1000),
        Some(&[a, b]) => bracket::bracket_core(f, a, b, 110.0, 1000),
        Some(&[a, b, c]) => {
            let (xa, xb, xc) = if a > c { (c, b, a) } else { (a, b, c) };
            if !(xa < xb && xb < xc) {
                return Err(Stop::Invalid(Error::invalid_argument(
                    "bracket",
                    format!("({a}, {b}, {c})"),
                    "Bracketing values (xa, xb, xc) do not fulfill this requirement: (xa < xb) and (xb < xc)",
                )));
            }
            let fa = f(xa)?;
            let fb = f(xb)?;
            let fc = f(xc)?;
            if !(fb < fa && fb < fc) {
                return Err(Stop::Invalid(Error::invalid_argument(
                    "bracket",
                    format!("({a}, {b}, {c})"),
                    "Bracketing values (xa, xb, xc) do not fulfill this requirement: (f(xb) < f(xa)) and (f(xb) < f(xc))",
                )));
            }
            Ok(Bracket {
                xa,
                xb,
                xc,
                fa,
                fb,
                fc,
                funcalls: 3,
            })
        }
        Some(other) => Err(Stop::Invalid(Error::invalid_argument(
            "bracket",
            format!("{other:?}"),
            "Bracketing interval must be length 2 or 3 sequence.",
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_float_repr() {
        assert_eq!(py_repr(1.48e-8), "1.48e-08");
        assert_eq!(py_repr(f64::EPSILON.sqrt()), "1.4901161193847656e-08");
        assert_eq!(py_repr(1e-4), "0.0001");
        assert_eq!(py_repr(0.5), "0.5");
        assert_eq!(py_repr(100.0), "100.0");
        assert_eq!(py_repr(1e16), "1e+16");
    }
}
