//! The MINPACK-style Levenberg-Marquardt core (Moré 1978) shared by
//! `least_squares(method='lm')`, [`leastsq`] and `root(method='lm')`, and `leastsq` itself.
//!
//! Each outer iteration factors the Jacobian `J P = Q R` (column pivoting, faer), scales the
//! variables by `diag` (the running maximum of the column norms, or the user's), and finds
//! the Levenberg-Marquardt parameter `λ` for the trust radius `Δ` by Moré's safeguarded
//! Newton iteration on `||D x(λ)|| = Δ`, where `x(λ)` solves the least-squares problem
//! `[J; λ^½ D] x ≈ [f; 0]` through a QR factorisation of the small `[R; λ^½ D P]`. The radius
//! follows the ratio of actual to predicted reduction; termination uses MINPACK's `info`
//! codes 1-8.

use std::fmt;

use faer::Mat;
use sci_core::ndarray::{Array1, Array2, ArrayViewMut2, Ix1, ShapeBuilder};
use sci_core::{AsArray, Error, Result};

use super::{RawResult, Residuals, Settings, dot, norm, norm_inf};
use crate::FdStep;
use crate::FiniteDiff;

const DWARF: f64 = f64::MIN_POSITIVE;

/// Fills the Jacobian at `(x, f)` and returns the residual evaluations it spent.
pub(crate) type JacFill<'a> = dyn FnMut(&[f64], &[f64], &mut Array2<f64>) -> usize + 'a;

/// A user Jacobian writing into an `m × n` view.
pub(crate) type JacView<'a> = dyn Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a;
const EPSMCH: f64 = f64::EPSILON;

/// What the core returns: MINPACK's outputs.
pub(crate) struct LmOutput {
    pub x: Vec<f64>,
    pub fvec: Vec<f64>,
    /// `R` of the last factorisation (`n × n`, upper triangular).
    pub r: Array2<f64>,
    /// Column `j` of `R` belongs to variable `ipvt[j]` (0-based).
    pub ipvt: Vec<usize>,
    pub qtf: Vec<f64>,
    pub nfev: usize,
    pub njev: usize,
    pub info: i32,
}

/// The MINPACK tolerances and limits.
pub(crate) struct LmParams {
    pub ftol: f64,
    pub xtol: f64,
    pub gtol: f64,
    pub maxfev: usize,
    pub factor: f64,
    /// User scaling (`mode = 2`); `None`: the running column norms (`mode = 1`).
    pub diag: Option<Vec<f64>>,
}

/// Pivoted QR of `jac` (`m × n`, `m ≥ n`): `(R, ipvt, Qᵀ f)`.
fn qr_pivoted(jac: &Array2<f64>, f: &[f64]) -> (Array2<f64>, Vec<usize>, Vec<f64>) {
    let n = jac.ncols();
    let fa = sci_core::as_faer(jac);
    let qr = fa.col_piv_qr();
    let rr = qr.thin_R();
    let mut r = Array2::zeros((n, n));
    for i in 0..n.min(rr.nrows()) {
        for j in i..n {
            r[[i, j]] = rr[(i, j)];
        }
    }
    let ipvt: Vec<usize> = qr.P().arrays().0.to_vec();
    let qtf = super::common::qt_mul(qr.Q_basis(), qr.Q_coeff(), f, n);
    (r, ipvt, qtf)
}

/// Least-squares solution of `[R; D_P] z ≈ [qtb; 0]` (`D_P = diag(d[ipvt[j]])`), through a
/// QR factorisation of the `2n × n` stacked matrix: returns `x` (unpermuted) and the upper
/// triangular `S` with `SᵀS = RᵀR + D_P²`.
fn qrsolv(r: &Array2<f64>, ipvt: &[usize], d: &[f64], qtb: &[f64]) -> (Vec<f64>, Mat<f64>) {
    let n = r.nrows();
    let mut a = Mat::<f64>::zeros(2 * n, n);
    let mut b = Mat::<f64>::zeros(2 * n, 1);
    for j in 0..n {
        for i in 0..=j {
            a[(i, j)] = r[[i, j]];
        }
        a[(n + j, j)] = d[ipvt[j]];
        b[(j, 0)] = qtb[j];
    }
    let qr = a.qr();
    let s = qr.thin_R().to_owned();
    // c = Qᵀ b via the explicit thin Q (2n × n, small).
    let q = qr.compute_thin_Q();
    let mut z: Vec<f64> = (0..n)
        .map(|j| (0..2 * n).map(|i| q[(i, j)] * b[(i, 0)]).sum())
        .collect();
    let nsing = (0..n).find(|&j| s[(j, j)] == 0.0).unwrap_or(n);
    for v in z.iter_mut().skip(nsing) {
        *v = 0.0;
    }
    for j in (0..nsing).rev() {
        let mut sum = z[j];
        for i in j + 1..nsing {
            sum -= s[(j, i)] * z[i];
        }
        z[j] = sum / s[(j, j)];
    }
    let mut x = vec![0.0; n];
    for j in 0..n {
        x[ipvt[j]] = z[j];
    }
    (x, s)
}

