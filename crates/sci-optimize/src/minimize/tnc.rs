//! TNC: a truncated Newton method with bounds after Nash (1984, 2000): SciPy's
//! `minimize(method='TNC')` and the legacy `fmin_tnc`.
//!
//! Variables are scaled, `x = offset + scale ⊙ z`. Each iteration fixes the variables held
//! at a bound by their gradient (an active set), computes a search direction on the free
//! ones by a truncated conjugate-gradient solve of the Newton equations whose
//! Hessian-vector products are finite differences of the gradient, and runs a safeguarded
//! line search (sufficient decrease, then a curvature test of severity `eta`) limited by the
//! nearest bound and `stepmx`; a variable that reaches a bound joins the active set.
//! Per iteration `O(maxCGit · n)` time plus `maxCGit + (line search)` gradient evaluations,
//! `O(n)` memory.

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Error, Result};

use crate::finite_diff::FdStep;
use crate::minimize::Problem;
use crate::objective::ScalarFunction;
use crate::vector::dot;
use crate::{Bounds, Gradient, IntermediateResult, MinimizeCallback, OptimizeResult};

/// SciPy's `RCSTRINGS`, indexed by return code + 1 (codes −1..=7).
const RCSTRINGS: [&str; 9] = [
    "Infeasible (lower bound > upper bound)",
    "Local minimum reached (|pg| ~= 0)",
    "Converged (|f_n-f_(n-1)| ~= 0)",
    "Converged (|x_n-x_(n-1)| ~= 0)",
    "Max. number of function evaluations reached",
    "Linear search failed",
    "All lower bounds are equal to the upper bounds",
    "Unable to progress",
    "User requested end of minimization",
];

fn rcstring(rc: i32) -> &'static str {
    RCSTRINGS.get((rc + 1) as usize).copied().unwrap_or("")
}

/// Options of TNC (SciPy's `options=` of `minimize(method='TNC')`). Negative or zero values
/// select SciPy's defaults exactly as SciPy documents them.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::TncOptions::default().maxfun(500).stepmx(5.0);
/// assert_eq!((o.maxfun, o.eta), (Some(500), -1.0));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TncOptions {
    /// Absolute finite-difference step of the gradient when none is given (default `1e-8`).
    pub eps: f64,
    /// Scaling factors of the variables (`None`: `ub − lb` for variables bounded on both
    /// sides, `1 + |x₀|` for the others).
    pub scale: Option<Vec<f64>>,
    /// Offsets of the variables (`None`: `(ub + lb)/2` for variables bounded on both sides,
    /// `x₀` for the others).
    pub offset: Option<Vec<f64>>,
    /// Conjugate-gradient iterations per direction (`< 0`: `max(1, min(50, n/2))`; `0`: plain
    /// steepest descent).
    pub max_cg_it: i64,
    /// Limit on function-and-gradient evaluations (`None`: `max(100, 10 n)`).
    pub maxfun: Option<usize>,
    /// Severity of the line search's curvature test (outside `[0, 1]`: 0.25).
    pub eta: f64,
    /// Largest step of the line search in scaled variables (`<= 0`: 10).
    pub stepmx: f64,
    /// Relative precision of the finite-difference Hessian-vector products (`<= ε`: `√ε`).
    pub accuracy: f64,
    /// Estimate of the minimum value of `f`, used for the first step length.
    pub minfev: f64,
    /// Tolerance on the change of `f` (`< 0`: 0; the test uses at least `xtol`'s relative
    /// tolerance, as Nash's TN).
    pub ftol: f64,
    /// Tolerance on the change of the scaled `x` (`< 0`: `√ε`).
    pub xtol: f64,
    /// Tolerance on the projected gradient (`< 0`: `1e-2·√accuracy`).
    pub gtol: f64,
    /// SciPy's trigger for rescaling `f` (log10). Only SciPy's default (`-1`) is supported:
    /// this implementation does not rescale `f`, and another value is an
    /// [`Error::Unsupported`].
    pub rescale: f64,
    /// Relative finite-difference step. When set, finite differences use it instead of the
    /// absolute `eps`, as SciPy does when `jac` is given as `'2-point'`/`'3-point'`
    /// (with `jac=None` SciPy uses `eps`, this default).
    pub finite_diff_rel_step: Option<Vec<f64>>,
}

