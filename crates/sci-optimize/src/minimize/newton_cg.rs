//! Method `Newton-CG`: the line-search truncated Newton method, as SciPy's
//! `minimize(method='Newton-CG')`, and the legacy [`fmin_ncg`].
//!
//! Each iteration solves the Newton system `∇²f(x) p = -∇f(x)` approximately by conjugate
//! gradients started from 0, stopped at the residual `min(0.5, √‖g‖₁)·‖g‖₁` (1-norm) or at
//! the first direction of non-positive curvature, then takes a strong-Wolfe line search
//! along `p` (Moré–Thuente first, Nocedal–Wright's zoom if that fails, as SciPy). The
//! Hessian enters only through products `∇²f(x) v`: a user Hessian (formed once per
//! iteration), a user `hessp`, a finite-difference or quasi-Newton Hessian, or, when none is
//! given, forward differences of the gradient `(∇f(x + ε v) - ∇f(x)) / ε`.
//! Per iteration: at most `20 n` products, O(n) work each besides them, plus the line search.

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Array2, ArrayViewMut2, Ix1};
use sci_core::{AsArray, Error, Result};

use crate::line_search::{WolfeParams, check_c1_c2, line_search_wolfe12};
use crate::minimize::Problem;
use crate::minimize::bfgs::{msg, refuse_bounds_and_constraints};
use crate::objective::ScalarFunction;
use crate::vector::dot;
use crate::{
    ApproxType, Gradient, Hessian, IntermediateResult, Method, MinimizeCallback, MinimizeOptions,
    OptimizeResult,
};

/// SciPy's message when the inner CG solve keeps finding positive curvature without
/// converging.
const CG_NOT_CONVERGED: &str =
    "Warning: CG iterations didn't converge. The Hessian is not positive definite.";

/// Options of method `Newton-CG` (SciPy's `options=` keys). `Default` is SciPy's.
///
/// Newton-CG requires a gradient ([`Gradient::Provided`] or [`Gradient::WithValue`]): as
/// SciPy raises `ValueError('Jacobian is required for Newton-CG method')`,
/// [`minimize_with`](crate::minimize_with) returns
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for a finite-difference
/// gradient. It takes no bounds or constraints (an `InvalidArgument` error, where SciPy only
/// warns). The Hessian comes from `hess` ([`Hessian::Provided`], [`Hessian::FiniteDiff`],
/// [`Hessian::QuasiNewton`]), from `hessp`, or from finite differences of the gradient with
/// step `eps` when neither is given.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-newtoncg.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, section 7.1
///   (line-search Newton-CG, Algorithm 7.1).
///
/// # Examples
///
/// ```
/// use sci_optimize::{Gradient, Hessian, Method, MinimizeOptions, NewtonCgOptions, minimize_with, rosen, rosen_der, rosen_hess};
/// let o = MinimizeOptions::default()
///     .method(Method::NewtonCg(NewtonCgOptions::default().xtol(1e-8)))
///     .jac(Gradient::provided(rosen_der))
///     .hess(Hessian::provided(rosen_hess));
/// let r = minimize_with(rosen, &[-1.2, 1.0], o).unwrap();
/// assert!(r.success && (r.x[0] - 1.0).abs() < 1e-7);
/// ```
#[derive(Debug, Clone)]
pub struct NewtonCgOptions {
    /// Stop when the l1 norm of the step is at most `n · xtol` (default 1e-5). `minimize`'s
    /// `tol` replaces it when this is left at its default.
    pub xtol: f64,
    /// The step of the finite-difference Hessian-vector products (default `√ε`).
    pub eps: f64,
    /// Largest number of iterations (default `200 n`).
    pub maxiter: Option<usize>,
    /// Armijo constant of the line search (default 1e-4).
    pub c1: f64,
    /// Curvature constant of the line search (default 0.9).
    pub c2: f64,
}

impl Default for NewtonCgOptions {
    fn default() -> Self {
        NewtonCgOptions {
            xtol: 1e-5,
            eps: f64::EPSILON.sqrt(),
            maxiter: None,
            c1: 1e-4,
            c2: 0.9,
        }
    }
}

