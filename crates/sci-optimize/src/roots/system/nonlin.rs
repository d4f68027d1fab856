//! SciPy's `nonlin` family: an inexact Newton iteration `x ← x - s H F(x)` where `H`
//! approximates the inverse Jacobian (Broyden's first and second methods as low-rank
//! updates of `-α I`, Anderson mixing, linear, diagonal-Broyden and exciting mixing), with an
//! optional Armijo backtracking line search on `‖F‖²` (Kelley 1995).
//!
//! Termination (SciPy's `TerminationCondition`): stop when `‖F‖ = 0`, or when
//! `‖F‖ ≤ fatol`, `‖F‖ ≤ ftol ‖F₀‖`, `‖dx‖ ≤ xatol` and `‖dx‖ ≤ xtol ‖x‖` all hold (max-norm);
//! `nit` counts these checks, as SciPy does.

use std::collections::VecDeque;

use sci_core::ndarray::{Array1, Array2, Ix1};
use sci_core::{AsArray, Error, Result};

use super::{RootMethod, RootResult, RootState, SystemProblem};
use crate::vector::{dot, norm_inf, norm2};

/// The line search of the nonlin family (`line_search=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NonlinLineSearch {
    /// `'armijo'` (SciPy's default): backtracking by quadratic then cubic interpolation.
    #[default]
    Armijo,
    /// `'wolfe'`: not implemented here (returns `Error::Unsupported`).
    Wolfe,
}

/// How Broyden's low-rank inverse Jacobian is kept below `max_rank` (`reduction_method=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReductionMethod {
    /// `'restart'` (default): drop all updates.
    #[default]
    Restart,
    /// `'simple'`: drop the oldest update.
    Simple,
    /// `('svd', to_retain)`: keep the `to_retain` (default `max_rank - 2`) most significant
    /// singular directions of the update `C Dᵀ`.
    Svd(Option<usize>),
}

/// The Jacobian approximation's options (SciPy's `jac_options`); each method reads its own.
///
/// # Examples
///
/// ```
/// use sci_optimize::JacOptions;
///
/// let j = JacOptions::default().alpha(Some(0.5)).m(3);
/// assert_eq!(j.w0, 0.01);
/// ```
#[derive(Debug, Clone)]
pub struct JacOptions {
    /// The initial Jacobian is `-1/alpha` (all methods); by default
    /// `0.5 max(‖x₀‖, 1) / ‖F(x₀)‖`.
    pub alpha: Option<f64>,
    /// Broyden: how to reduce the rank (`'restart'` or `'simple'`).
    pub reduction_method: ReductionMethod,
    /// Broyden: the largest rank kept (default unbounded).
    pub max_rank: Option<usize>,
    /// Anderson: regularisation weight (default 0.01).
    pub w0: f64,
    /// Anderson: the number of previous iterates kept (`M`, default 5).
    pub m: usize,
    /// Exciting mixing: the largest entry of the diagonal (default 1).
    pub alphamax: f64,
}

impl Default for JacOptions {
    fn default() -> Self {
        Self {
            alpha: None,
            reduction_method: ReductionMethod::Restart,
            max_rank: None,
            w0: 0.01,
            m: 5,
            alphamax: 1.0,
        }
    }
}

crate::roots::setters!(JacOptions {
    alpha: Option<f64>,
    reduction_method: ReductionMethod,
    max_rank: Option<usize>,
    w0: f64,
    m: usize,
    alphamax: f64,
});

