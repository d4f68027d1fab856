//! `bracket`: expands a pair of points downhill until three points bracket a minimum
//! (golden-ratio growth with parabolic extrapolation, limited by `grow_limit`), as SciPy's
//! `scipy.optimize.bracket`.

use sci_core::{Error, Result};

use super::{Eval, Stop};

/// Options of [`bracket_with`] (SciPy's keywords). `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::BracketOptions::default().grow_limit(50.0);
/// assert_eq!((o.grow_limit, o.maxiter), (50.0, 1000));
/// ```
#[derive(Debug, Clone)]
pub struct BracketOptions {
    /// The largest factor a parabolic extrapolation may grow the interval by (default 110).
    pub grow_limit: f64,
    /// Largest number of expansion steps (default 1000).
    pub maxiter: usize,
}

impl Default for BracketOptions {
    fn default() -> Self {
        BracketOptions {
            grow_limit: 110.0,
            maxiter: 1000,
        }
    }
}

impl BracketOptions {
    /// Sets `grow_limit`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BracketOptions::default().grow_limit(2.0).grow_limit, 2.0);
    /// ```
    #[must_use]
    pub fn grow_limit(mut self, v: f64) -> Self {
        self.grow_limit = v;
        self
    }
    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BracketOptions::default().maxiter(10).maxiter, 10);
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = v;
        self
    }
}

/// Three points bracketing a minimum, `f(xb) < f(xa)`, `f(xb) < f(xc)` with `xb` between
/// them, and the number of evaluations (SciPy's tuple `xa, xb, xc, fa, fb, fc, funcalls`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bracket {
    /// One end.
    pub xa: f64,
    /// The middle point.
    pub xb: f64,
    /// The other end.
    pub xc: f64,
    /// `f(xa)`.
    pub fa: f64,
    /// `f(xb)`.
    pub fb: f64,
    /// `f(xc)`.
    pub fc: f64,
    /// Evaluations made.
    pub funcalls: usize,
}

/// SciPy's message when no valid bracket was found.
pub(crate) const BRACKET_ERROR: &str = "The algorithm terminated without finding a valid bracket. Consider trying different initial points.";

/// The bracketing search on a fallible objective.
pub(crate) fn bracket_core(
    f: &mut dyn FnMut(f64) -> Eval,
    xa: f64,
    xb: f64,
    grow_limit: f64,
    maxiter: usize,
) -> std::result::Result<Bracket, Stop> {
    const GOLD: f64 = 1.618034;
    const VERY_SMALL: f64 = 1e-21;
    let (mut xa, mut xb) = (xa, xb);
    let mut fa = f(xa)?;
    let mut fb = f(xb)?;
    if fa < fb {
        // Walk downhill from a to b.
        std::mem::swap(&mut xa, &mut xb);
        std::mem::swap(&mut fa, &mut fb);
    }
    let mut xc = xb + GOLD * (xb - xa);
    let mut fc = f(xc)?;
    let mut funcalls = 3;
    let mut iter = 0;
    while fc < fb {
        let tmp1 = (xb - xa) * (fb - fc);
        let tmp2 = (xb - xc) * (fb - fa);
        let val = tmp2 - tmp1;
        let denom = if val.abs() < VERY_SMALL {
            2.0 * VERY_SMALL
        } else {
            2.0 * val
        };
        // The parabola's vertex through the three points, and the farthest step allowed.
        let mut w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom;
        let wlim = xb + grow_limit * (xc - xb);
        if iter > maxiter {
            return Err(Stop::Invalid(Error::DidNotConverge {
                method: "bracket".into(),
                iterations: iter,
                detail: "No valid bracket was found before the iteration limit was reached. Consider trying different initial points or increasing `maxiter`.".into(),
            }));
        }
        iter += 1;
        let mut fw;
        if (w - xc) * (xb - w) > 0.0 {
            // Vertex between b and c.
            fw = f(w)?;
            funcalls += 1;
            if fw < fc {
                xa = xb;
                xb = w;
                fa = fb;
                fb = fw;
                break;
            } else if fw > fb {
                xc = w;
                fc = fw;
                break;
            }
            w = xc + GOLD * (xc - xb);
            fw = f(w)?;
            funcalls += 1;
        } else if (w - wlim) * (wlim - xc) >= 0.0 {
            // Vertex beyond the growth limit: clamp it.
            w = wlim;
            fw = f(w)?;
            funcalls += 1;
        } else if (w - wlim) * (xc - w) > 0.0 {
            // Vertex between c and the limit.
            fw = f(w)?;
            funcalls += 1;
            if fw < fc {
                xb = xc;
                xc = w;
                w = xc + GOLD * (xc - xb);
                fb = fc;
                fc = fw;
                fw = f(w)?;
                funcalls += 1;
            }
        } else {
            // Vertex on the wrong side: golden growth.
            w = xc + GOLD * (xc - xb);
            fw = f(w)?;
            funcalls += 1;
        }
        xa = xb;
        xb = xc;
        xc = w;
        fa = fb;
        fb = fc;
        fc = fw;
    }
    let b = Bracket {
        xa,
        xb,
        xc,
        fa,
        fb,
        fc,
        funcalls,
    };
    let cond1 = (fb < fc && fb <= fa) || (fb < fa && fb <= fc);
    let cond2 = (xa < xb && xb < xc) || (xc < xb && xb < xa);
    let cond3 = xa.is_finite() && xb.is_finite() && xc.is_finite();
    if cond1 && cond2 && cond3 {
        Ok(b)
    } else {
        Err(Stop::Bracket(b))
    }
}