/// Moré's determination of the Levenberg-Marquardt parameter: returns `(λ, x)` with
/// `||D x|| ≈ Δ` (within 10%) or `λ = 0` when the Gauss-Newton step is short enough.
fn lmpar(
    r: &Array2<f64>,
    ipvt: &[usize],
    diag: &[f64],
    qtb: &[f64],
    delta: f64,
    par0: f64,
) -> (f64, Vec<f64>) {
    let n = r.nrows();
    // The Gauss-Newton direction (least-norm on the leading nonsingular block).
    let nsing = (0..n).find(|&j| r[[j, j]] == 0.0).unwrap_or(n);
    let mut w = qtb.to_vec();
    for v in w.iter_mut().skip(nsing) {
        *v = 0.0;
    }
    for j in (0..nsing).rev() {
        let mut sum = w[j];
        for i in j + 1..nsing {
            sum -= r[[j, i]] * w[i];
        }
        w[j] = sum / r[[j, j]];
    }
    let mut x = vec![0.0; n];
    for j in 0..n {
        x[ipvt[j]] = w[j];
    }
    let mut dx: Vec<f64> = (0..n).map(|j| diag[j] * x[j]).collect();
    let mut dxnorm = norm(&dx);
    let mut fp = dxnorm - delta;
    if fp <= 0.1 * delta {
        return (0.0, x);
    }
    // Lower bound from the Newton step at λ = 0 (full rank only).
    let mut parl = 0.0;
    if nsing == n {
        let mut v: Vec<f64> = (0..n)
            .map(|j| diag[ipvt[j]] * (dx[ipvt[j]] / dxnorm))
            .collect();
        for j in 0..n {
            let mut sum = v[j];
            for i in 0..j {
                sum -= r[[i, j]] * v[i];
            }
            v[j] = sum / r[[j, j]];
        }
        let t = norm(&v);
        parl = ((fp / delta) / t) / t;
    }
    // Upper bound: ||(J D⁻¹)ᵀ f|| / Δ.
    let v: Vec<f64> = (0..n)
        .map(|j| {
            let sum: f64 = (0..=j).map(|i| r[[i, j]] * qtb[i]).sum();
            sum / diag[ipvt[j]]
        })
        .collect();
    let gnorm = norm(&v);
    let mut paru = gnorm / delta;
    if paru == 0.0 {
        paru = DWARF / delta.min(0.1);
    }
    let mut par = par0.max(parl).min(paru);
    if par == 0.0 {
        par = gnorm / dxnorm;
    }
    let mut sd = vec![0.0; n];
    for iter in 1..=10 {
        if par == 0.0 {
            par = DWARF.max(0.001 * paru);
        }
        let sp = par.sqrt();
        for j in 0..n {
            sd[j] = sp * diag[j];
        }
        let (xs, s) = qrsolv(r, ipvt, &sd, qtb);
        x = xs;
        for j in 0..n {
            dx[j] = diag[j] * x[j];
        }
        dxnorm = norm(&dx);
        let temp = fp;
        fp = dxnorm - delta;
        if fp.abs() <= 0.1 * delta || (parl == 0.0 && fp <= temp && temp < 0.0) || iter == 10 {
            break;
        }
        // Newton correction: solve Sᵀ v = D_P (D x)/||D x||.
        let mut v: Vec<f64> = (0..n)
            .map(|j| diag[ipvt[j]] * (dx[ipvt[j]] / dxnorm))
            .collect();
        for j in 0..n {
            let mut sum = v[j];
            for i in 0..j {
                sum -= s[(i, j)] * v[i];
            }
            v[j] = sum / s[(j, j)];
        }
        let t = norm(&v);
        let parc = ((fp / delta) / t) / t;
        if fp > 0.0 {
            parl = parl.max(par);
        }
        if fp < 0.0 {
            paru = paru.min(par);
        }
        par = parl.max(par + parc);
    }
    (par, x)
}

