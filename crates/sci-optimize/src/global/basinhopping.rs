//! `basinhopping`: the global minimizer of Wales & Doye (1997), as SciPy's
//! `scipy.optimize.basinhopping`. Each of `niter` iterations displaces the current minimum
//! at random, runs a local minimization from there, and accepts the new local minimum by
//! the Metropolis criterion at temperature `T` (plus an optional user test); the lowest
//! minimum found is returned. The default step is a uniform displacement in
//! `[-stepsize, stepsize)` per coordinate whose size adapts every `interval` steps towards
//! the target acceptance rate. Cost: `niter + 1` local minimizations, O(n) besides them.

use std::ops::ControlFlow;

use rand::{Rng, RngExt};
use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Callback, Error, Result};

use super::LocalMinimizer;
use crate::{MinimizeOptions, OptimizeResult};

/// SciPy's messages.
const MSG_DONE: &str = "requested number of basinhopping iterations completed successfully";
const MSG_CALLBACK: &str = "callback function requested stop early byreturning True";
const MSG_SUCCESS_CONDITION: &str = "success condition satisfied";

/// A user step: displaces `x` in place, given the current (adaptive) step size and the run's
/// random generator. A closure that ignores the step size is SciPy's plain `take_step`
/// function; one that uses it is SciPy's object with a `stepsize` attribute, adapted every
/// `interval` steps.
pub type TakeStepFn<'a> = Box<dyn FnMut(&mut [f64], f64, &mut dyn Rng) + 'a>;

/// A user acceptance test (SciPy's `accept_test`).
pub type AcceptTestFn<'a> = Box<dyn FnMut(&AcceptTestState<'_>) -> AcceptDecision + 'a>;

/// What an acceptance test sees: the new local minimum and the current one (SciPy's
/// `f_new`, `x_new`, `f_old`, `x_old`).
///
/// # Examples
///
/// ```
/// let s = sci_optimize::AcceptTestState { f_new: 1.0, x_new: &[0.5], f_old: 2.0, x_old: &[1.0] };
/// assert!(s.f_new < s.f_old);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct AcceptTestState<'s> {
    /// The new local minimum's value.
    pub f_new: f64,
    /// The new local minimum.
    pub x_new: &'s [f64],
    /// The current minimum's value.
    pub f_old: f64,
    /// The current minimum.
    pub x_old: &'s [f64],
}

/// The answer of an acceptance test (SciPy's `True`, `False`, `"force accept"`).
///
/// # Examples
///
/// ```
/// assert_ne!(sci_optimize::AcceptDecision::Accept, sci_optimize::AcceptDecision::ForceAccept);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptDecision {
    /// Accept, if the Metropolis test also accepts.
    Accept,
    /// Reject the step.
    Reject,
    /// Accept regardless of the Metropolis test.
    ForceAccept,
}

/// What `basinhopping`'s callback sees after each local minimization (SciPy's
/// `callback(x, f, accept)`).
///
/// # Examples
///
/// ```
/// let s = sci_optimize::BasinhoppingState { x: vec![1.0].into(), f: 0.0, accept: true };
/// assert!(s.accept);
/// ```
#[derive(Debug, Clone, Default)]
pub struct BasinhoppingState {
    /// The trial local minimum.
    pub x: Array1<f64>,
    /// Its value.
    pub f: f64,
    /// Whether it was accepted.
    pub accept: bool,
}

/// SciPy's keywords of `basinhopping`. `Default` is SciPy's.
///
/// The local minimizer replaces SciPy's `minimizer_kwargs`: by default
/// [`minimize`](crate::minimize) (BFGS with a finite-difference gradient); to choose a method
/// or pass a gradient, give a closure such as
/// `|x| minimize_with(f, x, MinimizeOptions::default().method(..).jac(..))`.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::BasinhoppingOptions::default().niter(20).t(0.5).stepsize(1.0);
/// assert_eq!((o.niter, o.t, o.stepsize, o.interval), (20, 0.5, 1.0, 50));
/// ```
pub struct BasinhoppingOptions<'a> {
    /// Basin-hopping iterations (default 100).
    pub niter: usize,
    /// The Metropolis temperature `T` (default 1; 0 accepts only improvements).
    pub t: f64,
    /// Initial maximum displacement of the default step (default 0.5).
    pub stepsize: f64,
    /// The local minimizer (default: [`minimize`](crate::minimize) with BFGS).
    pub minimizer: Option<LocalMinimizer<'a>>,
    /// A user step (default: uniform displacement of size `stepsize`).
    pub take_step: Option<TakeStepFn<'a>>,
    /// A user acceptance test, applied before the Metropolis test.
    pub accept_test: Option<AcceptTestFn<'a>>,
    /// Called after each local minimization (and once after the first); `Break` stops.
    pub callback: Option<Callback<'a, BasinhoppingState>>,
    /// Steps between step-size adaptations (default 50).
    pub interval: usize,
    /// Stop when the lowest minimum has not improved for this many iterations (default:
    /// never, SciPy's `niter + 2`).
    pub niter_success: Option<usize>,
    /// The acceptance rate the step size adapts to (default 0.5).
    pub target_accept_rate: f64,
    /// The factor of each adaptation (default 0.9).
    pub stepwise_factor: f64,
}

