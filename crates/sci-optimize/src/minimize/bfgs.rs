//! Method `BFGS`: the quasi-Newton method of Broyden, Fletcher, Goldfarb and Shanno with a
//! dense inverse-Hessian approximation and a strong-Wolfe line search, as SciPy's
//! `minimize(method='BFGS')`.
//!
//! Each iteration costs one line search plus O(n²) work: the direction `-H g` and the rank-2
//! update of `H` are both matrix-vector work (SciPy forms two dense matrix products, O(n³)).

use sci_core::ndarray::{Array1, Array2};
use sci_core::{Error, Result};

use crate::finite_diff::{FdStep, FiniteDiff};
use crate::line_search::{WolfeParams, check_c1_c2, line_search_wolfe12};
use crate::minimize::Problem;
use crate::objective::ScalarFunction;
use crate::vector::norm_inf;
use crate::{Gradient, HessInv, IntermediateResult, OptimizeResult};

/// SciPy's `_status_message` texts shared by the unconstrained minimizers.
pub(crate) mod msg {
    /// Converged.
    pub(crate) const SUCCESS: &str = "Optimization terminated successfully.";
    /// `maxfev` reached.
    pub(crate) const MAXFEV: &str = "Maximum number of function evaluations has been exceeded.";
    /// `maxiter` reached.
    pub(crate) const MAXITER: &str = "Maximum number of iterations has been exceeded.";
    /// The line search failed.
    pub(crate) const PR_LOSS: &str =
        "Desired error not necessarily achieved due to precision loss.";
    /// A NaN appeared.
    pub(crate) const NAN: &str = "NaN result encountered.";
    /// Powell left the bounds.
    pub(crate) const OUT_OF_BOUNDS: &str = "The result is outside of the provided bounds.";
}

/// Options of method `BFGS` (SciPy's `options=` keys). `Default` is SciPy's.
///
/// BFGS takes no bounds or constraints: [`minimize_with`](crate::minimize_with) returns
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) when given them (SciPy only
/// warns and ignores them). The result carries `jac` and the dense `hess_inv`. Each
/// iteration costs one line search plus O(n²) work.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-bfgs.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, chapter 6
///   (BFGS) and section 3.5 (line search); J. J. Moré, D. J. Thuente, "Line search
///   algorithms with guaranteed sufficient decrease", ACM TOMS 20 (1994), 286–307.
///
/// # Examples
///
/// ```
/// use sci_optimize::BfgsOptions;
/// let o = BfgsOptions::default().gtol(1e-8).maxiter(50);
/// assert_eq!((o.gtol, o.maxiter, o.norm), (1e-8, Some(50), f64::INFINITY));
/// ```
#[derive(Debug, Clone)]
pub struct BfgsOptions {
    /// Stop when the gradient's `norm` is at most `gtol` (default 1e-5). `minimize`'s `tol`
    /// replaces it when this is left at its default.
    pub gtol: f64,
    /// The order of the gradient norm (default `inf`: the largest magnitude).
    pub norm: f64,
    /// The absolute finite-difference step when the gradient is approximated by 2-point
    /// differences (default `√ε`).
    pub eps: f64,
    /// Largest number of iterations (default `200 n`).
    pub maxiter: Option<usize>,
    /// Stop when the step is at most `xrtol (xrtol + ‖x‖)` (default 0).
    pub xrtol: f64,
    /// Armijo constant of the line search (default 1e-4).
    pub c1: f64,
    /// Curvature constant of the line search (default 0.9).
    pub c2: f64,
    /// The initial inverse-Hessian approximation (default the identity).
    pub hess_inv0: Option<Array2<f64>>,
    /// A relative finite-difference step; when given it replaces `eps` (as SciPy does when
    /// `jac='2-point'` is passed explicitly).
    pub finite_diff_rel_step: Option<Vec<f64>>,
}

impl Default for BfgsOptions {
    fn default() -> Self {
        BfgsOptions {
            gtol: 1e-5,
            norm: f64::INFINITY,
            eps: f64::EPSILON.sqrt(),
            maxiter: None,
            xrtol: 0.0,
            c1: 1e-4,
            c2: 0.9,
            hess_inv0: None,
            finite_diff_rel_step: None,
        }
    }
}

impl BfgsOptions {
    /// Sets `gtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BfgsOptions::default().gtol(1e-7).gtol, 1e-7);
    /// ```
    #[must_use]
    pub fn gtol(mut self, gtol: f64) -> Self {
        self.gtol = gtol;
        self
    }
    /// Sets `norm`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BfgsOptions::default().norm(2.0).norm, 2.0);
    /// ```
    #[must_use]
    pub fn norm(mut self, norm: f64) -> Self {
        self.norm = norm;
        self
    }
    /// Sets `eps`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BfgsOptions::default().eps(1e-6).eps, 1e-6);
    /// ```
    #[must_use]
    pub fn eps(mut self, eps: f64) -> Self {
        self.eps = eps;
        self
    }
    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BfgsOptions::default().maxiter(3).maxiter, Some(3));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, maxiter: usize) -> Self {
        self.maxiter = Some(maxiter);
        self
    }
    /// Sets `xrtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BfgsOptions::default().xrtol(1e-9).xrtol, 1e-9);
    /// ```
    #[must_use]
    pub fn xrtol(mut self, xrtol: f64) -> Self {
        self.xrtol = xrtol;
        self
    }
    /// Sets `c1`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BfgsOptions::default().c1(1e-3).c1, 1e-3);
    /// ```
    #[must_use]
    pub fn c1(mut self, c1: f64) -> Self {
        self.c1 = c1;
        self
    }
    /// Sets `c2`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BfgsOptions::default().c2(0.5).c2, 0.5);
    /// ```
    #[must_use]
    pub fn c2(mut self, c2: f64) -> Self {
        self.c2 = c2;
        self
    }
    /// Sets `hess_inv0`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::BfgsOptions::default().hess_inv0(sci_core::ndarray::Array2::eye(2));
    /// assert!(o.hess_inv0.is_some());
    /// ```
    #[must_use]
    pub fn hess_inv0(mut self, h: Array2<f64>) -> Self {
        self.hess_inv0 = Some(h);
        self
    }
    /// Sets `finite_diff_rel_step`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::BfgsOptions::default().finite_diff_rel_step(vec![1e-7]);
    /// assert!(o.finite_diff_rel_step.is_some());
    /// ```
    #[must_use]
    pub fn finite_diff_rel_step(mut self, step: Vec<f64>) -> Self {
        self.finite_diff_rel_step = Some(step);
        self
    }
}

