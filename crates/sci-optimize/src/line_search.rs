//! Line searches along a descent direction: SciPy's public strong-Wolfe [`line_search`]
//! (`line_search_wolfe2`, Nocedal & Wright's Algorithm 3.5 with interpolating zoom), the
//! Moré–Thuente search (`line_search_wolfe1`, MINPACK-2's `dcsrch`), and the combination
//! "Moré–Thuente first, Nocedal–Wright if it fails" that BFGS, CG and Newton-CG share
//! ([`line_search_wolfe12`]).
//!
//! Both searches look for a step `α` along `p` from `x` satisfying the strong Wolfe
//! conditions `φ(α) ≤ φ(0) + c1 α φ'(0)` and `|φ'(α)| ≤ c2 |φ'(0)|`, where
//! `φ(α) = f(x + α p)`. Each costs O(n) work per trial step besides the evaluations.

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Error, Result};

use crate::objective::ScalarFunction;
use crate::vector::dot;

/// The line-search constants the gradient methods pass (SciPy's `c1`, `c2`, `amin`, `amax`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WolfeParams {
    /// Sufficient-decrease (Armijo) constant.
    pub(crate) c1: f64,
    /// Curvature constant.
    pub(crate) c2: f64,
    /// Smallest step the Moré–Thuente search may take.
    pub(crate) amin: f64,
    /// Largest step either search may take.
    pub(crate) amax: f64,
}

impl WolfeParams {
    /// The constants BFGS, CG and Newton-CG use in SciPy: `amin = 1e-100`, `amax = 1e100`.
    pub(crate) fn new(c1: f64, c2: f64) -> Self {
        WolfeParams {
            c1,
            c2,
            amin: 1e-100,
            amax: 1e100,
        }
    }
}

/// Checks `0 < c1 < c2 < 1` as SciPy's `_check_c1_c2` does.
pub(crate) fn check_c1_c2(c1: f64, c2: f64) -> Result<()> {
    if !(0.0 < c1 && c1 < c2 && c2 < 1.0) {
        return Err(Error::invalid_argument(
            "c1, c2",
            format!("{c1}, {c2}"),
            "'c1' and 'c2' do not satisfy '0 < c1 < c2 < 1'",
        ));
    }
    Ok(())
}

/// The one-dimensional view of the objective along the search line.
trait LineFn {
    /// `φ(α)`.
    fn phi(&mut self, alpha: f64) -> f64;
    /// `φ'(α)`; also leaves the gradient at `x + α p` where [`LineFn::extra`] can see it.
    fn derphi(&mut self, alpha: f64) -> f64;
    /// The caller's extra acceptance test at `α` with `φ(α)` (true when there is none).
    fn extra(&mut self, alpha: f64, phi: f64) -> bool;
}

/// The outcome of a scalar search: the step (if found), `φ` there, and `φ(0)`.
struct ScalarSearch {
    alpha: Option<f64>,
    phi: Option<f64>,
    phi0: f64,
    derphi: Option<f64>,
}

/// SciPy's first trial step: `min(1, 2.02 (φ(0) - φ_prev) / φ'(0))` when a previous
/// objective value is known (a step that repeats the last decrease), else 1.
fn initial_step(phi0: f64, old_phi0: Option<f64>, derphi0: f64) -> f64 {
    match old_phi0 {
        Some(old) if derphi0 != 0.0 => {
            let a = (1.01 * 2.0 * (phi0 - old) / derphi0).min(1.0);
            if a < 0.0 { 1.0 } else { a }
        }
        _ => 1.0,
    }
}

// ---------------------------------------------------------------------------------------
// Moré–Thuente (MINPACK-2 dcsrch / dcstep)
// ---------------------------------------------------------------------------------------

/// What a Moré–Thuente iteration asks for next.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Task {
    /// Evaluate `φ` and `φ'` at the new step.
    Evaluate,
    /// The strong Wolfe conditions hold.
    Converged,
    /// A warning or an error stopped the search (SciPy then reports failure).
    Failed,
}

/// The state of the Moré–Thuente search (the saved variables of `dcsrch`).
struct Dcsrch {
    gtol: f64,
    xtol: f64,
    stpmin: f64,
    stpmax: f64,
    brackt: bool,
    stage: u8,
    finit: f64,
    ginit: f64,
    gtest: f64,
    width: f64,
    width1: f64,
    stx: f64,
    fx: f64,
    gx: f64,
    sty: f64,
    fy: f64,
    gy: f64,
    stmin: f64,
    stmax: f64,
}

/// The uncertainty interval `[stx, sty]`, the trial step and the bracketing flag that
/// `dcstep` updates.
struct StepState {
    stx: f64,
    fx: f64,
    dx: f64,
    sty: f64,
    fy: f64,
    dy: f64,
    brackt: bool,
}