/// The options of the nonlin methods of `root` (`broyden1`, `broyden2`, `anderson`,
/// `linearmixing`, `diagbroyden`, `excitingmixing`) and of [`broyden1_with`] and friends.
///
/// # Examples
///
/// ```
/// use sci_optimize::{NonlinLineSearch, NonlinOptions};
///
/// let o = NonlinOptions::default().fatol(Some(1e-10)).line_search(None);
/// assert_eq!(o.line_search, None);
/// assert_eq!(NonlinOptions::default().line_search, Some(NonlinLineSearch::Armijo));
/// ```
#[derive(Debug, Clone)]
pub struct NonlinOptions {
    /// A fixed number of iterations (`nit`), ignoring the tolerances.
    pub nit: Option<usize>,
    /// The maximum number of iterations; default `100 (n + 1)`.
    pub maxiter: Option<usize>,
    /// Relative residual tolerance `‖F‖ ≤ ftol ‖F₀‖` (default unbounded).
    pub ftol: Option<f64>,
    /// Absolute residual tolerance (default `eps^(1/3)` ≈ 6e-6).
    pub fatol: Option<f64>,
    /// Relative step tolerance `‖dx‖ ≤ xtol ‖x‖` (default unbounded).
    pub xtol: Option<f64>,
    /// Absolute step tolerance (default unbounded).
    pub xatol: Option<f64>,
    /// The norm of the tolerance tests (default the max-norm).
    pub tol_norm: Option<fn(&[f64]) -> f64>,
    /// The line search; `None` takes full steps.
    pub line_search: Option<NonlinLineSearch>,
    /// The Jacobian approximation's options.
    pub jac_options: JacOptions,
}

impl Default for NonlinOptions {
    fn default() -> Self {
        Self {
            nit: None,
            maxiter: None,
            ftol: None,
            fatol: None,
            xtol: None,
            xatol: None,
            tol_norm: None,
            line_search: Some(NonlinLineSearch::Armijo),
            jac_options: JacOptions::default(),
        }
    }
}

crate::roots::setters!(NonlinOptions {
    nit: Option<usize>,
    maxiter: Option<usize>,
    ftol: Option<f64>,
    fatol: Option<f64>,
    xtol: Option<f64>,
    xatol: Option<f64>,
    tol_norm: Option<fn(&[f64]) -> f64>,
    line_search: Option<NonlinLineSearch>,
    jac_options: JacOptions,
});

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Broyden1,
    Broyden2,
    Anderson,
    Linear,
    Diag,
    Exciting,
}

/// The inverse-Jacobian approximation and its state.
struct Approx {
    kind: Kind,
    alpha: f64,
    o: JacOptions,
    /// Broyden: `H = -α I + Σ c dᵀ`.
    cs: Vec<Vec<f64>>,
    ds: Vec<Vec<f64>>,
    /// Anderson's history and Gram matrix.
    adx: VecDeque<Vec<f64>>,
    adf: VecDeque<Vec<f64>>,
    a: Array2<f64>,
    /// Diagonal Broyden's `d` or exciting mixing's `β`.
    diag: Vec<f64>,
}

impl Approx {
    fn new(kind: Kind, o: &JacOptions, x0: &[f64], f0: &[f64]) -> Approx {
        let alpha = o.alpha.unwrap_or_else(|| {
            let nf = norm2(f0);
            if nf != 0.0 {
                0.5 * norm2(x0).max(1.0) / nf
            } else {
                1.0
            }
        });
        let n = x0.len();
        let diag = match kind {
            Kind::Diag => vec![1.0 / alpha; n],
            Kind::Exciting => vec![alpha; n],
            _ => Vec::new(),
        };
        Approx {
            kind,
            alpha,
            o: o.clone(),
            cs: Vec::new(),
            ds: Vec::new(),
            adx: VecDeque::new(),
            adf: VecDeque::new(),
            a: Array2::zeros((0, 0)),
            diag,
        }
    }

    /// `H v` of the low-rank Broyden matrix (`transpose`: `Hᵀ v`).
    fn lowrank(&self, v: &[f64], out: &mut [f64], transpose: bool) {
        for (o, vi) in out.iter_mut().zip(v) {
            *o = -self.alpha * vi;
        }
        for (c, d) in self.cs.iter().zip(&self.ds) {
            let (c, d) = if transpose { (d, c) } else { (c, d) };
            let a = dot(d, v);
            for (o, ci) in out.iter_mut().zip(c) {
                *o += a * ci;
            }
        }
    }

