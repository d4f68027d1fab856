//! L-BFGS-B: limited-memory BFGS with box bounds (Byrd, Lu, Nocedal & Zhu 1995; Zhu, Byrd,
//! Lu & Nocedal 1997), with the subspace-minimization correction of Morales & Nocedal
//! (2011): SciPy's `minimize(method='L-BFGS-B')` and the legacy `fmin_l_bfgs_b`.
//!
//! Each iteration finds the generalized Cauchy point of the compact quadratic model
//! ([`cauchy`]), minimizes the model over the variables still free ([`subspace`]) and runs the
//! Moré–Thuente line search ([`dcsrch`]) along the resulting direction. Per iteration
//! `O(m n + m³)` time for `m = maxcor` pairs (plus a sort of the breakpoints), `O(m n)` memory.

mod cauchy;
mod dcsrch;
mod hess_inv;
mod memory;
mod small;
mod subspace;

pub use hess_inv::LbfgsInvHessProduct;

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Error, Result};

use crate::bounds::clip_into;
use crate::finite_diff::FdStep;
use crate::minimize::Problem;
use crate::objective::ScalarFunction;
use crate::{Gradient, HessInv, IntermediateResult, MinimizeCallback, OptimizeResult};

use cauchy::{CauchyWork, cauchy};
use dcsrch::{Dcsrch, Task};
use memory::{Memory, dot};

/// Options of L-BFGS-B (SciPy's `options=` of `minimize(method='L-BFGS-B')`).
///
/// # Examples
///
/// ```
/// let o = sci_optimize::LbfgsbOptions::default().maxcor(5).gtol(1e-8);
/// assert_eq!((o.maxcor, o.maxiter, o.maxls), (5, 15000, 20));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct LbfgsbOptions {
    /// Number of stored correction pairs (default 10).
    pub maxcor: usize,
    /// Stop when `(f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) <= ftol` (default `1e7·ε`).
    pub ftol: f64,
    /// Stop when the largest projected-gradient component is `<= gtol` (default `1e-5`).
    pub gtol: f64,
    /// Absolute finite-difference step of the gradient (default `1e-8`).
    pub eps: f64,
    /// Limit on function evaluations, checked after each iteration (default 15000).
    pub maxfun: usize,
    /// Iteration limit (default 15000).
    pub maxiter: usize,
    /// Evaluations allowed per line search (default 20).
    pub maxls: usize,
    /// Relative finite-difference step. When set, finite differences use it instead of the
    /// absolute `eps`, as SciPy does when `jac` is given as `'2-point'`/`'3-point'`
    /// (with `jac=None` SciPy uses `eps`, this default).
    pub finite_diff_rel_step: Option<Vec<f64>>,
}

impl Default for LbfgsbOptions {
    fn default() -> Self {
        LbfgsbOptions {
            maxcor: 10,
            ftol: 1e7 * f64::EPSILON,
            gtol: 1e-5,
            eps: 1e-8,
            maxfun: 15000,
            maxiter: 15000,
            maxls: 20,
            finite_diff_rel_step: None,
        }
    }
}

/// A chainable setter with a doc example (`$ty` value `$ex`, stored as `$stored`).
macro_rules! setter {
    ($owner:literal, $name:ident: $ty:ty = $ex:expr) => {
        #[doc = concat!("Sets `", stringify!($name), "`.")]
        ///
        /// # Examples
        ///
        #[doc = concat!("```\nlet o = sci_optimize::", $owner, "::default().", stringify!($name), "(", stringify!($ex), ");\nassert_eq!(o.", stringify!($name), ", ", stringify!($ex), ");\n```")]
        #[must_use]
        pub fn $name(mut self, v: $ty) -> Self {
            self.$name = v;
            self
        }
    };
}

