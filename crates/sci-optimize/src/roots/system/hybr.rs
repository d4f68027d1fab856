//! `root(method='hybr')`: Powell's hybrid method with MINPACK `hybrd`/`hybrj` semantics.
//!
//! Each outer iteration evaluates (or differences) the Jacobian and factors it `J = Q R`;
//! inner iterations take double-dogleg steps in a trust region scaled by `diag` and, between
//! Jacobian evaluations, keep `Q R` current with Broyden's rank-one update applied through
//! Givens rotations (O(n²) per step). The Jacobian is re-evaluated after two consecutive
//! failed steps. Termination codes and messages are MINPACK's `info` as SciPy reports them.

use sci_core::ndarray::{Array1, Array2, ArrayViewMut2};
use sci_core::{Error, Result};

use super::qr_update::{dogleg, enorm, rank1_update};
use super::{RootCallback, RootResult, RootState, SystemProblem};
use crate::roots::setters;

/// The options of `root(method='hybr')` (SciPy's `options=` keys).
///
/// # Examples
///
/// ```
/// use sci_optimize::HybrOptions;
///
/// let o = HybrOptions::default().xtol(1e-12).maxfev(500);
/// assert_eq!(o.factor, 100.0);
/// ```
#[derive(Debug, Clone)]
pub struct HybrOptions {
    /// The Jacobian callable writes `Jᵀ` (derivatives down the columns) instead of `J`.
    pub col_deriv: bool,
    /// Stop when the relative error between two consecutive iterates is at most `xtol`
    /// (default 1.49012e-8).
    pub xtol: f64,
    /// The maximum number of function calls; 0 means `200 (n + 1)` without a Jacobian and
    /// `100 (n + 1)` with one.
    pub maxfev: usize,
    /// `(ml, mu)`: the numbers of sub- and super-diagonals of a banded Jacobian (finite
    /// differences only), which then need `ml + mu + 1` evaluations instead of `n`.
    pub band: Option<(usize, usize)>,
    /// The relative error of the function values, setting the finite-difference step
    /// `sqrt(max(eps, machine eps)) |x|` (default machine epsilon).
    pub eps: Option<f64>,
    /// The initial step bound `factor ‖diag x‖` (default 100).
    pub factor: f64,
    /// Positive scale factors of the variables; by default the Jacobian's column norms.
    pub diag: Option<Vec<f64>>,
}

impl Default for HybrOptions {
    fn default() -> Self {
        Self {
            col_deriv: false,
            xtol: 1.49012e-8,
            maxfev: 0,
            band: None,
            eps: None,
            factor: 100.0,
            diag: None,
        }
    }
}

setters!(HybrOptions {
    col_deriv: bool,
    xtol: f64,
    maxfev: usize,
    band: Option<(usize, usize)>,
    eps: Option<f64>,
    factor: f64,
    diag: Option<Vec<f64>>,
});

/// What the hybrid method returns, shared by `root` and `fsolve`.
pub(crate) struct HybrOutput {
    pub(crate) x: Array1<f64>,
    pub(crate) fvec: Array1<f64>,
    pub(crate) q: Array2<f64>,
    pub(crate) r: Array2<f64>,
    pub(crate) qtf: Array1<f64>,
    pub(crate) nfev: usize,
    pub(crate) njev: usize,
    pub(crate) info: i32,
    pub(crate) maxfev: usize,
}

/// The status of a run stopped by the callback (the crate's convention).
pub(crate) const STOPPED: i32 = 99;

/// MINPACK's message for `info`, in SciPy's words.
pub(crate) fn hybr_message(info: i32, maxfev: usize, xtol: f64) -> String {
    match info {
        0 => "Improper input parameters were entered.".into(),
        1 => "The solution converged.".into(),
        2 => format!("The number of calls to function has reached maxfev = {maxfev}."),
        3 => format!(
            "xtol={xtol:.6} is too small, no further improvement in the approximate\n solution is possible."
        ),
        4 => "The iteration is not making good progress, as measured by the \n improvement from the last five Jacobian evaluations.".into(),
        5 => "The iteration is not making good progress, as measured by the \n improvement from the last ten iterations.".into(),
        STOPPED => sci_core::callback::STOPPED_BY_CALLBACK.into(),
        _ => "An error occurred.".into(),
    }
}