/// `dcstep`: safeguarded cubic/quadratic step of Moré & Thuente (1994), section 4, with its
/// four cases (higher value; derivative sign change; smaller decreasing derivative; larger
/// decreasing derivative). Returns the new trial step and updates the interval.
fn dcstep(s: &mut StepState, stp: f64, fp: f64, dp: f64, stpmin: f64, stpmax: f64) -> f64 {
    let (stx, fx, dx, sty, fy, dy) = (s.stx, s.fx, s.dx, s.sty, s.fy, s.dy);
    let sgnd = dp * (dx / dx.abs());
    let max3 = |a: f64, b: f64, c: f64| a.abs().max(b.abs()).max(c.abs());
    let stpf;
    if fp > fx {
        // Case 1: a higher value; the minimum is bracketed. Take the cubic step if it is
        // closer to stx than the quadratic one, else their average.
        let theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
        let sc = max3(theta, dx, dp);
        let mut gamma = sc * ((theta / sc).powi(2) - (dx / sc) * (dp / sc)).sqrt();
        if stp < stx {
            gamma = -gamma;
        }
        let p = (gamma - dx) + theta;
        let q = ((gamma - dx) + gamma) + dp;
        let r = p / q;
        let stpc = stx + r * (stp - stx);
        let stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2.0) * (stp - stx);
        stpf = if (stpc - stx).abs() < (stpq - stx).abs() {
            stpc
        } else {
            stpc + (stpq - stpc) / 2.0
        };
        s.brackt = true;
    } else if sgnd < 0.0 {
        // Case 2: derivatives of opposite sign; bracketed. The step farther from stp.
        let theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
        let sc = max3(theta, dx, dp);
        let mut gamma = sc * ((theta / sc).powi(2) - (dx / sc) * (dp / sc)).sqrt();
        if stp > stx {
            gamma = -gamma;
        }
        let p = (gamma - dp) + theta;
        let q = ((gamma - dp) + gamma) + dx;
        let r = p / q;
        let stpc = stp + r * (stx - stp);
        let stpq = stp + (dp / (dp - dx)) * (stx - stp);
        stpf = if (stpc - stp).abs() > (stpq - stp).abs() {
            stpc
        } else {
            stpq
        };
        s.brackt = true;
    } else if dp.abs() < dx.abs() {
        // Case 3: same sign, the derivative decreases in magnitude. The cubic step is used
        // only if it heads towards stx (or its minimum lies beyond stp).
        let theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
        let sc = max3(theta, dx, dp);
        let mut gamma = sc
            * ((theta / sc).powi(2) - (dx / sc) * (dp / sc))
                .max(0.0)
                .sqrt();
        if stp > stx {
            gamma = -gamma;
        }
        let p = (gamma - dp) + theta;
        let q = (gamma + (dx - dp)) + gamma;
        let r = p / q;
        let stpc = if r < 0.0 && gamma != 0.0 {
            stp + r * (stx - stp)
        } else if stp > stx {
            stpmax
        } else {
            stpmin
        };
        let stpq = stp + (dp / (dp - dx)) * (stx - stp);
        if s.brackt {
            // Keep the step well inside the interval.
            let t = if (stpc - stp).abs() < (stpq - stp).abs() {
                stpc
            } else {
                stpq
            };
            stpf = if stp > stx {
                (stp + 0.66 * (sty - stp)).min(t)
            } else {
                (stp + 0.66 * (sty - stp)).max(t)
            };
        } else {
            let t = if (stpc - stp).abs() > (stpq - stp).abs() {
                stpc
            } else {
                stpq
            };
            stpf = t.min(stpmax).max(stpmin);
        }
    } else {
        // Case 4: same sign, the derivative does not decrease: extrapolate with the cubic
        // through (stp, sty) when bracketed, else go to the end of the allowed range.
        stpf = if s.brackt {
            let theta = 3.0 * (fp - fy) / (sty - stp) + dy + dp;
            let sc = max3(theta, dy, dp);
            let mut gamma = sc * ((theta / sc).powi(2) - (dy / sc) * (dp / sc)).sqrt();
            if stp > sty {
                gamma = -gamma;
            }
            let p = (gamma - dp) + theta;
            let q = ((gamma - dp) + gamma) + dy;
            let r = p / q;
            stp + r * (sty - stp)
        } else if stp > stx {
            stpmax
        } else {
            stpmin
        };
    }
    // Update the interval that contains a minimizer.
    if fp > fx {
        s.sty = stp;
        s.fy = fp;
        s.dy = dp;
    } else {
        if sgnd < 0.0 {
            s.sty = stx;
            s.fy = fx;
            s.dy = dx;
        }
        s.stx = stp;
        s.fx = fp;
        s.dx = dp;
    }
    stpf
}

impl Dcsrch {
    /// Starts a search at `stp` with `φ(0) = f`, `φ'(0) = g`; `Err` for invalid input
    /// (`dcsrch`'s `ERROR:` tasks, e.g. a non-descent direction).
    // dcsrch's own argument list: the step, φ, φ' and its five tolerances.
    #[allow(clippy::too_many_arguments)]
    fn start(
        stp: f64,
        f: f64,
        g: f64,
        ftol: f64,
        gtol: f64,
        xtol: f64,
        stpmin: f64,
        stpmax: f64,
    ) -> Option<Dcsrch> {
        if stp < stpmin || stp > stpmax || g >= 0.0 || stpmax < stpmin {
            return None;
        }
        let width = stpmax - stpmin;
        Some(Dcsrch {
            gtol,
            xtol,
            stpmin,
            stpmax,
            brackt: false,
            stage: 1,
            finit: f,
            ginit: g,
            gtest: ftol * g,
            width,
            width1: width / 0.5,
            stx: 0.0,
            fx: f,
            gx: g,
            sty: 0.0,
            fy: f,
            gy: g,
            stmin: 0.0,
            stmax: stp + 4.0 * stp,
        })
    }