impl Default for TncOptions {
    fn default() -> Self {
        TncOptions {
            eps: 1e-8,
            scale: None,
            offset: None,
            max_cg_it: -1,
            maxfun: None,
            eta: -1.0,
            stepmx: 0.0,
            accuracy: 0.0,
            minfev: 0.0,
            ftol: -1.0,
            xtol: -1.0,
            gtol: -1.0,
            rescale: -1.0,
            finite_diff_rel_step: None,
        }
    }
}

/// Chainable setters with doc examples: `name: type => wrap, example, stored`.
macro_rules! setters {
    ($($name:ident: $ty:ty => $val:expr, $ex:expr, $stored:expr;)*) => {
        $(
            #[doc = concat!("Sets `", stringify!($name), "`.")]
            ///
            /// # Examples
            ///
            #[doc = concat!("```\nlet o = sci_optimize::TncOptions::default().", stringify!($name), "(", stringify!($ex), ");\nassert_eq!(o.", stringify!($name), ", ", stringify!($stored), ");\n```")]
            #[must_use]
            pub fn $name(mut self, v: $ty) -> Self {
                self.$name = $val(v);
                self
            }
        )*
    };
}

impl TncOptions {
    setters! {
        eps: f64 => |v| v, 1e-7, 1e-7;
        scale: Vec<f64> => Some, vec![2.0], Some(vec![2.0]);
        offset: Vec<f64> => Some, vec![1.0], Some(vec![1.0]);
        max_cg_it: i64 => |v| v, 3, 3;
        maxfun: usize => Some, 50, Some(50);
        eta: f64 => |v| v, 0.5, 0.5;
        stepmx: f64 => |v| v, 2.0, 2.0;
        accuracy: f64 => |v| v, 1e-10, 1e-10;
        minfev: f64 => |v| v, -1.0, -1.0;
        ftol: f64 => |v| v, 1e-9, 1e-9;
        xtol: f64 => |v| v, 1e-9, 1e-9;
        gtol: f64 => |v| v, 1e-9, 1e-9;
        rescale: f64 => |v| v, -1.0, -1.0;
        finite_diff_rel_step: Vec<f64> => Some, vec![1e-6], Some(vec![1e-6]);
    }
}

/// The run's settings after SciPy's defaulting rules.
struct Settings {
    scale: Vec<f64>,
    offset: Vec<f64>,
    max_cg_it: usize,
    maxfun: usize,
    eta: f64,
    stepmx: f64,
    accuracy: f64,
    minfev: f64,
    ftol: f64,
    xtol: f64,
    gtol: f64,
}

fn settings(o: &TncOptions, x0: &[f64], lb: &[f64], ub: &[f64]) -> Result<Settings> {
    let n = x0.len();
    if o.rescale != -1.0 {
        return Err(Error::Unsupported {
            what: "TNC: `rescale` (rescaling of f values)".into(),
        });
    }
    let both = |i: usize| lb[i].is_finite() && ub[i].is_finite();
    let scale = match &o.scale {
        Some(s) => {
            sci_core::check_shape("TNC: scale", &[n], &[s.len()])?;
            s.clone()
        }
        None => (0..n)
            .map(|i| {
                if both(i) && ub[i] > lb[i] {
                    ub[i] - lb[i]
                } else {
                    1.0 + x0[i].abs()
                }
            })
            .collect(),
    };
    if scale.iter().any(|s| !(s.is_finite() && *s != 0.0)) {
        return Err(Error::invalid_argument(
            "scale",
            format!("{scale:?}"),
            "must be finite and nonzero",
        ));
    }
    let offset = match &o.offset {
        Some(s) => {
            sci_core::check_shape("TNC: offset", &[n], &[s.len()])?;
            s.clone()
        }
        None => (0..n)
            .map(|i| {
                if both(i) {
                    0.5 * (ub[i] + lb[i])
                } else {
                    x0[i]
                }
            })
            .collect(),
    };
    let accuracy = if o.accuracy <= f64::EPSILON {
        f64::EPSILON.sqrt()
    } else {
        o.accuracy
    };
    Ok(Settings {
        scale,
        offset,
        max_cg_it: if o.max_cg_it < 0 {
            (n / 2).clamp(1, 50)
        } else {
            o.max_cg_it as usize
        },
        maxfun: o.maxfun.unwrap_or((10 * n).max(100)),
        eta: if (0.0..=1.0).contains(&o.eta) {
            o.eta
        } else {
            0.25
        },
        stepmx: if o.stepmx <= 0.0 { 10.0 } else { o.stepmx },
        accuracy,
        minfev: o.minfev,
        ftol: o.ftol.max(0.0),
        xtol: if o.xtol < 0.0 {
            f64::EPSILON.sqrt()
        } else {
            o.xtol
        },
        gtol: if o.gtol < 0.0 {
            1e-2 * accuracy.sqrt()
        } else {
            o.gtol
        },
    })
}