/// A Jacobian callable as the hybrid method sees it.
pub(crate) type JacRef<'j> = &'j dyn Fn(&[f64], ArrayViewMut2<'_, f64>);

/// `root(method='hybr')`.
pub(crate) fn root_hybr(
    problem: &mut SystemProblem<'_, '_>,
    x0: &[f64],
    opts: &HybrOptions,
) -> Result<RootResult> {
    let mut o = opts.clone();
    if let Some(tol) = problem.tol {
        o.xtol = tol;
    }
    let jac = problem.jac.as_deref().map(|j| j as JacRef<'_>);
    let out = hybr_core(problem.fun, jac, x0, &o, &mut problem.callback)?;
    let n = x0.len();
    let mut packed = Vec::with_capacity(n * (n + 1) / 2);
    for i in 0..n {
        for j in i..n {
            packed.push(out.r[[i, j]]);
        }
    }
    Ok(RootResult {
        success: out.info == 1,
        status: out.info,
        message: hybr_message(out.info, out.maxfev, o.xtol),
        x: out.x,
        fun: out.fvec,
        fjac: Some(out.q),
        r: Some(Array1::from(packed)),
        qtf: Some(out.qtf),
        nfev: out.nfev,
        njev: out.njev,
        ..Default::default()
    })
}

/// The forward-difference Jacobian, column by column, or `msum` columns at a time for a
/// banded Jacobian (columns `msum` apart touch disjoint rows).
#[allow(clippy::too_many_arguments)]
fn fd_jacobian(
    fun: &dyn Fn(&[f64], &mut [f64]),
    x: &mut [f64],
    fvec: &[f64],
    jac: &mut Array2<f64>,
    eps: f64,
    band: Option<(usize, usize)>,
    wa: &mut [f64],
    saved: &mut [f64],
) -> usize {
    let n = x.len();
    let step = |v: f64| {
        let h = eps * v.abs();
        if h == 0.0 { eps } else { h }
    };
    let msum = band.map_or(n, |(ml, mu)| (ml + mu + 1).min(n));
    if msum >= n {
        for j in 0..n {
            let temp = x[j];
            let h = step(temp);
            x[j] = temp + h;
            fun(x, wa);
            x[j] = temp;
            for i in 0..n {
                jac[[i, j]] = (wa[i] - fvec[i]) / h;
            }
        }
        return n;
    }
    let (ml, mu) = band.unwrap_or((n, n));
    for k in 0..msum {
        for j in (k..n).step_by(msum) {
            saved[j] = x[j];
            x[j] += step(saved[j]);
        }
        fun(x, wa);
        for j in (k..n).step_by(msum) {
            x[j] = saved[j];
            let h = step(saved[j]);
            for i in 0..n {
                jac[[i, j]] = if i + mu >= j && i <= j + ml {
                    (wa[i] - fvec[i]) / h
                } else {
                    0.0
                };
            }
        }
    }
    msum
}

/// Powell's hybrid method; `info` 0 reports improper input as MINPACK does.
pub(crate) fn hybr_core(
    fun: &dyn Fn(&[f64], &mut [f64]),
    jac: Option<JacRef<'_>>,
    x0: &[f64],
    o: &HybrOptions,
    callback: &mut Option<RootCallback<'_>>,
) -> Result<HybrOutput> {
    let n = x0.len();
    let maxfev = match (o.maxfev, jac.is_some()) {
        (0, false) => 200 * (n + 1),
        (0, true) => 100 * (n + 1),
        (m, _) => m,
    };
    if let Some(d) = &o.diag
        && d.len() != n
    {
        return Err(Error::shape_mismatch("hybr: diag and x0", &[n], &[d.len()]));
    }
    let mut out = HybrOutput {
        x: Array1::from(x0.to_vec()),
        fvec: Array1::zeros(n),
        q: Array2::zeros((n, n)),
        r: Array2::zeros((n, n)),
        qtf: Array1::zeros(n),
        nfev: 0,
        njev: 0,
        info: 0,
        maxfev,
    };
    let improper =
        o.xtol.is_nan() || o.xtol < 0.0 || o.factor.is_nan() || o.factor <= 0.0 || n == 0;
    if improper
        || o.diag
            .as_ref()
            .is_some_and(|d| d.iter().any(|&v| v.is_nan() || v <= 0.0))
    {
        return Ok(out);
    }
    let epsmch = f64::EPSILON;
    let fd_eps = o.eps.unwrap_or(epsmch).max(epsmch).sqrt();
    let mut x = x0.to_vec();
    let mut fvec = vec![0.0; n];
    fun(&x, &mut fvec);
    let mut nfev = 1;
    let mut njev = 0;
    let mut fnorm = enorm(&fvec);
    let scale_given = o.diag.is_some();
    let mut diag = o.diag.clone().unwrap_or_else(|| vec![0.0; n]);
    let (mut iter, mut ncsuc, mut ncfail, mut nslow1, mut nslow2) = (1usize, 0, 0, 0, 0);
    let (mut delta, mut xnorm) = (0.0, 0.0);
    let mut jm = Array2::<f64>::zeros((n, n));
    let mut q = Array2::<f64>::zeros((n, n));
    let mut r = Array2::<f64>::zeros((n, n));
    let mut qtf = vec![0.0; n];
    let mut acnorm = vec![0.0; n];
    let (mut p, mut xnew, mut fnew, mut w) =
        (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let (mut wa1, mut wa2, mut u, mut v) = (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let info;
    'outer: loop {
        let mut jeval = true;
        match jac {
            Some(j) => {
                if o.col_deriv {
                    j(&x, jm.view_mut().reversed_axes());
                } else {
                    j(&x, jm.view_mut());
                }
                njev += 1;
            }
            None => {
                nfev += fd_jacobian(
                    fun, &mut x, &fvec, &mut jm, fd_eps, o.band, &mut wa1, &mut wa2,
                );
            }
        }
        for j in 0..n {
            for (w, v) in wa1.iter_mut().zip(jm.column(j)) {
                *w = *v;
            }
            acnorm[j] = enorm(&wa1);
        }
        let f = sci_linalg::qr_with(
            jm.view(),
            &sci_linalg::QrOptions::default().check_finite(false),
        )?;
        q.assign(&f.q);
        r.assign(&f.r);
        if iter == 1 {
            if !scale_given {
                for j in 0..n {
                    diag[j] = if acnorm[j] == 0.0 { 1.0 } else { acnorm[j] };
                }
            }
            for j in 0..n {
                wa1[j] = diag[j] * x[j];
            }
            xnorm = enorm(&wa1);
            delta = o.factor * xnorm;
            if delta == 0.0 {
                delta = o.factor;
            }
        }
        for j in 0..n {
            qtf[j] = q.column(j).iter().zip(&fvec).map(|(a, b)| a * b).sum();
        }
        if !scale_given {
            for j in 0..n {
                diag[j] = diag[j].max(acnorm[j]);
            }
        }
        loop {
            dogleg(&r, &diag, &qtf, delta, &mut p, &mut wa1, &mut wa2);
            for j in 0..n {
                p[j] = -p[j];
                xnew[j] = x[j] + p[j];
                wa1[j] = diag[j] * p[j];
            }
            let pnorm = enorm(&wa1);
            if iter == 1 {
                delta = delta.min(pnorm);
            }
            fun(&xnew, &mut fnew);
            nfev += 1;
            let fnorm1 = enorm(&fnew);
            let actred = if fnorm1 < fnorm {
                1.0 - (fnorm1 / fnorm).powi(2)
            } else {
                -1.0
            };
            // Predicted residual Qᵀ(F + J p) = qtf + R p.
            for i in 0..n {
                let mut sum = qtf[i];
                for j in i..n {
                    sum += r[[i, j]] * p[j];
                }
                w[i] = sum;
            }
            let temp = enorm(&w);
            let prered = if temp < fnorm {
                1.0 - (temp / fnorm).powi(2)
            } else {
                0.0
            };
            let ratio = if prered > 0.0 { actred / prered } else { 0.0 };
            if ratio < 0.1 {
                ncsuc = 0;
                ncfail += 1;
                delta *= 0.5;
            } else {
                ncfail = 0;
                ncsuc += 1;
                if ratio >= 0.5 || ncsuc > 1 {
                    delta = delta.max(pnorm / 0.5);
                }
                if (ratio - 1.0).abs() <= 0.1 {
                    delta = pnorm / 0.5;
                }
            }
            if ratio >= 1e-4 {
                x.copy_from_slice(&xnew);
                fvec.copy_from_slice(&fnew);
                for j in 0..n {
                    wa2[j] = diag[j] * x[j];
                }
                xnorm = enorm(&wa2);
                fnorm = fnorm1;
                iter += 1;
                if callback.is_some() {
                    // SciPy ignores `callback` for hybr; this crate reports each accepted step.
                    let state = RootState {
                        x: Array1::from(x.clone()),
                        fun: Array1::from(fvec.clone()),
                        nit: iter - 1,
                    };
                    if sci_core::callback::notify(callback, &state).is_break() {
                        info = STOPPED;
                        break 'outer;
                    }
                }
            }
            nslow1 += 1;
            if actred >= 1e-3 {
                nslow1 = 0;
            }
            if jeval {
                nslow2 += 1;
            }
            if actred >= 0.1 {
                nslow2 = 0;
            }
            if delta <= o.xtol * xnorm || fnorm == 0.0 {
                info = 1;
                break 'outer;
            }
            let code = if nfev >= maxfev {
                2
            } else if 0.1 * (0.1 * delta).max(pnorm) <= epsmch * xnorm {
                3
            } else if nslow2 == 5 {
                4
            } else if nslow1 == 10 {
                5
            } else {
                0
            };
            if code != 0 {
                info = code;
                break 'outer;
            }
            // A NaN residual makes every step fail (actred = -1), so nslow1 ends the run
            // after ten steps, as in MINPACK: no loop runs unbounded.
            if ncfail == 2 {
                continue 'outer;
            }
            // Broyden's rank-one update of Q R with the scaled step.
            for j in 0..n {
                let s: f64 = q.column(j).iter().zip(&fnew).map(|(a, b)| a * b).sum();
                u[j] = (s - w[j]) / pnorm;
                v[j] = diag[j] * (diag[j] * p[j] / pnorm);
                if ratio >= 1e-4 {
                    qtf[j] = s;
                }
            }
            rank1_update(&mut r, &mut q, &mut qtf, &mut u, &v);
            jeval = false;
        }
    }
    out.x = Array1::from(x);
    out.fvec = Array1::from(fvec);
    out.q = q;
    out.r = r;
    out.qtf = Array1::from(qtf);
    out.nfev = nfev;
    out.njev = njev;
    out.info = info;
    Ok(out)
}
