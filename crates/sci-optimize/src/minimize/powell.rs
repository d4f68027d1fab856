//! Method `Powell`: Powell's (1964) conjugate-direction method: successive exact line
//! minimizations (Brent's method, or its bounded form inside `bounds`) along a set of
//! directions, replacing the direction of largest decrease by the overall step when that
//! helps, as SciPy's `minimize(method='Powell')`.
//!
//! Each iteration costs n + 1 line searches and O(n²) work; memory O(n²) for the directions.

use sci_core::ndarray::{Array1, Array2};
use sci_core::{Error, Result};

use super::bfgs::msg;
use super::nelder_mead::iteration_limits;
use crate::minimize::Problem;
use crate::scalar::{Exhausted, Stop, bounded_core, brent_core, recover_from_bracket_error};
use crate::{IntermediateResult, OptimizeResult};

/// Options of method `Powell` (SciPy's `options=` keys). `Default` is SciPy's.
///
/// `maxiter`/`maxfev`: when neither is given both are `1000 n`; when only one is given the
/// other is unlimited (`usize::MAX` stands for SciPy's `inf`). `minimize`'s `tol` replaces
/// `xtol` and `ftol` when they are left at their defaults.
///
/// Bounds are accepted: line searches stay on the feasible segment (as SciPy, an `x0`
/// outside the bounds is not clipped, and a result outside them has status 4); general
/// constraints are refused with [`Error::InvalidArgument`](sci_core::Error::InvalidArgument).
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-powell.html>
/// - M. J. D. Powell, "An efficient method for finding the minimum of a function of several
///   variables without calculating derivatives", The Computer Journal 7 (1964), 155–162.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::PowellOptions::default().xtol(1e-6);
/// assert_eq!((o.xtol, o.ftol), (1e-6, 1e-4));
/// ```
#[derive(Debug, Clone)]
pub struct PowellOptions {
    /// Relative tolerance of the line searches on the step (default 1e-4).
    pub xtol: f64,
    /// Relative decrease of the objective over an iteration accepted for convergence
    /// (default 1e-4).
    pub ftol: f64,
    /// Largest number of iterations.
    pub maxiter: Option<usize>,
    /// Largest number of evaluations.
    pub maxfev: Option<usize>,
    /// The initial directions, one per row (default the identity).
    pub direc: Option<Array2<f64>>,
}

impl Default for PowellOptions {
    fn default() -> Self {
        PowellOptions {
            xtol: 1e-4,
            ftol: 1e-4,
            maxiter: None,
            maxfev: None,
            direc: None,
        }
    }
}

impl PowellOptions {
    /// Sets `xtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::PowellOptions::default().xtol(1e-8).xtol, 1e-8);
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
    /// assert_eq!(sci_optimize::PowellOptions::default().ftol(1e-8).ftol, 1e-8);
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
    /// assert_eq!(sci_optimize::PowellOptions::default().maxiter(4).maxiter, Some(4));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = Some(v);
        self
    }
    /// Sets `maxfev`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::PowellOptions::default().maxfev(40).maxfev, Some(40));
    /// ```
    #[must_use]
    pub fn maxfev(mut self, v: usize) -> Self {
        self.maxfev = Some(v);
        self
    }
    /// Sets `direc`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::PowellOptions::default().direc(sci_core::ndarray::Array2::eye(2));
    /// assert!(o.direc.is_some());
    /// ```
    #[must_use]
    pub fn direc(mut self, d: Array2<f64>) -> Self {
        self.direc = Some(d);
        self
    }
}

/// The objective under Powell's evaluation budget.
struct Budget<'f> {
    fun: &'f dyn Fn(&[f64]) -> f64,
    ncalls: usize,
    maxfun: usize,
    /// Scratch point of the line searches.
    xt: Vec<f64>,
}

impl Budget<'_> {
    fn call(&mut self, x: &[f64]) -> std::result::Result<f64, Exhausted> {
        if self.ncalls >= self.maxfun {
            return Err(Exhausted);
        }
        self.ncalls += 1;
        Ok((self.fun)(x))
    }

    /// `f(p + α ξ)`.
    fn along(&mut self, p: &[f64], xi: &[f64], alpha: f64) -> std::result::Result<f64, Exhausted> {
        let mut xt = std::mem::take(&mut self.xt);
        for ((t, &a), &b) in xt.iter_mut().zip(p).zip(xi) {
            *t = a + alpha * b;
        }
        let r = self.call(&xt);
        self.xt = xt;
        r
    }
}