/// `minimize(method='TNC')` on a validated problem.
pub(crate) fn minimize_tnc(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &TncOptions,
) -> Result<OptimizeResult> {
    if !problem.constraints.is_empty() {
        return Err(Error::invalid_argument(
            "constraints",
            problem.constraints.len(),
            "TNC accepts bounds only; use SLSQP or trust-constr for constraints",
        ));
    }
    let n = x0.len();
    let (lb, ub) = match &problem.bounds {
        Some(b) => (b.lb.to_vec(), b.ub.to_vec()),
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    let mut opts = opts.clone();
    // SciPy's minimize maps `tol` onto TNC's ftol, xtol and gtol.
    if let Some(t) = problem.tol {
        (opts.ftol, opts.xtol, opts.gtol) = (t, t, t);
    }
    let st = settings(&opts, x0, &lb, &ub)?;
    if n > 0 && (0..n).all(|i| lb[i] == ub[i]) {
        // SciPy's minimize answers this case itself, before calling TNC.
        let f = (problem.fun)(&lb);
        return Ok(OptimizeResult {
            x: Array1::from(lb),
            fun: f,
            nfev: 1,
            success: true,
            message: "All independent variables were fixed by bounds.".into(),
            ..Default::default()
        });
    }
    let bounds = problem.bounds.clone();
    let mut sf = ScalarFunction::new(problem.fun, &problem.jac)
        .with_fd_step(match &opts.finite_diff_rel_step {
            Some(r) => FdStep::Relative(r.clone()),
            None => FdStep::Absolute(vec![opts.eps]),
        })
        .with_bounds(bounds.as_ref());
    run(&mut sf, x0, &lb, &ub, &st, &mut problem.callback)
}

/// The scaled problem: values and gradients in `z`, counting TNC's own calls.
struct Scaled<'s, 'f, 'a> {
    sf: &'s mut ScalarFunction<'f, 'a>,
    scale: &'s [f64],
    offset: &'s [f64],
    lb: &'s [f64],
    ub: &'s [f64],
    calls: usize,
    x: Vec<f64>,
    g: Vec<f64>,
}

impl Scaled<'_, '_, '_> {
    fn set_x(&mut self, z: &[f64]) {
        for i in 0..z.len() {
            // Clipped: x = offset + scale·z may land an ulp outside a bound.
            self.x[i] = (self.offset[i] + self.scale[i] * z[i])
                .max(self.lb[i])
                .min(self.ub[i]);
        }
    }

    /// `f` and `∇_z f` at `z` (one TNC function call).
    fn eval(&mut self, z: &[f64], gz: &mut [f64]) -> f64 {
        self.calls += 1;
        self.set_x(z);
        let f = self.sf.fun_and_grad(&self.x, &mut self.g);
        for i in 0..z.len() {
            gz[i] = self.g[i] * self.scale[i];
        }
        f
    }
}