    /// Given `φ(stp) = f`, `φ'(stp) = g`, tests convergence or computes the next step.
    fn iterate(&mut self, stp: f64, f: f64, g: f64) -> (f64, Task) {
        let ftest = self.finit + stp * self.gtest;
        if self.stage == 1 && f <= ftest && g >= 0.0 {
            self.stage = 2;
        }
        let mut task = Task::Evaluate;
        if self.brackt && (stp <= self.stmin || stp >= self.stmax) {
            task = Task::Failed; // rounding errors prevent progress
        }
        if self.brackt && self.stmax - self.stmin <= self.xtol * self.stmax {
            task = Task::Failed; // xtol test satisfied
        }
        if stp == self.stpmax && f <= ftest && g <= self.gtest {
            task = Task::Failed; // stp = stpmax
        }
        if stp == self.stpmin && (f > ftest || g >= self.gtest) {
            task = Task::Failed; // stp = stpmin
        }
        if f <= ftest && g.abs() <= self.gtol * -self.ginit {
            task = Task::Converged;
        }
        if task != Task::Evaluate {
            return (stp, task);
        }
        let mut st;
        if self.stage == 1 && f <= self.fx && f > ftest {
            // Stage 1 with a lower but not sufficiently lower value: work on the modified
            // function ψ(α) = φ(α) - φ(0) - ftol α φ'(0), as the paper prescribes.
            let gt = self.gtest;
            st = StepState {
                stx: self.stx,
                fx: self.fx - self.stx * gt,
                dx: self.gx - gt,
                sty: self.sty,
                fy: self.fy - self.sty * gt,
                dy: self.gy - gt,
                brackt: self.brackt,
            };
            let next = dcstep(&mut st, stp, f - stp * gt, g - gt, self.stmin, self.stmax);
            st.fx += st.stx * gt;
            st.fy += st.sty * gt;
            st.dx += gt;
            st.dy += gt;
            self.store(&st);
            return self.finish_step(next);
        }
        st = StepState {
            stx: self.stx,
            fx: self.fx,
            dx: self.gx,
            sty: self.sty,
            fy: self.fy,
            dy: self.gy,
            brackt: self.brackt,
        };
        let next = dcstep(&mut st, stp, f, g, self.stmin, self.stmax);
        self.store(&st);
        self.finish_step(next)
    }

    fn store(&mut self, st: &StepState) {
        self.stx = st.stx;
        self.fx = st.fx;
        self.gx = st.dx;
        self.sty = st.sty;
        self.fy = st.fy;
        self.gy = st.dy;
        self.brackt = st.brackt;
    }

    /// Bisection safeguard, new interval bounds and clamping of the next step.
    fn finish_step(&mut self, mut stp: f64) -> (f64, Task) {
        if self.brackt {
            // Force a sufficient decrease of the interval's width.
            if (self.sty - self.stx).abs() >= 0.66 * self.width1 {
                stp = self.stx + 0.5 * (self.sty - self.stx);
            }
            self.width1 = self.width;
            self.width = (self.sty - self.stx).abs();
            self.stmin = self.stx.min(self.sty);
            self.stmax = self.stx.max(self.sty);
        } else {
            self.stmin = stp + 1.1 * (stp - self.stx);
            self.stmax = stp + 4.0 * (stp - self.stx);
        }
        stp = stp.max(self.stpmin).min(self.stpmax);
        // When no further progress is possible, return the best step so far.
        if self.brackt
            && (stp <= self.stmin
                || stp >= self.stmax
                || self.stmax - self.stmin <= self.xtol * self.stmax)
        {
            stp = self.stx;
        }
        (stp, Task::Evaluate)
    }
}

/// SciPy's `scalar_search_wolfe1`: the Moré–Thuente search from SciPy's first trial step,
/// at most 100 trial steps, `xtol = 1e-14`.
fn scalar_search_wolfe1(
    lf: &mut dyn LineFn,
    phi0: f64,
    old_phi0: Option<f64>,
    derphi0: f64,
    p: &WolfeParams,
) -> ScalarSearch {
    let alpha1 = initial_step(phi0, old_phi0, derphi0);
    let fail = |phi1| ScalarSearch {
        alpha: None,
        phi: Some(phi1),
        phi0,
        derphi: None,
    };
    let Some(mut search) = Dcsrch::start(alpha1, phi0, derphi0, p.c1, p.c2, 1e-14, p.amin, p.amax)
    else {
        return fail(phi0);
    };
    let mut stp = alpha1;
    let mut phi1 = phi0;
    // SciPy's driver makes at most 100 passes, the first of which only sets up the search:
    // 100 trial evaluations, the last of which is not tested.
    for i in 0..100 {
        phi1 = lf.phi(stp);
        let derphi1 = lf.derphi(stp);
        if i == 99 {
            break;
        }
        let (next, task) = search.iterate(stp, phi1, derphi1);
        match task {
            Task::Evaluate => stp = next,
            Task::Converged => {
                return ScalarSearch {
                    alpha: Some(stp),
                    phi: Some(phi1),
                    phi0,
                    derphi: Some(derphi1),
                };
            }
            Task::Failed => return fail(phi1),
        }
        if !stp.is_finite() {
            return fail(phi1);
        }
    }
    fail(phi1)
}

