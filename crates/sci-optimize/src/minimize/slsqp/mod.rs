//! SLSQP: Kraft's sequential least-squares quadratic programming (Kraft 1988):
//! SciPy's `minimize(method='SLSQP')` and the legacy `fmin_slsqp`.
//!
//! Each iteration solves a quadratic model of the Lagrangian, with a BFGS approximation of
//! its Hessian (Powell's damped update keeps it positive definite), subject to the
//! linearized constraints and the bounds ([`lsq`]: LSEI → LSI → LDP → NNLS). An inconsistent
//! linearization is relaxed by one extra variable, as Kraft does; the step length comes from
//! a backtracking search on the L1 merit function `f + Σ μⱼ |violationⱼ|`. Per iteration
//! `O(n³ + (m + n)² n)` time for `n` variables and `m` constraints, `O((m + n) n)` memory.

mod cons;
mod lsq;

use std::ops::ControlFlow;

use faer::Mat;
use sci_core::ndarray::{Array1, Array2, Ix1};
use sci_core::{AsArray, Error, Result};

use crate::bounds::clip_into;
use crate::finite_diff::FdStep;
use crate::minimize::Problem;
use crate::objective::ScalarFunction;
use crate::{Bounds, Gradient, GradientFn, IntermediateResult, MinimizeCallback, OptimizeResult};

use cons::{ConSet, Piece, RowKind};
use lsq::{Lsq, LsqError};

/// SciPy's messages of SLSQP's exit modes 0..=9.
const EXIT_MODES: [&str; 10] = [
    "Optimization terminated successfully",
    "Function evaluation required (f & c)",
    "More equality constraints than independent variables",
    "More than 3*n iterations in LSQ subproblem",
    "Inequality constraints incompatible",
    "Singular matrix E in LSQ subproblem",
    "Singular matrix C in LSQ subproblem",
    "Rank-deficient equality constraint subproblem HFTI",
    "Positive directional derivative for linesearch",
    "Iteration limit reached",
];

/// Options of SLSQP (SciPy's `options=` of `minimize(method='SLSQP')`).
///
/// # Examples
///
/// ```
/// let o = sci_optimize::SlsqpOptions::default().ftol(1e-10).maxiter(50);
/// assert_eq!((o.ftol, o.maxiter), (1e-10, 50));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SlsqpOptions {
    /// Precision goal for the objective in the stopping tests (default `1e-6`).
    pub ftol: f64,
    /// Absolute finite-difference step of the gradient and constraint Jacobians
    /// (default `√ε ≈ 1.49e-8`).
    pub eps: f64,
    /// Iteration limit (default 100).
    pub maxiter: usize,
    /// Relative finite-difference step. When set, finite differences use it instead of the
    /// absolute `eps`, as SciPy does when `jac` is given as `'2-point'`/`'3-point'`
    /// (with `jac=None` SciPy uses `eps`, this default).
    pub finite_diff_rel_step: Option<Vec<f64>>,
}

impl Default for SlsqpOptions {
    fn default() -> Self {
        SlsqpOptions {
            ftol: 1e-6,
            eps: f64::EPSILON.sqrt(),
            maxiter: 100,
            finite_diff_rel_step: None,
        }
    }
}

impl SlsqpOptions {
    /// Sets `ftol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::SlsqpOptions::default().ftol(1e-9).ftol, 1e-9);
    /// ```
    #[must_use]
    pub fn ftol(mut self, v: f64) -> Self {
        self.ftol = v;
        self
    }

    /// Sets `eps`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::SlsqpOptions::default().eps(1e-7).eps, 1e-7);
    /// ```
    #[must_use]
    pub fn eps(mut self, v: f64) -> Self {
        self.eps = v;
        self
    }

    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::SlsqpOptions::default().maxiter(7).maxiter, 7);
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = v;
        self
    }

    /// Sets `finite_diff_rel_step`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::SlsqpOptions::default().finite_diff_rel_step(vec![1e-7]);
    /// assert!(o.finite_diff_rel_step.is_some());
    /// ```
    #[must_use]
    pub fn finite_diff_rel_step(mut self, v: Vec<f64>) -> Self {
        self.finite_diff_rel_step = Some(v);
        self
    }
}

