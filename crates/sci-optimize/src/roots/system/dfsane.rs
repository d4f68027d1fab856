//! `root(method='df-sane')`: the derivative-free spectral residual method of La Cruz,
//! Martínez and Raydan (2006). Steps along `-σ F(x)` with the Barzilai-Borwein spectral
//! coefficient `σ = sᵀs / sᵀy`, accepted by a nonmonotone line search on `‖F‖²` that tries
//! both `+d` and `-d` (La Cruz et al.'s, or Cheng & Li's averaged variant).

use std::collections::VecDeque;

use sci_core::Result;
use sci_core::ndarray::Array1;

use super::{RootResult, RootState, SystemProblem};
use crate::roots::setters;

/// The forcing term `η_k` of the nonmonotone line search (`eta_strategy=`).
#[derive(Debug, Clone, Copy, Default)]
pub enum EtaStrategy {
    /// SciPy's default `‖F₀‖² / (1 + k)²`.
    #[default]
    Default,
    /// A custom `η(k, x, F)`; it must be positive and summable.
    Custom(fn(usize, &[f64], &[f64]) -> f64),
}

/// The nonmonotone line search of df-sane (`line_search=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DfSaneLineSearch {
    /// `'cruz'` (default): compare with the largest of the last `M` merit values.
    #[default]
    Cruz,
    /// `'cheng'`: compare with an exponentially averaged merit value.
    Cheng,
}

/// The options of `root(method='df-sane')` (SciPy's `options=` keys).
///
/// # Examples
///
/// ```
/// use sci_optimize::DfSaneOptions;
///
/// let o = DfSaneOptions::default().fatol(1e-12).m(5);
/// assert_eq!(o.maxfev, 1000);
/// ```
#[derive(Debug, Clone)]
pub struct DfSaneOptions {
    /// Relative residual tolerance: stop when `‖F‖ < ftol ‖F₀‖ + fatol` (default 1e-8).
    pub ftol: f64,
    /// Absolute residual tolerance (default 1e-300).
    pub fatol: f64,
    /// Maximum function evaluations (default 1000).
    pub maxfev: usize,
    /// The norm of the termination test (default the Euclidean norm).
    pub fnorm: Option<fn(&[f64]) -> f64>,
    /// The number of previous merit values of the nonmonotone test (`M`, default 10).
    pub m: usize,
    /// The forcing term.
    pub eta_strategy: EtaStrategy,
    /// The spectral coefficient is kept in `[sigma_eps, 1/sigma_eps]` in magnitude (1e-10).
    pub sigma_eps: f64,
    /// The initial spectral coefficient (default 1).
    pub sigma_0: f64,
    /// The line search.
    pub line_search: DfSaneLineSearch,
}

impl Default for DfSaneOptions {
    fn default() -> Self {
        Self {
            ftol: 1e-8,
            fatol: 1e-300,
            maxfev: 1000,
            fnorm: None,
            m: 10,
            eta_strategy: EtaStrategy::Default,
            sigma_eps: 1e-10,
            sigma_0: 1.0,
            line_search: DfSaneLineSearch::Cruz,
        }
    }
}

setters!(DfSaneOptions {
    ftol: f64,
    fatol: f64,
    maxfev: usize,
    fnorm: Option<fn(&[f64]) -> f64>,
    m: usize,
    eta_strategy: EtaStrategy,
    sigma_eps: f64,
    sigma_0: f64,
    line_search: DfSaneLineSearch,
});

/// Counts evaluations and refuses one beyond `maxfev` (SciPy's `_NoConvergence`).
struct Counted<'f> {
    fun: &'f dyn Fn(&[f64], &mut [f64]),
    nfev: usize,
    maxfev: usize,
}

impl Counted<'_> {
    /// `‖F(x)‖²` into `f`, or `None` when the budget is spent.
    fn eval(&mut self, x: &[f64], f: &mut [f64]) -> Option<f64> {
        if self.nfev >= self.maxfev {
            return None;
        }
        self.nfev += 1;
        (self.fun)(x, f);
        Some(f.iter().map(|v| v * v).sum::<f64>().sqrt().powi(2))
    }
}