impl LbfgsbOptions {
    setter!("LbfgsbOptions", maxcor: usize = 5);
    setter!("LbfgsbOptions", ftol: f64 = 1e-12);
    setter!("LbfgsbOptions", gtol: f64 = 1e-8);
    setter!("LbfgsbOptions", eps: f64 = 1e-7);
    setter!("LbfgsbOptions", maxfun: usize = 100);
    setter!("LbfgsbOptions", maxiter: usize = 50);
    setter!("LbfgsbOptions", maxls: usize = 10);

    /// Sets `finite_diff_rel_step`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LbfgsbOptions::default().finite_diff_rel_step(vec![1e-6]);
    /// assert!(o.finite_diff_rel_step.is_some());
    /// ```
    #[must_use]
    pub fn finite_diff_rel_step(mut self, v: Vec<f64>) -> Self {
        self.finite_diff_rel_step = Some(v);
        self
    }
}

/// The run's settings after validation.
struct Settings {
    m: usize,
    ftol: f64,
    gtol: f64,
    maxfun: usize,
    maxiter: usize,
    maxls: usize,
}

fn validate(o: &LbfgsbOptions) -> Result<()> {
    if o.maxls == 0 {
        return Err(Error::invalid_argument(
            "maxls",
            o.maxls,
            "maxls must be positive.",
        ));
    }
    if o.maxcor == 0 {
        return Err(Error::invalid_argument(
            "maxcor",
            o.maxcor,
            "maxcor must be positive.",
        ));
    }
    Ok(())
}