/// The Levenberg-Marquardt iteration (MINPACK's `lmder`/`lmdif` semantics). `fcn` writes the
/// residuals; `jacf(x, f, J)` fills the Jacobian and returns how many residual evaluations it
/// spent (counted in `nfev`, as `lmdif` does; 0 for `lmder`). `f0` is `fcn(x0)` when known
/// (counted as the first evaluation).
pub(crate) fn lm_core(
    fcn: &dyn Fn(&[f64], &mut [f64]),
    jacf: &mut JacFill<'_>,
    x0: Vec<f64>,
    f0: Option<Vec<f64>>,
    m: usize,
    p: &LmParams,
) -> LmOutput {
    let n = x0.len();
    let mut out = LmOutput {
        x: x0,
        fvec: vec![0.0; m],
        r: Array2::zeros((n, n)),
        ipvt: (0..n).collect(),
        qtf: vec![0.0; n],
        nfev: 0,
        njev: 0,
        info: 0,
    };
    let bad_diag = p
        .diag
        .as_ref()
        .is_some_and(|d| d.len() != n || d.iter().any(|v| v.is_nan() || *v <= 0.0));
    if n == 0
        || m < n
        || p.ftol < 0.0
        || p.xtol < 0.0
        || p.gtol < 0.0
        || p.maxfev == 0
        || p.factor <= 0.0
        || bad_diag
    {
        return out;
    }
    match f0 {
        Some(f) => out.fvec = f,
        None => fcn(&out.x, &mut out.fvec),
    }
    out.nfev = 1;
    let mut fnorm = norm(&out.fvec);
    let mut diag = p.diag.clone().unwrap_or_else(|| vec![0.0; n]);
    let mut jac = Array2::<f64>::zeros((m, n).f());
    let mut par = 0.0;
    let mut iter = 1;
    let mut delta = 0.0;
    let mut xnorm = 0.0;
    let mut wa2 = vec![0.0; n];
    let mut wa4 = vec![0.0; m];
    let mut rp = vec![0.0; n];
    loop {
        out.nfev += jacf(&out.x, &out.fvec, &mut jac);
        out.njev += 1;
        let (r, ipvt, qtf) = qr_pivoted(&jac, &out.fvec);
        let acnorm: Vec<f64> = (0..n)
            .map(|j| jac.column(j).iter().map(|v| v * v).sum::<f64>().sqrt())
            .collect();
        out.r = r;
        out.ipvt = ipvt;
        out.qtf = qtf;
        if iter == 1 {
            if p.diag.is_none() {
                for j in 0..n {
                    diag[j] = if acnorm[j] == 0.0 { 1.0 } else { acnorm[j] };
                }
            }
            let dx: Vec<f64> = (0..n).map(|j| diag[j] * out.x[j]).collect();
            xnorm = norm(&dx);
            delta = p.factor * xnorm;
            if delta == 0.0 {
                delta = p.factor;
            }
        }
        // The scaled gradient's largest cosine with the residual.
        let mut gnorm: f64 = 0.0;
        if fnorm != 0.0 {
            for j in 0..n {
                let l = out.ipvt[j];
                if acnorm[l] != 0.0 {
                    let sum: f64 = (0..=j).map(|i| out.r[[i, j]] * (out.qtf[i] / fnorm)).sum();
                    gnorm = gnorm.max((sum / acnorm[l]).abs());
                }
            }
        }
        if gnorm <= p.gtol {
            out.info = 4;
            return out;
        }
        if p.diag.is_none() {
            for j in 0..n {
                diag[j] = diag[j].max(acnorm[j]);
            }
        }
        loop {
            let (par_new, step) = lmpar(&out.r, &out.ipvt, &diag, &out.qtf, delta, par);
            par = par_new;
            // The trial point x - step.
            for j in 0..n {
                wa2[j] = out.x[j] - step[j];
            }
            let dstep: Vec<f64> = (0..n).map(|j| diag[j] * step[j]).collect();
            let pnorm = norm(&dstep);
            if iter == 1 {
                delta = delta.min(pnorm);
            }
            fcn(&wa2, &mut wa4);
            out.nfev += 1;
            let fnorm1 = norm(&wa4);
            let actred = if 0.1 * fnorm1 < fnorm {
                1.0 - (fnorm1 / fnorm).powi(2)
            } else {
                -1.0
            };
            // Predicted reduction from ||R Pᵀ step||.
            for j in 0..n {
                rp[j] = 0.0;
            }
            for j in 0..n {
                let sj = -step[out.ipvt[j]];
                for i in 0..=j {
                    rp[i] += out.r[[i, j]] * sj;
                }
            }
            let t1 = norm(&rp) / fnorm;
            let t2 = par.sqrt() * pnorm / fnorm;
            let prered = t1 * t1 + t2 * t2 / 0.5;
            let dirder = -(t1 * t1 + t2 * t2);
            let ratio = if prered != 0.0 { actred / prered } else { 0.0 };
            if ratio <= 0.25 {
                let mut temp = if actred >= 0.0 {
                    0.5
                } else {
                    0.5 * dirder / (dirder + 0.5 * actred)
                };
                if 0.1 * fnorm1 >= fnorm || temp < 0.1 {
                    temp = 0.1;
                }
                delta = temp * delta.min(pnorm / 0.1);
                par /= temp;
            } else if par == 0.0 || ratio >= 0.75 {
                delta = pnorm / 0.5;
                par *= 0.5;
            }
            if ratio >= 1e-4 {
                out.x.copy_from_slice(&wa2);
                let dx: Vec<f64> = (0..n).map(|j| diag[j] * out.x[j]).collect();
                xnorm = norm(&dx);
                out.fvec.copy_from_slice(&wa4);
                fnorm = fnorm1;
                iter += 1;
            }
            if actred.abs() <= p.ftol && prered <= p.ftol && 0.5 * ratio <= 1.0 {
                out.info = 1;
            }
            if delta <= p.xtol * xnorm {
                out.info = if out.info == 1 { 3 } else { 2 };
            }
            if out.info != 0 {
                return out;
            }
            // Sequential, as MINPACK: a later condition overrides an earlier one.
            if out.nfev >= p.maxfev {
                out.info = 5;
            }
            if actred.abs() <= EPSMCH && prered <= EPSMCH && 0.5 * ratio <= 1.0 {
                out.info = 6;
            }
            if delta <= EPSMCH * xnorm {
                out.info = 7;
            }
            if gnorm <= EPSMCH {
                out.info = 8;
            }
            if out.info != 0 {
                return out;
            }
            if ratio >= 1e-4 {
                break;
            }
        }
    }
}