    /// Replaces the `m` updates `Σ c dᵀ = C Dᵀ` by the `q` leading terms of its SVD: with
    /// `D = Q R`, `C Rᵀ = U S Wᵀ`, the pairs are the columns of `C Rᵀ W` and `Q W`.
    fn svd_reduce(&mut self, max_rank: usize, to_retain: Option<usize>) {
        // SciPy's rule: retain `to_retain` or `max_rank - 2` pairs, at most `p - 1`, where
        // `p` is `max_rank` capped by the dimension; reduce only with at least `p` pairs.
        let q = to_retain.unwrap_or(max_rank.saturating_sub(2));
        let mut p = max_rank;
        if let Some(c0) = self.cs.first() {
            p = p.min(c0.len());
        }
        let q = q.min(p.saturating_sub(1));
        let m = self.cs.len();
        if m < p || m == 0 {
            return;
        }
        let n = self.cs[0].len();
        let c = Array2::from_shape_fn((n, m), |(i, j)| self.cs[j][i]);
        let d = Array2::from_shape_fn((n, m), |(i, j)| self.ds[j][i]);
        let qr = sci_linalg::qr_with(
            d.view(),
            &sci_linalg::QrOptions::default()
                .mode(sci_linalg::QrMode::Economic)
                .check_finite(false),
        );
        let Ok(qr) = qr else {
            self.cs.clear();
            self.ds.clear();
            return;
        };
        let c = c.dot(&qr.r.t());
        let svd = sci_linalg::svd_with(
            c.view(),
            &sci_linalg::SvdOptions::default()
                .full_matrices(false)
                .check_finite(false),
        );
        let Ok(svd) = svd else {
            self.cs.clear();
            self.ds.clear();
            return;
        };
        // Wᴴ is orthogonal, so SciPy's `C inv(Wᴴ)` is `C W`.
        let w = svd.vh.t();
        let c = c.dot(&w);
        let d = qr.q.dot(&w);
        self.cs = (0..q).map(|k| c.column(k).to_vec()).collect();
        self.ds = (0..q).map(|k| d.column(k).to_vec()).collect();
    }

    /// `out = H f`, the (negated) step.
    fn solve(&mut self, f: &[f64], out: &mut [f64]) {
        match self.kind {
            Kind::Broyden1 | Kind::Broyden2 => {
                self.lowrank(f, out, false);
                if !out.iter().all(|v| v.is_finite()) {
                    // SciPy restarts the approximation when it blows up.
                    self.cs.clear();
                    self.ds.clear();
                    self.lowrank(f, out, false);
                }
            }
            Kind::Anderson => {
                for (o, fi) in out.iter_mut().zip(f) {
                    *o = -self.alpha * fi;
                }
                let k = self.adx.len();
                if k == 0 {
                    return;
                }
                let df_f = Array1::from_iter(self.adf.iter().map(|d| dot(d, f)));
                let opts = sci_linalg::SolveOptions::default()
                    .check_finite(false)
                    .accept_ill_conditioned(true);
                match sci_linalg::solve_with(self.a.view(), df_f.view(), &opts) {
                    Ok(gamma) if gamma.iter().all(|g| g.is_finite()) => {
                        for m in 0..k {
                            for (i, o) in out.iter_mut().enumerate() {
                                *o += gamma[m] * (self.adx[m][i] + self.alpha * self.adf[m][i]);
                            }
                        }
                    }
                    _ => {
                        self.adx.clear();
                        self.adf.clear();
                    }
                }
            }
            Kind::Linear => {
                for (o, fi) in out.iter_mut().zip(f) {
                    *o = -fi * self.alpha;
                }
            }
            Kind::Diag => {
                for ((o, fi), d) in out.iter_mut().zip(f).zip(&self.diag) {
                    *o = -fi / d;
                }
            }
            Kind::Exciting => {
                for ((o, fi), b) in out.iter_mut().zip(f).zip(&self.diag) {
                    *o = -fi * b;
                }
            }
        }
    }