/// `v` moved onto a bound it is within rounding of: the scaling `z = (x − offset)/scale`
/// leaves points meant to be on a bound a few ulps away, which would make them look free.
fn snap(v: f64, lo: f64, hi: f64) -> f64 {
    let tol = |b: f64| 4.0 * f64::EPSILON * (1.0 + b.abs());
    if lo.is_finite() && v - lo <= tol(lo) {
        lo
    } else if hi.is_finite() && hi - v <= tol(hi) {
        hi
    } else {
        v
    }
}

/// The TNC iteration shared by `minimize` and `fmin_tnc`.
fn run(
    sf: &mut ScalarFunction<'_, '_>,
    x0: &[f64],
    lb: &[f64],
    ub: &[f64],
    st: &Settings,
    callback: &mut Option<MinimizeCallback<'_>>,
) -> Result<OptimizeResult> {
    let n = x0.len();
    let zl: Vec<f64> = (0..n)
        .map(|i| (lb[i] - st.offset[i]) / st.scale[i])
        .collect();
    let zu: Vec<f64> = (0..n)
        .map(|i| (ub[i] - st.offset[i]) / st.scale[i])
        .collect();
    // Scaling by a negative factor swaps the bounds.
    let (zl, zu): (Vec<f64>, Vec<f64>) =
        (0..n).map(|i| (zl[i].min(zu[i]), zl[i].max(zu[i]))).unzip();
    let mut z: Vec<f64> = (0..n)
        .map(|i| ((x0[i].max(lb[i]).min(ub[i])) - st.offset[i]) / st.scale[i])
        .map(|v| if v == 0.0 { 0.0 } else { v })
        .collect();
    for i in 0..n {
        z[i] = snap(z[i].max(zl[i]).min(zu[i]), zl[i], zu[i]);
    }
    let mut sc = Scaled {
        sf,
        scale: &st.scale,
        offset: &st.offset,
        lb,
        ub,
        calls: 0,
        x: vec![0.0; n],
        g: vec![0.0; n],
    };
    let all_fixed = (0..n).all(|i| lb[i] == ub[i]);
    let mut g = vec![0.0; n];
    let mut nit = 0usize;
    let rc: i32 = 'outer: {
        if all_fixed {
            break 'outer 5;
        }
        let mut f = sc.eval(&z, &mut g);
        let mut fixed = vec![false; n];
        let (mut pg, mut p, mut r, mut d, mut q, mut zt, mut gt, mut gh) = (
            vec![0.0; n],
            vec![0.0; n],
            vec![0.0; n],
            vec![0.0; n],
            vec![0.0; n],
            vec![0.0; n],
            vec![0.0; n],
            vec![0.0; n],
        );
        let mut state = IntermediateResult {
            x: Array1::zeros(n),
            fun: f,
            nit: 0,
        };
        let mut gbest = vec![0.0; n];
        // Nash's preconditioner: a diagonal updated by BFGS, combined with a memoryless BFGS
        // update from the last step (sp, yp).
        let mut diag = vec![1.0; n];
        let (mut sp, mut yp) = (vec![0.0; n], vec![0.0; n]);
        let mut rho_p = 0.0f64;
        let mut zz = vec![0.0; n];
        loop {
            // Active set: a variable stays at its bound while its gradient pushes outwards.
            for i in 0..n {
                fixed[i] = lb[i] == ub[i]
                    || (z[i] <= zl[i] && g[i] > 0.0)
                    || (z[i] >= zu[i] && g[i] < 0.0);
                pg[i] = if fixed[i] { 0.0 } else { g[i] };
            }
            let pgnorm = dot(&pg, &pg).sqrt();
            if pgnorm.is_nan() || f.is_nan() {
                break 'outer 6;
            }
            if pgnorm <= st.gtol {
                break 'outer 0;
            }
            if sc.calls >= st.maxfun {
                break 'outer 3;
            }
            // Preconditioned truncated CG on H p = −pg over the free variables.
            let precond = |v: &[f64], out: &mut [f64], fixed: &[bool]| {
                let mut a = 0.0;
                out.copy_from_slice(v);
                if rho_p > 0.0 {
                    a = rho_p
                        * (0..n)
                            .filter(|&i| !fixed[i])
                            .map(|i| sp[i] * out[i])
                            .sum::<f64>();
                    for i in 0..n {
                        out[i] -= a * yp[i];
                    }
                }
                for i in 0..n {
                    out[i] = if fixed[i] { 0.0 } else { out[i] / diag[i] };
                }
                if rho_p > 0.0 {
                    let b = rho_p
                        * (0..n)
                            .filter(|&i| !fixed[i])
                            .map(|i| yp[i] * out[i])
                            .sum::<f64>();
                    for i in 0..n {
                        if !fixed[i] {
                            out[i] += (a - b) * sp[i];
                        }
                    }
                }
            };
            p.iter_mut().for_each(|v| *v = 0.0);
            for i in 0..n {
                r[i] = -pg[i];
            }
            precond(&r, &mut zz, &fixed);
            d.copy_from_slice(&zz);
            let mut rz = dot(&r, &zz);
            let forcing = (0.5f64).min(pgnorm.sqrt()) * pgnorm;
            let znorm = dot(&z, &z).sqrt();
            for k in 0..st.max_cg_it {
                if sc.calls >= st.maxfun {
                    break;
                }
                let dnorm = dot(&d, &d).sqrt();
                if dnorm == 0.0 || rz.is_nan() || rz <= 0.0 {
                    break;
                }
                // Forward difference of the gradient along d (backward at a bound).
                let mut h = st.accuracy.sqrt() * (1.0 + znorm) / dnorm;
                if (0..n).any(|i| !fixed[i] && (z[i] + h * d[i] > zu[i] || z[i] + h * d[i] < zl[i]))
                {
                    h = -h;
                }
                for i in 0..n {
                    zt[i] = if fixed[i] {
                        z[i]
                    } else {
                        (z[i] + h * d[i]).max(zl[i]).min(zu[i])
                    };
                }
                sc.eval(&zt, &mut gh);
                for i in 0..n {
                    q[i] = if fixed[i] { 0.0 } else { (gh[i] - g[i]) / h };
                }
                let curv = dot(&d, &q);
                if curv.is_nan() || curv <= f64::EPSILON * dnorm * dnorm {
                    // Negative or no curvature: keep the progress so far (the preconditioned
                    // steepest descent on the first iteration).
                    if k == 0 {
                        p.copy_from_slice(&d);
                    }
                    break;
                }
                let alpha = rz / curv;
                for i in 0..n {
                    p[i] += alpha * d[i];
                    r[i] -= alpha * q[i];
                }
                if dot(&r, &r).sqrt() <= forcing {
                    break;
                }
                precond(&r, &mut zz, &fixed);
                let rz_new = dot(&r, &zz);
                let beta = rz_new / rz;
                rz = rz_new;
                for i in 0..n {
                    d[i] = zz[i] + beta * d[i];
                }
            }
            if st.max_cg_it == 0 || dot(&p, &p) == 0.0 {
                for i in 0..n {
                    p[i] = -pg[i];
                }
            }
            // A free variable at a bound cannot move outwards: drop such components.
            for i in 0..n {
                if (z[i] <= zl[i] && p[i] < 0.0) || (z[i] >= zu[i] && p[i] > 0.0) {
                    p[i] = 0.0;
                }
            }
            let mut gp0 = dot(&g, &p);
            if gp0.is_nan() || gp0 >= 0.0 {
                for i in 0..n {
                    p[i] = -pg[i];
                }
                gp0 = dot(&g, &p);
                if gp0.is_nan() || gp0 >= 0.0 {
                    break 'outer 6;
                }
            }
            // Largest feasible step and the line search's first trial.
            let pnorm = dot(&p, &p).sqrt();
            let mut amax = st.stepmx / pnorm;
            for i in 0..n {
                if p[i] > 0.0 && zu[i].is_finite() {
                    amax = amax.min((zu[i] - z[i]) / p[i]);
                } else if p[i] < 0.0 && zl[i].is_finite() {
                    amax = amax.min((zl[i] - z[i]) / p[i]);
                }
            }
            if amax.is_nan() || amax <= 0.0 {
                break 'outer 6;
            }
            let mut alpha = amax.min(1.0);
            if nit == 0 && f > st.minfev {
                alpha = alpha.min(2.0 * (f - st.minfev) / -gp0);
            }
            // Safeguarded search: sufficient decrease, then |g(α)ᵀp| ≤ eta·|g(0)ᵀp|.
            let (mut lo, mut hi) = (0.0f64, f64::INFINITY);
            let mut best: Option<(f64, f64)> = None;
            let mut accepted = None;
            for _ in 0..20 {
                if sc.calls >= st.maxfun {
                    break;
                }
                for i in 0..n {
                    zt[i] = (z[i] + alpha * p[i]).max(zl[i]).min(zu[i]);
                }
                let ft = sc.eval(&zt, &mut gt);
                let gpt = dot(&gt, &p);
                if ft <= f + 1e-4 * alpha * gp0 && ft.is_finite() {
                    if best.is_none_or(|(_, fb)| ft < fb) {
                        best = Some((alpha, ft));
                        gbest.copy_from_slice(&gt);
                    }
                    if gpt.abs() <= st.eta * -gp0 || alpha >= amax * (1.0 - 1e-12) && gpt < 0.0 {
                        accepted = Some((alpha, ft));
                        break;
                    }
                    if gpt < 0.0 {
                        lo = alpha;
                        alpha = if hi.is_finite() {
                            0.5 * (lo + hi)
                        } else {
                            (4.0 * alpha).min(amax)
                        };
                    } else {
                        hi = alpha;
                        alpha = 0.5 * (lo + hi);
                    }
                } else {
                    hi = alpha;
                    // Minimizer of the quadratic through f(0), f'(0) and f(α), safeguarded.
                    let den = 2.0 * (ft - f - gp0 * alpha);
                    let aq = if den > 0.0 && ft.is_finite() {
                        -gp0 * alpha * alpha / den
                    } else {
                        0.5 * alpha
                    };
                    alpha = aq
                        .max(lo + 0.1 * (alpha - lo))
                        .min(lo + 0.5 * (alpha - lo))
                        .max(lo + 1e-3 * (alpha - lo));
                }
                if (hi - lo) <= f64::EPSILON * hi.max(1.0) {
                    break;
                }
            }
            let Some((alpha, fnew)) = accepted.or(best) else {
                break 'outer if sc.calls >= st.maxfun { 3 } else { 4 };
            };
            for i in 0..n {
                zt[i] = snap((z[i] + alpha * p[i]).max(zl[i]).min(zu[i]), zl[i], zu[i]);
            }
            let step = alpha * pnorm;
            let fold = f;
            // Preconditioner update from this step (skipped without positive curvature).
            let mut sty = 0.0;
            for i in 0..n {
                sp[i] = zt[i] - z[i];
                yp[i] = gbest[i] - g[i];
                sty += sp[i] * yp[i];
            }
            if sty > f64::EPSILON * dot(&yp, &yp).sqrt() * dot(&sp, &sp).sqrt() {
                let sds: f64 = (0..n).map(|i| diag[i] * sp[i] * sp[i]).sum();
                for i in 0..n {
                    let dn = diag[i] + yp[i] * yp[i] / sty - (diag[i] * sp[i]).powi(2) / sds;
                    if dn > 0.0 && dn.is_finite() {
                        diag[i] = dn;
                    }
                }
                rho_p = 1.0 / sty;
            } else {
                rho_p = 0.0;
            }
            z.copy_from_slice(&zt);
            g.copy_from_slice(&gbest);
            f = fnew;
            nit += 1;
            sc.set_x(&z);
            state.set(&sc.x, f, nit);
            if let ControlFlow::Break(()) = sci_core::callback::notify(callback, &state) {
                break 'outer 99;
            }
            // Convergence tests (Nash's, with SciPy's separate return codes), skipped after a
            // step that ended on a new bound, whose length says nothing about convergence.
            if alpha >= amax * (1.0 - 1e-12) && amax < st.stepmx / pnorm {
                continue;
            }
            let rtol = st.ftol.max(st.xtol) + f64::EPSILON;
            if (fold - f).abs() <= rtol * (1.0 + f.abs()) {
                break 'outer 1;
            }
            if step <= (st.xtol + f64::EPSILON.sqrt()) * (1.0 + dot(&z, &z).sqrt()) {
                break 'outer 2;
            }
        }
    };
    // As SciPy, report f and the gradient re-evaluated at the final x (a cached value when x
    // was the last point evaluated).
    sc.set_x(&z);
    let x = sc.x.clone();
    let mut gx = vec![0.0; n];
    let fun = if all_fixed {
        sc.sf.fun(&x)
    } else {
        sc.sf.fun_and_grad(&x, &mut gx)
    };
    if all_fixed {
        sc.sf.grad(&x, &mut gx);
    }
    let message = if rc == 99 {
        sci_core::callback::STOPPED_BY_CALLBACK
    } else {
        rcstring(rc)
    };
    Ok(OptimizeResult {
        x: Array1::from(x),
        fun,
        jac: Some(Array1::from(gx)),
        nit,
        nfev: sc.sf.nfev,
        njev: sc.sf.njev,
        status: rc,
        success: (0..3).contains(&rc),
        message: message.into(),
        ..Default::default()
    })
}