/// `least_squares(method='lm')`: the core with the residual wrapper's Jacobian (finite
/// differences not counted in `nfev`, as SciPy 1.17 which runs `lmder` on them).
pub(crate) fn least_squares_lm(
    res: &Residuals<'_>,
    x0: Vec<f64>,
    f0: Vec<f64>,
    s: &Settings,
) -> Result<RawResult> {
    let n = x0.len();
    let m = res.m;
    let params = LmParams {
        ftol: s.ftol,
        xtol: s.xtol,
        gtol: s.gtol,
        maxfev: s.max_nfev,
        factor: 100.0,
        diag: s
            .x_scale
            .as_ref()
            .map(|v| v.iter().map(|t| 1.0 / t).collect()),
    };
    let mut jf = |x: &[f64], f: &[f64], j: &mut Array2<f64>| {
        res.jacobian(x, f, j);
        0
    };
    let out = lm_core(res.fun, &mut jf, x0, Some(f0), m, &params);
    // MINPACK's info → least_squares' status (6, 7, 8: tolerances too small for further
    // progress, reported as the matching ftol / xtol / gtol success).
    let status = match out.info {
        0 => -1,
        1 => 2,
        2 => 3,
        3 => 4,
        4 => 1,
        5 => 0,
        6 => 2,
        7 => 3,
        _ => 1,
    };
    let mut jac = res.new_jac(n);
    res.jacobian(&out.x, &out.fvec, &mut jac);
    let g = super::common::jt_f(&jac, &out.fvec);
    Ok(RawResult {
        cost: 0.5 * dot(&out.fvec, &out.fvec),
        optimality: norm_inf(&g),
        grad: g,
        jac,
        active_mask: vec![0; n],
        nfev: out.nfev,
        njev: res.jac.map(|_| out.njev),
        status,
        x: out.x,
        fun: out.fvec,
    })
}

/// A user Jacobian for [`leastsq_with`] (SciPy's `Dfun`): writes the `m × n` Jacobian, or
/// its `n × m` transpose when `col_deriv` is set.
pub type LeastsqDfun<'a> = Box<dyn Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a>;

/// Options of [`leastsq_with`]: SciPy's keywords and defaults.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::LeastsqOptions::default().factor(10.0);
/// assert_eq!(o.ftol, 1.49012e-8);
/// assert_eq!(o.factor, 10.0);
/// ```
pub struct LeastsqOptions<'a> {
    /// The Jacobian (`None`: forward differences with step `√epsfcn · |x|`).
    pub dfun: Option<LeastsqDfun<'a>>,
    /// `dfun` writes the transpose (`n × m`), SciPy's `col_deriv`.
    pub col_deriv: bool,
    /// Relative error desired in the sum of squares (default 1.49012e-8).
    pub ftol: f64,
    /// Relative error desired in the solution (default 1.49012e-8).
    pub xtol: f64,
    /// Orthogonality desired between the residuals and the Jacobian columns (default 0).
    pub gtol: f64,
    /// Maximum calls of `func`; 0 (default): `200 (n + 1)` without `dfun`, `100 (n + 1)` with.
    pub maxfev: usize,
    /// Relative error of `func`'s values, for the difference step (default: machine ε).
    pub epsfcn: Option<f64>,
    /// Initial step bound factor, in `[0.1, 100]` (default 100).
    pub factor: f64,
    /// Variable scale factors (default: the Jacobian's column norms, updated each iteration).
    pub diag: Option<Vec<f64>>,
}

impl Default for LeastsqOptions<'_> {
    fn default() -> Self {
        LeastsqOptions {
            dfun: None,
            col_deriv: false,
            ftol: 1.49012e-8,
            xtol: 1.49012e-8,
            gtol: 0.0,
            maxfev: 0,
            epsfcn: None,
            factor: 100.0,
            diag: None,
        }
    }
}

impl fmt::Debug for LeastsqOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LeastsqOptions")
            .field("dfun", &self.dfun.is_some())
            .field("col_deriv", &self.col_deriv)
            .field("ftol", &self.ftol)
            .field("xtol", &self.xtol)
            .field("gtol", &self.gtol)
            .field("maxfev", &self.maxfev)
            .field("epsfcn", &self.epsfcn)
            .field("factor", &self.factor)
            .field("diag", &self.diag)
            .finish()
    }
}