/// `root(method='df-sane')`.
pub(crate) fn root_dfsane(
    problem: &mut SystemProblem<'_, '_>,
    x0: &[f64],
    opts: &DfSaneOptions,
) -> Result<RootResult> {
    let mut o = opts.clone();
    if let Some(tol) = problem.tol {
        o.ftol = tol;
    }
    let n = x0.len();
    let mut fc = Counted {
        fun: problem.fun,
        nfev: 0,
        maxfev: o.maxfev.max(1),
    };
    let mut x = x0.to_vec();
    let mut fx = vec![0.0; n];
    (problem.fun)(&x, &mut fx);
    fc.nfev = 1;
    let mut f_k: f64 = fx.iter().map(|v| v * v).sum::<f64>().sqrt().powi(2);
    let f_0 = f_k;
    let fnorm = |f: &[f64], f_k: f64| o.fnorm.map_or(f_k.sqrt(), |g| g(f));
    let f0_norm = fnorm(&fx, f_k);
    let mut sigma = o.sigma_0;
    let mut prev_fs: VecDeque<f64> = VecDeque::with_capacity(o.m.max(1));
    prev_fs.push_back(f_k);
    let (mut q, mut c) = (1.0, f_0);
    let mut converged = false;
    let mut message = "too many function evaluations required".to_string();
    let mut k = 0usize;
    let mut d = vec![0.0; n];
    let mut xp = vec![0.0; n];
    let mut fp_vec = vec![0.0; n];
    let mut state = RootState::default();
    let mut stopped = false;
    loop {
        if problem.callback.is_some() {
            state.x = Array1::from(x.clone());
            state.fun = Array1::from(fx.clone());
            state.nit = k;
            if sci_core::callback::notify(&mut problem.callback, &state).is_break() {
                stopped = true;
                break;
            }
        }
        if fnorm(&fx, f_k) < o.ftol * f0_norm + o.fatol {
            message = "successful convergence".into();
            converged = true;
            break;
        }
        if sigma.abs() > 1.0 / o.sigma_eps {
            sigma = sigma.signum() / o.sigma_eps;
        } else if sigma.abs() < o.sigma_eps {
            sigma = o.sigma_eps;
        }
        for i in 0..n {
            d[i] = -sigma * fx[i];
        }
        let eta = match o.eta_strategy {
            EtaStrategy::Default => f_0 / ((1 + k) as f64).powi(2),
            EtaStrategy::Custom(g) => g(k, &x, &fx),
        };
        let fbar = match o.line_search {
            DfSaneLineSearch::Cruz => prev_fs.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b)),
            DfSaneLineSearch::Cheng => c,
        };
        let Some(fp) = line_search(&mut fc, &x, &d, f_k, fbar, eta, &mut xp, &mut fp_vec) else {
            break;
        };
        // Spectral coefficient from the step actually taken.
        let (mut ss, mut sy) = (0.0, 0.0);
        for i in 0..n {
            let s = xp[i] - x[i];
            ss += s * s;
            sy += s * (fp_vec[i] - fx[i]);
        }
        sigma = ss / sy;
        x.copy_from_slice(&xp);
        fx.copy_from_slice(&fp_vec);
        f_k = fp;
        match o.line_search {
            DfSaneLineSearch::Cruz => {
                if prev_fs.len() == o.m.max(1) {
                    prev_fs.pop_front();
                }
                prev_fs.push_back(fp);
            }
            DfSaneLineSearch::Cheng => {
                let nu = 0.85;
                let q_next = nu * q + 1.0;
                c = (nu * q * (c + eta) + fp) / q_next;
                q = q_next;
            }
        }
        k += 1;
    }
    let (status, message) = if stopped {
        (99, sci_core::callback::STOPPED_BY_CALLBACK.to_string())
    } else {
        (if converged { 0 } else { 1 }, message)
    };
    Ok(RootResult {
        x: Array1::from(x),
        fun: Array1::from(fx),
        success: converged && !stopped,
        status,
        message,
        nfev: fc.nfev,
        nit: k,
        ..Default::default()
    })
}

/// The nonmonotone search over `±α d`: accept when `‖F‖² ≤ f̄ + η - γ α² ‖F_k‖²`, else
/// shrink `α⁺`, `α⁻` by safeguarded quadratic interpolation. `None` when `maxfev` is spent.
#[allow(clippy::too_many_arguments)]
fn line_search(
    fc: &mut Counted<'_>,
    x: &[f64],
    d: &[f64],
    f_k: f64,
    fbar: f64,
    eta: f64,
    xp: &mut [f64],
    fp_vec: &mut [f64],
) -> Option<f64> {
    let (gamma, tau_min, tau_max) = (1e-4, 0.1, 0.5);
    let (mut ap, mut am) = (1.0_f64, 1.0_f64);
    loop {
        for i in 0..x.len() {
            xp[i] = x[i] + ap * d[i];
        }
        let fp = fc.eval(xp, fp_vec)?;
        if fp <= fbar + eta - gamma * ap * ap * f_k {
            return Some(fp);
        }
        let atp = ap * ap * f_k / (fp + (2.0 * ap - 1.0) * f_k);
        for i in 0..x.len() {
            xp[i] = x[i] - am * d[i];
        }
        let fp = fc.eval(xp, fp_vec)?;
        if fp <= fbar + eta - gamma * am * am * f_k {
            return Some(fp);
        }
        let atm = am * am * f_k / (fp + (2.0 * am - 1.0) * f_k);
        ap = clip(atp, tau_min * ap, tau_max * ap);
        am = clip(atm, tau_min * am, tau_max * am);
    }
}

/// NumPy's `clip` (NaN propagates).
fn clip(v: f64, lo: f64, hi: f64) -> f64 {
    if v.is_nan() { v } else { v.max(lo).min(hi) }
}