impl Default for BasinhoppingOptions<'_> {
    fn default() -> Self {
        BasinhoppingOptions {
            niter: 100,
            t: 1.0,
            stepsize: 0.5,
            minimizer: None,
            take_step: None,
            accept_test: None,
            callback: None,
            interval: 50,
            niter_success: None,
            target_accept_rate: 0.5,
            stepwise_factor: 0.9,
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
            #[doc = concat!("```\nlet o = sci_optimize::BasinhoppingOptions::default().", stringify!($name), "(", stringify!($ex), ");\nassert_eq!(o.", stringify!($name), ", ", stringify!($stored), ");\n```")]
            #[must_use]
            pub fn $name(mut self, v: $ty) -> Self {
                self.$name = $val(v);
                self
            }
        )*
    };
}

impl<'a> BasinhoppingOptions<'a> {
    setters! {
        niter: usize => |v| v, 10, 10;
        t: f64 => |v| v, 2.0, 2.0;
        stepsize: f64 => |v| v, 1.5, 1.5;
        interval: usize => |v| v, 20, 20;
        niter_success: usize => Some, 5, Some(5);
        target_accept_rate: f64 => |v| v, 0.3, 0.3;
        stepwise_factor: f64 => |v| v, 0.8, 0.8;
    }

    /// Sets the local minimizer.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{BasinhoppingOptions, Method, MinimizeOptions, NelderMeadOptions, minimize_with};
    /// let f = |x: &[f64]| x[0] * x[0];
    /// let o = BasinhoppingOptions::default().minimizer(move |x: &[f64]| {
    ///     minimize_with(f, x, MinimizeOptions::default().method(Method::NelderMead(NelderMeadOptions::default())))
    /// });
    /// assert!(o.minimizer.is_some());
    /// ```
    #[must_use]
    pub fn minimizer(mut self, m: impl FnMut(&[f64]) -> Result<OptimizeResult> + 'a) -> Self {
        self.minimizer = Some(Box::new(m));
        self
    }

    /// Sets the step.
    ///
    /// # Examples
    ///
    /// ```
    /// use rand::RngExt;
    /// let o = sci_optimize::BasinhoppingOptions::default().take_step(|x: &mut [f64], s: f64, rng: &mut dyn rand::Rng| {
    ///     for v in x.iter_mut() { *v += s * (2.0 * rng.random::<f64>() - 1.0); }
    /// });
    /// assert!(o.take_step.is_some());
    /// ```
    #[must_use]
    pub fn take_step(mut self, s: impl FnMut(&mut [f64], f64, &mut dyn Rng) + 'a) -> Self {
        self.take_step = Some(Box::new(s));
        self
    }

    /// Sets the acceptance test.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{AcceptDecision, AcceptTestState, BasinhoppingOptions};
    /// let o = BasinhoppingOptions::default().accept_test(|s: &AcceptTestState<'_>| {
    ///     if s.x_new[0].abs() <= 5.0 { AcceptDecision::Accept } else { AcceptDecision::Reject }
    /// });
    /// assert!(o.accept_test.is_some());
    /// ```
    #[must_use]
    pub fn accept_test(
        mut self,
        t: impl FnMut(&AcceptTestState<'_>) -> AcceptDecision + 'a,
    ) -> Self {
        self.accept_test = Some(Box::new(t));
        self
    }

    /// Sets the callback.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// let o = sci_optimize::BasinhoppingOptions::default()
    ///     .callback(|s: &sci_optimize::BasinhoppingState| if s.f < -7.0 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) });
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, c: impl FnMut(&BasinhoppingState) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(Callback::new(c));
        self
    }
}