// ---------------------------------------------------------------------------------------
// Nocedal–Wright (Algorithm 3.5 with zoom, Algorithm 3.6)
// ---------------------------------------------------------------------------------------

/// Minimizer of the cubic through `(a, fa)` with slope `fpa`, `(b, fb)` and `(c, fc)`;
/// `None` when it does not exist or is not finite.
fn cubicmin(a: f64, fa: f64, fpa: f64, b: f64, fb: f64, c: f64, fc: f64) -> Option<f64> {
    let cc = fpa;
    let db = b - a;
    let dc = c - a;
    let denom = (db * dc).powi(2) * (db - dc);
    if denom == 0.0 {
        return None;
    }
    let r1 = fb - fa - cc * db;
    let r2 = fc - fa - cc * dc;
    let aa = (dc * dc * r1 - db * db * r2) / denom;
    let bb = (-dc.powi(3) * r1 + db.powi(3) * r2) / denom;
    let radical = bb * bb - 3.0 * aa * cc;
    if radical < 0.0 || aa == 0.0 {
        return None;
    }
    let xmin = a + (-bb + radical.sqrt()) / (3.0 * aa);
    xmin.is_finite().then_some(xmin)
}

/// Minimizer of the quadratic through `(a, fa)` with slope `fpa` and `(b, fb)`.
fn quadmin(a: f64, fa: f64, fpa: f64, b: f64, fb: f64) -> Option<f64> {
    let db = b - a;
    if db == 0.0 {
        return None;
    }
    let bb = (fb - fa - fpa * db) / (db * db);
    if bb == 0.0 {
        return None;
    }
    let xmin = a - fpa / (2.0 * bb);
    xmin.is_finite().then_some(xmin)
}

/// The zoom phase (Nocedal & Wright, Algorithm 3.6): shrinks `[a_lo, a_hi]` by cubic, then
/// quadratic, then bisection steps (each kept away from the ends), at most 11 trials.
#[allow(clippy::too_many_arguments)]
fn zoom(
    lf: &mut dyn LineFn,
    mut a_lo: f64,
    mut a_hi: f64,
    mut phi_lo: f64,
    mut phi_hi: f64,
    mut derphi_lo: f64,
    phi0: f64,
    derphi0: f64,
    c1: f64,
    c2: f64,
) -> Option<(f64, f64, f64)> {
    let (delta1, delta2) = (0.2, 0.1);
    let mut phi_rec = phi0;
    let mut a_rec = 0.0;
    let mut i = 0;
    loop {
        let dalpha = a_hi - a_lo;
        let (a, b) = if dalpha < 0.0 {
            (a_hi, a_lo)
        } else {
            (a_lo, a_hi)
        };
        let mut a_j = None;
        if i > 0 {
            let cchk = delta1 * dalpha;
            a_j = cubicmin(a_lo, phi_lo, derphi_lo, a_hi, phi_hi, a_rec, phi_rec)
                .filter(|&v| !(v > b - cchk || v < a + cchk));
        }
        let a_j = match a_j {
            Some(v) => v,
            None => {
                let qchk = delta2 * dalpha;
                match quadmin(a_lo, phi_lo, derphi_lo, a_hi, phi_hi) {
                    Some(v) if !(v > b - qchk || v < a + qchk) => v,
                    _ => a_lo + 0.5 * dalpha,
                }
            }
        };
        let phi_aj = lf.phi(a_j);
        if phi_aj > phi0 + c1 * a_j * derphi0 || phi_aj >= phi_lo {
            phi_rec = phi_hi;
            a_rec = a_hi;
            a_hi = a_j;
            phi_hi = phi_aj;
        } else {
            let derphi_aj = lf.derphi(a_j);
            if derphi_aj.abs() <= -c2 * derphi0 && lf.extra(a_j, phi_aj) {
                return Some((a_j, phi_aj, derphi_aj));
            }
            if derphi_aj * (a_hi - a_lo) >= 0.0 {
                phi_rec = phi_hi;
                a_rec = a_hi;
                a_hi = a_lo;
                phi_hi = phi_lo;
            } else {
                phi_rec = phi_lo;
                a_rec = a_lo;
            }
            a_lo = a_j;
            phi_lo = phi_aj;
            derphi_lo = derphi_aj;
        }
        i += 1;
        if i > 10 {
            return None;
        }
    }
}