/// `minimize(method='SLSQP')` on a validated problem.
pub(crate) fn minimize_slsqp(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &SlsqpOptions,
) -> Result<OptimizeResult> {
    let n = x0.len();
    let (lb, ub) = match &problem.bounds {
        Some(b) => (b.lb.to_vec(), b.ub.to_vec()),
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    let acc = problem.tol.unwrap_or(opts.ftol);
    let bounds = problem.bounds.clone();
    let pieces = cons::pieces_of(&problem.constraints);
    let step = match &opts.finite_diff_rel_step {
        Some(r) => FdStep::Relative(r.clone()),
        None => FdStep::Absolute(vec![opts.eps]),
    };
    let mut cset = ConSet::new(pieces, step, bounds.clone());
    let mut sf = ScalarFunction::new(problem.fun, &problem.jac)
        .with_fd_step(match &opts.finite_diff_rel_step {
            Some(r) => FdStep::Relative(r.clone()),
            None => FdStep::Absolute(vec![opts.eps]),
        })
        .with_bounds(bounds.as_ref());
    run(
        &mut sf,
        x0,
        &lb,
        &ub,
        &mut cset,
        acc,
        opts.maxiter,
        &mut problem.callback,
    )
}

/// Total violation of the rows: `Σ |cⱼ|` over equalities, `Σ max(0, −cⱼ)` over inequalities.
fn violation(c: &[f64], meq: usize, w: Option<&[f64]>) -> f64 {
    c.iter()
        .enumerate()
        .map(|(j, &v)| {
            let viol = if j < meq { v.abs() } else { (-v).max(0.0) };
            w.map_or(viol, |w| w[j] * viol)
        })
        .sum()
}

/// The upper Cholesky factor of `b`, or `None` when it is not positive definite.
fn cholesky_upper(b: &Array2<f64>) -> Option<Array2<f64>> {
    let n = b.nrows();
    let m = Mat::from_fn(n, n, |i, j| b[[i, j]]);
    let llt = m.llt(faer::Side::Lower).ok()?;
    let l = llt.L();
    let r = Array2::from_shape_fn((n, n), |(i, j)| if i <= j { l[(j, i)] } else { 0.0 });
    r.iter().all(|v| v.is_finite()).then_some(r)
}

/// The SLSQP iteration shared by `minimize` and `fmin_slsqp`.
#[allow(clippy::too_many_arguments)]
fn run(
    sf: &mut ScalarFunction<'_, '_>,
    x0: &[f64],
    lb: &[f64],
    ub: &[f64],
    cset: &mut ConSet<'_>,
    acc: f64,
    maxiter: usize,
    callback: &mut Option<MinimizeCallback<'_>>,
) -> Result<OptimizeResult> {
    let n = x0.len();
    let (m, meq) = (cset.m, cset.meq);
    let clip = |v: &mut [f64]| clip_into(v, lb, ub);
    let mut x = x0.to_vec();
    clip(&mut x);
    let mut g = vec![0.0; n];
    let mut f = sf.fun(&x);
    sf.grad(&x, &mut g);
    let mut c = vec![0.0; m];
    let mut a = Array2::zeros((m, n));
    cset.values(&x, &mut c);
    cset.jacobian(&x, &mut a);
    let finish =
        |x: &[f64], f: f64, g: &[f64], nit: usize, mode: i32, sf: &ScalarFunction<'_, '_>| {
            OptimizeResult {
                x: Array1::from(x.to_vec()),
                fun: f,
                jac: Some(Array1::from(g.to_vec())),
                nit,
                nfev: sf.nfev,
                njev: sf.njev,
                status: mode,
                success: mode == 0,
                message: EXIT_MODES.get(mode as usize).copied().unwrap_or("").into(),
                ..Default::default()
            }
        };
    if meq > n {
        return Ok(finish(&x, f, &g, 1, 2, sf));
    }
    let tol = 10.0 * acc;
    let mut b = Array2::<f64>::eye(n);
    let mut mu = vec![0.0; m];
    let mut s = vec![0.0; n];
    let mut xold = vec![0.0; n];
    let mut f0 = 0.0;
    let mut resets = 0usize;
    let mut iter = 0usize;
    let mut need_reset = true;
    let (mut lo, mut hi) = (vec![0.0; n], vec![0.0; n]);
    let mut state = IntermediateResult {
        x: Array1::from(x.clone()),
        fun: f,
        nit: 0,
    };
    loop {
        if need_reset {
            resets += 1;
            if resets > 5 {
                // Relaxed convergence test after repeated failures of the search direction.
                let h3 = violation(&c, meq, None);
                let snorm = s.iter().map(|v| v * v).sum::<f64>().sqrt();
                let mode = if ((f - f0).abs() < tol || snorm < tol) && h3 < tol {
                    0
                } else {
                    8
                };
                return Ok(finish(&x, f, &g, iter, mode, sf));
            }
            b = Array2::eye(n);
            need_reset = false;
        }
        // SciPy reports `nit = maxiter` when the limit stops the run.
        if iter >= maxiter {
            return Ok(finish(&x, f, &g, iter, 9, sf));
        }
        iter += 1;
        if !(g.iter().chain(&c).chain(a.iter()).all(|v| v.is_finite())) {
            // A NaN or infinite gradient or constraint: SciPy's subproblem solver then
            // reports mode 7.
            return Ok(finish(&x, f, &g, iter, 7, sf));
        }
        let Some(r) = cholesky_upper(&b) else {
            need_reset = true;
            continue;
        };
        for i in 0..n {
            lo[i] = lb[i] - x[i];
            hi[i] = ub[i] - x[i];
        }
        let sol = lsq::solve(&Lsq {
            r: &r,
            g: &g,
            a: &a,
            c: &c,
            meq,
            lo: &lo,
            hi: &hi,
        });
        let mut h4 = 1.0;
        let sol = match sol {
            Ok(sol) => sol,
            Err(e) if e == LsqError::Incompatible || (e == LsqError::SingularC && n == meq) => {
                // Relax the linearization with one extra variable δ ∈ [0, 1] (penalised by
                // ½·100·δ²) that scales the violated constraints' values.
                let n1 = n + 1;
                let mut r1 = Array2::zeros((n1, n1));
                r1.slice_mut(sci_core::ndarray::s![..n, ..n]).assign(&r);
                r1[[n, n]] = 10.0;
                let mut g1 = g.clone();
                g1.push(0.0);
                let mut a1 = Array2::zeros((m, n1));
                a1.slice_mut(sci_core::ndarray::s![.., ..n]).assign(&a);
                for j in 0..m {
                    a1[[j, n]] = if j < meq { -c[j] } else { (-c[j]).max(0.0) };
                }
                let mut lo1 = lo.clone();
                lo1.push(0.0);
                let mut hi1 = hi.clone();
                hi1.push(1.0);
                match lsq::solve(&Lsq {
                    r: &r1,
                    g: &g1,
                    a: &a1,
                    c: &c,
                    meq,
                    lo: &lo1,
                    hi: &hi1,
                }) {
                    Ok(mut sol) => {
                        h4 = 1.0 - sol.s[n];
                        sol.s.truncate(n);
                        sol
                    }
                    Err(e) => return Ok(finish(&x, f, &g, iter, e.mode(), sf)),
                }
            }
            Err(e) => return Ok(finish(&x, f, &g, iter, e.mode(), sf)),
        };
        s.copy_from_slice(&sol.s);
        let rm = &sol.mult;
        // Lagrangian gradient at the current point with the new multipliers.
        let v: Vec<f64> = (0..n)
            .map(|i| g[i] - (0..m).map(|j| a[[j, i]] * rm[j]).sum::<f64>())
            .collect();
        // Penalty weights and the convergence test on the model.
        let gs: f64 = g.iter().zip(&s).map(|(p, q)| p * q).sum();
        let mut h1 = gs.abs();
        let h2 = violation(&c, meq, None);
        for j in 0..m {
            let rj = rm[j].abs();
            mu[j] = rj.max(0.5 * (mu[j] + rj));
            h1 += rj * c[j].abs();
        }
        if h1 < acc && h2 < acc {
            return Ok(finish(&x, f, &g, iter, 0, sf));
        }
        let pen = violation(&c, meq, Some(&mu));
        let t0 = f + pen;
        let mut h3 = gs - pen * h4;
        if h3 >= 0.0 {
            need_reset = true;
            continue;
        }
        // Backtracking on the L1 merit function.
        xold.copy_from_slice(&x);
        f0 = f;
        let mut alpha = 1.0f64;
        let mut line = 0;
        loop {
            line += 1;
            h3 *= alpha;
            for i in 0..n {
                s[i] *= alpha;
                x[i] = xold[i] + s[i];
            }
            clip(&mut x);
            f = sf.fun(&x);
            cset.values(&x, &mut c);
            let h1 = f + violation(&c, meq, Some(&mu)) - t0;
            if h1 <= h3 / 10.0 || line > 10 {
                break;
            }
            alpha = (h3 / (2.0 * (h3 - h1))).max(0.1);
            if !alpha.is_finite() {
                alpha = 0.1;
            }
        }
        let h3 = violation(&c, meq, None);
        let snorm = s.iter().map(|v| v * v).sum::<f64>().sqrt();
        state.set(&x, f, iter);
        if let ControlFlow::Break(()) = sci_core::callback::notify(callback, &state) {
            let mut res = finish(&x, f, &g, iter, 99, sf);
            res.message = sci_core::callback::STOPPED_BY_CALLBACK.into();
            return Ok(res);
        }
        if ((f - f0).abs() < acc || snorm < acc) && h3 < acc {
            return Ok(finish(&x, f, &g, iter, 0, sf));
        }
        // Damped BFGS update of the Lagrangian Hessian (Powell 1978).
        sf.grad(&x, &mut g);
        cset.jacobian(&x, &mut a);
        let mut u: Vec<f64> = (0..n)
            .map(|i| g[i] - (0..m).map(|j| a[[j, i]] * rm[j]).sum::<f64>() - v[i])
            .collect();
        let bs: Vec<f64> = (0..n)
            .map(|i| (0..n).map(|k| b[[i, k]] * s[k]).sum())
            .collect();
        let mut h1: f64 = s.iter().zip(&u).map(|(p, q)| p * q).sum();
        let h2: f64 = s.iter().zip(&bs).map(|(p, q)| p * q).sum();
        let h3 = 0.2 * h2;
        if h1 < h3 {
            let th = (h2 - h3) / (h2 - h1);
            h1 = h3;
            for i in 0..n {
                u[i] = th * u[i] + (1.0 - th) * bs[i];
            }
        }
        if h1 == 0.0 || h2 == 0.0 || !h1.is_finite() || !h2.is_finite() {
            need_reset = true;
            continue;
        }
        for i in 0..n {
            for k in 0..n {
                b[[i, k]] += u[i] * u[k] / h1 - bs[i] * bs[k] / h2;
            }
        }
    }
}

/// A scalar constraint function of the legacy interface.
pub type ScalarConstraintFn<'a> = Box<dyn Fn(&[f64]) -> f64 + 'a>;

/// Options of [`fmin_slsqp_with`]: SciPy's keywords of `fmin_slsqp`.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminSlsqpOptions::default()
///     .ieqcons(|x: &[f64]| x[0] - 1.0)
///     .bounds(vec![(Some(0.0), None)]);
/// assert_eq!((o.ieqcons.len(), o.iter, o.acc), (1, 100, 1e-6));
/// ```
pub struct FminSlsqpOptions<'a> {
    /// Scalar equality constraints `eqcons[j](x) = 0`.
    pub eqcons: Vec<ScalarConstraintFn<'a>>,
    /// A vector equality constraint `f_eqcons(x) = 0` with its length (overrides `eqcons`).
    pub f_eqcons: Option<(usize, crate::ConstraintFn<'a>)>,
    /// Scalar inequality constraints `ieqcons[j](x) ≥ 0`.
    pub ieqcons: Vec<ScalarConstraintFn<'a>>,
    /// A vector inequality constraint `f_ieqcons(x) ≥ 0` with its length (overrides
    /// `ieqcons`).
    pub f_ieqcons: Option<(usize, crate::ConstraintFn<'a>)>,
    /// `(min, max)` pairs, `None` meaning unbounded.
    pub bounds: Option<Vec<(Option<f64>, Option<f64>)>>,
    /// The objective's gradient (`None`: finite differences with step `epsilon`).
    pub fprime: Option<GradientFn<'a>>,
    /// Jacobian of `f_eqcons` (`None`: finite differences).
    pub fprime_eqcons: Option<crate::ConstraintJacFn<'a>>,
    /// Jacobian of `f_ieqcons` (`None`: finite differences).
    pub fprime_ieqcons: Option<crate::ConstraintJacFn<'a>>,
    /// Iteration limit (default 100).
    pub iter: usize,
    /// Requested accuracy (default 1e-6).
    pub acc: f64,
    /// Finite-difference step (default `√ε`).
    pub epsilon: f64,
    /// Called once per iteration.
    pub callback: Option<MinimizeCallback<'a>>,
}

impl Default for FminSlsqpOptions<'_> {
    fn default() -> Self {
        FminSlsqpOptions {
            eqcons: Vec::new(),
            f_eqcons: None,
            ieqcons: Vec::new(),
            f_ieqcons: None,
            bounds: None,
            fprime: None,
            fprime_eqcons: None,
            fprime_ieqcons: None,
            iter: 100,
            acc: 1e-6,
            epsilon: f64::EPSILON.sqrt(),
            callback: None,
        }
    }
}

impl std::fmt::Debug for FminSlsqpOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FminSlsqpOptions")
            .field("eqcons", &self.eqcons.len())
            .field("ieqcons", &self.ieqcons.len())
            .field("bounds", &self.bounds)
            .field("iter", &self.iter)
            .field("acc", &self.acc)
            .field("epsilon", &self.epsilon)
            .finish_non_exhaustive()
    }
}

