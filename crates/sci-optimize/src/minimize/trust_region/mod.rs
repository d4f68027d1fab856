//! The trust-region methods for unconstrained minimization with second derivatives:
//! `dogleg`, `trust-ncg`, `trust-krylov` and `trust-exact`, as SciPy's
//! `_minimize_trust_region`, sharing one driver and differing in how they solve the
//! subproblem `min_p m(p) = f + gᵀp + ½ pᵀHp` subject to `‖p‖ ≤ Δ`.
//!
//! The driver (Nocedal & Wright, Algorithm 4.1): propose the subproblem's step, compare the
//! actual reduction of `f` with the model's prediction (`ρ`), shrink the radius by 4 when
//! `ρ < 1/4`, double it (up to `max_trust_radius`) when `ρ > 3/4` and the step reached the
//! boundary, and accept the step when `ρ > eta`; stop when `‖g‖₂ < gtol`.

mod dogleg;
mod exact;
mod krylov;
mod ncg;

use sci_core::ndarray::{Array1, Array2};
use sci_core::{Error, Result};

use crate::minimize::Problem;
use crate::minimize::bfgs::{msg, refuse_bounds_and_constraints};
use crate::minimize::newton_cg::{matvec, require_gradient};
use crate::objective::ScalarFunction;
use crate::vector::{dot, norm2};
use crate::{ApproxType, Hessian, IntermediateResult, OptimizeResult};

/// SciPy's message when the model predicts no decrease.
const BAD_APPROXIMATION: &str = "A bad approximation caused failure to predict improvement.";
/// SciPy's message when a factorization fails (e.g. dogleg's Cholesky).
const LINALG_ERROR: &str = "A linalg error occurred, such as a non-psd Hessian.";

/// Options of the trust-region methods `dogleg`, `trust-ncg`, `trust-krylov` and
/// `trust-exact` (SciPy's `options=` keys of `_minimize_trust_region`). `Default` is
/// SciPy's.
///
/// All four require a gradient ([`Gradient::Provided`](crate::Gradient::Provided) or
/// [`Gradient::WithValue`](crate::Gradient::WithValue)): SciPy raises `ValueError` for a
/// finite-difference one, [`minimize_with`](crate::minimize_with) returns
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument). `dogleg` and `trust-exact`
/// require a user Hessian ([`Hessian::Provided`](crate::Hessian::Provided)); `trust-ncg` and
/// `trust-krylov` accept a user Hessian, `hessp`, a finite-difference Hessian or a
/// quasi-Newton one ([`BFGS`](crate::BFGS), [`SR1`](crate::SR1), updated after every trial
/// step). None of them takes bounds or constraints (an `InvalidArgument` error, where SciPy
/// only warns).
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-dogleg.html>,
///   <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-trustncg.html>,
///   <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-trustkrylov.html>,
///   <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-trustexact.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, chapter 4
///   (Algorithm 4.1, dogleg) and section 7.1 (CG–Steihaug).
/// - N. I. M. Gould, S. Lucidi, M. Roma, P. L. Toint, "Solving the trust-region subproblem
///   using the Lanczos method", SIAM J. Optim. 9 (1999), 504–525.
/// - J. J. Moré, D. C. Sorensen, "Computing a trust region step", SIAM J. Sci. Stat.
///   Comput. 4 (1983), 553–572.
///
/// # Examples
///
/// ```
/// use sci_optimize::{Gradient, Hessian, Method, MinimizeOptions, TrustRegionOptions, minimize_with, rosen, rosen_der, rosen_hess};
/// let o = MinimizeOptions::default()
///     .method(Method::TrustExact(TrustRegionOptions::default().gtol(1e-8)))
///     .jac(Gradient::provided(rosen_der))
///     .hess(Hessian::provided(rosen_hess));
/// let r = minimize_with(rosen, &[-1.2, 1.0], o).unwrap();
/// assert!(r.success && (r.x[0] - 1.0).abs() < 1e-8);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TrustRegionOptions {
    /// The initial radius `Δ₀` (default 1).
    pub initial_trust_radius: f64,
    /// The largest radius (default 1000).
    pub max_trust_radius: f64,
    /// Accept a step when `ρ > eta` (default 0.15; must lie in `[0, 0.25)`).
    pub eta: f64,
    /// Stop when `‖g‖₂ < gtol` (default 1e-4). `minimize`'s `tol` replaces it when this is
    /// left at its default.
    pub gtol: f64,
    /// Largest number of iterations (default `200 n`).
    pub maxiter: Option<usize>,
    /// `trust-krylov` only: solve the subproblems inexactly (default true: forcing
    /// tolerances `min(½, ‖g‖)‖g‖` inside the region and `min(½, √‖g‖)‖g‖` on its boundary;
    /// false: `1e-8‖g‖` and `1e-6‖g‖`).
    pub inexact: bool,
    /// `trust-exact` only: the most factorizations per subproblem (default 25).
    pub subproblem_maxiter: Option<usize>,
}