/// SciPy's `scalar_search_wolfe2`: bracketing by step doubling (at most `maxiter` trials),
/// then [`zoom`].
#[allow(clippy::too_many_arguments)]
fn scalar_search_wolfe2(
    lf: &mut dyn LineFn,
    phi0: f64,
    old_phi0: Option<f64>,
    derphi0: f64,
    c1: f64,
    c2: f64,
    amax: Option<f64>,
    maxiter: usize,
) -> ScalarSearch {
    let mut alpha0 = 0.0;
    let mut alpha1 = initial_step(phi0, old_phi0, derphi0);
    if let Some(m) = amax {
        alpha1 = alpha1.min(m);
    }
    let mut phi_a1 = lf.phi(alpha1);
    let mut phi_a0 = phi0;
    let mut derphi_a0 = derphi0;
    let found = |r: Option<(f64, f64, f64)>| match r {
        Some((a, p, d)) => ScalarSearch {
            alpha: Some(a),
            phi: Some(p),
            phi0,
            derphi: Some(d),
        },
        None => ScalarSearch {
            alpha: None,
            phi: None,
            phi0,
            derphi: None,
        },
    };
    for i in 0..maxiter {
        if alpha1 == 0.0 || amax.is_some_and(|m| alpha0 > m) {
            // Rounding errors, or no acceptable step below amax: SciPy reports the previous
            // objective as `old_fval` here.
            return ScalarSearch {
                alpha: None,
                phi: Some(phi0),
                phi0: old_phi0.unwrap_or(f64::NAN),
                derphi: None,
            };
        }
        if phi_a1 > phi0 + c1 * alpha1 * derphi0 || (phi_a1 >= phi_a0 && i > 0) {
            return found(zoom(
                lf, alpha0, alpha1, phi_a0, phi_a1, derphi_a0, phi0, derphi0, c1, c2,
            ));
        }
        let derphi_a1 = lf.derphi(alpha1);
        if derphi_a1.abs() <= -c2 * derphi0 && lf.extra(alpha1, phi_a1) {
            return found(Some((alpha1, phi_a1, derphi_a1)));
        }
        if derphi_a1 >= 0.0 {
            return found(zoom(
                lf, alpha1, alpha0, phi_a1, phi_a0, derphi_a1, phi0, derphi0, c1, c2,
            ));
        }
        let mut alpha2 = 2.0 * alpha1;
        if let Some(m) = amax {
            alpha2 = alpha2.min(m);
        }
        alpha0 = alpha1;
        alpha1 = alpha2;
        phi_a0 = phi_a1;
        phi_a1 = lf.phi(alpha1);
        derphi_a0 = derphi_a1;
    }
    // Not converged within maxiter: SciPy returns the last step without a slope.
    ScalarSearch {
        alpha: Some(alpha1),
        phi: Some(phi_a1),
        phi0,
        derphi: None,
    }
}

// ---------------------------------------------------------------------------------------
// The search on a ScalarFunction (shared by the gradient methods)
// ---------------------------------------------------------------------------------------

/// An extra acceptance test of a step: `(alpha, x_new, f_new, g_new) -> accept` (CG's
/// sufficient-descent test).
pub(crate) type ExtraCondition<'c> = &'c mut dyn FnMut(f64, &[f64], f64, &[f64]) -> bool;

/// `φ` and `φ'` along `x + α p` through a [`ScalarFunction`], so that the evaluations are
/// cached and counted as SciPy counts them.
struct SfLine<'s, 'f, 'a, 'c> {
    sf: &'s mut ScalarFunction<'f, 'a>,
    xk: &'s [f64],
    pk: &'s [f64],
    x: &'s mut [f64],
    g: &'s mut [f64],
    g_alpha: Option<f64>,
    extra: Option<ExtraCondition<'c>>,
}

impl SfLine<'_, '_, '_, '_> {
    fn set_x(&mut self, alpha: f64) {
        for ((x, &xk), &pk) in self.x.iter_mut().zip(self.xk).zip(self.pk) {
            *x = xk + alpha * pk;
        }
    }
}

impl LineFn for SfLine<'_, '_, '_, '_> {
    fn phi(&mut self, alpha: f64) -> f64 {
        self.set_x(alpha);
        self.sf.fun(self.x)
    }
    fn derphi(&mut self, alpha: f64) -> f64 {
        self.set_x(alpha);
        self.sf.grad(self.x, self.g);
        self.g_alpha = Some(alpha);
        dot(self.g, self.pk)
    }
    fn extra(&mut self, alpha: f64, phi: f64) -> bool {
        if self.extra.is_none() {
            return true;
        }
        if self.g_alpha != Some(alpha) {
            self.derphi(alpha);
        }
        self.set_x(alpha);
        match self.extra.as_mut() {
            Some(cond) => cond(alpha, self.x, phi, self.g),
            None => true,
        }
    }
}

/// A step found by [`line_search_wolfe12`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct WolfeStep {
    /// The step length `α`.
    pub(crate) alpha: f64,
    /// `f(x + α p)`.
    pub(crate) new_fval: f64,
    /// `f(x)` (the value passed in), to become the caller's `old_old_fval`.
    pub(crate) old_fval: f64,
}