/// The result of [`basinhopping`]: SciPy's `OptimizeResult` of `basinhopping`.
///
/// # Examples
///
/// ```
/// use rand::SeedableRng;
/// let mut rng = rand::rngs::StdRng::seed_from_u64(1);
/// let r = sci_optimize::basinhopping_with(|x: &[f64]| (x[0] - 1.0).powi(2), &[0.0],
///     sci_optimize::BasinhoppingOptions::default().niter(3), &mut rng).unwrap();
/// assert_eq!(r.nit, 3);
/// assert!(r.success && r.lowest_optimization_result.success);
/// ```
#[derive(Debug, Clone)]
pub struct BasinhoppingResult {
    /// The lowest minimum found.
    pub x: Array1<f64>,
    /// Its value.
    pub fun: f64,
    /// The local minimization that found it.
    pub lowest_optimization_result: OptimizeResult,
    /// Local minimizations that reported failure.
    pub minimization_failures: usize,
    /// Basin-hopping iterations performed.
    pub nit: usize,
    /// Objective evaluations of all local minimizations.
    pub nfev: usize,
    /// Gradient evaluations of all local minimizations.
    pub njev: usize,
    /// Hessian evaluations of all local minimizations.
    pub nhev: usize,
    /// Why the run stopped, in SciPy's words.
    pub message: String,
    /// Whether the lowest minimum's local minimization succeeded.
    pub success: bool,
}

/// Finds the global minimum of `func` by basin hopping from `x0` with SciPy's defaults,
/// drawing from `rng`.
///
/// # Errors
///
/// As [`basinhopping_with`].
///
/// # Examples
///
/// The tutorial's `x² + 10 sin x` from 0: the global minimum at -1.30644.
///
/// ```
/// use rand::SeedableRng;
/// let mut rng = rand::rngs::StdRng::seed_from_u64(555);
/// let f = |x: &[f64]| x[0] * x[0] + 10.0 * x[0].sin();
/// let r = sci_optimize::basinhopping(f, &[0.0], &mut rng).unwrap();
/// assert!((r.x[0] + 1.30644).abs() < 1e-4 && (r.fun + 7.9458233756).abs() < 1e-9);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.basinhopping.html>
/// - D. J. Wales, J. P. K. Doye, "Global optimization by basin-hopping and the lowest energy
///   structures of Lennard-Jones clusters containing up to 110 atoms", J. Phys. Chem. A 101
///   (1997), 5111–5116.
pub fn basinhopping<'x, R: Rng + ?Sized>(
    func: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
    rng: &mut R,
) -> Result<BasinhoppingResult> {
    basinhopping_with(func, x0, BasinhoppingOptions::default(), rng)
}

/// Metropolis test: accept a higher minimum with probability `exp(-(f_new - f_old)/T)`, and
/// never trade a successful local minimization for a failed one.
fn metropolis(
    f_new: f64,
    f_old: f64,
    beta: f64,
    new_ok: bool,
    old_ok: bool,
    rng: &mut dyn Rng,
) -> bool {
    let prod = -(f_new - f_old) * beta;
    // Python's min(0, nan) is 0.
    let w = if prod < 0.0 { prod.exp() } else { 1.0 };
    let r: f64 = rng.random();
    w >= r && (new_ok || !old_ok)
}