impl Default for TrustRegionOptions {
    fn default() -> Self {
        TrustRegionOptions {
            initial_trust_radius: 1.0,
            max_trust_radius: 1000.0,
            eta: 0.15,
            gtol: 1e-4,
            maxiter: None,
            inexact: true,
            subproblem_maxiter: None,
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
            #[doc = concat!("```\nlet o = sci_optimize::TrustRegionOptions::default().", stringify!($name), "(", stringify!($ex), ");\nassert_eq!(o.", stringify!($name), ", ", stringify!($stored), ");\n```")]
            #[must_use]
            pub fn $name(mut self, v: $ty) -> Self {
                self.$name = $val(v);
                self
            }
        )*
    };
}

impl TrustRegionOptions {
    setters! {
        initial_trust_radius: f64 => |v| v, 0.5, 0.5;
        max_trust_radius: f64 => |v| v, 100.0, 100.0;
        eta: f64 => |v| v, 0.1, 0.1;
        gtol: f64 => |v| v, 1e-8, 1e-8;
        maxiter: usize => Some, 50, Some(50);
        inexact: bool => |v| v, false, false;
        subproblem_maxiter: usize => Some, 50, Some(50);
    }
}

/// Which subproblem solver the driver uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    Dogleg,
    Ncg,
    Krylov,
    Exact,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Dogleg => "dogleg",
            Kind::Ncg => "trust-ncg",
            Kind::Krylov => "trust-krylov",
            Kind::Exact => "trust-exact",
        }
    }

    /// Whether the solver needs the Hessian as a matrix (otherwise only products).
    fn needs_matrix(self) -> bool {
        matches!(self, Kind::Dogleg | Kind::Exact)
    }
}

/// The two roots `ta <= tb` of `‖z + t d‖ = Δ`, computed without cancellation.
pub(crate) fn boundaries(z: &[f64], d: &[f64], radius: f64) -> (f64, f64) {
    let a = dot(d, d);
    let b = 2.0 * dot(z, d);
    let c = dot(z, z) - radius * radius;
    let disc = (b * b - 4.0 * a * c).max(0.0).sqrt();
    let aux = b + disc.copysign(b);
    let (ta, tb) = (-aux / (2.0 * a), -2.0 * c / aux);
    if ta <= tb { (ta, tb) } else { (tb, ta) }
}

/// Where the Hessian comes from, as the driver sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    /// A user Hessian matrix.
    Matrix,
    /// A finite-difference Hessian matrix of the gradient.
    FdMatrix,
    /// The user's `hessp`.
    Product,
    /// A quasi-Newton approximation.
    Quasi,
}

/// What a subproblem solver gets: the gradient, the Hessian's products (and the matrix when
/// it exists), and a counter of the products that SciPy reports as Hessian evaluations.
pub(crate) struct ModelRef<'m, 'p> {
    pub(crate) x: &'m [f64],
    pub(crate) g: &'m [f64],
    pub(crate) gnorm: f64,
    pub(crate) h: Option<&'m Array2<f64>>,
    hessp: Option<&'m crate::objective::HessProductFn<'p>>,
    quasi: Option<&'m dyn crate::HessianUpdateStrategy>,
    pub(crate) nprod: usize,
    counted: bool,
}

impl ModelRef<'_, '_> {
    /// `out = H p`.
    pub(crate) fn hessp(&mut self, p: &[f64], out: &mut [f64]) {
        if self.counted {
            self.nprod += 1;
        }
        if let Some(h) = self.h {
            matvec(h, p, out);
        } else if let Some(q) = self.quasi {
            q.dot(p, out);
        } else if let Some(hp) = self.hessp {
            hp(self.x, p, out);
        }
    }

    /// The model's change `gᵀp + ½ pᵀHp` (one product).
    pub(crate) fn model(&mut self, p: &[f64], work: &mut [f64]) -> f64 {
        self.hessp(p, work);
        dot(self.g, p) + 0.5 * dot(p, work)
    }
}

/// Per-point state of a subproblem solver (cached factorizations, bounds of `λ`).
#[derive(Default)]
pub(crate) struct SubState {
    dogleg: dogleg::Cache,
    exact: exact::State,
}