/// The strong-Wolfe line search of SciPy's BFGS, CG and Newton-CG (`_line_search_wolfe12`):
/// the Moré–Thuente search (`line_search_wolfe1`) first; if it fails, or the optional
/// `extra_condition` rejects its step, the Nocedal–Wright search (`line_search_wolfe2`, at
/// most 10 bracketing steps, honouring `extra_condition`).
///
/// Arguments:
/// - `sf`: the objective; every trial goes through it, so `sf.nfev`/`sf.njev` count as SciPy
///   (finite-difference gradients included) and the value/gradient at the accepted point is
///   cached there.
/// - `xk`, `pk`, `gfk`: the current point, a descent direction, and `∇f(xk)`.
/// - `old_fval = f(xk)`, `old_old_fval`: the previous iterate's value (SciPy's first trial
///   step `min(1, 2.02 (f_k - f_{k-1}) / ∇f_kᵀp)` uses it; `None` gives 1).
/// - `params`: `c1`, `c2`, `amin`, `amax` ([`WolfeParams::new`] gives SciPy's 1e-100, 1e100).
/// - `extra_condition`: an extra acceptance test `(α, x_new, f_new, ∇f(x_new)) -> bool`.
/// - `x_new`, `g_new`: output buffers of length n (also scratch): on success they hold
///   `xk + α pk` and its gradient.
///
/// Returns `None` when both searches fail (SciPy raises `_LineSearchError`; its callers stop
/// with warnflag 2, "Desired error not necessarily achieved due to precision loss.").
#[allow(clippy::too_many_arguments)]
pub(crate) fn line_search_wolfe12(
    sf: &mut ScalarFunction<'_, '_>,
    xk: &[f64],
    pk: &[f64],
    gfk: &[f64],
    old_fval: f64,
    old_old_fval: Option<f64>,
    params: &WolfeParams,
    mut extra_condition: Option<ExtraCondition<'_>>,
    x_new: &mut [f64],
    g_new: &mut [f64],
) -> Option<WolfeStep> {
    let derphi0 = dot(gfk, pk);
    // Moré–Thuente first, without the extra condition (checked once afterwards).
    let first = {
        let mut lf = SfLine {
            sf: &mut *sf,
            xk,
            pk,
            x: &mut *x_new,
            g: &mut *g_new,
            g_alpha: None,
            extra: None,
        };
        scalar_search_wolfe1(&mut lf, old_fval, old_old_fval, derphi0, params)
    };
    if let (Some(alpha), Some(phi)) = (first.alpha, first.phi) {
        for ((x, &a), &p) in x_new.iter_mut().zip(xk).zip(pk) {
            *x = a + alpha * p;
        }
        // The gradient at the accepted step was the search's last evaluation: cached.
        sf.grad(x_new, g_new);
        let accept = match extra_condition.as_mut() {
            Some(cond) => cond(alpha, x_new, phi, g_new),
            None => true,
        };
        if accept {
            return Some(WolfeStep {
                alpha,
                new_fval: phi,
                old_fval: first.phi0,
            });
        }
    }
    let second = {
        let mut lf = SfLine {
            sf: &mut *sf,
            xk,
            pk,
            x: &mut *x_new,
            g: &mut *g_new,
            g_alpha: None,
            extra: extra_condition,
        };
        scalar_search_wolfe2(
            &mut lf,
            old_fval,
            old_old_fval,
            derphi0,
            params.c1,
            params.c2,
            Some(params.amax),
            10,
        )
    };
    let alpha = second.alpha?;
    for ((x, &a), &p) in x_new.iter_mut().zip(xk).zip(pk) {
        *x = a + alpha * p;
    }
    let new_fval = match second.phi {
        Some(v) => v,
        None => sf.fun(x_new),
    };
    sf.grad(x_new, g_new);
    Some(WolfeStep {
        alpha,
        new_fval,
        old_fval: second.phi0,
    })
}

// ---------------------------------------------------------------------------------------
// Public line_search
// ---------------------------------------------------------------------------------------

/// Options of [`line_search_with`] (SciPy's keywords of `line_search`).
///
/// # Examples
///
/// ```
/// let o = sci_optimize::LineSearchOptions::default().c2(0.1).amax(10.0);
/// assert_eq!((o.c1, o.c2, o.amax, o.maxiter), (1e-4, 0.1, Some(10.0), 10));
/// ```
#[derive(Debug, Clone)]
pub struct LineSearchOptions {
    /// `∇f(xk)` if known (`gfk`); computed (and counted in `gc`) otherwise.
    pub gfk: Option<Vec<f64>>,
    /// `f(xk)` if known (`old_fval`); computed (and counted in `fc`) otherwise.
    pub old_fval: Option<f64>,
    /// The objective at the previous point (`old_old_fval`), to choose the first step.
    pub old_old_fval: Option<f64>,
    /// Sufficient-decrease constant (default 1e-4).
    pub c1: f64,
    /// Curvature constant (default 0.9).
    pub c2: f64,
    /// Largest step (default none).
    pub amax: Option<f64>,
    /// Largest number of bracketing iterations (default 10).
    pub maxiter: usize,
}

impl Default for LineSearchOptions {
    fn default() -> Self {
        LineSearchOptions {
            gfk: None,
            old_fval: None,
            old_old_fval: None,
            c1: 1e-4,
            c2: 0.9,
            amax: None,
            maxiter: 10,
        }
    }
}

impl LineSearchOptions {
    /// Sets `∇f(xk)`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LineSearchOptions::default().gfk(vec![1.0]);
    /// assert!(o.gfk.is_some());
    /// ```
    #[must_use]
    pub fn gfk(mut self, gfk: Vec<f64>) -> Self {
        self.gfk = Some(gfk);
        self
    }
    /// Sets `f(xk)`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::LineSearchOptions::default().old_fval(2.0).old_fval, Some(2.0));
    /// ```
    #[must_use]
    pub fn old_fval(mut self, v: f64) -> Self {
        self.old_fval = Some(v);
        self
    }
    /// Sets the previous point's objective.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::LineSearchOptions::default().old_old_fval(3.0).old_old_fval, Some(3.0));
    /// ```
    #[must_use]
    pub fn old_old_fval(mut self, v: f64) -> Self {
        self.old_old_fval = Some(v);
        self
    }
    /// Sets `c1`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::LineSearchOptions::default().c1(1e-3).c1, 1e-3);
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
    /// assert_eq!(sci_optimize::LineSearchOptions::default().c2(0.5).c2, 0.5);
    /// ```
    #[must_use]
    pub fn c2(mut self, c2: f64) -> Self {
        self.c2 = c2;
        self
    }
    /// Sets the largest step.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::LineSearchOptions::default().amax(5.0).amax, Some(5.0));
    /// ```
    #[must_use]
    pub fn amax(mut self, amax: f64) -> Self {
        self.amax = Some(amax);
        self
    }
    /// Sets the largest number of iterations.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::LineSearchOptions::default().maxiter(20).maxiter, 20);
    /// ```
    #[must_use]
    pub fn maxiter(mut self, maxiter: usize) -> Self {
        self.maxiter = maxiter;
        self
    }
}