/// SciPy's `vecnorm`: `max |x|` for `ord = inf`, `min |x|` for `-inf`, else
/// `(Σ |x|^ord)^(1/ord)`.
pub(crate) fn vecnorm(x: &[f64], ord: f64) -> f64 {
    if ord == f64::INFINITY {
        norm_inf(x)
    } else if ord == f64::NEG_INFINITY {
        x.iter().map(|v| v.abs()).fold(f64::INFINITY, f64::min)
    } else {
        x.iter()
            .map(|v| v.abs().powf(ord))
            .sum::<f64>()
            .powf(1.0 / ord)
    }
}

/// The finite-difference step SciPy's BFGS and CG use: the absolute `eps` for 2-point
/// differences (SciPy's default `jac=None`), unless a relative step is given; 3-point
/// differences use the relative rule.
pub(crate) fn gradient_fd_step(grad: &Gradient<'_>, eps: f64, rel: Option<&Vec<f64>>) -> FdStep {
    match (grad, rel) {
        (_, Some(r)) => FdStep::Relative(r.clone()),
        (Gradient::FiniteDiff(FiniteDiff::TwoPoint), None) => FdStep::Absolute(vec![eps]),
        _ => FdStep::Default,
    }
}

/// Refuses bounds and constraints for a method that does not accept them.
pub(crate) fn refuse_bounds_and_constraints(problem: &Problem<'_, '_>, method: &str) -> Result<()> {
    if problem.bounds.is_some() {
        return Err(Error::invalid_argument(
            "bounds",
            "given",
            format!("method {method} cannot handle bounds"),
        ));
    }
    if !problem.constraints.is_empty() {
        return Err(Error::invalid_argument(
            "constraints",
            "given",
            format!("method {method} cannot handle constraints"),
        ));
    }
    Ok(())
}