    fn update(&mut self, f: &[f64], last_f: &[f64], dx: &[f64], df: &[f64], work: &mut [f64]) {
        match self.kind {
            Kind::Broyden1 | Kind::Broyden2 => {
                if let Some(max_rank) = self.o.max_rank {
                    // Reduce first so the new update keeps the secant condition.
                    let rank = max_rank.saturating_sub(1).max(1);
                    match self.o.reduction_method {
                        ReductionMethod::Restart if self.cs.len() > rank => {
                            self.cs.clear();
                            self.ds.clear();
                        }
                        ReductionMethod::Simple => {
                            while self.cs.len() > rank {
                                self.cs.remove(0);
                                self.ds.remove(0);
                            }
                        }
                        ReductionMethod::Svd(to_retain) => self.svd_reduce(rank, to_retain),
                        ReductionMethod::Restart => {}
                    }
                }
                self.lowrank(df, work, false);
                let c: Vec<f64> = dx.iter().zip(work.iter()).map(|(a, b)| a - b).collect();
                let d: Vec<f64> = if self.kind == Kind::Broyden1 {
                    self.lowrank(dx, work, true);
                    let s = dot(df, work);
                    work.iter().map(|v| v / s).collect()
                } else {
                    let s = dot(df, df);
                    df.iter().map(|v| v / s).collect()
                };
                self.cs.push(c);
                self.ds.push(d);
            }
            Kind::Anderson => {
                if self.o.m == 0 {
                    return;
                }
                self.adx.push_back(dx.to_vec());
                self.adf.push_back(df.to_vec());
                while self.adx.len() > self.o.m {
                    self.adx.pop_front();
                    self.adf.pop_front();
                }
                let k = self.adx.len();
                let w2 = self.o.w0 * self.o.w0;
                self.a = Array2::from_shape_fn((k, k), |(i, j)| {
                    let wd = if i == j { w2 } else { 0.0 };
                    (1.0 + wd) * dot(&self.adf[i], &self.adf[j])
                });
            }
            Kind::Linear => {}
            Kind::Diag => {
                let dx2 = dot(dx, dx);
                for i in 0..dx.len() {
                    self.diag[i] -= (df[i] + self.diag[i] * dx[i]) * dx[i] / dx2;
                }
            }
            Kind::Exciting => {
                for i in 0..f.len() {
                    if f[i] * last_f[i] > 0.0 {
                        self.diag[i] += self.alpha;
                    } else {
                        self.diag[i] = self.alpha;
                    }
                    self.diag[i] = self.diag[i].clamp(0.0, self.o.alphamax);
                }
            }
        }
    }
}

/// What one nonlin run produced.
struct NonlinOutput {
    x: Vec<f64>,
    fx: Vec<f64>,
    status: i32,
    nit: usize,
    nfev: usize,
    stopped: bool,
}