/// Chainable setters with doc examples: `name: type => wrap, example, stored`.
macro_rules! setters {
    ($t:ident; $($name:ident: $ty:ty => $val:expr, $ex:expr, $stored:expr;)*) => {
        $(
            #[doc = concat!("Sets `", stringify!($name), "`.")]
            ///
            /// # Examples
            ///
            #[doc = concat!("```\nlet o = sci_optimize::", stringify!($t), "::default().", stringify!($name), "(", stringify!($ex), ");\nassert_eq!(o.", stringify!($name), ", ", stringify!($stored), ");\n```")]
            #[must_use]
            pub fn $name(mut self, v: $ty) -> Self {
                self.$name = $val(v);
                self
            }
        )*
    };
}

impl NewtonCgOptions {
    setters! { NewtonCgOptions;
        xtol: f64 => |v| v, 1e-8, 1e-8;
        eps: f64 => |v| v, 1e-6, 1e-6;
        maxiter: usize => Some, 10, Some(10);
        c1: f64 => |v| v, 1e-3, 1e-3;
        c2: f64 => |v| v, 0.5, 0.5;
    }
}

/// Refuses a finite-difference gradient, as SciPy's trust-region and Newton methods raise
/// `ValueError('Jacobian is required for ...')`.
pub(crate) fn require_gradient(jac: &Gradient<'_>, what: &str) -> Result<()> {
    if jac.is_finite_diff() {
        return Err(Error::invalid_argument(
            "jac",
            "finite differences",
            format!("Jacobian is required for {what}"),
        ));
    }
    Ok(())
}

/// Writes `H v` for a dense symmetric `H` into `out`.
pub(crate) fn matvec(h: &Array2<f64>, v: &[f64], out: &mut [f64]) {
    for (o, row) in out.iter_mut().zip(h.rows()) {
        *o = row.iter().zip(v).map(|(a, b)| a * b).sum();
    }
}

