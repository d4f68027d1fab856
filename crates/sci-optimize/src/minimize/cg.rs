//! Method `CG`: nonlinear conjugate gradients of Polak and Ribière with the non-negative
//! `β⁺` of Powell, a strong-Wolfe line search and Gilbert & Nocedal's sufficient-descent
//! test, as SciPy's `minimize(method='CG')`.
//!
//! Each iteration costs one line search plus O(n) work; memory O(n).

use sci_core::Result;
use sci_core::ndarray::Array1;

use super::bfgs::{gradient_fd_step, l2, msg, refuse_bounds_and_constraints, vecnorm};
use crate::line_search::{WolfeParams, check_c1_c2, line_search_wolfe12};
use crate::minimize::Problem;
use crate::objective::ScalarFunction;
use crate::{IntermediateResult, OptimizeResult};

/// Options of method `CG` (SciPy's `options=` keys). `Default` is SciPy's.
///
/// CG takes no bounds or constraints: [`minimize_with`](crate::minimize_with) returns
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) when given them (SciPy only
/// warns). The finite-difference gradient (no `jac`) uses the absolute step `eps`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-cg.html>
/// - E. Polak, G. Ribière, Rev. Française Informat. Recherche Opérationnelle 3 (1969), 35–43;
///   J. C. Gilbert, J. Nocedal, "Global convergence properties of conjugate gradient methods
///   for optimization", SIAM J. Optim. 2 (1992), 21–42; Nocedal & Wright (2006), section 5.2.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::CgOptions::default().gtol(1e-6).c2(0.2);
/// assert_eq!((o.gtol, o.c1, o.c2), (1e-6, 1e-4, 0.2));
/// ```
#[derive(Debug, Clone)]
pub struct CgOptions {
    /// Stop when the gradient's `norm` is at most `gtol` (default 1e-5). `minimize`'s `tol`
    /// replaces it when this is left at its default.
    pub gtol: f64,
    /// The order of the gradient norm (default `inf`).
    pub norm: f64,
    /// The absolute 2-point finite-difference step (default `√ε`).
    pub eps: f64,
    /// Largest number of iterations (default `200 n`).
    pub maxiter: Option<usize>,
    /// Armijo constant of the line search (default 1e-4).
    pub c1: f64,
    /// Curvature constant of the line search (default 0.4).
    pub c2: f64,
    /// A relative finite-difference step replacing `eps`.
    pub finite_diff_rel_step: Option<Vec<f64>>,
}

impl Default for CgOptions {
    fn default() -> Self {
        CgOptions {
            gtol: 1e-5,
            norm: f64::INFINITY,
            eps: f64::EPSILON.sqrt(),
            maxiter: None,
            c1: 1e-4,
            c2: 0.4,
            finite_diff_rel_step: None,
        }
    }
}

impl CgOptions {
    /// Sets `gtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::CgOptions::default().gtol(1e-7).gtol, 1e-7);
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
    /// assert_eq!(sci_optimize::CgOptions::default().norm(2.0).norm, 2.0);
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
    /// assert_eq!(sci_optimize::CgOptions::default().eps(1e-6).eps, 1e-6);
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
    /// assert_eq!(sci_optimize::CgOptions::default().maxiter(9).maxiter, Some(9));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, maxiter: usize) -> Self {
        self.maxiter = Some(maxiter);
        self
    }
    /// Sets `c1`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::CgOptions::default().c1(1e-3).c1, 1e-3);
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
    /// assert_eq!(sci_optimize::CgOptions::default().c2(0.1).c2, 0.1);
    /// ```
    #[must_use]
    pub fn c2(mut self, c2: f64) -> Self {
        self.c2 = c2;
        self
    }
    /// Sets `finite_diff_rel_step`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::CgOptions::default().finite_diff_rel_step(vec![1e-7]);
    /// assert!(o.finite_diff_rel_step.is_some());
    /// ```
    #[must_use]
    pub fn finite_diff_rel_step(mut self, step: Vec<f64>) -> Self {
        self.finite_diff_rel_step = Some(step);
        self
    }
}

/// The next Polak–Ribière–Powell iterate from a step `alpha` whose gradient is `g_new`.
struct PrpStep {
    alpha: f64,
    x: Vec<f64>,
    p: Vec<f64>,
    g: Vec<f64>,
    gnorm: f64,
}