/// [`basinhopping`] with SciPy's keywords.
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`,
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for `interval = 0`, and the
/// local minimizer's errors (SciPy raises them too).
///
/// # Examples
///
/// Six-hump camelback with BFGS and an analytic gradient: one of its two global minima.
///
/// ```
/// use rand::SeedableRng;
/// use sci_optimize::{BasinhoppingOptions, Gradient, MinimizeOptions, basinhopping_with, minimize_with};
/// let f = |x: &[f64]| (4.0 - 2.1 * x[0].powi(2) + x[0].powi(4) / 3.0) * x[0].powi(2)
///     + x[0] * x[1] + (4.0 * x[1].powi(2) - 4.0) * x[1].powi(2);
/// let g = |x: &[f64], g: &mut [f64]| {
///     g[0] = 8.0 * x[0] - 8.4 * x[0].powi(3) + 2.0 * x[0].powi(5) + x[1];
///     g[1] = x[0] - 8.0 * x[1] + 16.0 * x[1].powi(3);
/// };
/// let o = BasinhoppingOptions::default().niter(50)
///     .minimizer(|x: &[f64]| minimize_with(f, x, MinimizeOptions::default().jac(Gradient::provided(g))));
/// let mut rng = rand::rngs::StdRng::seed_from_u64(7);
/// let r = basinhopping_with(f, &[-1.0, 1.0], o, &mut rng).unwrap();
/// assert!((r.fun + 1.0316284535).abs() < 1e-8 && (r.x[0].abs() - 0.0898420).abs() < 1e-5);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.basinhopping.html>
/// - D. J. Wales, J. P. K. Doye, J. Phys. Chem. A 101 (1997), 5111–5116.
pub fn basinhopping_with<'x, 'a, R: Rng + ?Sized>(
    func: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: BasinhoppingOptions<'a>,
    rng: &mut R,
) -> Result<BasinhoppingResult> {
    let x0 = sci_core::view1(x0).to_vec();
    sci_core::check_nonempty("x0", x0.len(), 1)?;
    if options.interval == 0 {
        return Err(Error::invalid_argument(
            "interval",
            0,
            "interval must be positive",
        ));
    }
    let BasinhoppingOptions {
        niter,
        t,
        mut stepsize,
        minimizer,
        mut take_step,
        mut accept_test,
        mut callback,
        interval,
        niter_success,
        target_accept_rate,
        stepwise_factor,
    } = options;
    let mut rng_ref: &mut R = rng;
    let rng: &mut dyn Rng = &mut rng_ref;
    let mut minimizer: LocalMinimizer<'_> = match minimizer {
        Some(m) => m,
        None => Box::new(|x: &[f64]| crate::minimize_with(&func, x, MinimizeOptions::default())),
    };
    let beta = if t != 0.0 { 1.0 / t } else { f64::INFINITY };
    let niter_success = niter_success.unwrap_or(niter + 2);

    let n = x0.len();
    let check = |r: &OptimizeResult| sci_core::check_shape("minimizer result x", &[n], r.x.shape());
    let mut minres = minimizer(&x0)?;
    check(&minres)?;
    let mut failures = usize::from(!minres.success);
    let (mut nfev, mut njev, mut nhev) = (minres.nfev, minres.njev, minres.nhev);
    let mut x = minres.x.to_vec();
    let mut energy = minres.fun;
    let mut incumbent_ok = minres.success;
    let mut lowest = minres.clone();
    let mut state = BasinhoppingState {
        x: minres.x.clone(),
        f: minres.fun,
        accept: true,
    };
    // SciPy calls the callback once after the first minimization and ignores its answer.
    let _ = sci_core::callback::notify(&mut callback, &state);

    let (mut nstep, mut naccept) = (0usize, 0usize);
    let mut x_step = vec![0.0; x.len()];
    let mut message = MSG_DONE;
    let mut count = 0usize;
    let mut i = 0usize;
    for it in 0..niter {
        i = it;
        // The adaptive step size: every `interval` steps, move the acceptance rate towards
        // the target.
        nstep += 1;
        if nstep % interval == 0 {
            let rate = naccept as f64 / nstep as f64;
            if rate > target_accept_rate {
                stepsize /= stepwise_factor;
            } else {
                stepsize *= stepwise_factor;
            }
        }
        x_step.copy_from_slice(&x);
        match take_step.as_mut() {
            Some(step) => step(&mut x_step, stepsize, &mut *rng),
            None => {
                for v in x_step.iter_mut() {
                    let u: f64 = rng.random();
                    *v += -stepsize + 2.0 * stepsize * u;
                }
            }
        }
        minres = minimizer(&x_step)?;
        check(&minres)?;
        failures += usize::from(!minres.success);
        nfev += minres.nfev;
        njev += minres.njev;
        nhev += minres.nhev;
        let x_new = minres.x.as_slice().unwrap_or(&[]);
        let mut accept = true;
        let mut forced = false;
        if let Some(test) = accept_test.as_mut() {
            match test(&AcceptTestState {
                f_new: minres.fun,
                x_new,
                f_old: energy,
                x_old: &x,
            }) {
                AcceptDecision::ForceAccept => forced = true,
                AcceptDecision::Reject => accept = false,
                AcceptDecision::Accept => {}
            }
        }
        if !forced
            && !metropolis(
                minres.fun,
                energy,
                beta,
                minres.success,
                incumbent_ok,
                &mut *rng,
            )
        {
            accept = false;
        }
        if accept {
            naccept += 1;
        }
        let mut new_global_min = false;
        if accept {
            energy = minres.fun;
            x.copy_from_slice(x_new);
            incumbent_ok = minres.success;
            if minres.success && (minres.fun < lowest.fun || !lowest.success) {
                lowest = minres.clone();
                new_global_min = true;
            }
        }
        state.x.assign(&minres.x);
        state.f = minres.fun;
        state.accept = accept;
        if sci_core::callback::notify(&mut callback, &state).is_break() {
            message = MSG_CALLBACK;
            break;
        }
        count += 1;
        if new_global_min {
            count = 0;
        } else if count > niter_success {
            message = MSG_SUCCESS_CONDITION;
            break;
        }
    }
    Ok(BasinhoppingResult {
        x: lowest.x.clone(),
        fun: lowest.fun,
        success: lowest.success,
        lowest_optimization_result: lowest,
        minimization_failures: failures,
        // SciPy reports `i + 1` (1 even when `niter` is 0).
        nit: i + 1,
        nfev,
        njev,
        nhev,
        message: message.to_string(),
    })
}