/// `minimize(method='L-BFGS-B')` on a validated problem.
pub(crate) fn minimize_lbfgsb(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &LbfgsbOptions,
) -> Result<OptimizeResult> {
    validate(opts)?;
    if !problem.constraints.is_empty() {
        return Err(Error::invalid_argument(
            "constraints",
            problem.constraints.len(),
            "L-BFGS-B accepts bounds only; use SLSQP or trust-constr for constraints",
        ));
    }
    let n = x0.len();
    let (lb, ub) = match &problem.bounds {
        Some(b) => (b.lb.to_vec(), b.ub.to_vec()),
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    // SciPy's minimize sets both tolerances from `tol`.
    let (ftol, gtol) = match problem.tol {
        Some(t) => (t, t),
        None => (opts.ftol, opts.gtol),
    };
    let settings = Settings {
        m: opts.maxcor,
        ftol,
        gtol,
        maxfun: opts.maxfun,
        maxiter: opts.maxiter,
        maxls: opts.maxls,
    };
    let bounds = problem.bounds.clone();
    let mut sf = ScalarFunction::new(problem.fun, &problem.jac)
        .with_fd_step(match &opts.finite_diff_rel_step {
            Some(r) => FdStep::Relative(r.clone()),
            None => FdStep::Absolute(vec![opts.eps]),
        })
        .with_bounds(bounds.as_ref());
    run(&mut sf, x0, &lb, &ub, &settings, &mut problem.callback)
}

/// Largest component of the projected gradient.
fn projected_gradient_norm(x: &[f64], g: &[f64], lb: &[f64], ub: &[f64]) -> f64 {
    let mut norm = 0.0f64;
    for i in 0..x.len() {
        let mut gi = g[i];
        if gi < 0.0 {
            if ub[i].is_finite() {
                gi = gi.max(x[i] - ub[i]);
            }
        } else if lb[i].is_finite() {
            gi = gi.min(x[i] - lb[i]);
        }
        if gi.is_nan() {
            return f64::NAN;
        }
        norm = norm.max(gi.abs());
    }
    norm
}

/// The L-BFGS-B iteration shared by `minimize` and `fmin_l_bfgs_b`.
fn run(
    sf: &mut ScalarFunction<'_, '_>,
    x0: &[f64],
    lb: &[f64],
    ub: &[f64],
    st: &Settings,
    callback: &mut Option<MinimizeCallback<'_>>,
) -> Result<OptimizeResult> {
    let n = x0.len();
    let constrained = lb.iter().chain(ub).any(|v| v.is_finite());
    let boxed = lb.iter().chain(ub).all(|v| v.is_finite());
    // SciPy clips x0 into the bounds.
    let mut x = x0.to_vec();
    clip_into(&mut x, lb, ub);
    let mut g = vec![0.0; n];
    let mut f = sf.fun_and_grad(&x, &mut g);
    let mut mem = Memory::new(st.m);
    let mut work = CauchyWork::new(n, st.m);
    let (mut xcp, mut xbar, mut d, mut dhat) =
        (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let mut c = vec![0.0; 2 * st.m];
    let mut free = vec![true; n];
    let (mut xold, mut gold) = (vec![0.0; n], vec![0.0; n]);
    let (mut s, mut y) = (vec![0.0; n], vec![0.0; n]);
    let mut nit = 0usize;
    let mut state = IntermediateResult {
        x: Array1::from(x.clone()),
        fun: f,
        nit: 0,
    };
    let finish = |x: &[f64],
                  f: f64,
                  g: &[f64],
                  nit,
                  status: i32,
                  msg: &str,
                  mem: &Memory,
                  sf: &ScalarFunction<'_, '_>| {
        OptimizeResult {
            x: Array1::from(x.to_vec()),
            fun: f,
            jac: Some(Array1::from(g.to_vec())),
            hess_inv: Some(HessInv::Lbfgs(hess_inv::from_pairs(&mem.s, &mem.y, n))),
            nit,
            nfev: sf.nfev,
            njev: sf.njev,
            status,
            success: status == 0,
            message: msg.into(),
            ..Default::default()
        }
    };
    if projected_gradient_norm(&x, &g, lb, ub) <= st.gtol {
        return Ok(finish(
            &x,
            f,
            &g,
            0,
            0,
            "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL",
            &mem,
            sf,
        ));
    }
    loop {
        // Search direction: the Cauchy point and subspace minimization (skipped without
        // bounds once pairs exist, where the model's minimizer is the L-BFGS step).
        if !constrained && mem.k() > 0 {
            xcp.copy_from_slice(&x);
            c.iter_mut().for_each(|v| *v = 0.0);
            free.iter_mut().for_each(|v| *v = true);
        } else {
            cauchy(&x, &g, lb, ub, &mem, &mut xcp, &mut c, &mut free, &mut work);
        }
        if mem.k() > 0 {
            subspace::subspace_min(&x, &g, lb, ub, &mem, &xcp, &c, &free, &mut xbar, &mut dhat);
        } else {
            xbar.copy_from_slice(&xcp);
        }
        for i in 0..n {
            d[i] = xbar[i] - x[i];
        }
        // Line search.
        let gd = dot(&g, &d);
        let dnorm = dot(&d, &d).sqrt();
        let mut stpmax = 1e10f64;
        if constrained {
            if nit == 0 {
                stpmax = 1.0;
            } else {
                for i in 0..n {
                    if d[i] < 0.0 && lb[i].is_finite() {
                        let a = lb[i] - x[i];
                        if a >= 0.0 {
                            stpmax = 0.0;
                        } else if a > stpmax * d[i] {
                            stpmax = a / d[i];
                        }
                    } else if d[i] > 0.0 && ub[i].is_finite() {
                        let a = ub[i] - x[i];
                        if a <= 0.0 {
                            stpmax = 0.0;
                        } else if a < stpmax * d[i] {
                            stpmax = a / d[i];
                        }
                    }
                }
            }
        }
        let mut stp = if nit == 0 && !boxed {
            (1.0 / dnorm).min(stpmax)
        } else {
            1.0
        };
        xold.copy_from_slice(&x);
        gold.copy_from_slice(&g);
        let fold = f;
        let mut ok = false;
        // As L-BFGS-B, only a non-negative gd (not a NaN one) skips the search.
        if (gd < 0.0 || gd.is_nan()) && stpmax > 0.0 {
            let mut search = Dcsrch::new(fold, gd, stp, stpmax);
            for trial in 1..=st.maxls {
                if stp == 1.0 {
                    x.copy_from_slice(&xbar);
                } else {
                    for i in 0..n {
                        x[i] = xold[i] + stp * d[i];
                    }
                }
                f = sf.fun_and_grad(&x, &mut g);
                match search.step(&mut stp, f, dot(&g, &d)) {
                    Task::Converged | Task::Warning => {
                        ok = true;
                        break;
                    }
                    Task::Evaluate if trial == st.maxls => break,
                    Task::Evaluate => {}
                }
            }
        }
        if !ok {
            x.copy_from_slice(&xold);
            g.copy_from_slice(&gold);
            f = fold;
            if mem.k() == 0 {
                return Ok(finish(&x, f, &g, nit, 2, "ABNORMAL: ", &mem, sf));
            }
            // Restart from steepest descent with an empty memory, as L-BFGS-B does.
            mem.reset();
            continue;
        }
        nit += 1;
        state
            .x
            .as_slice_mut()
            .unwrap_or(&mut [])
            .copy_from_slice(&x);
        state.fun = f;
        state.nit = nit;
        if let ControlFlow::Break(()) = sci_core::callback::notify(callback, &state) {
            return Ok(finish(
                &x,
                f,
                &g,
                nit,
                99,
                sci_core::callback::STOPPED_BY_CALLBACK,
                &mem,
                sf,
            ));
        }
        if nit >= st.maxiter {
            return Ok(finish(
                &x,
                f,
                &g,
                nit,
                1,
                "STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT",
                &mem,
                sf,
            ));
        }
        if sf.nfev > st.maxfun {
            return Ok(finish(
                &x,
                f,
                &g,
                nit,
                1,
                "STOP: TOTAL NO. OF F,G EVALUATIONS EXCEEDS LIMIT",
                &mem,
                sf,
            ));
        }
        if projected_gradient_norm(&x, &g, lb, ub) <= st.gtol {
            return Ok(finish(
                &x,
                f,
                &g,
                nit,
                0,
                "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL",
                &mem,
                sf,
            ));
        }
        let scale = fold.abs().max(f.abs()).max(1.0);
        if fold - f <= st.ftol * scale {
            return Ok(finish(
                &x,
                f,
                &g,
                nit,
                0,
                "CONVERGENCE: RELATIVE REDUCTION OF F <= FACTR*EPSMCH",
                &mem,
                sf,
            ));
        }
        // BFGS update, skipped when the curvature sᵀy is not safely positive.
        for i in 0..n {
            s[i] = x[i] - xold[i];
            y[i] = g[i] - gold[i];
        }
        let sty = dot(&s, &y);
        let yty = dot(&y, &y);
        if sty > f64::EPSILON * (-gd * stp) {
            mem.push(&s, &y, sty, yty);
            if !mem.form_middle() {
                mem.reset();
            }
        }
    }
}

/// Options of [`fmin_l_bfgs_b_with`]: SciPy's keywords of `fmin_l_bfgs_b`.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminLbfgsbOptions::default().factr(1e12).bounds(vec![(Some(0.0), None)]);
/// assert_eq!((o.m, o.factr), (None, Some(1e12)));
/// ```
#[derive(Debug, Default)]
pub struct FminLbfgsbOptions<'a> {
    /// Use a finite-difference gradient (with step `epsilon`) instead of `fprime`.
    pub approx_grad: bool,
    /// `(min, max)` pairs, `None` meaning unbounded.
    pub bounds: Option<Vec<(Option<f64>, Option<f64>)>>,
    /// Number of correction pairs (`None`: 10).
    pub m: Option<usize>,
    /// Relative-reduction factor in units of machine epsilon (`None`: 1e7).
    pub factr: Option<f64>,
    /// Projected-gradient tolerance (`None`: 1e-5).
    pub pgtol: Option<f64>,
    /// Finite-difference step (`None`: 1e-8).
    pub epsilon: Option<f64>,
    /// Evaluation limit (`None`: 15000).
    pub maxfun: Option<usize>,
    /// Iteration limit (`None`: 15000).
    pub maxiter: Option<usize>,
    /// Evaluations per line search (`None`: 20).
    pub maxls: Option<usize>,
    /// Called after each iteration with the current state.
    pub callback: Option<MinimizeCallback<'a>>,
}

impl<'a> FminLbfgsbOptions<'a> {
    setter!("FminLbfgsbOptions", approx_grad: bool = true);

    /// Sets the bounds as `(min, max)` pairs.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminLbfgsbOptions::default().bounds(vec![(None, Some(1.0))]);
    /// assert!(o.bounds.is_some());
    /// ```
    #[must_use]
    pub fn bounds(mut self, b: Vec<(Option<f64>, Option<f64>)>) -> Self {
        self.bounds = Some(b);
        self
    }

    /// Sets `m`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminLbfgsbOptions::default().m(4).m, Some(4));
    /// ```
    #[must_use]
    pub fn m(mut self, m: usize) -> Self {
        self.m = Some(m);
        self
    }

    /// Sets `factr`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminLbfgsbOptions::default().factr(10.0).factr, Some(10.0));
    /// ```
    #[must_use]
    pub fn factr(mut self, v: f64) -> Self {
        self.factr = Some(v);
        self
    }

    /// Sets `pgtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminLbfgsbOptions::default().pgtol(1e-8).pgtol, Some(1e-8));
    /// ```
    #[must_use]
    pub fn pgtol(mut self, v: f64) -> Self {
        self.pgtol = Some(v);
        self
    }

    /// Sets `epsilon`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminLbfgsbOptions::default().epsilon(1e-6).epsilon, Some(1e-6));
    /// ```
    #[must_use]
    pub fn epsilon(mut self, v: f64) -> Self {
        self.epsilon = Some(v);
        self
    }

    /// Sets `maxfun`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminLbfgsbOptions::default().maxfun(9).maxfun, Some(9));
    /// ```
    #[must_use]
    pub fn maxfun(mut self, v: usize) -> Self {
        self.maxfun = Some(v);
        self
    }

    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminLbfgsbOptions::default().maxiter(9).maxiter, Some(9));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = Some(v);
        self
    }

    /// Sets `maxls`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminLbfgsbOptions::default().maxls(5).maxls, Some(5));
    /// ```
    #[must_use]
    pub fn maxls(mut self, v: usize) -> Self {
        self.maxls = Some(v);
        self
    }

    /// Sets the per-iteration callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::FminLbfgsbOptions::default().callback(|_s| ControlFlow::Continue(()));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, cb: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(sci_core::Callback::new(cb));
        self
    }
}