impl PrpStep {
    /// Fills in the step at `x_new` (= `xk + α pk`): `β = max(0, (g₊ - g)ᵀg₊ / gᵀg)`,
    /// `p₊ = -g₊ + β p`.
    #[allow(clippy::too_many_arguments)]
    fn compute(
        &mut self,
        alpha: f64,
        x_new: &[f64],
        g_new: &[f64],
        gfk: &[f64],
        pk: &[f64],
        deltak: f64,
        norm: f64,
    ) {
        self.alpha = alpha;
        self.x.copy_from_slice(x_new);
        self.g.copy_from_slice(g_new);
        let num: f64 = g_new.iter().zip(gfk).map(|(a, b)| (a - b) * a).sum();
        let beta = (num / deltak).max(0.0);
        for ((p, &g), &pold) in self.p.iter_mut().zip(g_new).zip(pk) {
            *p = -g + beta * pold;
        }
        self.gnorm = vecnorm(g_new, norm);
    }
}

/// Runs CG on a validated problem (the dispatch target of [`Method::Cg`](crate::Method::Cg)).
pub(crate) fn minimize_cg(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &CgOptions,
) -> Result<OptimizeResult> {
    refuse_bounds_and_constraints(problem, "CG")?;
    check_c1_c2(opts.c1, opts.c2)?;
    let n = x0.len();
    let gtol = match problem.tol {
        Some(t) if opts.gtol == CgOptions::default().gtol => t,
        _ => opts.gtol,
    };
    let maxiter = opts.maxiter.unwrap_or(200 * n);
    let step = gradient_fd_step(&problem.jac, opts.eps, opts.finite_diff_rel_step.as_ref());
    let mut sf = ScalarFunction::new(problem.fun, &problem.jac).with_fd_step(step);
    let params = WolfeParams::new(opts.c1, opts.c2);
    // Gilbert & Nocedal's sufficient-descent constant.
    let sigma_3 = 0.01;

    let mut xk = x0.to_vec();
    let mut gfk = vec![0.0; n];
    let mut old_fval = sf.fun_and_grad(&xk, &mut gfk);
    let mut old_old_fval = old_fval + l2(&gfk) / 2.0;
    let mut pk: Vec<f64> = gfk.iter().map(|g| -g).collect();
    let mut gnorm = vecnorm(&gfk, opts.norm);
    let (mut x_new, mut g_new) = (vec![0.0; n], vec![0.0; n]);
    let mut cached = PrpStep {
        alpha: f64::NAN,
        x: vec![0.0; n],
        p: vec![0.0; n],
        g: vec![0.0; n],
        gnorm: 0.0,
    };
    let mut state = IntermediateResult {
        x: Array1::zeros(n),
        fun: old_fval,
        nit: 0,
    };
    let mut k = 0usize;
    let mut warnflag = 0;
    let mut stopped = false;
    while gnorm > gtol && k < maxiter {
        let deltak: f64 = gfk.iter().map(|g| g * g).sum();
        cached.alpha = f64::NAN;
        let found = {
            let (gfk_r, pk_r) = (&gfk, &pk);
            let cached_r = &mut cached;
            // Accept a step only if the next direction is a sufficient descent direction
            // (strong Wolfe alone does not guarantee it for PR+), or if it converges.
            let mut descent = |alpha: f64, x: &[f64], _f: f64, g: &[f64]| {
                cached_r.compute(alpha, x, g, gfk_r, pk_r, deltak, opts.norm);
                if cached_r.gnorm <= gtol {
                    return true;
                }
                let pg: f64 = cached_r.p.iter().zip(&cached_r.g).map(|(p, g)| p * g).sum();
                let gg: f64 = cached_r.g.iter().map(|g| g * g).sum();
                pg <= -sigma_3 * gg
            };
            line_search_wolfe12(
                &mut sf,
                &xk,
                &pk,
                &gfk,
                old_fval,
                Some(old_old_fval),
                &params,
                Some(&mut descent),
                &mut x_new,
                &mut g_new,
            )
        };
        let Some(step) = found else {
            warnflag = 2;
            break;
        };
        old_fval = step.new_fval;
        old_old_fval = step.old_fval;
        if cached.alpha != step.alpha {
            cached.compute(step.alpha, &x_new, &g_new, &gfk, &pk, deltak, opts.norm);
        }
        xk.copy_from_slice(&cached.x);
        pk.copy_from_slice(&cached.p);
        gfk.copy_from_slice(&cached.g);
        gnorm = cached.gnorm;
        k += 1;
        state.set(&xk, old_fval, k);
        if sci_core::callback::notify(&mut problem.callback, &state).is_break() {
            stopped = true;
            break;
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
        nit: k,
        nfev: sf.nfev,
        njev: sf.njev,
        status,
        success,
        message: message.to_string(),
        ..Default::default()
    })
}