/// Runs BFGS on a validated problem (the dispatch target of [`Method::Bfgs`](crate::Method::Bfgs)).
pub(crate) fn minimize_bfgs(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &BfgsOptions,
) -> Result<OptimizeResult> {
    refuse_bounds_and_constraints(problem, "BFGS")?;
    check_c1_c2(opts.c1, opts.c2)?;
    let n = x0.len();
    let gtol = match problem.tol {
        Some(t) if opts.gtol == BfgsOptions::default().gtol => t,
        _ => opts.gtol,
    };
    let maxiter = opts.maxiter.unwrap_or(200 * n);
    let mut hk = match &opts.hess_inv0 {
        Some(h) => {
            sci_core::check_shape("hess_inv0", &[n, n], h.shape())?;
            h.clone()
        }
        None => Array2::eye(n),
    };
    let step = gradient_fd_step(&problem.jac, opts.eps, opts.finite_diff_rel_step.as_ref());
    let mut sf = ScalarFunction::new(problem.fun, &problem.jac).with_fd_step(step);
    let params = WolfeParams::new(opts.c1, opts.c2);

    let mut xk = x0.to_vec();
    let mut gfk = vec![0.0; n];
    let mut old_fval = sf.fun_and_grad(&xk, &mut gfk);
    let mut old_old_fval = old_fval + l2(&gfk) / 2.0;
    let mut gnorm = vecnorm(&gfk, opts.norm);
    let (mut pk, mut x_new, mut g_new) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let (mut sk, mut yk, mut hy, mut yh) = (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let mut state = IntermediateResult {
        x: Array1::zeros(n),
        fun: old_fval,
        nit: 0,
    };
    let mut k = 0usize;
    let mut warnflag = 0;
    let mut stopped = false;
    while gnorm > gtol && k < maxiter {
        // pk = -H g
        for (i, p) in pk.iter_mut().enumerate() {
            *p = -hk.row(i).iter().zip(&gfk).map(|(h, g)| h * g).sum::<f64>();
        }
        let Some(step) = line_search_wolfe12(
            &mut sf,
            &xk,
            &pk,
            &gfk,
            old_fval,
            Some(old_old_fval),
            &params,
            None,
            &mut x_new,
            &mut g_new,
        ) else {
            warnflag = 2;
            break;
        };
        let alpha = step.alpha;
        old_fval = step.new_fval;
        old_old_fval = step.old_fval;
        for i in 0..n {
            sk[i] = alpha * pk[i];
            yk[i] = g_new[i] - gfk[i];
        }
        xk.copy_from_slice(&x_new);
        gfk.copy_from_slice(&g_new);
        k += 1;
        state.set(&xk, old_fval, k);
        if sci_core::callback::notify(&mut problem.callback, &state).is_break() {
            stopped = true;
            break;
        }
        gnorm = vecnorm(&gfk, opts.norm);
        if gnorm <= gtol {
            break;
        }
        // Frandsen, Jonasson, Nielsen & Tingleff (1999), ch. 5: stop on a tiny relative step.
        if alpha * l2(&pk) <= opts.xrtol * (opts.xrtol + l2(&xk)) {
            break;
        }
        if !old_fval.is_finite() {
            // ±inf reached (or NaN): nothing more to gain.
            warnflag = 2;
            break;
        }
        let rhok_inv: f64 = yk.iter().zip(&sk).map(|(y, s)| y * s).sum();
        // SciPy's guard against a zero curvature: take rho large.
        let rhok = if rhok_inv == 0.0 {
            1000.0
        } else {
            1.0 / rhok_inv
        };
        // H ← (I - ρ s yᵀ) H (I - ρ y sᵀ) + ρ s sᵀ, expanded so it costs O(n²):
        // H - ρ s (Hᵀy)ᵀ - ρ (H y) sᵀ + (ρ² yᵀHy + ρ) s sᵀ.
        for i in 0..n {
            let row = hk.row(i);
            hy[i] = row.iter().zip(&yk).map(|(h, y)| h * y).sum();
        }
        yh.iter_mut().for_each(|v| *v = 0.0);
        for (i, &y) in yk.iter().enumerate() {
            for (v, &h) in yh.iter_mut().zip(hk.row(i)) {
                *v += y * h;
            }
        }
        let yhy: f64 = yk.iter().zip(&hy).map(|(y, h)| y * h).sum();
        let c = rhok * rhok * yhy + rhok;
        for i in 0..n {
            let (si, hyi) = (sk[i], hy[i]);
            let mut row = hk.row_mut(i);
            for j in 0..n {
                row[j] += -rhok * (si * yh[j] + hyi * sk[j]) + c * si * sk[j];
            }
        }
    }
    let fval = old_fval;
    let (status, success, message) = if stopped {
        (99, false, sci_core::callback::STOPPED_BY_CALLBACK)
    } else if warnflag == 2 {
        (2, false, msg::PR_LOSS)
    } else if k >= maxiter {
        (1, false, msg::MAXITER)
    } else if gnorm.is_nan() || fval.is_nan() || xk.iter().any(|v| v.is_nan()) {
        (3, false, msg::NAN)
    } else {
        (0, true, msg::SUCCESS)
    };
    Ok(OptimizeResult {
        x: Array1::from(xk),
        fun: fval,
        jac: Some(Array1::from(gfk)),
        hess_inv: Some(HessInv::Dense(hk)),
        nit: k,
        nfev: sf.nfev,
        njev: sf.njev,
        status,
        success,
        message: message.to_string(),
        ..Default::default()
    })
}

/// The Euclidean norm.
pub(crate) fn l2(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>().sqrt()
}