/// The information dict `d` of `fmin_l_bfgs_b`.
#[derive(Debug, Clone, PartialEq)]
pub struct LbfgsbInfo {
    /// The gradient at the minimum.
    pub grad: Array1<f64>,
    /// Why the run stopped (SciPy's `task` message).
    pub task: String,
    /// Function evaluations.
    pub funcalls: usize,
    /// Iterations.
    pub nit: usize,
    /// 0 converged, 1 too many evaluations or iterations, 2 stopped for another reason.
    pub warnflag: i32,
}

/// The full output of [`fmin_l_bfgs_b_with`]: SciPy's `(x, f, d)`.
#[derive(Debug, Clone, PartialEq)]
pub struct FminLbfgsbOutput {
    /// The estimated minimizer.
    pub x: Array1<f64>,
    /// The objective at `x`.
    pub f: f64,
    /// Information about the run.
    pub d: LbfgsbInfo,
}

/// Minimizes `func` with L-BFGS-B from `x0` with gradient `fprime` and SciPy's defaults
/// (legacy `fmin_l_bfgs_b`); returns the minimizer.
///
/// `fprime` may be [`Gradient::WithValue`] (SciPy's default, where `func` returns both),
/// [`Gradient::Provided`] or [`Gradient::FiniteDiff`] (`approx_grad=True`).
///
/// # Errors
///
/// As [`fmin_l_bfgs_b_with`].
///
/// # Examples
///
/// ```
/// use sci_optimize::{Gradient, fmin_l_bfgs_b};
/// let x = fmin_l_bfgs_b(|x: &[f64]| (x[0] - 2.0).powi(2), &[0.0],
///     Gradient::provided(|x: &[f64], g: &mut [f64]| g[0] = 2.0 * (x[0] - 2.0))).unwrap();
/// assert!((x[0] - 2.0).abs() < 1e-6);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_l_bfgs_b.html>
/// - R. H. Byrd, P. Lu, J. Nocedal, C. Zhu, "A limited memory algorithm for bound constrained
///   optimization", SIAM J. Sci. Comput. 16(5), 1995.
pub fn fmin_l_bfgs_b<'x, 'a>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    fprime: Gradient<'a>,
) -> Result<Array1<f64>> {
    Ok(fmin_l_bfgs_b_with(func, x0, fprime, FminLbfgsbOptions::default())?.x)
}