impl<'a> LeastsqOptions<'a> {
    /// Sets `Dfun`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().dfun(|_x: &[f64], mut j: sci_core::ndarray::ArrayViewMut2<'_, f64>| j.fill(1.0));
    /// assert!(o.dfun.is_some());
    /// ```
    #[must_use]
    pub fn dfun(mut self, dfun: impl Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        self.dfun = Some(Box::new(dfun));
        self
    }
    /// Sets `col_deriv`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().col_deriv(true);
    /// assert!(o.col_deriv);
    /// ```
    #[must_use]
    pub fn col_deriv(mut self, col_deriv: bool) -> Self {
        self.col_deriv = col_deriv;
        self
    }
    /// Sets `ftol`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().ftol(1e-10);
    /// assert!(o.ftol == 1e-10);
    /// ```
    #[must_use]
    pub fn ftol(mut self, ftol: f64) -> Self {
        self.ftol = ftol;
        self
    }
    /// Sets `xtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().xtol(1e-10);
    /// assert!(o.xtol == 1e-10);
    /// ```
    #[must_use]
    pub fn xtol(mut self, xtol: f64) -> Self {
        self.xtol = xtol;
        self
    }
    /// Sets `gtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().gtol(1e-10);
    /// assert!(o.gtol == 1e-10);
    /// ```
    #[must_use]
    pub fn gtol(mut self, gtol: f64) -> Self {
        self.gtol = gtol;
        self
    }
    /// Sets `maxfev`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().maxfev(100);
    /// assert!(o.maxfev == 100);
    /// ```
    #[must_use]
    pub fn maxfev(mut self, maxfev: usize) -> Self {
        self.maxfev = maxfev;
        self
    }
    /// Sets `epsfcn`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().epsfcn(1e-12);
    /// assert!(o.epsfcn == Some(1e-12));
    /// ```
    #[must_use]
    pub fn epsfcn(mut self, epsfcn: f64) -> Self {
        self.epsfcn = Some(epsfcn);
        self
    }
    /// Sets `factor`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().factor(10.0);
    /// assert!(o.factor == 10.0);
    /// ```
    #[must_use]
    pub fn factor(mut self, factor: f64) -> Self {
        self.factor = factor;
        self
    }
    /// Sets `diag`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastsqOptions::default().diag(vec![1.0]);
    /// assert!(o.diag.is_some());
    /// ```
    #[must_use]
    pub fn diag(mut self, diag: Vec<f64>) -> Self {
        self.diag = Some(diag);
        self
    }
}

/// SciPy's `leastsq(..., full_output=True)`: the solution, `cov_x`, the `infodict` entries
/// (flattened), `mesg` and `ier`.
///
/// # Examples
///
/// ```
/// let out = sci_optimize::leastsq_with(
///     |x: &[f64], f: &mut [f64]| { f[0] = x[0] - 1.0; f[1] = 2.0 * (x[0] - 1.0); },
///     &[0.0], 2, Default::default()).unwrap();
/// assert!(out.ier >= 1 && out.ier <= 4);
/// assert_eq!(out.ipvt[0], 0);
/// ```
#[derive(Debug, Clone)]
pub struct LeastsqOutput {
    /// The solution (SciPy's `x`).
    pub x: Array1<f64>,
    /// `(RᵀR)⁻¹` un-permuted (the inverse of `JᵀJ` at the last Jacobian), `None` when `R`
    /// is singular or `ier` is not a success code; multiply by the residual variance for the
    /// covariance of `x`.
    pub cov_x: Option<Array2<f64>>,
    /// Calls of `func` (finite-difference ones included, as MINPACK counts them).
    pub nfev: usize,
    /// Calls of `Dfun` (0 without it; SciPy's `njev`).
    pub njev: usize,
    /// The residuals at `x`.
    pub fvec: Array1<f64>,
    /// SciPy's `fjac` (`n × m`): its transpose's upper `n × n` triangle is `R` of the last
    /// pivoted QR of the Jacobian. Where MINPACK leaves the Householder vectors below the
    /// triangle this holds zeros.
    pub fjac: Array2<f64>,
    /// The column permutation of that QR, 0-based as SciPy 1.17 reports it: column `j` of
    /// `R` belongs to variable `ipvt[j]`.
    pub ipvt: Array1<i32>,
    /// The first `n` entries of `Qᵀ fvec`.
    pub qtf: Array1<f64>,
    /// SciPy's message for `ier`.
    pub mesg: String,
    /// MINPACK's `info`: 1-4 success, 5 `maxfev` reached, 6-8 tolerances too small.
    pub ier: i32,
}

/// SciPy's `leastsq` message for `ier`.
fn leastsq_message(ier: i32, ftol: f64, xtol: f64, gtol: f64, maxfev: usize) -> String {
    match ier {
        1 => format!(
            "Both actual and predicted relative reductions in the sum of squares\n  are at most {ftol:.6}"
        ),
        2 => format!("The relative error between two consecutive iterates is at most {xtol:.6}"),
        3 => format!(
            "Both actual and predicted relative reductions in the sum of squares\n  are at most {ftol:.6} and the relative error between two consecutive iterates is at \n  most {xtol:.6}"
        ),
        4 => format!(
            "The cosine of the angle between func(x) and any column of the\n  Jacobian is at most {gtol:.6} in absolute value"
        ),
        5 => format!("Number of calls to function has reached maxfev = {maxfev}."),
        6 => format!(
            "ftol={ftol:.6} is too small, no further reduction in the sum of squares\n  is possible."
        ),
        7 => format!(
            "xtol={xtol:.6} is too small, no further improvement in the approximate\n  solution is possible."
        ),
        8 => format!(
            "gtol={gtol:.6} is too small, func(x) is orthogonal to the columns of\n  the Jacobian to machine precision."
        ),
        _ => "Improper input parameters.".to_string(),
    }
}