/// Options of [`fmin_tnc_with`]: SciPy's keywords of `fmin_tnc`.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminTncOptions::default().bounds(vec![(Some(0.0), None)]);
/// assert!(o.bounds.is_some() && !o.approx_grad);
/// ```
#[derive(Debug, Default)]
pub struct FminTncOptions<'a> {
    /// Use a finite-difference gradient (step `epsilon`) instead of `fprime`.
    pub approx_grad: bool,
    /// `(min, max)` pairs, `None` meaning unbounded.
    pub bounds: Option<Vec<(Option<f64>, Option<f64>)>>,
    /// Finite-difference step (`None`: 1e-8).
    pub epsilon: Option<f64>,
    /// The method's options (`scale`, `offset`, `maxCGit`, `maxfun`, `eta`, `stepmx`,
    /// `accuracy`, `fmin` as `minfev`, `ftol`, `xtol`, `pgtol` as `gtol`, `rescale`).
    pub tnc: TncOptions,
    /// Called once per iteration.
    pub callback: Option<MinimizeCallback<'a>>,
}

impl<'a> FminTncOptions<'a> {
    /// Sets `approx_grad`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::FminTncOptions::default().approx_grad(true).approx_grad);
    /// ```
    #[must_use]
    pub fn approx_grad(mut self, v: bool) -> Self {
        self.approx_grad = v;
        self
    }