/// Legacy `fmin_l_bfgs_b` with SciPy's keywords; returns `(x, f, d)`.
///
/// # Errors
///
/// [`Error::EmptyInput`] / [`Error::NonFinite`] for a bad `x0`, [`Error::ShapeMismatch`] or
/// [`Error::InvalidArgument`] for bad bounds (`min > max`) and a zero `maxls` or `m`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{FminLbfgsbOptions, Gradient, fmin_l_bfgs_b_with};
/// let out = fmin_l_bfgs_b_with(|x: &[f64]| (x[0] - 2.0).powi(2), &[0.0],
///     Gradient::default(), FminLbfgsbOptions::default().approx_grad(true)
///     .bounds(vec![(None, Some(1.0))])).unwrap();
/// assert!((out.x[0] - 1.0).abs() < 1e-12 && out.d.warnflag == 0);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_l_bfgs_b.html>
/// - J. L. Morales, J. Nocedal, "Remark on Algorithm 778", ACM TOMS 38(1), 2011.
pub fn fmin_l_bfgs_b_with<'x, 'a>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    fprime: Gradient<'a>,
    options: FminLbfgsbOptions<'a>,
) -> Result<FminLbfgsbOutput> {
    let x0 = crate::objective::checked_x0(x0)?;
    let n = x0.len();
    let bounds = match &options.bounds {
        Some(p) => {
            let b = crate::Bounds::from_pairs(p);
            b.validate(n)?;
            Some(b)
        }
        None => None,
    };
    let (lb, ub) = match &bounds {
        Some(b) => (b.lb.to_vec(), b.ub.to_vec()),
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    let o = LbfgsbOptions {
        maxcor: options.m.unwrap_or(10),
        ftol: options.factr.unwrap_or(1e7) * f64::EPSILON,
        gtol: options.pgtol.unwrap_or(1e-5),
        eps: options.epsilon.unwrap_or(1e-8),
        maxfun: options.maxfun.unwrap_or(15000),
        maxiter: options.maxiter.unwrap_or(15000),
        maxls: options.maxls.unwrap_or(20),
        finite_diff_rel_step: None,
    };
    validate(&o)?;
    let grad = if options.approx_grad {
        Gradient::default()
    } else {
        fprime
    };
    let settings = Settings {
        m: o.maxcor,
        ftol: o.ftol,
        gtol: o.gtol,
        maxfun: o.maxfun,
        maxiter: o.maxiter,
        maxls: o.maxls,
    };
    let fun: &dyn Fn(&[f64]) -> f64 = &func;
    let mut sf = ScalarFunction::new(fun, &grad)
        .with_fd_step(FdStep::Absolute(vec![o.eps]))
        .with_bounds(bounds.as_ref());
    let mut callback = options.callback;
    let r = run(&mut sf, &x0, &lb, &ub, &settings, &mut callback)?;
    Ok(FminLbfgsbOutput {
        x: r.x,
        f: r.fun,
        d: LbfgsbInfo {
            grad: r.jac.unwrap_or_default(),
            task: r.message,
            funcalls: r.nfev,
            nit: r.nit,
            warnflag: r.status,
        },
    })
}