/// `(RᵀR)⁻¹` with the rows and columns of `R⁻¹` returned to the variables' order; `None`
/// when `R` has a zero on its diagonal.
pub(crate) fn cov_from_r(r: &Array2<f64>, ipvt: &[usize]) -> Option<Array2<f64>> {
    let n = r.nrows();
    if (0..n).any(|j| r[[j, j]] == 0.0 || !r[[j, j]].is_finite()) {
        return None;
    }
    // R⁻¹ by back substitution (triangular inverse; R is n × n with n the parameter count).
    let mut inv = Array2::<f64>::zeros((n, n));
    for c in 0..n {
        for i in (0..=c).rev() {
            let mut sum = if i == c { 1.0 } else { 0.0 };
            for k in i + 1..=c {
                sum -= r[[i, k]] * inv[[k, c]];
            }
            inv[[i, c]] = sum / r[[i, i]];
        }
    }
    let mut p = Array2::<f64>::zeros((n, n));
    for i in 0..n {
        p.row_mut(ipvt[i]).assign(&inv.row(i));
    }
    Some(p.dot(&p.t()))
}

/// Minimizes the sum of squares of `m` residuals from `x0` with MINPACK's
/// Levenberg-Marquardt (SciPy's `leastsq` with its defaults; returns `x`).
///
/// # Errors
///
/// As [`leastsq_with`].
///
/// # Examples
///
/// ```
/// let x = sci_optimize::leastsq(
///     |p: &[f64], f: &mut [f64]| {
///         for (i, t) in [0.0, 1.0, 2.0, 3.0].iter().enumerate() {
///             f[i] = p[0] + p[1] * t - (1.0 + 2.0 * t);
///         }
///     },
///     &[0.0, 0.0],
///     4,
/// )
/// .unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-6 && (x[1] - 2.0).abs() < 1e-6);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.leastsq.html>
/// - J. J. Moré, "The Levenberg-Marquardt Algorithm: Implementation and Theory", Lecture
///   Notes in Mathematics 630 (1978) 105-116.
pub fn leastsq<'x>(
    func: impl Fn(&[f64], &mut [f64]) + Sync,
    x0: impl AsArray<'x, f64, Ix1>,
    m: usize,
) -> Result<Array1<f64>> {
    Ok(leastsq_with(func, x0, m, LeastsqOptions::default())?.x)
}

/// SciPy's `leastsq(func, x0, Dfun=..., full_output=True, ...)`: MINPACK's `lmdif` (finite
/// differences, forward, step `√max(epsfcn, ε)·|xⱼ|`) or `lmder` (with `dfun`).
///
/// Each iteration costs one Jacobian (`n` calls of `func` by differences) and one pivoted QR
/// (O(m n²)). With the `parallel` feature the difference columns of large problems run
/// concurrently (identical results).
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x0`; [`Error::NonFinite`] for a non-finite `x0`;
/// [`Error::InvalidArgument`] for `n > m` (SciPy's TypeError) and for improper input that
/// MINPACK rejects (`ier = 0`: negative tolerances, `factor ≤ 0`, non-positive `diag`),
/// which SciPy raises; [`Error::ShapeMismatch`] for `diag` of the wrong length. `ier` 5-8 are
/// returned in `Ok` (SciPy only warns).
///
/// # Examples
///
/// ```
/// use sci_optimize::{leastsq_with, LeastsqOptions};
/// let out = leastsq_with(
///     |p: &[f64], f: &mut [f64]| {
///         for (i, t) in [0.0, 1.0, 2.0].iter().enumerate() {
///             f[i] = p[0] * (p[1] * t).exp() - [2.0, 2.0 * 1.5f64.exp(), 2.0 * 3.0f64.exp()][i];
///         }
///     },
///     &[1.0, 1.0],
///     3,
///     LeastsqOptions::default(),
/// )
/// .unwrap();
/// assert!((out.x[0] - 2.0).abs() < 1e-6 && (out.x[1] - 1.5).abs() < 1e-6);
/// assert!(out.cov_x.is_some());
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.leastsq.html>
/// - J. J. Moré, B. S. Garbow, K. E. Hillstrom, "User Guide for MINPACK-1", Argonne
///   ANL-80-74 (1980).
pub fn leastsq_with<'x>(
    func: impl Fn(&[f64], &mut [f64]) + Sync,
    x0: impl AsArray<'x, f64, Ix1>,
    m: usize,
    options: LeastsqOptions<'_>,
) -> Result<LeastsqOutput> {
    let x0 = sci_core::view1(x0).to_vec();
    let n = x0.len();
    sci_core::check_nonempty("x0", n, 1)?;
    sci_core::check_finite("x0", &sci_core::ndarray::ArrayView1::from(&x0[..]))?;
    if n > m {
        return Err(Error::invalid_argument(
            "m",
            m,
            format!(
                "improper input: func input vector length N={n} must not exceed func output vector length M={m}"
            ),
        ));
    }
    if let Some(d) = &options.diag {
        sci_core::check_shape("leastsq: diag and x0", &[n], &[d.len()])?;
    }
    let maxfev = if options.maxfev == 0 {
        if options.dfun.is_some() {
            100 * (n + 1)
        } else {
            200 * (n + 1)
        }
    } else {
        options.maxfev
    };
    let params = LmParams {
        ftol: options.ftol,
        xtol: options.xtol,
        gtol: options.gtol,
        maxfev,
        factor: options.factor,
        diag: options.diag.clone(),
    };
    let out = run_leastsq(&func, x0, m, &options, &params);
    if out.info == 0 {
        return Err(Error::invalid_argument(
            "leastsq options",
            format!("{options:?}"),
            "Improper input parameters.",
        ));
    }
    let cov_x = if (1..=4).contains(&out.info) {
        cov_from_r(&out.r, &out.ipvt)
    } else {
        None
    };
    let mut fjac = Array2::zeros((n, m));
    for i in 0..n {
        for j in i..n {
            fjac[[j, i]] = out.r[[i, j]];
        }
    }
    Ok(LeastsqOutput {
        x: Array1::from(out.x),
        cov_x,
        nfev: out.nfev,
        njev: if options.dfun.is_some() { out.njev } else { 0 },
        fvec: Array1::from(out.fvec),
        fjac,
        ipvt: out
            .ipvt
            .iter()
            .map(|&p| i32::try_from(p).unwrap_or(i32::MAX))
            .collect(),
        qtf: Array1::from(out.qtf),
        mesg: leastsq_message(out.info, options.ftol, options.xtol, options.gtol, maxfev),
        ier: out.info,
    })
}