/// The range `[lmin, lmax]` of `α` keeping `x + α d` in the bounds (SciPy's
/// `_line_for_search`); `(0, 0)` when empty.
fn line_for_search(x: &[f64], d: &[f64], lb: &[f64], ub: &[f64]) -> (f64, f64) {
    let (mut lmin, mut lmax) = (f64::NEG_INFINITY, f64::INFINITY);
    for i in 0..x.len() {
        if d[i] == 0.0 {
            continue;
        }
        let low = (lb[i] - x[i]) / d[i];
        let high = (ub[i] - x[i]) / d[i];
        let (lo, hi) = if d[i] > 0.0 { (low, high) } else { (high, low) };
        lmin = lmin.max(lo);
        lmax = lmax.min(hi);
    }
    if lmax >= lmin {
        (lmin, lmax)
    } else {
        (0.0, 0.0)
    }
}

/// Minimizes along `xi` from `p` (SciPy's `_linesearch_powell`): Brent's method without
/// bounds, the bounded method on the feasible segment, or the bounded method on
/// `atan(α)` when the segment is half-infinite. Updates `p` to the minimizer and `xi` to the
/// step taken; returns the new objective.
fn linesearch_powell(
    budget: &mut Budget<'_>,
    p: &mut [f64],
    xi: &mut [f64],
    tol: f64,
    bounds: Option<(&[f64], &[f64])>,
    fval: f64,
) -> std::result::Result<f64, Stop> {
    if xi.iter().all(|&v| v == 0.0) {
        return Ok(fval);
    }
    let (fret, alpha) = {
        let p_ro: &[f64] = p;
        let xi_ro: &[f64] = xi;
        let seg = bounds.map(|(lb, ub)| line_for_search(p_ro, xi_ro, lb, ub));
        match seg {
            Some((lo, hi)) if !(lo == f64::NEG_INFINITY && hi == f64::INFINITY) => {
                if lo.is_finite() && hi.is_finite() {
                    let mut f = |a: f64| budget.along(p_ro, xi_ro, a);
                    let r = bounded_core(&mut f, lo, hi, tol / 100.0, 500)?;
                    (r.fun, r.x)
                } else {
                    let mut f = |t: f64| budget.along(p_ro, xi_ro, t.tan());
                    let r = bounded_core(&mut f, lo.atan(), hi.atan(), tol / 100.0, 500)?;
                    (r.fun, r.x.tan())
                }
            }
            _ => {
                let mut f = |a: f64| budget.along(p_ro, xi_ro, a);
                match brent_core(&mut f, None, tol, 500) {
                    Ok(r) => (r.fun, r.x),
                    Err(Stop::Bracket(b)) => {
                        let r = recover_from_bracket_error(&b);
                        (r.fun, r.x)
                    }
                    Err(e) => return Err(e),
                }
            }
        }
    };
    for (pi, x) in p.iter_mut().zip(xi.iter_mut()) {
        *x *= alpha;
        *pi += *x;
    }
    Ok(fret)
}

