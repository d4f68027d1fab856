//! Non-negative least squares: SciPy's `nnls`, by the active-set method of Lawson and
//! Hanson (1974, ch. 23). SLSQP's least-distance subproblems are solved with the same core.
//!
//! Each outer iteration frees the variable whose Lagrange multiplier `wⱼ = aⱼᵀ(b − A x)` is
//! largest; the inner loop solves the unconstrained least-squares problem on the free
//! ("passive") columns by a QR factorisation and, where that solution leaves the feasible
//! region, interpolates back to the boundary and fixes the variables that hit zero.
//! Time `O(k · m · p²)` for `k` iterations and `p` passive columns; memory `O(m n)`.

use sci_core::ndarray::{Array1, ArrayView1, ArrayView2, Ix1, Ix2};
use sci_core::{AsArray, Error, Result};

/// Options of [`nnls_with`]: SciPy's keywords `maxiter` and `atol`.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::NnlsOptions::default().maxiter(50);
/// assert_eq!(o.maxiter, Some(50));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NnlsOptions {
    /// Iteration limit (`None`: SciPy's default, `3 n`).
    pub maxiter: Option<usize>,
    /// Accepted for SciPy compatibility; SciPy 1.17 documents it as unused, and so is it
    /// here (the optimality test uses a tolerance scaled by the data).
    pub atol: Option<f64>,
}

impl NnlsOptions {
    /// Sets the iteration limit.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::NnlsOptions::default().maxiter(3).maxiter, Some(3));
    /// ```
    #[must_use]
    pub fn maxiter(mut self, maxiter: usize) -> Self {
        self.maxiter = Some(maxiter);
        self
    }

    /// Sets `atol` (unused, as in SciPy 1.17).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::NnlsOptions::default().atol(1e-9).atol, Some(1e-9));
    /// ```
    #[must_use]
    pub fn atol(mut self, atol: f64) -> Self {
        self.atol = Some(atol);
        self
    }
}

/// Solves `argmin ‖A x − b‖₂` subject to `x ≥ 0` with SciPy's defaults; returns `(x, rnorm)`.
///
/// # Errors
///
/// As [`nnls_with`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// let a = array![[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]];
/// let (x, rnorm) = sci_optimize::nnls(&a, &[2.0, 1.0, 1.0]).unwrap();
/// assert!((x[0] - 1.5).abs() < 1e-12 && (x[1] - 1.0).abs() < 1e-12);
/// assert!((rnorm - 0.5f64.sqrt()).abs() < 1e-12);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.nnls.html>
/// - C. L. Lawson, R. J. Hanson, *Solving Least Squares Problems*, SIAM, 1995, ch. 23.
pub fn nnls<'a, 'b>(
    a: impl AsArray<'a, f64, Ix2>,
    b: impl AsArray<'b, f64, Ix1>,
) -> Result<(Array1<f64>, f64)> {
    nnls_with(a, b, &NnlsOptions::default())
}

/// Solves `argmin ‖A x − b‖₂` subject to `x ≥ 0` (SciPy's `nnls(A, b, maxiter=...)`);
/// returns `(x, rnorm)` with `rnorm = ‖A x − b‖₂`.
///
/// # Errors
///
/// [`Error::ShapeMismatch`] when `b`'s length differs from `A`'s rows, [`Error::NonFinite`]
/// for NaN or infinite data, and [`Error::DidNotConverge`] when the iteration limit is hit
/// (SciPy raises `RuntimeError`).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_optimize::{NnlsOptions, nnls_with};
/// let a = array![[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]];
/// let (x, rnorm) = nnls_with(&a, &[-1.0, -1.0, -1.0], &NnlsOptions::default()).unwrap();
/// assert_eq!(x.to_vec(), vec![0.0, 0.0]);
/// assert!((rnorm - 3f64.sqrt()).abs() < 1e-12);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.nnls.html>
/// - C. L. Lawson, R. J. Hanson, *Solving Least Squares Problems*, SIAM, 1995, ch. 23.
pub fn nnls_with<'a, 'b>(
    a: impl AsArray<'a, f64, Ix2>,
    b: impl AsArray<'b, f64, Ix1>,
    options: &NnlsOptions,
) -> Result<(Array1<f64>, f64)> {
    let a: ArrayView2<'_, f64> = a.into();
    let b: ArrayView1<'_, f64> = b.into();
    sci_core::check_shape("nnls: b and the rows of A", &[a.nrows()], &[b.len()])?;
    sci_core::check_finite("nnls: A", &a)?;
    sci_core::check_finite("nnls: b", &b)?;
    let maxiter = options.maxiter.unwrap_or(3 * a.ncols());
    let (x, rnorm) = nnls_core(a, b, maxiter).ok_or_else(|| Error::DidNotConverge {
        method: "nnls (Lawson-Hanson)".into(),
        iterations: maxiter,
        detail: "Maximum number of iterations reached.".into(),
    })?;
    Ok((Array1::from(x), rnorm))
}

