//! `lsq_linear`: linear least squares with bounds on the variables, `min ½||A x - b||²`,
//! `lb ≤ x ≤ ub` (SciPy's `scipy.optimize.lsq_linear`), by a Trust Region Reflective method
//! adapted to linear problems (Branch, Coleman & Li 1999) or Bounded-Variable Least Squares
//! (Stark & Parker 1995).
//!
//! Both start from the unconstrained minimum-norm solution (SVD); if it satisfies the
//! bounds it is returned at once (status 3). `trf` factors `A P = Q R` once (pivoted QR) and
//! solves each regularised subproblem `[R D; diag(g·dv)^½] p ≈ [Qᵀr; 0]` by a small QR of the
//! stacked `2n × n` matrix; `bvls` solves a least-squares problem on the free variables per
//! inner step (SVD). Costs: `trf` O(m n²) once plus O(m n + n³) per iteration; `bvls`
//! O(m n²) per inner step.

use faer::Mat;
use sci_core::ndarray::{Array1, Array2, ArrayView2, Axis, Ix1, Ix2};
use sci_core::{AsArray, Error, Result};

use crate::Bounds;
use crate::least_squares::{
    EPS, build_quadratic_1d, cl_scaling_vector, dot, evaluate_quadratic, find_active_constraints,
    in_bounds, make_strictly_feasible, minimize_quadratic_1d, norm_inf, step_size_to_bound, svd_uf,
};

/// The algorithm of [`lsq_linear`] (SciPy's `method=`).
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::LsqLinearMethod::default(), sci_optimize::LsqLinearMethod::Trf);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LsqLinearMethod {
    /// `'trf'`: Trust Region Reflective adapted to linear least squares.
    #[default]
    Trf,
    /// `'bvls'`: Bounded-Variable Least Squares (Stark & Parker 1995).
    Bvls,
}

/// The least-squares solver of [`lsq_linear`] (SciPy's `lsq_solver`).
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::LsqSolver::default(), sci_optimize::LsqSolver::Exact);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LsqSolver {
    /// Dense QR / SVD.
    #[default]
    Exact,
    /// LSMR: refused with [`Error::Unsupported`] until sci-sparse provides it.
    Lsmr,
}

/// Options of [`lsq_linear`]: SciPy's keywords and defaults.
///
/// # Examples
///
/// ```
/// use sci_optimize::{Bounds, LsqLinearMethod, LsqLinearOptions};
/// let o = LsqLinearOptions::default().method(LsqLinearMethod::Bvls).bounds(Bounds::uniform(2, 0.0, 1.0));
/// assert_eq!(o.tol, 1e-10);
/// ```
#[derive(Debug, Clone)]
pub struct LsqLinearOptions {
    /// Bounds (default none); `lb < ub` strictly.
    pub bounds: Option<Bounds>,
    /// The algorithm (default `trf`).
    pub method: LsqLinearMethod,
    /// Tolerance of the termination tests (default `1e-10`).
    pub tol: f64,
    /// The solver (only `Exact`).
    pub lsq_solver: LsqSolver,
    /// LSMR's tolerance: refused (no LSMR yet).
    pub lsmr_tol: Option<f64>,
    /// Maximum iterations (default: 100 for `trf`, `n` for `bvls` after its initialisation).
    pub max_iter: Option<usize>,
}

impl Default for LsqLinearOptions {
    fn default() -> Self {
        LsqLinearOptions {
            bounds: None,
            method: LsqLinearMethod::Trf,
            tol: 1e-10,
            lsq_solver: LsqSolver::Exact,
            lsmr_tol: None,
            max_iter: None,
        }
    }
}