    /// Sets the bounds as `(min, max)` pairs.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminTncOptions::default().bounds(vec![(None, Some(1.0))]);
    /// assert!(o.bounds.is_some());
    /// ```
    #[must_use]
    pub fn bounds(mut self, b: Vec<(Option<f64>, Option<f64>)>) -> Self {
        self.bounds = Some(b);
        self
    }

    /// Sets `epsilon`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminTncOptions::default().epsilon(1e-6).epsilon, Some(1e-6));
    /// ```
    #[must_use]
    pub fn epsilon(mut self, v: f64) -> Self {
        self.epsilon = Some(v);
        self
    }

    /// Sets the method's options.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{FminTncOptions, TncOptions};
    /// let o = FminTncOptions::default().tnc(TncOptions::default().maxfun(50));
    /// assert_eq!(o.tnc.maxfun, Some(50));
    /// ```
    #[must_use]
    pub fn tnc(mut self, v: TncOptions) -> Self {
        self.tnc = v;
        self
    }

    /// Sets the per-iteration callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::FminTncOptions::default().callback(|_s| ControlFlow::Continue(()));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, cb: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(sci_core::Callback::new(cb));
        self
    }
}

/// The output of [`fmin_tnc_with`]: SciPy's `(x, nfeval, rc)`.
#[derive(Debug, Clone, PartialEq)]
pub struct FminTncOutput {
    /// The solution.
    pub x: Array1<f64>,
    /// Function evaluations.
    pub nfeval: usize,
    /// The return code (see SciPy's `RCSTRINGS`).
    pub rc: i32,
}