/// The result of [`line_search`]: SciPy's tuple `(alpha, fc, gc, new_fval, old_fval,
/// new_slope)`.
#[derive(Debug, Clone, PartialEq)]
pub struct LineSearchResult {
    /// The step, `None` when the search failed.
    pub alpha: Option<f64>,
    /// Objective evaluations made.
    pub fc: usize,
    /// Gradient evaluations made.
    pub gc: usize,
    /// `f(xk + alpha pk)` (`None` on failure).
    pub new_fval: Option<f64>,
    /// `f(xk)`.
    pub old_fval: f64,
    /// The slope `∇f(xk + alpha pk)ᵀ pk`, `None` when the search did not converge.
    pub new_slope: Option<f64>,
    /// The gradient at `xk + alpha pk` (what SciPy actually returns in the `new_slope` slot),
    /// `None` when the search did not converge.
    pub new_grad: Option<Array1<f64>>,
}

/// The user's `f` and `∇f` along the line, counting raw calls as SciPy's `line_search`.
struct UserLine<'u> {
    f: &'u dyn Fn(&[f64]) -> f64,
    fprime: &'u dyn Fn(&[f64], &mut [f64]),
    xk: &'u [f64],
    pk: &'u [f64],
    x: Vec<f64>,
    g: Vec<f64>,
    fc: usize,
    gc: usize,
}

impl UserLine<'_> {
    fn set_x(&mut self, alpha: f64) {
        for ((x, &xk), &pk) in self.x.iter_mut().zip(self.xk).zip(self.pk) {
            *x = xk + alpha * pk;
        }
    }
}

impl LineFn for UserLine<'_> {
    fn phi(&mut self, alpha: f64) -> f64 {
        self.fc += 1;
        self.set_x(alpha);
        (self.f)(&self.x)
    }
    fn derphi(&mut self, alpha: f64) -> f64 {
        self.gc += 1;
        self.set_x(alpha);
        (self.fprime)(&self.x, &mut self.g);
        dot(&self.g, self.pk)
    }
    fn extra(&mut self, _alpha: f64, _phi: f64) -> bool {
        true
    }
}

/// Finds a step satisfying the strong Wolfe conditions along `pk` from `xk` with SciPy's
/// defaults (`c1 = 1e-4`, `c2 = 0.9`, no `amax`, 10 iterations).
///
/// # Examples
///
/// ```
/// // SciPy's example: f = x·x, from [1.8, 1.7] along [-1, -2].
/// let f = |x: &[f64]| x[0] * x[0] + x[1] * x[1];
/// let g = |x: &[f64], g: &mut [f64]| { g[0] = 2.0 * x[0]; g[1] = 2.0 * x[1]; };
/// let r = sci_optimize::line_search(f, g, &[1.8, 1.7], &[-1.0, -2.0]).unwrap();
/// assert_eq!(r.alpha, Some(1.0));
/// assert!((r.new_fval.unwrap() - 0.73).abs() < 1e-12 && r.old_fval == 6.13);
/// ```
///
/// # Errors
///
/// As [`line_search_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.line_search.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006,
///   Algorithms 3.5 and 3.6.
pub fn line_search<'x, 'p>(
    f: impl Fn(&[f64]) -> f64,
    fprime: impl Fn(&[f64], &mut [f64]),
    xk: impl AsArray<'x, f64, Ix1>,
    pk: impl AsArray<'p, f64, Ix1>,
) -> Result<LineSearchResult> {
    line_search_with(f, fprime, xk, pk, &LineSearchOptions::default())
}