/// Runs Powell's method on a validated problem (the dispatch target of
/// [`Method::Powell`](crate::Method::Powell)).
pub(crate) fn minimize_powell(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &PowellOptions,
) -> Result<OptimizeResult> {
    if !problem.constraints.is_empty() {
        return Err(Error::invalid_argument(
            "constraints",
            "given",
            "method Powell cannot handle constraints",
        ));
    }
    let n = x0.len();
    let (xtol, ftol) = match problem.tol {
        Some(t) => (
            if opts.xtol == 1e-4 { t } else { opts.xtol },
            if opts.ftol == 1e-4 { t } else { opts.ftol },
        ),
        None => (opts.xtol, opts.ftol),
    };
    let (maxiter, maxfun) = iteration_limits(opts.maxiter, opts.maxfev, n, 1000);
    let mut direc = match &opts.direc {
        Some(d) => {
            sci_core::check_shape("direc", &[n, n], d.shape())?;
            d.clone()
        }
        None => Array2::eye(n),
    };
    let bounds = problem.bounds.clone();
    let lbub: Option<(Vec<f64>, Vec<f64>)> =
        bounds.as_ref().map(|b| (b.lb.to_vec(), b.ub.to_vec()));
    let bref = lbub.as_ref().map(|(l, u)| (l.as_slice(), u.as_slice()));
    let mut budget = Budget {
        fun: problem.fun,
        ncalls: 0,
        maxfun,
        xt: vec![0.0; n],
    };
    let mut x = x0.to_vec();
    let mut x1 = x.clone();
    let mut state = IntermediateResult {
        x: Array1::zeros(n),
        fun: 0.0,
        nit: 0,
    };
    let mut iter = 0usize;
    let mut stopped = false;
    let (mut direc1, mut x2) = (vec![0.0; n], vec![0.0; n]);
    // With maxfev = 0 nothing can be evaluated.
    let mut fval = budget.call(&x).unwrap_or(f64::NAN);
    'outer: loop {
        let fx = fval;
        let mut bigind = 0;
        let mut delta = 0.0;
        for i in 0..n {
            for (d, &v) in direc1.iter_mut().zip(direc.row(i)) {
                *d = v;
            }
            let fx2 = fval;
            match linesearch_powell(&mut budget, &mut x, &mut direc1, xtol * 100.0, bref, fval) {
                Ok(v) => fval = v,
                Err(Stop::Exhausted) => break 'outer,
                Err(Stop::Invalid(e)) => return Err(e),
                Err(Stop::Bracket(_)) => unreachable!("recovered inside the line search"),
            }
            if fx2 - fval > delta {
                delta = fx2 - fval;
                bigind = i;
            }
        }
        iter += 1;
        state.set(&x, fval, iter);
        if sci_core::callback::notify(&mut problem.callback, &state).is_break() {
            stopped = true;
            break;
        }
        let bnd = ftol * (fx.abs() + fval.abs()) + 1e-20;
        if 2.0 * (fx - fval) <= bnd || budget.ncalls >= maxfun || iter >= maxiter {
            break;
        }
        if fx.is_nan() && fval.is_nan() {
            break;
        }
        // The overall step of this iteration; try extrapolating along it.
        for i in 0..n {
            direc1[i] = x[i] - x1[i];
        }
        x1.copy_from_slice(&x);
        let lmax = match bref {
            None => 1.0,
            Some((lb, ub)) => line_for_search(&x, &direc1, lb, ub).1,
        };
        let step = lmax.min(1.0);
        for i in 0..n {
            x2[i] = x[i] + step * direc1[i];
        }
        let Ok(fx2) = budget.call(&x2) else { break };
        if fx > fx2 {
            let mut t = 2.0 * (fx + fx2 - 2.0 * fval);
            let temp = fx - fval - delta;
            t *= temp * temp;
            let temp = fx - fx2;
            t -= delta * temp * temp;
            if t < 0.0 {
                match linesearch_powell(&mut budget, &mut x, &mut direc1, xtol * 100.0, bref, fval)
                {
                    Ok(v) => fval = v,
                    Err(Stop::Exhausted) => break,
                    Err(Stop::Invalid(e)) => return Err(e),
                    Err(Stop::Bracket(_)) => unreachable!("recovered inside the line search"),
                }
                if direc1.iter().any(|&v| v != 0.0) {
                    // Replace the direction of largest decrease by the new one, kept last.
                    for j in 0..n {
                        direc[[bigind, j]] = direc[[n - 1, j]];
                        direc[[n - 1, j]] = direc1[j];
                    }
                }
            }
        }
    }
    let out_of_bounds = lbub
        .as_ref()
        .is_some_and(|(lb, ub)| x.iter().enumerate().any(|(i, &v)| lb[i] > v || v > ub[i]));
    let (status, message) = if stopped {
        (99, sci_core::callback::STOPPED_BY_CALLBACK)
    } else if out_of_bounds {
        (4, msg::OUT_OF_BOUNDS)
    } else if budget.ncalls >= maxfun {
        (1, msg::MAXFEV)
    } else if iter >= maxiter {
        (2, msg::MAXITER)
    } else if fval.is_nan() || x.iter().any(|v| v.is_nan()) {
        (3, msg::NAN)
    } else {
        (0, msg::SUCCESS)
    };
    Ok(OptimizeResult {
        x: Array1::from(x),
        fun: fval,
        direc: Some(direc),
        nit: iter,
        nfev: budget.ncalls,
        status,
        success: status == 0,
        message: message.to_string(),
        ..Default::default()
    })
}