/// The nonlin solver shared by `root` and the public functions.
fn nonlin_solve(
    fun: &dyn Fn(&[f64], &mut [f64]),
    x0: &[f64],
    kind: Kind,
    o: &NonlinOptions,
    callback: &mut Option<super::RootCallback<'_>>,
) -> Result<NonlinOutput> {
    if o.line_search == Some(NonlinLineSearch::Wolfe) {
        return Err(Error::Unsupported {
            what: "nonlin line_search='wolfe'".into(),
        });
    }
    let n = x0.len();
    let tol_norm = o.tol_norm.unwrap_or(norm_inf);
    let f_tol = o.fatol.unwrap_or(f64::EPSILON.cbrt());
    let f_rtol = o.ftol.unwrap_or(f64::INFINITY);
    let x_tol = o.xatol.unwrap_or(f64::INFINITY);
    let x_rtol = o.xtol.unwrap_or(f64::INFINITY);
    let mut nfev = 0usize;
    let mut eval = |x: &[f64], out: &mut [f64]| {
        fun(x, out);
        nfev += 1;
    };
    let mut x = x0.to_vec();
    let mut fx = vec![0.0; n];
    eval(&x, &mut fx);
    // SciPy's norms check finiteness and raise on a NaN or infinity in F, x or the step.
    check_finite("F(x)", &fx)?;
    let mut dx = vec![f64::INFINITY; n];
    let mut jac = Approx::new(kind, &o.jac_options, &x, &fx);
    let maxiter = o
        .maxiter
        .unwrap_or_else(|| o.nit.map_or(100 * (n + 1), |k| k + 1));
    let (mut xt, mut ft, mut fbest, mut work) =
        (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let (mut last_x, mut last_f) = (x.clone(), fx.clone());
    let mut f0_norm = None;
    let mut nit = 0;
    let mut status = 2;
    let mut state = RootState::default();
    let mut stopped = false;
    for _ in 0..maxiter {
        nit += 1;
        let f_norm = tol_norm(&fx);
        let f0 = *f0_norm.get_or_insert(f_norm);
        let check = if f_norm == 0.0 {
            1
        } else if let Some(k) = o.nit {
            2 * i32::from(nit > k)
        } else {
            let dxn = tol_norm(&dx);
            i32::from(
                f_norm <= f_tol
                    && f_norm / f_rtol <= f0
                    && dxn <= x_tol
                    && dxn / x_rtol <= tol_norm(&x),
            )
        };
        if check != 0 {
            status = check;
            break;
        }
        jac.solve(&fx, &mut dx);
        for v in &mut dx {
            *v = -*v;
        }
        check_finite("the step", &dx)?;
        if norm2(&dx) == 0.0 {
            return Err(Error::DidNotConverge {
                method: "nonlin_solve".into(),
                iterations: nit,
                detail: "Jacobian inversion yielded zero vector".into(),
            });
        }
        if o.line_search.is_some() {
            // `xt`, `ft` receive the accepted point and its residual; `dx` keeps the full
            // direction, which is what SciPy's step-size test measures.
            armijo(&mut eval, &x, &fx, &dx, &mut xt, &mut ft, &mut fbest);
            x.copy_from_slice(&xt);
            fx.copy_from_slice(&ft);
        } else {
            for i in 0..n {
                x[i] += dx[i];
            }
            eval(&x, &mut fx);
        }
        check_finite("x", &x)?;
        check_finite("F(x)", &fx)?;
        for i in 0..n {
            xt[i] = x[i] - last_x[i];
            ft[i] = fx[i] - last_f[i];
        }
        jac.update(&fx, &last_f, &xt, &ft, &mut work);
        last_x.copy_from_slice(&x);
        last_f.copy_from_slice(&fx);
        if callback.is_some() {
            state.x = Array1::from(x.clone());
            state.fun = Array1::from(fx.clone());
            state.nit = nit;
            if sci_core::callback::notify(callback, &state).is_break() {
                stopped = true;
                break;
            }
        }
    }
    Ok(NonlinOutput {
        x,
        fx,
        status,
        nit,
        nfev,
        stopped,
    })
}

fn check_finite(name: &str, v: &[f64]) -> Result<()> {
    match v.iter().position(|a| !a.is_finite()) {
        None => Ok(()),
        Some(i) => Err(Error::NonFinite {
            name: name.into(),
            index: vec![i],
            value: v[i],
        }),
    }
}

/// `‖v‖²`, infinite for a non-finite `v` (SciPy's `_safe_norm`).
fn safe_norm2(v: &[f64]) -> f64 {
    if v.iter().all(|a| a.is_finite()) {
        dot(v, v)
    } else {
        f64::INFINITY
    }
}

/// Armijo backtracking on `φ(s) = ‖F(x + s dx)‖²` with `φ'(0) = -φ(0)`, `c₁ = 1e-4`, and
/// quadratic then cubic interpolation down to `s = 0.01`; a failed search takes the full
/// step. On return `xt`, `ft` hold the accepted point and residual.
fn armijo(
    eval: &mut dyn FnMut(&[f64], &mut [f64]),
    x: &[f64],
    fx: &[f64],
    dx: &[f64],
    xt: &mut [f64],
    ft: &mut [f64],
    fbest: &mut [f64],
) {
    let c1 = 1e-4;
    let amin = 1e-2;
    let phi0 = dot(fx, fx);
    let derphi0 = -phi0;
    let mut last_s = 0.0;
    let mut phi = |s: f64, last_s: &mut f64, fbest: &mut [f64]| -> f64 {
        for i in 0..x.len() {
            xt[i] = x[i] + s * dx[i];
        }
        eval(xt, fbest);
        *last_s = s;
        safe_norm2(fbest)
    };
    let accept = |s: f64, p: f64| p <= phi0 + c1 * s * derphi0;
    let mut alpha0 = 1.0;
    let mut phi_a0 = phi(alpha0, &mut last_s, fbest);
    let mut result = None;
    if accept(alpha0, phi_a0) {
        result = Some(alpha0);
    } else {
        let mut alpha1 = -derphi0 * alpha0 * alpha0 / 2.0 / (phi_a0 - phi0 - derphi0 * alpha0);
        let mut phi_a1 = phi(alpha1, &mut last_s, fbest);
        if accept(alpha1, phi_a1) {
            result = Some(alpha1);
        } else {
            while alpha1 > amin {
                let factor = alpha0 * alpha0 * alpha1 * alpha1 * (alpha1 - alpha0);
                let r1 = phi_a1 - phi0 - derphi0 * alpha1;
                let r0 = phi_a0 - phi0 - derphi0 * alpha0;
                let a = (alpha0 * alpha0 * r1 - alpha1 * alpha1 * r0) / factor;
                let b = (-alpha0.powi(3) * r1 + alpha1.powi(3) * r0) / factor;
                let mut alpha2 = (-b + (b * b - 3.0 * a * derphi0).abs().sqrt()) / (3.0 * a);
                let phi_a2 = phi(alpha2, &mut last_s, fbest);
                if accept(alpha2, phi_a2) {
                    result = Some(alpha2);
                    break;
                }
                if (alpha1 - alpha2) > alpha1 / 2.0 || (1.0 - alpha2 / alpha1) < 0.96 {
                    alpha2 = alpha1 / 2.0;
                }
                alpha0 = alpha1;
                alpha1 = alpha2;
                phi_a0 = phi_a1;
                phi_a1 = phi_a2;
                if !(alpha1.is_finite()) {
                    break;
                }
            }
        }
    }
    let s = result.unwrap_or(1.0);
    if s == last_s {
        ft.copy_from_slice(fbest);
    } else {
        // The failed search falls back to the full step, evaluated afresh.
        for i in 0..x.len() {
            xt[i] = x[i] + s * dx[i];
        }
        eval(xt, ft);
    }
    for i in 0..x.len() {
        xt[i] = x[i] + s * dx[i];
    }
}

fn kind_of(method: &RootMethod) -> Kind {
    match method {
        RootMethod::Broyden1(_) => Kind::Broyden1,
        RootMethod::Broyden2(_) => Kind::Broyden2,
        RootMethod::Anderson(_) => Kind::Anderson,
        RootMethod::LinearMixing(_) => Kind::Linear,
        RootMethod::DiagBroyden(_) => Kind::Diag,
        _ => Kind::Exciting,
    }
}

const MESSAGES: [&str; 2] = [
    "A solution was found at the specified tolerance.",
    "The maximum number of iterations allowed has been reached.",
];

/// `root` with one of the nonlin methods.
pub(crate) fn root_nonlin(
    problem: &mut SystemProblem<'_, '_>,
    x0: &[f64],
    method: &RootMethod,
    opts: &NonlinOptions,
) -> Result<RootResult> {
    let mut o = opts.clone();
    if let Some(tol) = problem.tol {
        // SciPy fills unset options: the step test becomes `‖dx‖ ≤ tol ‖x‖` alone.
        o.xtol.get_or_insert(tol);
        o.xatol.get_or_insert(f64::INFINITY);
        o.ftol.get_or_insert(f64::INFINITY);
        o.fatol.get_or_insert(f64::INFINITY);
    }
    let out = nonlin_solve(problem.fun, x0, kind_of(method), &o, &mut problem.callback)?;
    let (success, status, message) = if out.stopped {
        (
            false,
            99,
            sci_core::callback::STOPPED_BY_CALLBACK.to_string(),
        )
    } else {
        (
            out.status == 1,
            out.status,
            MESSAGES[(out.status != 1) as usize].to_string(),
        )
    };
    Ok(RootResult {
        x: Array1::from(out.x),
        fun: Array1::from(out.fx),
        success,
        status,
        message,
        nit: out.nit,
        nfev: out.nfev,
        ..Default::default()
    })
}

fn public_solve<'x>(
    f: impl Fn(&[f64], &mut [f64]),
    xin: impl AsArray<'x, f64, Ix1>,
    kind: Kind,
    name: &str,
    o: &NonlinOptions,
) -> Result<Array1<f64>> {
    let x0 = sci_core::view1(xin).to_vec();
    sci_core::check_nonempty("xin", x0.len(), 1)?;
    sci_core::check_finite("xin", &sci_core::ndarray::ArrayView1::from(&x0[..]))?;
    let out = nonlin_solve(&f, &x0, kind, o, &mut None)?;
    if out.status == 1 {
        Ok(Array1::from(out.x))
    } else {
        Err(Error::DidNotConverge {
            method: name.into(),
            iterations: out.nit,
            detail: format!("max-norm of the residual {:e}", norm_inf(&out.fx)),
        })
    }
}