/// [`line_search`] with SciPy's keywords (`gfk`, `old_fval`, `old_old_fval`, `c1`, `c2`,
/// `amax`, `maxiter`).
///
/// A failed search is not an error: `alpha` is `None` (SciPy warns with a
/// `LineSearchWarning`). `pk` need not be a descent direction; if it is not, the search
/// usually fails.
///
/// # Examples
///
/// ```
/// use sci_optimize::{line_search_with, LineSearchOptions};
/// let f = |x: &[f64]| (x[0] - 3.0).powi(2);
/// let g = |x: &[f64], g: &mut [f64]| g[0] = 2.0 * (x[0] - 3.0);
/// let o = LineSearchOptions::default().c2(0.1);
/// let r = line_search_with(f, g, &[0.0], &[1.0], &o).unwrap();
/// let a = r.alpha.unwrap();
/// assert!((a - 3.0).abs() < 0.3 && r.new_slope.unwrap().abs() <= 0.1 * 6.0);
/// ```
///
/// # Errors
///
/// [`Error::ShapeMismatch`] when `xk`, `pk` (or `gfk`) differ in length;
/// [`Error::EmptyInput`] for empty vectors; [`Error::InvalidArgument`] unless
/// `0 < c1 < c2 < 1`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.line_search.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006,
///   Algorithms 3.5 and 3.6.
pub fn line_search_with<'x, 'p>(
    f: impl Fn(&[f64]) -> f64,
    fprime: impl Fn(&[f64], &mut [f64]),
    xk: impl AsArray<'x, f64, Ix1>,
    pk: impl AsArray<'p, f64, Ix1>,
    options: &LineSearchOptions,
) -> Result<LineSearchResult> {
    let xk = sci_core::view1(xk).to_vec();
    let pk = sci_core::view1(pk).to_vec();
    sci_core::check_nonempty("xk", xk.len(), 1)?;
    sci_core::check_same_len("xk", xk.len(), "pk", pk.len())?;
    if let Some(g) = &options.gfk {
        sci_core::check_same_len("xk", xk.len(), "gfk", g.len())?;
    }
    check_c1_c2(options.c1, options.c2)?;
    let n = xk.len();
    let mut lf = UserLine {
        f: &f,
        fprime: &fprime,
        xk: &xk,
        pk: &pk,
        x: vec![0.0; n],
        g: vec![0.0; n],
        fc: 0,
        gc: 0,
    };
    let gfk = match &options.gfk {
        Some(g) => g.clone(),
        None => {
            let mut g = vec![0.0; n];
            fprime(&xk, &mut g);
            g
        }
    };
    let derphi0 = dot(&gfk, &pk);
    let phi0 = match options.old_fval {
        Some(v) => v,
        None => lf.phi(0.0),
    };
    let s = scalar_search_wolfe2(
        &mut lf,
        phi0,
        options.old_old_fval,
        derphi0,
        options.c1,
        options.c2,
        options.amax,
        options.maxiter,
    );
    let new_grad = s.derphi.map(|_| Array1::from(lf.g.clone()));
    Ok(LineSearchResult {
        alpha: s.alpha,
        fc: lf.fc,
        gc: lf.gc,
        new_fval: s.alpha.and(s.phi),
        old_fval: s.phi0,
        new_slope: s.derphi,
        new_grad,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gradient;

    fn quad(x: &[f64]) -> f64 {
        x.iter().map(|v| v * v).sum()
    }

    #[test]
    fn more_thuente_finds_a_strong_wolfe_step_on_rosenbrock() {
        let f = crate::rosen;
        let g = Gradient::provided(crate::rosen_der);
        let mut sf = ScalarFunction::new(&f, &g);
        let xk = [-1.2, 1.0];
        let mut gk = [0.0; 2];
        let f0 = sf.fun_and_grad(&xk, &mut gk);
        let pk = [-gk[0], -gk[1]];
        let (mut xn, mut gn) = ([0.0; 2], [0.0; 2]);
        let p = WolfeParams::new(1e-4, 0.9);
        let s = line_search_wolfe12(&mut sf, &xk, &pk, &gk, f0, None, &p, None, &mut xn, &mut gn)
            .unwrap();
        let d0 = dot(&gk, &pk);
        assert!(s.new_fval <= f0 + 1e-4 * s.alpha * d0);
        assert!(dot(&gn, &pk).abs() <= 0.9 * d0.abs());
        assert_eq!(s.new_fval, crate::rosen(&xn));
    }

    #[test]
    fn extra_condition_rejection_falls_back_and_non_descent_fails() {
        let f = quad;
        let g = Gradient::provided(|x: &[f64], g: &mut [f64]| {
            for (gi, xi) in g.iter_mut().zip(x) {
                *gi = 2.0 * xi;
            }
        });
        let mut sf = ScalarFunction::new(&f, &g);
        let xk = [1.0, 1.0];
        let gk = [2.0, 2.0];
        let (mut xn, mut gn) = ([0.0; 2], [0.0; 2]);
        let p = WolfeParams::new(1e-4, 0.9);
        // Ascent direction: both searches fail.
        let r = line_search_wolfe12(
            &mut sf,
            &xk,
            &[1.0, 1.0],
            &gk,
            2.0,
            None,
            &p,
            None,
            &mut xn,
            &mut gn,
        );
        assert!(r.is_none());
        let mut calls = 0;
        let mut cond = |_a: f64, _x: &[f64], _f: f64, _g: &[f64]| {
            calls += 1;
            false
        };
        let r = line_search_wolfe12(
            &mut sf,
            &xk,
            &[-1.0, -1.0],
            &gk,
            2.0,
            None,
            &p,
            Some(&mut cond),
            &mut xn,
            &mut gn,
        );
        assert!(r.is_none());
        assert!(calls >= 2);
    }

    #[test]
    fn interpolation_helpers() {
        // f = (x - 2)^2: quadratic through (0, 4) slope -4 and (3, 1).
        assert!((quadmin(0.0, 4.0, -4.0, 3.0, 1.0).unwrap() - 2.0).abs() < 1e-12);
        assert!(quadmin(0.0, 1.0, 0.0, 0.0, 1.0).is_none());
        // f = x^3 - 3x: minimum at 1.
        let f = |x: f64| x * x * x - 3.0 * x;
        let m = cubicmin(0.0, f(0.0), -3.0, 2.0, f(2.0), 3.0, f(3.0)).unwrap();
        assert!((m - 1.0).abs() < 1e-12);
    }
}