/// The Lawson–Hanson iteration; `None` when `maxiter` iterations do not suffice.
///
/// As in Lawson & Hanson's algorithm, the QR factorisation of the passive columns is kept
/// up to date instead of recomputed: a column joins with one Householder reflection applied
/// to the other columns and to `b` (`O(m n)`), and leaves with Givens rotations restoring the
/// triangle (`O(n p)`), so that each iteration costs `O(m n)`.
pub(crate) fn nnls_core(
    a: ArrayView2<'_, f64>,
    b: ArrayView1<'_, f64>,
    maxiter: usize,
) -> Option<(Vec<f64>, f64)> {
    let (m, n) = a.dim();
    // Column-major copy of A and of b, transformed by the accumulated Qᵀ.
    let mut w_mat: Vec<f64> = a.t().iter().copied().collect();
    let mut bt: Vec<f64> = b.to_vec();
    let mut x = vec![0.0; n];
    let mut z = vec![0.0; n];
    let mut w = vec![0.0; n];
    let mut passive: Vec<usize> = Vec::with_capacity(n.min(m));
    let mut is_passive = vec![false; n];
    let mut rejected = vec![false; n];
    let mut v = vec![0.0; m];
    let anorm = (0..n).fold(0.0f64, |s, j| {
        let c = &w_mat[j * m..(j + 1) * m];
        s.max(dot(c, c).sqrt())
    });
    let bnorm = b.iter().fold(0.0f64, |s, c| s.max(c.abs()));
    let tol = 10.0 * f64::EPSILON * anorm * bnorm.max(anorm) * (m.max(n) as f64);
    let mut iter = 0usize;
    // Whether w must be recomputed (after a column left the passive set); otherwise it is
    // updated in O(1) per column after each reflection.
    let mut w_stale = true;
    loop {
        let np = passive.len();
        // Dual vector w = Aᵀ(b − A x) from the rows below the triangle (x solves the
        // passive least-squares problem here, so the rows above contribute nothing).
        if w_stale {
            for j in 0..n {
                w[j] = if is_passive[j] {
                    0.0
                } else {
                    dot(&w_mat[j * m + np..(j + 1) * m], &bt[np..])
                };
            }
            w_stale = false;
        }
        let pick = (0..n)
            .filter(|&j| !is_passive[j] && !rejected[j] && w[j] > tol)
            .max_by(|&i, &j| w[i].total_cmp(&w[j]));
        let Some(t) = pick else { break };
        if np >= m {
            break;
        }
        // Householder reflection of column t's rows np..m onto e_np.
        let col = &w_mat[t * m..(t + 1) * m];
        let norm = (np..m).map(|i| col[i] * col[i]).sum::<f64>().sqrt();
        let a0 = col[np];
        let alpha = if a0 > 0.0 { -norm } else { norm };
        let unorm = (0..np).map(|i| col[i] * col[i]).sum::<f64>().sqrt();
        // The new column must be independent of the passive ones ...
        if norm <= 1e-12 * (unorm + norm) || norm == 0.0 {
            rejected[t] = true;
            continue;
        }
        v[np..m].copy_from_slice(&col[np..m]);
        v[np] -= alpha;
        let vtv: f64 = (np..m).map(|i| v[i] * v[i]).sum();
        let beta = if vtv > 0.0 { 2.0 / vtv } else { 0.0 };
        // ... and its least-squares coefficient positive.
        let vb: f64 = (np..m).map(|i| v[i] * bt[i]).sum();
        let znew = (bt[np] - beta * vb * v[np]) / alpha;
        if znew <= 0.0 {
            rejected[t] = true;
            continue;
        }
        rejected.iter_mut().for_each(|r| *r = false);
        for i in np..m {
            bt[i] -= beta * vb * v[i];
        }
        for j in 0..n {
            if is_passive[j] {
                continue;
            }
            let cj = &mut w_mat[j * m..(j + 1) * m];
            if j == t {
                cj[np] = alpha;
                cj[np + 1..m].iter_mut().for_each(|c| *c = 0.0);
                continue;
            }
            let d = dot(&v[np..], &cj[np..]);
            if d != 0.0 {
                let f = beta * d;
                for (c, vi) in cj[np..].iter_mut().zip(&v[np..]) {
                    *c -= f * vi;
                }
            }
        }
        passive.push(t);
        is_passive[t] = true;
        // The reflection preserves Σ_{i≥np} W_ij bt_i; dropping row np updates w.
        for j in 0..n {
            w[j] = if is_passive[j] {
                0.0
            } else {
                w[j] - w_mat[j * m + np] * bt[np]
            };
        }
        // Inner loop: keep the passive solution feasible.
        loop {
            iter += 1;
            if iter > maxiter {
                return None;
            }
            solve_triangle(&w_mat, &bt, &passive, m, &mut z);
            let mut alpha = f64::INFINITY;
            let mut hit = usize::MAX;
            for &j in &passive {
                if z[j] <= 0.0 {
                    let aj = x[j] / (x[j] - z[j]);
                    if aj < alpha {
                        alpha = aj;
                        hit = j;
                    }
                }
            }
            if hit == usize::MAX {
                for &j in &passive {
                    x[j] = z[j];
                }
                break;
            }
            for &j in &passive {
                x[j] += alpha * (z[j] - x[j]);
            }
            // The variable that reached zero, and any pushed to (or past) it by rounding,
            // leave the passive set; Givens rotations restore the triangle.
            let mut k = 0;
            while k < passive.len() {
                let j = passive[k];
                if j == hit || x[j] <= 0.0 {
                    x[j] = 0.0;
                    is_passive[j] = false;
                    passive.remove(k);
                    retriangularize(&mut w_mat, &mut bt, &passive, k, m, n);
                    w_stale = true;
                } else {
                    k += 1;
                }
            }
        }
    }
    // Residual from the original data.
    let ax = a.dot(&ArrayView1::from(&x[..]));
    let rnorm2: f64 = b
        .iter()
        .zip(ax.iter())
        .map(|(p, q)| (p - q) * (p - q))
        .sum();
    Some((x, rnorm2.sqrt()))
}