/// Runs the core with `leastsq`'s Jacobian rules.
pub(crate) fn run_leastsq(
    func: &(dyn Fn(&[f64], &mut [f64]) + Sync),
    x0: Vec<f64>,
    m: usize,
    options: &LeastsqOptions<'_>,
    params: &LmParams,
) -> LmOutput {
    let n = x0.len();
    match &options.dfun {
        Some(d) => {
            let mut t = Array2::<f64>::zeros((n, m));
            let col_deriv = options.col_deriv;
            let mut jf = |x: &[f64], _f: &[f64], j: &mut Array2<f64>| {
                if col_deriv {
                    t.fill(0.0);
                    d(x, t.view_mut());
                    j.assign(&t.t());
                } else {
                    j.fill(0.0);
                    d(x, j.view_mut());
                }
                0
            };
            lm_core(func, &mut jf, x0, None, m, params)
        }
        None => {
            let eps = options.epsfcn.unwrap_or(EPSMCH).max(EPSMCH).sqrt();
            let mut jf = |x: &[f64], f: &[f64], j: &mut Array2<f64>| {
                let h: Vec<f64> = x
                    .iter()
                    .map(|v| if *v == 0.0 { eps } else { eps * v.abs() })
                    .collect();
                super::fd::jacobian(
                    func,
                    x,
                    f,
                    FiniteDiff::TwoPoint,
                    &FdStep::Absolute(h),
                    None,
                    true,
                    j,
                )
            };
            lm_core(func, &mut jf, x0, None, m, params)
        }
    }
}

/// Options of `root(method='lm')` (SciPy's `options=` of `_root_leastsq`), with SciPy's
/// defaults.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::LmRootOptions::default().xtol(1e-12);
/// assert_eq!(o.factor, 100.0);
/// ```
#[derive(Debug, Clone)]
pub struct LmRootOptions {
    /// The Jacobian callable writes the transpose (`n × m`).
    pub col_deriv: bool,
    /// Relative error desired in the solution (default 1.49012e-8; `root`'s `tol` overrides).
    pub xtol: f64,
    /// Relative error desired in the sum of squares (default 1.49012e-8).
    pub ftol: f64,
    /// Orthogonality desired between residuals and Jacobian columns (default 0).
    pub gtol: f64,
    /// Maximum calls of the function (SciPy's `maxiter`); 0: `200 (n + 1)`, or `100 (n + 1)`
    /// with a Jacobian.
    pub maxiter: usize,
    /// Relative error of the function values for the difference step (SciPy's `eps`;
    /// 0: machine ε).
    pub eps: f64,
    /// Initial step bound factor (default 100).
    pub factor: f64,
    /// Variable scale factors (default: the Jacobian's column norms).
    pub diag: Option<Vec<f64>>,
}

impl Default for LmRootOptions {
    fn default() -> Self {
        LmRootOptions {
            col_deriv: false,
            xtol: 1.49012e-8,
            ftol: 1.49012e-8,
            gtol: 0.0,
            maxiter: 0,
            eps: 0.0,
            factor: 100.0,
            diag: None,
        }
    }
}

