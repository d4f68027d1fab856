//! Method `Nelder-Mead`: the downhill simplex method (Nelder & Mead 1965), with the
//! dimension-adaptive coefficients of Gao & Han (2012) on request and SciPy 1.17's handling
//! of bounds (trial points clipped into the box), as SciPy's `minimize(method='Nelder-Mead')`.
//!
//! Each iteration costs O(n) work besides its one or two evaluations (a shrink costs n
//! evaluations and O(n²) work); memory O(n²) for the simplex.

use sci_core::ndarray::{Array1, Array2};
use sci_core::{Error, Result};

use super::bfgs::msg;
use crate::minimize::Problem;
use crate::{IntermediateResult, OptimizeResult};

/// Options of method `Nelder-Mead` (SciPy's `options=` keys). `Default` is SciPy's.
///
/// `maxiter`/`maxfev`: when neither is given both are `200 n`; when only one is given the
/// other is unlimited (`usize::MAX` stands for SciPy's `inf`). `minimize`'s `tol` replaces
/// `xatol` and `fatol` when they are left at their defaults.
///
/// Bounds are accepted (SciPy 1.17: `x0` and every trial point are clipped into them, an
/// initial simplex vertex above an upper bound is reflected first); general constraints are
/// refused with [`Error::InvalidArgument`](sci_core::Error::InvalidArgument).
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-neldermead.html>
/// - J. A. Nelder, R. Mead, "A simplex method for function minimization", The Computer
///   Journal 7 (1965), 308–313; F. Gao, L. Han, "Implementing the Nelder-Mead simplex
///   algorithm with adaptive parameters", Comput. Optim. Appl. 51 (2012), 259–277.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::NelderMeadOptions::default().xatol(1e-8).fatol(1e-8).adaptive(true);
/// assert!(o.adaptive && o.maxiter.is_none());
/// ```
#[derive(Debug, Clone)]
pub struct NelderMeadOptions {
    /// Largest number of iterations.
    pub maxiter: Option<usize>,
    /// Largest number of evaluations.
    pub maxfev: Option<usize>,
    /// Absolute spread of the simplex's vertices accepted for convergence (default 1e-4).
    pub xatol: f64,
    /// Absolute spread of the objective over the simplex accepted (default 1e-4).
    pub fatol: f64,
    /// Gao & Han's dimension-dependent coefficients (default false).
    pub adaptive: bool,
    /// The starting simplex, `(n + 1) × n` (default: `x0` and `x0` with each coordinate
    /// stretched by 5 %, or set to 0.00025 where it is 0).
    pub initial_simplex: Option<Array2<f64>>,
}

impl Default for NelderMeadOptions {
    fn default() -> Self {
        NelderMeadOptions {
            maxiter: None,
            maxfev: None,
            xatol: 1e-4,
            fatol: 1e-4,
            adaptive: false,
            initial_simplex: None,
        }
    }
}

impl NelderMeadOptions {
    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::NelderMeadOptions::default().maxiter(5).maxiter, Some(5));
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
    /// assert_eq!(sci_optimize::NelderMeadOptions::default().maxfev(5).maxfev, Some(5));
    /// ```
    #[must_use]
    pub fn maxfev(mut self, v: usize) -> Self {
        self.maxfev = Some(v);
        self
    }
    /// Sets `xatol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::NelderMeadOptions::default().xatol(1e-6).xatol, 1e-6);
    /// ```
    #[must_use]
    pub fn xatol(mut self, v: f64) -> Self {
        self.xatol = v;
        self
    }
    /// Sets `fatol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::NelderMeadOptions::default().fatol(1e-6).fatol, 1e-6);
    /// ```
    #[must_use]
    pub fn fatol(mut self, v: f64) -> Self {
        self.fatol = v;
        self
    }
    /// Sets `adaptive`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::NelderMeadOptions::default().adaptive(true).adaptive);
    /// ```
    #[must_use]
    pub fn adaptive(mut self, v: bool) -> Self {
        self.adaptive = v;
        self
    }
    /// Sets `initial_simplex`.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = sci_core::ndarray::array![[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]];
    /// assert!(sci_optimize::NelderMeadOptions::default().initial_simplex(s).initial_simplex.is_some());
    /// ```
    #[must_use]
    pub fn initial_simplex(mut self, s: Array2<f64>) -> Self {
        self.initial_simplex = Some(s);
        self
    }
}