/// Evaluates the Hessian matrix at `x` (SciPy counts user Hessians, not finite-difference
/// ones: their gradient evaluations appear in `njev`).
fn eval_h(
    x: &[f64],
    h: &mut Array2<f64>,
    sf: &mut ScalarFunction<'_, '_>,
    hess: &Hessian<'_>,
    nhev: &mut usize,
) {
    match hess {
        Hessian::Provided(hf) => {
            h.fill(0.0);
            hf(x, h.view_mut());
            *nhev += 1;
        }
        Hessian::FiniteDiff(scheme) => sf.fd_hess(x, *scheme, h),
        _ => {}
    }
}

/// Runs method `kind` on a validated problem.
pub(crate) fn minimize_trust_region(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &TrustRegionOptions,
    kind: Kind,
) -> Result<OptimizeResult> {
    let name = kind.name();
    refuse_bounds_and_constraints(problem, name)?;
    let what = match kind {
        Kind::Dogleg => "dogleg minimization",
        Kind::Ncg => "Newton-CG trust-region minimization",
        Kind::Krylov => "trust region minimization",
        Kind::Exact => "trust region exact minimization.",
    };
    require_gradient(&problem.jac, what)?;
    let source = match (&problem.hess, problem.hessp.is_some(), kind.needs_matrix()) {
        (Hessian::Provided(_), _, _) => Source::Matrix,
        (Hessian::None, true, false) => Source::Product,
        (Hessian::FiniteDiff(_), _, false) => Source::FdMatrix,
        (Hessian::QuasiNewton(_), _, false) => Source::Quasi,
        _ => {
            let m = match kind {
                Kind::Dogleg => "Hessian is required for dogleg minimization".to_string(),
                Kind::Exact => {
                    "Hessian matrix is required for trust region exact minimization.".to_string()
                }
                _ => format!(
                    "Either the Hessian or the Hessian-vector product is required for {name}"
                ),
            };
            return Err(Error::invalid_argument("hess", "not given", m));
        }
    };
    if !(0.0..0.25).contains(&opts.eta) {
        return Err(Error::invalid_argument(
            "eta",
            opts.eta,
            "invalid acceptance stringency",
        ));
    }
    if opts.max_trust_radius <= 0.0 || opts.max_trust_radius.is_nan() {
        return Err(Error::invalid_argument(
            "max_trust_radius",
            opts.max_trust_radius,
            "the max trust radius must be positive",
        ));
    }
    if opts.initial_trust_radius <= 0.0 || opts.initial_trust_radius.is_nan() {
        return Err(Error::invalid_argument(
            "initial_trust_radius",
            opts.initial_trust_radius,
            "the initial trust radius must be positive",
        ));
    }
    if opts.initial_trust_radius >= opts.max_trust_radius {
        return Err(Error::invalid_argument(
            "initial_trust_radius",
            opts.initial_trust_radius,
            "the initial trust radius must be less than the max trust radius",
        ));
    }
    let n = x0.len();
    let gtol = match problem.tol {
        Some(t) if opts.gtol == TrustRegionOptions::default().gtol => t,
        _ => opts.gtol,
    };
    let maxiter = opts.maxiter.unwrap_or(200 * n);
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
    let mut nhev = 0usize;
    let mut h = Array2::<f64>::zeros(if matches!(source, Source::Matrix | Source::FdMatrix) {
        (n, n)
    } else {
        (0, 0)
    });
    let mut x = x0.to_vec();
    let mut g = vec![0.0; n];
    let mut f = sf.fun_and_grad(&x, &mut g);
    let mut gnorm = norm2(&g);
    // SciPy evaluates a user Hessian at x0 when the problem is set up.
    let mut h_ready = false;
    if source == Source::Matrix {
        eval_h(&x, &mut h, &mut sf, hess, &mut nhev);
        h_ready = true;
    }
    let mut radius = opts.initial_trust_radius;
    let (mut x_prop, mut g_prop, mut work, mut yk) =
        (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let mut sub = SubState::default();
    let mut state = IntermediateResult {
        x: Array1::zeros(n),
        fun: f,
        nit: 0,
    };
    let mut k = 0usize;
    let mut status = 0;
    let mut message = msg::SUCCESS;
    let mut nan = !(f.is_finite() && gnorm.is_finite());
    while !nan && gnorm >= gtol {
        if !h_ready && matches!(source, Source::Matrix | Source::FdMatrix) {
            eval_h(&x, &mut h, &mut sf, hess, &mut nhev);
            h_ready = true;
        }
        let quasi = match &*hess {
            Hessian::QuasiNewton(s) => Some(&**s as &dyn crate::HessianUpdateStrategy),
            _ => None,
        };
        let mut m = ModelRef {
            x: &x,
            g: &g,
            gnorm,
            h: h_ready.then_some(&h),
            hessp: hessp.as_ref(),
            quasi,
            nprod: 0,
            counted: !matches!(source, Source::Matrix),
        };
        let solved = match kind {
            Kind::Dogleg => dogleg::solve(&mut m, radius, &mut sub.dogleg),
            Kind::Ncg => Ok(ncg::solve(&mut m, radius)),
            Kind::Krylov => Ok(krylov::solve(&mut m, radius, opts.inexact)),
            Kind::Exact => exact::solve(
                &m,
                radius,
                opts.subproblem_maxiter.unwrap_or(25),
                &mut sub.exact,
            ),
        };
        let Ok((p, hits_boundary)) = solved else {
            nhev += m.nprod;
            status = 3;
            message = LINALG_ERROR;
            break;
        };
        let predicted_change = m.model(&p, &mut work);
        nhev += m.nprod;
        for i in 0..n {
            x_prop[i] = x[i] + p[i];
        }
        let f_prop = sf.fun(&x_prop);
        if let Hessian::QuasiNewton(s) = hess {
            // SciPy updates the approximation at every new point, accepted or not.
            sf.grad(&x_prop, &mut g_prop);
            for i in 0..n {
                yk[i] = g_prop[i] - g[i];
            }
            s.update(&p, &yk);
        }
        let actual_reduction = f - f_prop;
        let predicted_reduction = -predicted_change;
        // A NaN prediction counts as no predicted improvement (SciPy's `<= 0` lets it loop).
        if predicted_reduction <= 0.0 || predicted_reduction.is_nan() {
            status = 2;
            message = BAD_APPROXIMATION;
            break;
        }
        let rho = actual_reduction / predicted_reduction;
        // A NaN ratio (NaN objective at the trial point) shrinks the region.
        if rho < 0.25 || rho.is_nan() {
            radius *= 0.25;
        } else if rho > 0.75 && hits_boundary {
            radius = (2.0 * radius).min(opts.max_trust_radius);
        }
        if rho > opts.eta {
            x.copy_from_slice(&x_prop);
            f = f_prop;
            sf.grad(&x, &mut g);
            gnorm = norm2(&g);
            h_ready = false;
            sub = SubState::default();
            nan = !gnorm.is_finite();
        }
        k += 1;
        state.set(&x, f, k);
        if sci_core::callback::notify(callback, &state).is_break() {
            status = 99;
            message = sci_core::callback::STOPPED_BY_CALLBACK;
            break;
        }
        if gnorm < gtol {
            break;
        }
        if k >= maxiter {
            status = 1;
            message = msg::MAXITER;
            break;
        }
    }
    if nan {
        status = 3;
        message = msg::NAN;
    }
    let hess_out = match source {
        Source::Matrix => {
            if !h_ready {
                let mut dummy = 0;
                eval_h(&x, &mut h, &mut sf, hess, &mut dummy);
            }
            Some(h)
        }
        _ => None,
    };
    Ok(OptimizeResult {
        x: Array1::from(x),
        fun: f,
        jac: Some(Array1::from(g)),
        hess: hess_out,
        nit: k,
        nfev: sf.nfev,
        njev: sf.njev,
        nhev,
        status,
        success: status == 0,
        message: message.to_string(),
        ..Default::default()
    })
}

/// Method `dogleg` (dispatch target of [`Method::Dogleg`](crate::Method::Dogleg)).
pub(crate) fn minimize_dogleg(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &TrustRegionOptions,
) -> Result<OptimizeResult> {
    minimize_trust_region(problem, x0, opts, Kind::Dogleg)
}

/// Method `trust-ncg` (dispatch target of [`Method::TrustNcg`](crate::Method::TrustNcg)).
pub(crate) fn minimize_trust_ncg(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &TrustRegionOptions,
) -> Result<OptimizeResult> {
    minimize_trust_region(problem, x0, opts, Kind::Ncg)
}

/// Method `trust-krylov` (dispatch target of
/// [`Method::TrustKrylov`](crate::Method::TrustKrylov)).
pub(crate) fn minimize_trust_krylov(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &TrustRegionOptions,
) -> Result<OptimizeResult> {
    minimize_trust_region(problem, x0, opts, Kind::Krylov)
}

/// Method `trust-exact` (dispatch target of
/// [`Method::TrustExact`](crate::Method::TrustExact)).
pub(crate) fn minimize_trust_exact(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &TrustRegionOptions,
) -> Result<OptimizeResult> {
    minimize_trust_region(problem, x0, opts, Kind::Exact)
}