impl<'a> FminSlsqpOptions<'a> {
    /// Adds a scalar equality constraint.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminSlsqpOptions::default().eqcons(|x: &[f64]| x[0] + x[1] - 1.0);
    /// assert_eq!(o.eqcons.len(), 1);
    /// ```
    #[must_use]
    pub fn eqcons(mut self, c: impl Fn(&[f64]) -> f64 + 'a) -> Self {
        self.eqcons.push(Box::new(c));
        self
    }

    /// Sets the vector equality constraint with `m` components.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminSlsqpOptions::default()
    ///     .f_eqcons(1, |x: &[f64], c: &mut [f64]| c[0] = x[0] - 1.0);
    /// assert!(o.f_eqcons.is_some());
    /// ```
    #[must_use]
    pub fn f_eqcons(mut self, m: usize, c: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        self.f_eqcons = Some((m, Box::new(c)));
        self
    }

    /// Adds a scalar inequality constraint.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminSlsqpOptions::default().ieqcons(|x: &[f64]| x[0]);
    /// assert_eq!(o.ieqcons.len(), 1);
    /// ```
    #[must_use]
    pub fn ieqcons(mut self, c: impl Fn(&[f64]) -> f64 + 'a) -> Self {
        self.ieqcons.push(Box::new(c));
        self
    }