/// SciPy's `maxiter`/`maxfev` defaults with `factor · n` (200 for Nelder-Mead, 1000 for
/// Powell); `usize::MAX` is SciPy's `inf`.
pub(crate) fn iteration_limits(
    maxiter: Option<usize>,
    maxfev: Option<usize>,
    n: usize,
    factor: usize,
) -> (usize, usize) {
    let d = factor * n;
    match (maxiter, maxfev) {
        (None, None) => (d, d),
        (None, Some(f)) => (if f == usize::MAX { d } else { usize::MAX }, f),
        (Some(i), None) => (i, if i == usize::MAX { d } else { usize::MAX }),
        (Some(i), Some(f)) => (i, f),
    }
}

/// Orders values as numpy's `argsort` does: NaN last.
pub(crate) fn nan_last(a: f64, b: f64) -> std::cmp::Ordering {
    match (a.is_nan(), b.is_nan()) {
        (false, false) => a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal),
        (true, false) => std::cmp::Ordering::Greater,
        (false, true) => std::cmp::Ordering::Less,
        (true, true) => std::cmp::Ordering::Equal,
    }
}

/// numpy's `max`: NaN if any value is NaN.
fn nanmax(it: impl Iterator<Item = f64>) -> f64 {
    let mut m = f64::NEG_INFINITY;
    for v in it {
        if v.is_nan() {
            return f64::NAN;
        }
        if v > m {
            m = v;
        }
    }
    m
}