/// Finds three points bracketing a minimum of `f`, starting downhill from `xa`, `xb` (SciPy
/// uses 0 and 1 when none are given), with SciPy's defaults.
///
/// # Examples
///
/// ```
/// let b = sci_optimize::bracket(|x: f64| 10.0 * x * x + 3.0 * x + 5.0, 1.0, 2.0).unwrap();
/// assert!(b.fb < b.fa && b.fb < b.fc);
/// // As SciPy: (1, -0.15, -0.618034) after 4 evaluations.
/// assert!((b.xa - 1.0).abs() < 1e-12 && (b.xb + 0.15).abs() < 1e-12 && b.funcalls == 4);
/// ```
///
/// # Errors
///
/// As [`bracket_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.bracket.html>
/// - W. H. Press et al., *Numerical Recipes*, 3rd ed., section 10.1 (bracketing a minimum).
pub fn bracket(f: impl Fn(f64) -> f64, xa: f64, xb: f64) -> Result<Bracket> {
    bracket_with(f, xa, xb, &BracketOptions::default())
}

/// [`bracket`] with SciPy's keywords `grow_limit` and `maxiter`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{bracket_with, BracketOptions};
/// let b = bracket_with(|x: f64| (x - 40.0).powi(2), 0.0, 1.0, &BracketOptions::default()).unwrap();
/// assert!(b.xa < 40.0 && 40.0 < b.xc && b.funcalls > 3);
/// // A function without a minimum (SciPy raises `BracketError`).
/// assert!(bracket_with(|x: f64| -x, 0.0, 1.0, &BracketOptions::default().maxiter(20)).is_err());
/// ```
///
/// # Errors
///
/// [`Error::DidNotConverge`] when the search ends without a valid bracket (SciPy's
/// `BracketError`, whose message and last points are in `detail`) or runs out of
/// iterations (SciPy's `RuntimeError`); [`Error::InvalidArgument`] for non-finite start
/// points.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.bracket.html>
/// - W. H. Press et al., *Numerical Recipes*, 3rd ed., section 10.1.
pub fn bracket_with(
    f: impl Fn(f64) -> f64,
    xa: f64,
    xb: f64,
    options: &BracketOptions,
) -> Result<Bracket> {
    if !xa.is_finite() || !xb.is_finite() {
        return Err(Error::invalid_argument(
            "xa, xb",
            format!("{xa}, {xb}"),
            "must be finite",
        ));
    }
    let mut g = |x: f64| Ok(f(x));
    bracket_core(&mut g, xa, xb, options.grow_limit, options.maxiter).map_err(Stop::into_error)
}