/// Runs Newton-CG on a validated problem (the dispatch target of
/// [`Method::NewtonCg`](crate::Method::NewtonCg)).
pub(crate) fn minimize_newtoncg(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &NewtonCgOptions,
) -> Result<OptimizeResult> {
    refuse_bounds_and_constraints(problem, "Newton-CG")?;
    require_gradient(&problem.jac, "Newton-CG method")?;
    check_c1_c2(opts.c1, opts.c2)?;
    let n = x0.len();
    let avextol = match problem.tol {
        Some(t) if opts.xtol == NewtonCgOptions::default().xtol => t,
        _ => opts.xtol,
    };
    let maxiter = opts.maxiter.unwrap_or(200 * n);
    let cg_maxiter = 20 * n;
    let xtol = n as f64 * avextol;
    let eps = opts.eps;
    let Problem {
        fun,
        jac,
        hess,
        hessp,
        callback,
        ..
    } = problem;
    let mut sf = ScalarFunction::new(*fun, jac);
    if let Hessian::QuasiNewton(s) = hess {
        s.initialize(n, ApproxType::Hess);
    }
    let params = WolfeParams::new(opts.c1, opts.c2);

    let mut xk = x0.to_vec();
    let mut gfk = vec![0.0; n];
    let mut old_fval = sf.fun_and_grad(&xk, &mut gfk);
    let mut old_old_fval: Option<f64> = None;
    let mut hmat = Array2::<f64>::zeros((n, n));
    let (mut xsupi, mut ri, mut psupi, mut ap) =
        (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let (mut x_new, mut g_new, mut xe, mut ge) =
        (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let mut state = IntermediateResult {
        x: Array1::zeros(n),
        fun: old_fval,
        nit: 0,
    };
    let mut hcalls = 0usize;
    let mut k = 0usize;
    let mut update_l1norm = f64::MAX;
    let finish = |status: i32,
                  message: &str,
                  x: Vec<f64>,
                  f: f64,
                  g: Vec<f64>,
                  k,
                  sf: &ScalarFunction<'_, '_>,
                  hcalls| {
        Ok(OptimizeResult {
            x: Array1::from(x),
            fun: f,
            jac: Some(Array1::from(g)),
            nit: k,
            nfev: sf.nfev,
            njev: sf.njev,
            nhev: hcalls,
            status,
            success: status == 0,
            message: message.to_string(),
            ..Default::default()
        })
    };
    while update_l1norm > xtol {
        if k >= maxiter {
            let m = format!("Warning: {}", msg::MAXITER);
            return finish(1, &m, xk, old_fval, gfk, k, &sf, hcalls);
        }
        // The CG solve of ∇²f p = -g from p = 0, truncated at the forcing residual.
        let maggrad: f64 = gfk.iter().map(|v| v.abs()).sum();
        let eta = 0.5f64.min(maggrad.sqrt());
        let termcond = eta * maggrad;
        xsupi.iter_mut().for_each(|v| *v = 0.0);
        ri.copy_from_slice(&gfk);
        for (p, r) in psupi.iter_mut().zip(&ri) {
            *p = -r;
        }
        let mut dri0 = dot(&ri, &ri);
        // A dense Hessian (user, finite-difference or quasi-Newton) is formed once.
        let dense = match hess {
            Hessian::Provided(h) => {
                hmat.fill(0.0);
                h(&xk, hmat.view_mut());
                sf.nhev += 1;
                hcalls += 1;
                true
            }
            Hessian::FiniteDiff(scheme) => {
                sf.fd_hess(&xk, *scheme, &mut hmat);
                true
            }
            Hessian::QuasiNewton(_) => {
                hcalls += 1;
                false
            }
            Hessian::None => false,
        };
        let mut converged = false;
        for i in 0..cg_maxiter {
            if ri.iter().map(|v| v.abs()).sum::<f64>() <= termcond {
                converged = true;
                break;
            }
            if dense {
                matvec(&hmat, &psupi, &mut ap);
                if matches!(hess, Hessian::FiniteDiff(_)) {
                    hcalls += 1;
                }
            } else if let Hessian::QuasiNewton(s) = hess {
                s.dot(&psupi, &mut ap);
            } else if let Some(hp) = hessp.as_ref() {
                hp(&xk, &psupi, &mut ap);
                hcalls += 1;
            } else {
                // Forward difference of the gradient along p (the gradient at xk is known).
                for j in 0..n {
                    xe[j] = xk[j] + eps * psupi[j];
                }
                sf.grad(&xe, &mut ge);
                for j in 0..n {
                    ap[j] = (ge[j] - gfk[j]) / eps;
                }
            }
            let curv = dot(&psupi, &ap);
            if (0.0..=3.0 * f64::EPSILON).contains(&curv) {
                converged = true;
                break;
            } else if curv < 0.0 {
                if i == 0 {
                    // Fall back to the steepest-descent direction scaled by the curvature.
                    for j in 0..n {
                        xsupi[j] = dri0 / (-curv) * -gfk[j];
                    }
                }
                converged = true;
                break;
            } else if !curv.is_finite() {
                converged = true;
                break;
            }
            let alphai = dri0 / curv;
            for j in 0..n {
                xsupi[j] += alphai * psupi[j];
                ri[j] += alphai * ap[j];
            }
            let dri1 = dot(&ri, &ri);
            let betai = dri1 / dri0;
            for j in 0..n {
                psupi[j] = -ri[j] + betai * psupi[j];
            }
            dri0 = dri1;
        }
        if !converged {
            return finish(3, CG_NOT_CONVERGED, xk, old_fval, gfk, k, &sf, hcalls);
        }
        let Some(step) = line_search_wolfe12(
            &mut sf,
            &xk,
            &xsupi,
            &gfk,
            old_fval,
            old_old_fval,
            &params,
            None,
            &mut x_new,
            &mut g_new,
        ) else {
            let m = format!("Warning: {}", msg::PR_LOSS);
            return finish(2, &m, xk, old_fval, gfk, k, &sf, hcalls);
        };
        old_fval = step.new_fval;
        old_old_fval = Some(step.old_fval);
        update_l1norm = xsupi.iter().map(|p| (step.alpha * p).abs()).sum();
        if let Hessian::QuasiNewton(s) = hess {
            let sk: Vec<f64> = x_new.iter().zip(&xk).map(|(a, b)| a - b).collect();
            let yk: Vec<f64> = g_new.iter().zip(&gfk).map(|(a, b)| a - b).collect();
            s.update(&sk, &yk);
        }
        xk.copy_from_slice(&x_new);
        gfk.copy_from_slice(&g_new);
        k += 1;
        state.set(&xk, old_fval, k);
        if sci_core::callback::notify(callback, &state).is_break() {
            return finish(
                99,
                sci_core::callback::STOPPED_BY_CALLBACK,
                xk,
                old_fval,
                gfk,
                k,
                &sf,
                hcalls,
            );
        }
    }
    if old_fval.is_nan() || update_l1norm.is_nan() {
        return finish(3, msg::NAN, xk, old_fval, gfk, k, &sf, hcalls);
    }
    finish(0, msg::SUCCESS, xk, old_fval, gfk, k, &sf, hcalls)
}

/// SciPy's keywords of [`fmin_ncg_with`]. `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::FminNcgOptions::default().avextol(1e-8).maxiter(100);
/// assert_eq!((o.avextol, o.maxiter), (1e-8, Some(100)));
/// ```
pub struct FminNcgOptions<'a> {
    /// The Hessian-vector product `fhess_p(x, p, out)`.
    pub fhess_p: Option<crate::HessProductFn<'a>>,
    /// The Hessian `fhess(x, out)`; used instead of `fhess_p` when both are given.
    pub fhess: Option<crate::HessianFn<'a>>,
    /// Stop when the average step component is at most `avextol` (default 1e-5).
    pub avextol: f64,
    /// Step of the finite-difference Hessian-vector products (default `√ε`).
    pub epsilon: f64,
    /// Largest number of iterations (default `200 n`).
    pub maxiter: Option<usize>,
    /// Armijo constant (default 1e-4).
    pub c1: f64,
    /// Curvature constant (default 0.9).
    pub c2: f64,
    /// Called once per iteration; `Break` stops the run (`warnflag` 99).
    pub callback: Option<MinimizeCallback<'a>>,
}

impl Default for FminNcgOptions<'_> {
    fn default() -> Self {
        let d = NewtonCgOptions::default();
        FminNcgOptions {
            fhess_p: None,
            fhess: None,
            avextol: d.xtol,
            epsilon: d.eps,
            maxiter: None,
            c1: d.c1,
            c2: d.c2,
            callback: None,
        }
    }
}