impl LmRootOptions {
    /// Sets `xtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LmRootOptions::default().xtol(1e-12);
    /// assert!(o.xtol == 1e-12);
    /// ```
    #[must_use]
    pub fn xtol(mut self, xtol: f64) -> Self {
        self.xtol = xtol;
        self
    }
    /// Sets `ftol`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LmRootOptions::default().ftol(1e-12);
    /// assert!(o.ftol == 1e-12);
    /// ```
    #[must_use]
    pub fn ftol(mut self, ftol: f64) -> Self {
        self.ftol = ftol;
        self
    }
    /// Sets `gtol`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LmRootOptions::default().gtol(1e-12);
    /// assert!(o.gtol == 1e-12);
    /// ```
    #[must_use]
    pub fn gtol(mut self, gtol: f64) -> Self {
        self.gtol = gtol;
        self
    }
    /// Sets `maxiter` (the function-call limit).
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LmRootOptions::default().maxiter(100);
    /// assert!(o.maxiter == 100);
    /// ```
    #[must_use]
    pub fn maxiter(mut self, maxiter: usize) -> Self {
        self.maxiter = maxiter;
        self
    }
}

/// `root(method='lm')` on `root`'s validated problem (the dispatch arm of `RootMethod::Lm`).
pub(crate) fn root_lm_problem(
    problem: &mut crate::roots::system::SystemProblem<'_, '_>,
    x0: &[f64],
    opts: &LmRootOptions,
) -> Result<crate::RootResult> {
    root_lm(
        problem.fun,
        problem.jac.as_deref(),
        problem.tol,
        problem.callback.is_some(),
        x0,
        opts,
    )
}

/// `root(method='lm')`: the system `F(x) = 0` solved as the least-squares problem
/// `min ||F(x)||²` by the shared Levenberg-Marquardt core (SciPy runs `leastsq` there).
/// `status` is MINPACK's `info` (`ier`), `success` for 1-4. Runs serially (the system's
/// function need not be `Sync`).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when a callback is given (SciPy ignores it with a warning;
/// we refuse) or for MINPACK's improper input (negative tolerances, `factor ≤ 0`,
/// non-positive `diag`); [`Error::ShapeMismatch`] for `diag` of the wrong length.
pub(crate) fn root_lm(
    fun: &dyn Fn(&[f64], &mut [f64]),
    jac: Option<&JacView<'_>>,
    tol: Option<f64>,
    has_callback: bool,
    x0: &[f64],
    opts: &LmRootOptions,
) -> Result<crate::RootResult> {
    if has_callback {
        return Err(Error::invalid_argument(
            "callback",
            "given",
            "method 'lm' does not accept a callback",
        ));
    }
    let n = x0.len();
    if let Some(d) = &opts.diag {
        sci_core::check_shape("root(lm): diag and x0", &[n], &[d.len()])?;
    }
    let xtol = tol.unwrap_or(opts.xtol);
    let maxfev = match (opts.maxiter, jac.is_some()) {
        (0, true) => 100 * (n + 1),
        (0, false) => 200 * (n + 1),
        (v, _) => v,
    };
    let params = LmParams {
        ftol: opts.ftol,
        xtol,
        gtol: opts.gtol,
        maxfev,
        factor: opts.factor,
        diag: opts.diag.clone(),
    };
    let out = match jac {
        Some(j) => {
            let col_deriv = opts.col_deriv;
            let mut t = Array2::<f64>::zeros((n, n));
            let mut jf = |x: &[f64], _f: &[f64], jm: &mut Array2<f64>| {
                if col_deriv {
                    t.fill(0.0);
                    j(x, t.view_mut());
                    jm.assign(&t.t());
                } else {
                    jm.fill(0.0);
                    j(x, jm.view_mut());
                }
                0
            };
            lm_core(fun, &mut jf, x0.to_vec(), None, n, &params)
        }
        None => {
            let eps = if opts.eps > 0.0 { opts.eps } else { EPSMCH }
                .max(EPSMCH)
                .sqrt();
            let mut jf = |x: &[f64], f: &[f64], jm: &mut Array2<f64>| {
                let h: Vec<f64> = x
                    .iter()
                    .map(|v| if *v == 0.0 { eps } else { eps * v.abs() })
                    .collect();
                super::fd::forward_serial(fun, x, f, &h, jm)
            };
            lm_core(fun, &mut jf, x0.to_vec(), None, n, &params)
        }
    };
    if out.info == 0 {
        return Err(Error::invalid_argument(
            "root(lm) options",
            format!("{opts:?}"),
            "Improper input parameters.",
        ));
    }
    let cov_x = if (1..=4).contains(&out.info) {
        cov_from_r(&out.r, &out.ipvt)
    } else {
        None
    };
    let mut fjac = Array2::zeros((n, n));
    for i in 0..n {
        for j in i..n {
            fjac[[j, i]] = out.r[[i, j]];
        }
    }
    Ok(crate::RootResult {
        success: (1..=4).contains(&out.info),
        status: out.info,
        message: leastsq_message(out.info, opts.ftol, xtol, opts.gtol, maxfev),
        fun: Array1::from(out.fvec),
        x: Array1::from(out.x),
        fjac: Some(fjac),
        qtf: Some(Array1::from(out.qtf)),
        ipvt: Some(out.ipvt.iter().copied().collect()),
        cov_x,
        nfev: out.nfev,
        njev: if jac.is_some() { out.njev } else { 0 },
        ..Default::default()
    })
}