/// Runs Nelder-Mead on a validated problem (the dispatch target of
/// [`Method::NelderMead`](crate::Method::NelderMead)).
pub(crate) fn minimize_neldermead(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &NelderMeadOptions,
) -> Result<OptimizeResult> {
    if !problem.constraints.is_empty() {
        return Err(Error::invalid_argument(
            "constraints",
            "given",
            "method Nelder-Mead cannot handle constraints",
        ));
    }
    let n = x0.len();
    let (xatol, fatol) = match problem.tol {
        Some(t) => (
            if opts.xatol == 1e-4 { t } else { opts.xatol },
            if opts.fatol == 1e-4 { t } else { opts.fatol },
        ),
        None => (opts.xatol, opts.fatol),
    };
    let (rho, chi, psi, sigma) = if opts.adaptive {
        let dim = n as f64;
        (
            1.0,
            1.0 + 2.0 / dim,
            0.75 - 1.0 / (2.0 * dim),
            1.0 - 1.0 / dim,
        )
    } else {
        (1.0, 2.0, 0.5, 0.5)
    };
    let bounds = problem.bounds.clone();
    let clip = |v: &mut [f64]| {
        if let Some(b) = &bounds {
            for (i, x) in v.iter_mut().enumerate() {
                *x = x.max(b.lb[i]).min(b.ub[i]);
            }
        }
    };
    let mut start = x0.to_vec();
    clip(&mut start);
    let mut sim: Vec<Vec<f64>> = match &opts.initial_simplex {
        None => {
            let mut s = vec![start.clone()];
            for k in 0..n {
                let mut y = start.clone();
                y[k] = if y[k] != 0.0 { 1.05 * y[k] } else { 0.00025 };
                s.push(y);
            }
            s
        }
        Some(s) => {
            sci_core::check_shape("initial_simplex", &[n + 1, n], s.shape())?;
            s.rows().into_iter().map(|r| r.to_vec()).collect()
        }
    };
    let (maxiter, maxfun) = iteration_limits(opts.maxiter, opts.maxfev, n, 200);
    if let Some(b) = &bounds {
        // Reflect vertices above the upper bound back inside, then clip.
        for v in &mut sim {
            for (i, x) in v.iter_mut().enumerate() {
                if *x > b.ub[i] {
                    *x = 2.0 * b.ub[i] - *x;
                }
            }
            clip(v);
        }
    }
    let fun = problem.fun;
    let fcalls = std::cell::Cell::new(0usize);
    // None once the evaluation budget is spent (SciPy's _MaxFuncCallError).
    let func = |x: &[f64]| -> Option<f64> {
        if fcalls.get() >= maxfun {
            return None;
        }
        fcalls.set(fcalls.get() + 1);
        Some(fun(x))
    };
    let mut fsim = vec![f64::INFINITY; n + 1];
    for k in 0..=n {
        match func(&sim[k]) {
            Some(v) => fsim[k] = v,
            None => break,
        }
    }
    let mut order: Vec<usize> = (0..=n).collect();
    let mut tmp_rows: Vec<Vec<f64>> = Vec::with_capacity(n + 1);
    let mut tmp_f = vec![0.0; n + 1];
    let mut sort = |sim: &mut Vec<Vec<f64>>, fsim: &mut Vec<f64>| {
        order.clear();
        order.extend(0..=n);
        order.sort_by(|&a, &b| nan_last(fsim[a], fsim[b]));
        tmp_rows.clear();
        for (k, &i) in order.iter().enumerate() {
            tmp_rows.push(std::mem::take(&mut sim[i]));
            tmp_f[k] = fsim[i];
        }
        std::mem::swap(sim, &mut tmp_rows);
        fsim.copy_from_slice(&tmp_f);
    };
    sort(&mut sim, &mut fsim);
    let (mut xbar, mut xr, mut xe, mut xc) =
        (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let mut state = IntermediateResult {
        x: Array1::zeros(n),
        fun: fsim[0],
        nit: 0,
    };
    let mut iterations = 1usize;
    let mut stopped = false;
    while fcalls.get() < maxfun && iterations < maxiter {
        let xspread = nanmax(
            sim[1..]
                .iter()
                .flat_map(|v| v.iter().zip(&sim[0]).map(|(a, b)| (a - b).abs())),
        );
        let fspread = nanmax(fsim[1..].iter().map(|f| (fsim[0] - f).abs()));
        if xspread <= xatol && fspread <= fatol {
            break;
        }
        // One step; `None` when the budget runs out midway.
        let step = (|| -> Option<()> {
            xbar.iter_mut().for_each(|v| *v = 0.0);
            for v in &sim[..n] {
                for (b, x) in xbar.iter_mut().zip(v) {
                    *b += x;
                }
            }
            xbar.iter_mut().for_each(|v| *v /= n as f64);
            let worst = &sim[n];
            for i in 0..n {
                xr[i] = (1.0 + rho) * xbar[i] - rho * worst[i];
            }
            clip(&mut xr);
            let fxr = func(&xr)?;
            let mut doshrink = false;
            if fxr < fsim[0] {
                for i in 0..n {
                    xe[i] = (1.0 + rho * chi) * xbar[i] - rho * chi * sim[n][i];
                }
                clip(&mut xe);
                let fxe = func(&xe)?;
                if fxe < fxr {
                    sim[n].copy_from_slice(&xe);
                    fsim[n] = fxe;
                } else {
                    sim[n].copy_from_slice(&xr);
                    fsim[n] = fxr;
                }
            } else if fxr < fsim[n - 1] {
                sim[n].copy_from_slice(&xr);
                fsim[n] = fxr;
            } else {
                if fxr < fsim[n] {
                    // Outside contraction.
                    for i in 0..n {
                        xc[i] = (1.0 + psi * rho) * xbar[i] - psi * rho * sim[n][i];
                    }
                    clip(&mut xc);
                    let fxc = func(&xc)?;
                    if fxc <= fxr {
                        sim[n].copy_from_slice(&xc);
                        fsim[n] = fxc;
                    } else {
                        doshrink = true;
                    }
                } else {
                    // Inside contraction.
                    for i in 0..n {
                        xc[i] = (1.0 - psi) * xbar[i] + psi * sim[n][i];
                    }
                    clip(&mut xc);
                    let fxcc = func(&xc)?;
                    if fxcc < fsim[n] {
                        sim[n].copy_from_slice(&xc);
                        fsim[n] = fxcc;
                    } else {
                        doshrink = true;
                    }
                }
                if doshrink {
                    for j in 1..=n {
                        let (head, tail) = sim.split_at_mut(j);
                        let best = &head[0];
                        for (x, b) in tail[0].iter_mut().zip(best) {
                            *x = b + sigma * (*x - b);
                        }
                        clip(&mut tail[0]);
                        fsim[j] = func(&sim[j])?;
                    }
                }
            }
            Some(())
        })();
        if step.is_some() {
            iterations += 1;
        }
        sort(&mut sim, &mut fsim);
        state.set(&sim[0], fsim[0], iterations);
        if sci_core::callback::notify(&mut problem.callback, &state).is_break() {
            stopped = true;
            break;
        }
    }
    let fval = fsim.iter().fold(f64::INFINITY, |m, &v| {
        if v.is_nan() || m.is_nan() {
            f64::NAN
        } else {
            m.min(v)
        }
    });
    let (status, message) = if stopped {
        (99, sci_core::callback::STOPPED_BY_CALLBACK)
    } else if fcalls.get() >= maxfun {
        (1, msg::MAXFEV)
    } else if iterations >= maxiter {
        (2, msg::MAXITER)
    } else {
        (0, msg::SUCCESS)
    };
    let mut simplex = Array2::zeros((n + 1, n));
    for (k, v) in sim.iter().enumerate() {
        for (i, &x) in v.iter().enumerate() {
            simplex[[k, i]] = x;
        }
    }
    Ok(OptimizeResult {
        x: Array1::from(sim[0].clone()),
        fun: fval,
        nit: iterations,
        nfev: fcalls.get(),
        status,
        success: status == 0,
        message: message.to_string(),
        final_simplex: Some((simplex, Array1::from(fsim))),
        ..Default::default()
    })
}