impl<'a> FminNcgOptions<'a> {
    /// Sets the Hessian-vector product.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminNcgOptions::default().fhess_p(sci_optimize::rosen_hess_prod);
    /// assert!(o.fhess_p.is_some());
    /// ```
    #[must_use]
    pub fn fhess_p(mut self, f: impl Fn(&[f64], &[f64], &mut [f64]) + 'a) -> Self {
        self.fhess_p = Some(Box::new(f));
        self
    }

    /// Sets the Hessian.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::FminNcgOptions::default().fhess(sci_optimize::rosen_hess);
    /// assert!(o.fhess.is_some());
    /// ```
    #[must_use]
    pub fn fhess(mut self, f: impl Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        self.fhess = Some(Box::new(f));
        self
    }

    /// Sets the per-iteration callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::FminNcgOptions::default().callback(|_: &sci_optimize::IntermediateResult| ControlFlow::Continue(()));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(
        mut self,
        callback: impl FnMut(&IntermediateResult) -> ControlFlow<()> + 'a,
    ) -> Self {
        self.callback = Some(sci_core::Callback::new(callback));
        self
    }

    /// Sets `avextol`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminNcgOptions::default().avextol(1e-9).avextol, 1e-9);
    /// ```
    #[must_use]
    pub fn avextol(mut self, v: f64) -> Self {
        self.avextol = v;
        self
    }

    /// Sets `epsilon`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminNcgOptions::default().epsilon(1e-7).epsilon, 1e-7);
    /// ```
    #[must_use]
    pub fn epsilon(mut self, v: f64) -> Self {
        self.epsilon = v;
        self
    }

    /// Sets `maxiter`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminNcgOptions::default().maxiter(7).maxiter, Some(7));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, v: usize) -> Self {
        self.maxiter = Some(v);
        self
    }

    /// Sets `c1`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminNcgOptions::default().c1(1e-3).c1, 1e-3);
    /// ```
    #[must_use]
    pub fn c1(mut self, v: f64) -> Self {
        self.c1 = v;
        self
    }

    /// Sets `c2`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::FminNcgOptions::default().c2(0.5).c2, 0.5);
    /// ```
    #[must_use]
    pub fn c2(mut self, v: f64) -> Self {
        self.c2 = v;
        self
    }
}