/// The dot product, unrolled by four for the compiler's vectoriser.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut acc = [0.0f64; 4];
    let (ca, cb) = (a.chunks_exact(4), b.chunks_exact(4));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for k in 0..4 {
            acc[k] += x[k] * y[k];
        }
    }
    let tail: f64 = ra.iter().zip(rb).map(|(x, y)| x * y).sum();
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

/// Back substitution `R z_P = bt[..p]` with `R` the passive columns' triangle.
fn solve_triangle(w_mat: &[f64], bt: &[f64], passive: &[usize], m: usize, z: &mut [f64]) {
    let p = passive.len();
    for k in (0..p).rev() {
        let mut s = bt[k];
        for l in k + 1..p {
            s -= w_mat[passive[l] * m + k] * z[passive[l]];
        }
        z[passive[k]] = s / w_mat[passive[k] * m + k];
    }
}

/// After removing the passive column at position `k`, the columns after it have one
/// subdiagonal entry each: rotate rows `(i, i + 1)` to remove it, in all columns and `bt`.
fn retriangularize(
    w_mat: &mut [f64],
    bt: &mut [f64],
    passive: &[usize],
    k: usize,
    m: usize,
    n: usize,
) {
    for i in k..passive.len() {
        let c0 = passive[i] * m;
        let (p, q) = (w_mat[c0 + i], w_mat[c0 + i + 1]);
        let r = p.hypot(q);
        if r == 0.0 {
            continue;
        }
        let (c, s) = (p / r, q / r);
        for j in 0..n {
            let cj = j * m;
            let (u, v) = (w_mat[cj + i], w_mat[cj + i + 1]);
            w_mat[cj + i] = c * u + s * v;
            w_mat[cj + i + 1] = -s * u + c * v;
        }
        w_mat[c0 + i + 1] = 0.0;
        let (u, v) = (bt[i], bt[i + 1]);
        bt[i] = c * u + s * v;
        bt[i + 1] = -s * u + c * v;
    }
}