impl LsqLinearOptions {
    /// Sets the bounds.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LsqLinearOptions::default().bounds(sci_optimize::Bounds::uniform(1, 0.0, 1.0));
    /// assert!(o.bounds.is_some());
    /// ```
    #[must_use]
    pub fn bounds(mut self, bounds: Bounds) -> Self {
        self.bounds = Some(bounds);
        self
    }
    /// Sets `method`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LsqLinearOptions::default().method(sci_optimize::LsqLinearMethod::Bvls);
    /// assert!(o.method == sci_optimize::LsqLinearMethod::Bvls);
    /// ```
    #[must_use]
    pub fn method(mut self, method: LsqLinearMethod) -> Self {
        self.method = method;
        self
    }
    /// Sets `tol`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LsqLinearOptions::default().tol(1e-12);
    /// assert!(o.tol == 1e-12);
    /// ```
    #[must_use]
    pub fn tol(mut self, tol: f64) -> Self {
        self.tol = tol;
        self
    }
    /// Sets `lsq_solver`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LsqLinearOptions::default().lsq_solver(sci_optimize::LsqSolver::Exact);
    /// assert!(o.lsq_solver == sci_optimize::LsqSolver::Exact);
    /// ```
    #[must_use]
    pub fn lsq_solver(mut self, lsq_solver: LsqSolver) -> Self {
        self.lsq_solver = lsq_solver;
        self
    }
    /// Sets `lsmr_tol`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LsqLinearOptions::default().lsmr_tol(1e-6);
    /// assert!(o.lsmr_tol == Some(1e-6));
    /// ```
    #[must_use]
    pub fn lsmr_tol(mut self, lsmr_tol: f64) -> Self {
        self.lsmr_tol = Some(lsmr_tol);
        self
    }
    /// Sets `max_iter`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LsqLinearOptions::default().max_iter(10);
    /// assert!(o.max_iter == Some(10));
    /// ```
    #[must_use]
    pub fn max_iter(mut self, max_iter: usize) -> Self {
        self.max_iter = Some(max_iter);
        self
    }
}

/// The result of [`lsq_linear`], with SciPy's field names.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// let r = sci_optimize::lsq_linear(&array![[2.0]], &[4.0], &Default::default()).unwrap();
/// assert_eq!((r.status, r.nit), (3, 0)); // the unconstrained solution is optimal
/// assert!((r.x[0] - 2.0).abs() < 1e-12 && r.cost < 1e-20);
/// ```
#[derive(Debug, Clone)]
pub struct LsqLinearResult {
    /// The solution.
    pub x: Array1<f64>,
    /// `½||A x - b||²`.
    pub cost: f64,
    /// The residuals `A x - b`.
    pub fun: Array1<f64>,
    /// First-order optimality (scaled gradient norm for `trf`, KKT violation for `bvls`).
    pub optimality: f64,
    /// `-1`/`1` for variables on their lower/upper bound, 0 otherwise.
    pub active_mask: Array1<i32>,
    /// The unconstrained minimum-norm least-squares solution.
    pub unbounded_sol: Array1<f64>,
    /// Iterations.
    pub nit: usize,
    /// -1 no progress, 0 `max_iter`, 1 optimality below `tol`, 2 cost change below `tol`,
    /// 3 the unconstrained solution is optimal.
    pub status: i32,
    /// SciPy's message for `status`.
    pub message: String,
    /// `status > 0`.
    pub success: bool,
}

fn message(status: i32) -> &'static str {
    match status {
        -1 => "The algorithm was not able to make progress on the last iteration.",
        0 => "The maximum number of iterations is exceeded.",
        1 => "The first-order optimality measure is less than `tol`.",
        2 => "The relative change of the cost function is less than `tol`.",
        _ => "The unconstrained solution is optimal.",
    }
}

/// Minimum-norm least-squares solution of `a z ≈ rhs`, singular values at or below
/// `rcond · s₀` dropped.
fn lstsq(a: ArrayView2<'_, f64>, rhs: &[f64], rcond: f64) -> Result<Vec<f64>> {
    let n = a.ncols();
    let mut z = vec![0.0; n];
    if n == 0 || a.nrows() == 0 {
        return Ok(z);
    }
    let sv = svd_uf(a, rhs)?;
    let cut = rcond * sv.s.first().copied().unwrap_or(0.0);
    for k in 0..sv.s.len() {
        if sv.s[k] > cut {
            let c = sv.uf[k] / sv.s[k];
            for (i, v) in z.iter_mut().enumerate() {
                *v += sv.v[(i, k)] * c;
            }
        }
    }
    Ok(z)
}

fn residual(a: &Array2<f64>, x: &[f64], b: &[f64]) -> Vec<f64> {
    let xv = Array1::from(x.to_vec());
    let mut r = a.dot(&xv).to_vec();
    r.iter_mut().zip(b).for_each(|(v, bi)| *v -= bi);
    r
}