/// The full output of [`fmin_ncg_with`]: SciPy's `(xopt, fopt, fcalls, gcalls, hcalls,
/// warnflag)`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{fmin_ncg_with, FminNcgOptions, rosen, rosen_der};
/// let out = fmin_ncg_with(rosen, &[-1.2, 1.0], rosen_der, FminNcgOptions::default()).unwrap();
/// assert_eq!(out.warnflag, 0);
/// ```
#[derive(Debug, Clone)]
pub struct FminNcgOutput {
    /// The minimizer.
    pub xopt: Array1<f64>,
    /// `f(xopt)`.
    pub fopt: f64,
    /// Objective evaluations.
    pub fcalls: usize,
    /// Gradient evaluations.
    pub gcalls: usize,
    /// Hessian evaluations and Hessian-vector products.
    pub hcalls: usize,
    /// 0 converged, 1 `maxiter` reached, 2 line-search failure (precision loss), 3 NaN or a
    /// CG solve that did not converge, 99 stopped by the callback.
    pub warnflag: i32,
}

/// Minimizes `f` by Newton-CG with the gradient `fprime` and SciPy's defaults (the Hessian
/// by finite differences of the gradient): SciPy's `fmin_ncg`, returning `xopt`.
///
/// # Errors
///
/// As [`fmin_ncg_with`].
///
/// # Examples
///
/// ```
/// use sci_optimize::{fmin_ncg, rosen, rosen_der};
/// let x = fmin_ncg(rosen, &[-1.2, 1.0], rosen_der).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-4 && (x[1] - 1.0).abs() < 1e-4);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_ncg.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, p. 168.
pub fn fmin_ncg<'x, 'a>(
    f: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    fprime: impl Fn(&[f64], &mut [f64]) + 'a,
) -> Result<Array1<f64>> {
    Ok(fmin_ncg_with(f, x0, fprime, FminNcgOptions::default())?.xopt)
}

/// [`fmin_ncg`] with SciPy's keywords and full output.
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`,
/// [`Error::NonFinite`](sci_core::Error::NonFinite) for a non-finite `x0`,
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) unless `0 < c1 < c2 < 1`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{fmin_ncg_with, FminNcgOptions, rosen, rosen_der, rosen_hess};
/// let out = fmin_ncg_with(rosen, &[-1.2, 1.0], rosen_der, FminNcgOptions::default().fhess(rosen_hess)).unwrap();
/// // As SciPy: x ≈ 0.999983 after 83 iterations, 105 function and 83 Hessian evaluations.
/// assert!((out.xopt[0] - 1.0).abs() < 1e-4 && out.warnflag == 0);
/// assert_eq!((out.fcalls, out.gcalls, out.hcalls), (105, 105, 83));
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.fmin_ncg.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, p. 168.
pub fn fmin_ncg_with<'x, 'a>(
    f: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    fprime: impl Fn(&[f64], &mut [f64]) + 'a,
    options: FminNcgOptions<'a>,
) -> Result<FminNcgOutput> {
    let no = NewtonCgOptions {
        xtol: options.avextol,
        eps: options.epsilon,
        maxiter: options.maxiter,
        c1: options.c1,
        c2: options.c2,
    };
    let mut mo = MinimizeOptions::default()
        .method(Method::NewtonCg(no))
        .jac(Gradient::provided(fprime));
    // SciPy prefers `fhess` when both are given.
    if let Some(h) = options.fhess {
        mo = mo.hess(Hessian::Provided(h));
    } else if let Some(hp) = options.fhess_p {
        mo.hessp = Some(hp);
    }
    mo.callback = options.callback;
    let r = crate::minimize_with(f, x0, mo)?;
    Ok(FminNcgOutput {
        xopt: r.x,
        fopt: r.fun,
        fcalls: r.nfev,
        gcalls: r.njev,
        hcalls: r.nhev,
        warnflag: r.status,
    })
}