/// Minimizes `func` with TNC from `x0` with gradient `fprime` and SciPy's defaults (legacy
/// `fmin_tnc`); returns the solution.
///
/// # Errors
///
/// As [`fmin_tnc_with`].
///
/// # Examples
///
/// ```
/// use sci_optimize::{Gradient, fmin_tnc};
/// let x = fmin_tnc(|x: &[f64]| (x[0] - 2.0).powi(2) + x[1] * x[1], &[0.0, 1.0],
///     Gradient::provided(|x: &[f64], g: &mut [f64]| { g[0] = 2.0 * (x[0] - 2.0); g[1] = 2.0 * x[1]; })).unwrap();
/// assert!((x[0] - 2.0).abs() < 1e-4 && x[1].abs() < 1e-4);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_tnc.html>
/// - S. G. Nash, "Newton-type minimization via the Lanczos method", SIAM J. Numer. Anal.
///   21(4), 1984.
pub fn fmin_tnc<'x, 'a>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    fprime: Gradient<'a>,
) -> Result<Array1<f64>> {
    Ok(fmin_tnc_with(func, x0, fprime, FminTncOptions::default())?.x)
}

/// Legacy `fmin_tnc` with SciPy's keywords; returns `(x, nfeval, rc)`.
///
/// `fprime` may be [`Gradient::WithValue`] (SciPy's default, `func` returning both),
/// [`Gradient::Provided`] or finite differences (`approx_grad`).
///
/// # Errors
///
/// [`Error::EmptyInput`] / [`Error::NonFinite`] for a bad `x0`, [`Error::ShapeMismatch`] or
/// [`Error::InvalidArgument`] for bad bounds, `scale` or `offset`, [`Error::Unsupported`] for
/// `rescale`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{FminTncOptions, Gradient, fmin_tnc_with};
/// let out = fmin_tnc_with(|x: &[f64]| (x[0] - 2.0).powi(2), &[0.0], Gradient::default(),
///     FminTncOptions::default().approx_grad(true).bounds(vec![(None, Some(1.0))])).unwrap();
/// assert!((out.x[0] - 1.0).abs() < 1e-8 && (0..3).contains(&out.rc));
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_tnc.html>
/// - S. G. Nash, "A survey of truncated-Newton methods", J. Comput. Appl. Math. 124, 2000.
pub fn fmin_tnc_with<'x, 'a>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    fprime: Gradient<'a>,
    options: FminTncOptions<'a>,
) -> Result<FminTncOutput> {
    let x0 = crate::objective::checked_x0(x0)?;
    let n = x0.len();
    let bounds = match &options.bounds {
        Some(p) => {
            let b = Bounds::from_pairs(p);
            b.validate(n)?;
            Some(b)
        }
        None => None,
    };
    let (lb, ub) = match &bounds {
        Some(b) => (b.lb.to_vec(), b.ub.to_vec()),
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    let st = settings(&options.tnc, &x0, &lb, &ub)?;
    let grad = if options.approx_grad {
        Gradient::default()
    } else {
        fprime
    };
    let fun: &dyn Fn(&[f64]) -> f64 = &func;
    let mut sf = ScalarFunction::new(fun, &grad)
        .with_fd_step(FdStep::Absolute(vec![options.epsilon.unwrap_or(1e-8)]))
        .with_bounds(bounds.as_ref());
    let mut callback = options.callback;
    let r = run(&mut sf, &x0, &lb, &ub, &st, &mut callback)?;
    Ok(FminTncOutput {
        x: r.x,
        nfeval: r.nfev,
        rc: r.status,
    })
}