fn grad(a: &Array2<f64>, r: &[f64]) -> Vec<f64> {
    a.t().dot(&Array1::from(r.to_vec())).to_vec()
}

/// Solves `min ½||A x - b||²` subject to `lb ≤ x ≤ ub` (SciPy's `lsq_linear`).
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `A`; [`Error::ShapeMismatch`] when `b` or the bounds
/// do not match `A`; [`Error::NonFinite`] for non-finite `A` or `b`; [`Error::InvalidArgument`]
/// for `lb ≥ ub` or `max_iter = 0`; [`Error::Unsupported`] for `lsq_solver = Lsmr` or
/// `lsmr_tol`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_optimize::{lsq_linear, Bounds, LsqLinearOptions};
/// let a = array![[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]];
/// let b = [2.0, -1.0, 1.0];
/// let r = lsq_linear(&a, &b, &LsqLinearOptions::default().bounds(Bounds::uniform(2, 0.0, 5.0))).unwrap();
/// assert!(r.success);
/// assert!(r.x[1].abs() < 1e-8 && (r.x[0] - 1.5).abs() < 1e-6);
/// assert_eq!(r.active_mask[1], -1);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.lsq_linear.html>
/// - P. B. Stark, R. L. Parker, "Bounded-Variable Least-Squares: an Algorithm and
///   Applications", Computational Statistics 10 (1995) 129-141.
/// - M. A. Branch, T. F. Coleman, Y. Li, SIAM J. Sci. Comput. 21 (1999) 1-23.
pub fn lsq_linear<'a, 'b>(
    a: impl AsArray<'a, f64, Ix2>,
    b: impl AsArray<'b, f64, Ix1>,
    options: &LsqLinearOptions,
) -> Result<LsqLinearResult> {
    let a = sci_core::view(a).to_owned();
    let b = sci_core::view1(b).to_vec();
    let (m, n) = a.dim();
    sci_core::check_nonempty("A (columns)", n, 1)?;
    sci_core::check_nonempty("A (rows)", m, 1)?;
    sci_core::check_same_len("A rows", m, "b", b.len())?;
    sci_core::check_finite("A", &a)?;
    sci_core::check_finite("b", &Array1::from(b.clone()))?;
    if options.lsq_solver == LsqSolver::Lsmr || options.lsmr_tol.is_some() {
        return Err(Error::unsupported(
            "lsq_linear: lsq_solver='lsmr' (needs sci-sparse's LSMR)",
        ));
    }
    if options.max_iter == Some(0) {
        return Err(Error::invalid_argument(
            "max_iter",
            0,
            "must be None or a positive integer",
        ));
    }
    let (lb, ub) = match &options.bounds {
        Some(bd) => {
            sci_core::check_shape("lsq_linear: bounds.lb", &[n], &[bd.lb.len()])?;
            sci_core::check_shape("lsq_linear: bounds.ub", &[n], &[bd.ub.len()])?;
            (bd.lb.to_vec(), bd.ub.to_vec())
        }
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    for i in 0..n {
        if lb[i].is_nan() || ub[i].is_nan() || lb[i] >= ub[i] {
            return Err(Error::invalid_argument(
                "bounds",
                format!("[{}, {}] at index {i}", lb[i], ub[i]),
                "each lower bound must be strictly less than each upper bound",
            ));
        }
    }
    // rcond = -1 in numpy: machine precision.
    let x_lsq = lstsq(a.view(), &b, EPS)?;
    if in_bounds(&x_lsq, &lb, &ub) {
        let r = residual(&a, &x_lsq, &b);
        let g = grad(&a, &r);
        return Ok(LsqLinearResult {
            cost: 0.5 * dot(&r, &r),
            fun: Array1::from(r),
            optimality: norm_inf(&g),
            active_mask: Array1::zeros(n),
            unbounded_sol: Array1::from(x_lsq.clone()),
            x: Array1::from(x_lsq),
            nit: 0,
            status: 3,
            message: message(3).into(),
            success: true,
        });
    }
    let out = match options.method {
        LsqLinearMethod::Trf => {
            trf_linear(&a, &b, &x_lsq, &lb, &ub, options.tol, options.max_iter)?
        }
        LsqLinearMethod::Bvls => bvls(&a, &b, &x_lsq, &lb, &ub, options.tol, options.max_iter)?,
    };
    Ok(LsqLinearResult {
        unbounded_sol: Array1::from(x_lsq),
        message: message(out.status).into(),
        success: out.status > 0,
        ..out
    })
}

/// The reflection of `y` into the box (Branch, Coleman & Li's transformation).
fn reflective_transformation(y: &[f64], lb: &[f64], ub: &[f64]) -> Vec<f64> {
    if in_bounds(y, lb, ub) {
        return y.to_vec();
    }
    (0..y.len())
        .map(|i| {
            let (l, u) = (lb[i], ub[i]);
            match (l.is_finite(), u.is_finite()) {
                (true, false) => y[i].max(2.0 * l - y[i]),
                (false, true) => y[i].min(2.0 * u - y[i]),
                (true, true) => {
                    let d = u - l;
                    let t = (y[i] - l).rem_euclid(2.0 * d);
                    l + t.min(2.0 * d - t)
                }
                (false, false) => y[i],
            }
        })
        .collect()
}

/// Solves `min ||[R; diag(dp)] z - [qtr; 0]||` (`R` `n × n` upper triangular, `dp` already
/// in `R`'s column order) by a QR factorisation of the stacked matrix; returns `z` with
/// components beyond the numerical rank set to 0.
fn regularized_lsq(r: &Mat<f64>, dp: &[f64], qtr: &[f64]) -> Vec<f64> {
    let n = r.ncols();
    let mut st = Mat::<f64>::zeros(2 * n, n);
    let mut rhs = vec![0.0; 2 * n];
    for j in 0..n {
        for i in 0..=j.min(r.nrows().saturating_sub(1)) {
            if i < r.nrows() {
                st[(i, j)] = r[(i, j)];
            }
        }
        st[(n + j, j)] = dp[j];
    }
    rhs[..n].copy_from_slice(&qtr[..n]);
    let qr = st.qr();
    let s = qr.thin_R();
    let q = qr.compute_thin_Q();
    let mut z: Vec<f64> = (0..n)
        .map(|j| (0..2 * n).map(|i| q[(i, j)] * rhs[i]).sum())
        .collect();
    let dmax = (0..n).fold(0.0f64, |acc, j| acc.max(s[(j, j)].abs()));
    let thr = EPS * (2 * n) as f64 * dmax;
    let keep: Vec<bool> = (0..n).map(|j| s[(j, j)].abs() > thr).collect();
    for j in (0..n).rev() {
        if !keep[j] {
            z[j] = 0.0;
            continue;
        }
        let mut sum = z[j];
        for i in j + 1..n {
            if keep[i] {
                sum -= s[(j, i)] * z[i];
            }
        }
        z[j] = sum / s[(j, j)];
    }
    z
}

/// The trust-region-reflective iteration for linear least squares.
fn trf_linear(
    a: &Array2<f64>,
    b: &[f64],
    x_lsq: &[f64],
    lb: &[f64],
    ub: &[f64],
    tol: f64,
    max_iter: Option<usize>,
) -> Result<LsqLinearResult> {
    let (m, n) = a.dim();
    let mut x = reflective_transformation(x_lsq, lb, ub);
    make_strictly_feasible(&mut x, lb, ub, 0.1);
    // One pivoted QR of A: A P = Q R.
    let fa = sci_core::as_faer(a);
    let qr = fa.col_piv_qr();
    let k = m.min(n);
    let q = qr.compute_thin_Q();
    let r_thin = qr.thin_R();
    let mut r_full = Mat::<f64>::zeros(n, n);
    for i in 0..k {
        for j in i..n {
            r_full[(i, j)] = r_thin[(i, j)];
        }
    }
    let perm: Vec<usize> = qr.P().arrays().0.to_vec();
    let mut r = residual(a, &x, b);
    let mut g = grad(a, &r);
    let mut cost = 0.5 * dot(&r, &r);
    let max_iter = max_iter.unwrap_or(100);
    let mut status: Option<i32> = None;
    let (mut v, mut dv) = (vec![0.0; n], vec![0.0; n]);
    let mut g_norm = 0.0;
    let mut buf = vec![0.0; m];
    let mut buf2 = vec![0.0; m];
    let mut nit = 0;
    for iteration in 0..max_iter {
        nit = iteration + 1;
        cl_scaling_vector(&x, &g, lb, ub, &mut v, &mut dv);
        let gs: Vec<f64> = (0..n).map(|i| g[i] * v[i]).collect();
        g_norm = norm_inf(&gs);
        if g_norm < tol {
            status = Some(1);
        }
        if status.is_some() {
            nit = iteration + 1;
            break;
        }
        let diag_h: Vec<f64> = (0..n).map(|i| g[i] * dv[i]).collect();
        let d: Vec<f64> = v.iter().map(|t| t.sqrt()).collect();
        let g_h: Vec<f64> = (0..n).map(|i| d[i] * g[i]).collect();
        let mut a_h = a.clone();
        for (j, mut col) in a_h.axis_iter_mut(Axis(1)).enumerate() {
            col.mapv_inplace(|t| t * d[j]);
        }
        let mut qtr = vec![0.0; n];
        for (j, v) in qtr.iter_mut().enumerate().take(k) {
            let c = q.col(j);
            *v = (0..m).map(|i| c[i] * r[i]).sum();
        }
        let mut rd = r_full.clone();
        for j in 0..n {
            let dj = d[perm[j]];
            for i in 0..n {
                rd[(i, j)] *= dj;
            }
        }
        let dp: Vec<f64> = (0..n).map(|j| diag_h[perm[j]].sqrt()).collect();
        let z = regularized_lsq(&rd, &dp, &qtr);
        let mut p_h = vec![0.0; n];
        for j in 0..n {
            p_h[perm[j]] = -z[j];
        }
        let mut p: Vec<f64> = (0..n).map(|i| d[i] * p_h[i]).collect();
        let p_dot_g = dot(&p, &g);
        if p_dot_g > 0.0 {
            status = Some(-1);
        }
        let theta = 1.0 - g_norm.min(0.005);
        let step = select_step(
            &x, &a_h, &g_h, &diag_h, &mut p, &mut p_h, &d, lb, ub, theta, &mut buf, &mut buf2,
        );
        let mut cost_change = -evaluate_quadratic(a.view(), &g, &step, None, &mut buf);
        if cost_change < 0.0 {
            // Backtracking along p (rarely needed: p is a descent direction). As SciPy,
            // the iterate itself is kept and only the step's model change is used.
            let mut alpha = 1.0;
            let mut x_new = x.clone();
            for _ in 0..60 {
                let y: Vec<f64> = (0..n).map(|i| x[i] + alpha * p[i]).collect();
                x_new = reflective_transformation(&y, lb, ub);
                let st: Vec<f64> = (0..n).map(|i| x_new[i] - x[i]).collect();
                cost_change = -evaluate_quadratic(a.view(), &g, &st, None, &mut buf);
                if cost_change > -0.1 * alpha * p_dot_g {
                    break;
                }
                alpha *= 0.5;
            }
            if find_active_constraints(&x_new, lb, ub, 1e-10)
                .iter()
                .any(|t| *t != 0)
            {
                let y: Vec<f64> = (0..n).map(|i| x[i] + theta * alpha * p[i]).collect();
                let mut xn = reflective_transformation(&y, lb, ub);
                make_strictly_feasible(&mut xn, lb, ub, 0.0);
                let st: Vec<f64> = (0..n).map(|i| xn[i] - x[i]).collect();
                cost_change = -evaluate_quadratic(a.view(), &g, &st, None, &mut buf);
            }
        } else {
            for i in 0..n {
                x[i] += step[i];
            }
            make_strictly_feasible(&mut x, lb, ub, 0.0);
        }
        r = residual(a, &x, b);
        g = grad(a, &r);
        if cost_change < tol * cost {
            status = Some(2);
        }
        cost = 0.5 * dot(&r, &r);
    }
    let active = find_active_constraints(&x, lb, ub, tol);
    Ok(LsqLinearResult {
        x: Array1::from(x),
        cost,
        fun: Array1::from(r),
        optimality: g_norm,
        active_mask: Array1::from(active),
        unbounded_sol: Array1::zeros(0),
        nit,
        status: status.unwrap_or(0),
        message: String::new(),
        success: false,
    })
}

/// The step of the linear TRF: the Newton step cut at the bound and pulled back by `θ`, its
/// reflection, or the scaled steepest-descent step, whichever the model prefers.
#[allow(clippy::too_many_arguments)]
fn select_step(
    x: &[f64],
    a_h: &Array2<f64>,
    g_h: &[f64],
    c_h: &[f64],
    p: &mut [f64],
    p_h: &mut [f64],
    d: &[f64],
    lb: &[f64],
    ub: &[f64],
    theta: f64,
    buf: &mut [f64],
    buf2: &mut [f64],
) -> Vec<f64> {
    let n = x.len();
    let xp: Vec<f64> = (0..n).map(|i| x[i] + p[i]).collect();
    if in_bounds(&xp, lb, ub) {
        return p.to_vec();
    }
    let (p_stride, hits) = step_size_to_bound(x, p, lb, ub);
    let mut r_h = p_h.to_vec();
    for i in 0..n {
        if hits[i] != 0 {
            r_h[i] = -r_h[i];
        }
    }
    let mut r: Vec<f64> = (0..n).map(|i| d[i] * r_h[i]).collect();
    for i in 0..n {
        p[i] *= p_stride;
        p_h[i] *= p_stride;
    }
    let x_on_bound: Vec<f64> = (0..n).map(|i| x[i] + p[i]).collect();
    let (mut r_hi, _) = step_size_to_bound(&x_on_bound, &r, lb, ub);
    let r_lo = (1.0 - theta) * r_hi;
    r_hi *= theta;
    let r_value = if r_hi > 0.0 {
        let (qa, qb, qc) =
            build_quadratic_1d(a_h.view(), g_h, &r_h, Some(c_h), Some(p_h), buf, buf2);
        let (t, val) = minimize_quadratic_1d(qa, qb, r_lo, r_hi, qc);
        for i in 0..n {
            r_h[i] = p_h[i] + r_h[i] * t;
            r[i] = d[i] * r_h[i];
        }
        val
    } else {
        f64::INFINITY
    };
    for i in 0..n {
        p[i] *= theta;
        p_h[i] *= theta;
    }
    let p_value = evaluate_quadratic(a_h.view(), g_h, p_h, Some(c_h), buf);
    let ag_h: Vec<f64> = g_h.iter().map(|t| -t).collect();
    let mut ag: Vec<f64> = (0..n).map(|i| d[i] * ag_h[i]).collect();
    let (mut ag_hi, _) = step_size_to_bound(x, &ag, lb, ub);
    ag_hi *= theta;
    let (qa, qb, _) = build_quadratic_1d(a_h.view(), g_h, &ag_h, Some(c_h), None, buf, buf2);
    let (t, ag_value) = minimize_quadratic_1d(qa, qb, 0.0, ag_hi, 0.0);
    ag.iter_mut().for_each(|v| *v *= t);
    if p_value < r_value && p_value < ag_value {
        p.to_vec()
    } else if r_value < p_value && r_value < ag_value {
        r
    } else {
        ag
    }
}

/// The KKT violation: `|g|` on free variables, `g · on_bound` on bound ones.
fn kkt_optimality(g: &[f64], on_bound: &[i32]) -> f64 {
    g.iter()
        .zip(on_bound)
        .map(|(gi, &o)| if o == 0 { gi.abs() } else { gi * o as f64 })
        .fold(f64::NEG_INFINITY, f64::max)
}

/// Bounded-Variable Least Squares (Stark & Parker 1995).
fn bvls(
    a: &Array2<f64>,
    b: &[f64],
    x_lsq: &[f64],
    lb: &[f64],
    ub: &[f64],
    tol: f64,
    max_iter: Option<usize>,
) -> Result<LsqLinearResult> {
    let (m, n) = a.dim();
    let rcond = EPS * m.max(n) as f64;
    let mut x = x_lsq.to_vec();
    let mut on_bound = vec![0i32; n];
    for i in 0..n {
        if x[i] <= lb[i] {
            x[i] = lb[i];
            on_bound[i] = -1;
        } else if x[i] >= ub[i] {
            x[i] = ub[i];
            on_bound[i] = 1;
        }
    }
    // The residual of the bound variables' contribution: b - A x_active.
    let b_free_of = |x: &[f64], on_bound: &[i32]| -> Vec<f64> {
        let xa: Vec<f64> = (0..n)
            .map(|i| if on_bound[i] != 0 { x[i] } else { 0.0 })
            .collect();
        let ax = residual(a, &xa, &vec![0.0; m]);
        b.iter().zip(&ax).map(|(bi, t)| bi - t).collect()
    };
    let mut free: Vec<usize> = (0..n).filter(|&i| on_bound[i] == 0).collect();
    let mut r = residual(a, &x, b);
    let mut cost = 0.5 * dot(&r, &r);
    let mut g = grad(a, &r);
    // Initialisation: least squares on the free variables until that solution is feasible,
    // sending violators to their bounds. Its passes count as iterations, as SciPy's.
    let mut init_passes = 0;
    while !free.is_empty() {
        init_passes += 1;
        let af = a.select(Axis(1), &free);
        let rhs = b_free_of(&x, &on_bound);
        let z = lstsq(af.view(), &rhs, rcond)?;
        let mut any = false;
        let mut still = Vec::new();
        for (k, &i) in free.iter().enumerate() {
            if z[k] < lb[i] {
                x[i] = lb[i];
                on_bound[i] = -1;
                any = true;
            } else if z[k] > ub[i] {
                x[i] = ub[i];
                on_bound[i] = 1;
                any = true;
            } else {
                x[i] = z[k];
                still.push(i);
            }
        }
        r = residual(a, &x, b);
        cost = 0.5 * dot(&r, &r);
        g = grad(a, &r);
        if any {
            free = still;
        } else {
            break;
        }
    }
    let max_iter = max_iter.unwrap_or(n) + init_passes;
    let mut status: Option<i32> = None;
    let mut optimality = kkt_optimality(&g, &on_bound);
    let mut nit = init_passes;
    for iteration in init_passes..max_iter {
        nit = iteration + 1;
        if optimality < tol {
            status = Some(1);
        }
        if status.is_some() {
            break;
        }
        // Free the bound variable whose gradient most wants to move inwards.
        let mut best = 0;
        let mut best_v = f64::NEG_INFINITY;
        for i in 0..n {
            let t = g[i] * on_bound[i] as f64;
            if t > best_v {
                best_v = t;
                best = i;
            }
        }
        on_bound[best] = 0;
        // Inner loop: at most n passes, each sends one more variable to a bound.
        for _ in 0..=n {
            let free: Vec<usize> = (0..n).filter(|&i| on_bound[i] == 0).collect();
            let x_free: Vec<f64> = free.iter().map(|&i| x[i]).collect();
            let af = a.select(Axis(1), &free);
            let rhs = b_free_of(&x, &on_bound);
            let z = lstsq(af.view(), &rhs, rcond)?;
            // Violators, lower ones first (their order breaks ties as SciPy's).
            let mut viol: Vec<(usize, i32, f64)> = Vec::new();
            for (k, &i) in free.iter().enumerate() {
                if z[k] < lb[i] {
                    viol.push((k, -1, (lb[i] - x_free[k]) / (z[k] - x_free[k])));
                }
            }
            for (k, &i) in free.iter().enumerate() {
                if z[k] > ub[i] {
                    viol.push((k, 1, (ub[i] - x_free[k]) / (z[k] - x_free[k])));
                }
            }
            if viol.is_empty() {
                for (k, &i) in free.iter().enumerate() {
                    x[i] = z[k];
                }
                break;
            }
            let (kmin, side, alpha) =
                viol.iter().copied().fold(
                    (0, 0, f64::INFINITY),
                    |acc, v| if v.2 < acc.2 { v } else { acc },
                );
            for (k, &i) in free.iter().enumerate() {
                // The convex combination can round a last bit past a bound: clip.
                x[i] = (x_free[k] * (1.0 - alpha) + alpha * z[k]).clamp(lb[i], ub[i]);
            }
            let hit = free[kmin];
            x[hit] = if side < 0 { lb[hit] } else { ub[hit] };
            on_bound[hit] = side;
        }
        r = residual(a, &x, b);
        let cost_new = 0.5 * dot(&r, &r);
        let cost_change = cost - cost_new;
        if cost_change < tol * cost {
            status = Some(2);
        }
        cost = cost_new;
        g = grad(a, &r);
        optimality = kkt_optimality(&g, &on_bound);
    }
    Ok(LsqLinearResult {
        x: Array1::from(x),
        cost,
        fun: Array1::from(r),
        optimality,
        active_mask: Array1::from(on_bound),
        unbounded_sol: Array1::zeros(0),
        nit,
        status: status.unwrap_or(0),
        message: String::new(),
        success: false,
    })
}