macro_rules! public_nonlin {
    ($plain:ident, $with:ident, $kind:expr, $name:literal, $what:literal) => {
        #[doc = concat!("Finds a root of `F(x) = 0` with ", $what, " (SciPy's `", $name, "`, defaults).")]
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("let x = sci_optimize::", stringify!($plain), "(")]
        ///     |x: &[f64], f: &mut [f64]| {
        ///         f[0] = 1.0 - x[0] - 0.1 * x[0].powi(3) - 0.1 * x[1];
        ///         f[1] = 2.0 - x[1] - 0.1 * x[1].powi(3);
        ///     },
        ///     &[0.0, 0.0],
        /// )
        /// .unwrap();
        /// assert!((x[0] - 0.791044).abs() < 1e-4 && (x[1] - 1.594562).abs() < 1e-4);
        /// ```
        ///
        /// # Errors
        ///
        #[doc = concat!("As [`", stringify!($with), "`].")]
        ///
        /// # References
        ///
        #[doc = concat!("- SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.", $name, ".html>")]
        /// - C. T. Kelley, *Iterative Methods for Linear and Nonlinear Equations*, SIAM, 1995.
        pub fn $plain<'x>(f: impl Fn(&[f64], &mut [f64]), xin: impl AsArray<'x, f64, Ix1>) -> Result<Array1<f64>> {
            $with(f, xin, &NonlinOptions::default())
        }

        #[doc = concat!("[`", stringify!($plain), "`] with SciPy's keywords (`iter` is `nit`, `f_tol` is `fatol`, `f_rtol` is `ftol`, `x_tol` is `xatol`, `x_rtol` is `xtol`).")]
        ///
        /// # Examples
        ///
        /// ```
        /// use sci_optimize::NonlinOptions;
        ///
        #[doc = concat!("let x = sci_optimize::", stringify!($with), "(")]
        ///     |x: &[f64], f: &mut [f64]| f[0] = 4.0 - x[0] * x[0],
        ///     &[1.0],
        ///     &NonlinOptions::default().fatol(Some(1e-10)),
        /// )
        /// .unwrap();
        /// assert!((x[0] - 2.0).abs() < 1e-8);
        /// ```
        ///
        /// # Errors
        ///
        /// [`Error::DidNotConverge`] when no solution is found within `maxiter` (SciPy raises
        /// `NoConvergence`), [`Error::EmptyInput`] / [`Error::NonFinite`] for a bad `xin`,
        /// [`Error::Unsupported`] for `line_search = Wolfe`.
        ///
        /// # References
        ///
        #[doc = concat!("As [`", stringify!($plain), "`].")]
        pub fn $with<'x>(
            f: impl Fn(&[f64], &mut [f64]),
            xin: impl AsArray<'x, f64, Ix1>,
            options: &NonlinOptions,
        ) -> Result<Array1<f64>> {
            public_solve(f, xin, $kind, $name, options)
        }
    };
}

public_nonlin!(
    broyden1,
    broyden1_with,
    Kind::Broyden1,
    "broyden1",
    "Broyden's first (good) method"
);
public_nonlin!(
    broyden2,
    broyden2_with,
    Kind::Broyden2,
    "broyden2",
    "Broyden's second (bad) method"
);
public_nonlin!(
    anderson,
    anderson_with,
    Kind::Anderson,
    "anderson",
    "Anderson mixing"
);
public_nonlin!(
    diagbroyden,
    diagbroyden_with,
    Kind::Diag,
    "diagbroyden",
    "a diagonal Broyden Jacobian approximation"
);
public_nonlin!(
    linearmixing,
    linearmixing_with,
    Kind::Linear,
    "linearmixing",
    "linear mixing (a scalar Jacobian approximation)"
);
public_nonlin!(
    excitingmixing,
    excitingmixing_with,
    Kind::Exciting,
    "excitingmixing",
    "exciting mixing (a tuned diagonal Jacobian approximation)"
);