    /// Sets the vector inequality constraint with `m` components.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminSlsqpOptions::default()
    ///     .f_ieqcons(2, |x: &[f64], c: &mut [f64]| { c[0] = x[0]; c[1] = x[1]; });
    /// assert!(o.f_ieqcons.is_some());
    /// ```
    #[must_use]
    pub fn f_ieqcons(mut self, m: usize, c: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        self.f_ieqcons = Some((m, Box::new(c)));
        self
    }

    /// Sets the bounds as `(min, max)` pairs.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminSlsqpOptions::default().bounds(vec![(Some(0.0), Some(1.0))]);
    /// assert!(o.bounds.is_some());
    /// ```
    #[must_use]
    pub fn bounds(mut self, b: Vec<(Option<f64>, Option<f64>)>) -> Self {
        self.bounds = Some(b);
        self
    }

    /// Sets the objective's gradient.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminSlsqpOptions::default().fprime(|x: &[f64], g: &mut [f64]| g[0] = 2.0 * x[0]);
    /// assert!(o.fprime.is_some());
    /// ```
    #[must_use]
    pub fn fprime(mut self, g: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        self.fprime = Some(Box::new(g));
        self
    }

    /// Sets the Jacobian of `f_eqcons`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::ArrayViewMut2;
    /// let o = sci_optimize::FminSlsqpOptions::default()
    ///     .fprime_eqcons(|_x: &[f64], mut j: ArrayViewMut2<f64>| j[[0, 0]] = 1.0);
    /// assert!(o.fprime_eqcons.is_some());
    /// ```
    #[must_use]
    pub fn fprime_eqcons(
        mut self,
        j: impl Fn(&[f64], sci_core::ndarray::ArrayViewMut2<'_, f64>) + 'a,
    ) -> Self {
        self.fprime_eqcons = Some(Box::new(j));
        self
    }

    /// Sets the Jacobian of `f_ieqcons`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::ArrayViewMut2;
    /// let o = sci_optimize::FminSlsqpOptions::default()
    ///     .fprime_ieqcons(|_x: &[f64], mut j: ArrayViewMut2<f64>| j[[0, 0]] = 1.0);
    /// assert!(o.fprime_ieqcons.is_some());
    /// ```
    #[must_use]
    pub fn fprime_ieqcons(
        mut self,
        j: impl Fn(&[f64], sci_core::ndarray::ArrayViewMut2<'_, f64>) + 'a,
    ) -> Self {
        self.fprime_ieqcons = Some(Box::new(j));
        self
    }

    /// Sets the iteration limit.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminSlsqpOptions::default().iter(5).iter, 5);
    /// ```
    #[must_use]
    pub fn iter(mut self, v: usize) -> Self {
        self.iter = v;
        self
    }

    /// Sets the requested accuracy.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminSlsqpOptions::default().acc(1e-9).acc, 1e-9);
    /// ```
    #[must_use]
    pub fn acc(mut self, v: f64) -> Self {
        self.acc = v;
        self
    }

    /// Sets the finite-difference step.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminSlsqpOptions::default().epsilon(1e-7).epsilon, 1e-7);
    /// ```
    #[must_use]
    pub fn epsilon(mut self, v: f64) -> Self {
        self.epsilon = v;
        self
    }

    /// Sets the per-iteration callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::FminSlsqpOptions::default().callback(|_s| ControlFlow::Continue(()));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, cb: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(sci_core::Callback::new(cb));
        self
    }
}

/// The full output of [`fmin_slsqp_with`]: SciPy's `(x, fx, its, imode, smode)`.
#[derive(Debug, Clone, PartialEq)]
pub struct FminSlsqpOutput {
    /// The final iterate.
    pub x: Array1<f64>,
    /// The objective at `x`.
    pub fx: f64,
    /// Iterations.
    pub its: usize,
    /// The exit mode (0: success).
    pub imode: i32,
    /// The exit mode's message.
    pub smode: String,
}

/// Minimizes `func` from `x0` with SLSQP and SciPy's defaults (legacy `fmin_slsqp` without
/// constraints); returns the final iterate.
///
/// # Errors
///
/// As [`fmin_slsqp_with`].
///
/// # Examples
///
/// ```
/// let x = sci_optimize::fmin_slsqp(|x: &[f64]| (x[0] - 1.0).powi(2) + (x[1] + 2.0).powi(2), &[0.0, 0.0]).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-4 && (x[1] + 2.0).abs() < 1e-4);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_slsqp.html>
/// - D. Kraft, "A software package for sequential quadratic programming", DFVLR-FB 88-28, 1988.
pub fn fmin_slsqp<'x, 'a>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<Array1<f64>> {
    Ok(fmin_slsqp_with(func, x0, FminSlsqpOptions::default())?.x)
}

/// Legacy `fmin_slsqp` with SciPy's keywords; returns `(x, fx, its, imode, smode)`.
///
/// A run that stops without converging returns `Ok` with `imode != 0` (SciPy returns the
/// mode too).
///
/// # Errors
///
/// [`Error::EmptyInput`] / [`Error::NonFinite`] for a bad `x0`, [`Error::ShapeMismatch`] or
/// [`Error::InvalidArgument`] for bad bounds.
///
/// # Examples
///
/// ```
/// use sci_optimize::{FminSlsqpOptions, fmin_slsqp_with};
/// // Minimize x² + y² subject to x + y = 1 and x ≥ 0.6.
/// let out = fmin_slsqp_with(|x: &[f64]| x[0] * x[0] + x[1] * x[1], &[0.0, 0.0],
///     FminSlsqpOptions::default().eqcons(|x: &[f64]| x[0] + x[1] - 1.0)
///         .ieqcons(|x: &[f64]| x[0] - 0.6)).unwrap();
/// assert_eq!(out.imode, 0);
/// assert!((out.x[0] - 0.6).abs() < 1e-6 && (out.x[1] - 0.4).abs() < 1e-6);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_slsqp.html>
/// - D. Kraft, "A software package for sequential quadratic programming", DFVLR-FB 88-28, 1988.
pub fn fmin_slsqp_with<'x, 'a>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: FminSlsqpOptions<'a>,
) -> Result<FminSlsqpOutput> {
    let x0 = crate::objective::checked_x0(x0)?;
    let n = x0.len();
    let bounds = match &options.bounds {
        Some(p) if !p.is_empty() => {
            let b = Bounds::from_pairs(p);
            b.validate(n)?;
            Some(b)
        }
        _ => None,
    };
    let (lb, ub) = match &bounds {
        Some(b) => (b.lb.to_vec(), b.ub.to_vec()),
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    let FminSlsqpOptions {
        eqcons,
        f_eqcons,
        ieqcons,
        f_ieqcons,
        fprime,
        fprime_eqcons,
        fprime_ieqcons,
        iter,
        acc,
        epsilon,
        mut callback,
        ..
    } = options;
    let mut pieces: Vec<Piece<'a>> = Vec::new();
    // SciPy uses f_eqcons (f_ieqcons) when given, else the list.
    let mut add = |vector: Option<(usize, crate::ConstraintFn<'a>)>,
                   jac: Option<crate::ConstraintJacFn<'a>>,
                   scalars: Vec<ScalarConstraintFn<'a>>,
                   eq: bool| {
        let kind = if eq {
            RowKind::Eq(0.0)
        } else {
            RowKind::Ge(0.0)
        };
        if let Some((k, fun)) = vector {
            pieces.push(Piece {
                k,
                eval: fun,
                jac,
                rows: (0..k).map(|i| (i, kind, 0)).collect(),
            });
        } else {
            for c in scalars {
                pieces.push(Piece {
                    k: 1,
                    eval: Box::new(move |x: &[f64], out: &mut [f64]| out[0] = c(x)),
                    jac: None,
                    rows: vec![(0, kind, 0)],
                });
            }
        }
    };
    add(f_eqcons, fprime_eqcons, eqcons, true);
    add(f_ieqcons, fprime_ieqcons, ieqcons, false);
    let mut cset = ConSet::new(pieces, FdStep::Absolute(vec![epsilon]), bounds.clone());
    let grad = match fprime {
        Some(g) => Gradient::Provided(g),
        None => Gradient::default(),
    };
    let fun: &dyn Fn(&[f64]) -> f64 = &func;
    let mut sf = ScalarFunction::new(fun, &grad)
        .with_fd_step(FdStep::Absolute(vec![epsilon]))
        .with_bounds(bounds.as_ref());
    if acc.is_nan() {
        return Err(Error::invalid_argument("acc", acc, "must be a number"));
    }
    let r = run(&mut sf, &x0, &lb, &ub, &mut cset, acc, iter, &mut callback)?;
    Ok(FminSlsqpOutput {
        x: r.x,
        fx: r.fun,
        its: r.nit,
        imode: r.status,
        smode: r.message,
    })
}
