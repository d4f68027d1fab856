//! Building blocks shared by the trust-region least-squares methods (`trf`, `dogbox`) and by
//! `lsq_linear`: the robust loss functions, bound geometry (steps to a bound, active
//! constraints, strictly feasible points, Coleman-Li scaling), the one-dimensional and
//! trust-region subproblems, and the termination and radius-update rules.
//!
//! The trust-region subproblem is solved in the SVD basis of the (scaled) Jacobian with the
//! safeguarded Newton iteration on the secular equation of Moré (1978) / Moré & Sorensen
//! (1983): `||p(α)|| = Δ` with `p(α) = -V diag(s / (s² + α)) Uᵀ f`.

pub(crate) use crate::vector::{dot, norm_inf};
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::householder;
use faer::{Conj, Mat, MatRef, Par};
use sci_core::ndarray::{Array2, ArrayView2};
use sci_core::{Error, Result};

pub(crate) const EPS: f64 = f64::EPSILON;

/// A robust loss `ρ` of SciPy's `least_squares` (`loss=`).
///
/// # Examples
///
/// ```
/// use sci_optimize::Loss;
/// assert_eq!(Loss::default(), Loss::Linear);
/// assert_eq!(Loss::SoftL1.name(), "soft_l1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Loss {
    /// `ρ(z) = z`: ordinary least squares.
    #[default]
    Linear,
    /// `ρ(z) = 2 ((1 + z)^½ - 1)`: a smooth approximation of the l1 loss.
    SoftL1,
    /// `ρ(z) = z` for `z ≤ 1`, `2 z^½ - 1` beyond.
    Huber,
    /// `ρ(z) = ln(1 + z)`.
    Cauchy,
    /// `ρ(z) = arctan(z)`.
    Arctan,
}

impl Loss {
    /// SciPy's name of the loss.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::Loss::Cauchy.name(), "cauchy");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Loss::Linear => "linear",
            Loss::SoftL1 => "soft_l1",
            Loss::Huber => "huber",
            Loss::Cauchy => "cauchy",
            Loss::Arctan => "arctan",
        }
    }

    /// `(ρ(z), ρ'(z), ρ''(z))` of the unscaled loss.
    fn rho(self, z: f64) -> (f64, f64, f64) {
        match self {
            Loss::Linear => (z, 1.0, 0.0),
            Loss::SoftL1 => {
                let t = 1.0 + z;
                let s = t.sqrt();
                (2.0 * (s - 1.0), 1.0 / s, -0.5 / (t * s))
            }
            Loss::Huber => {
                if z <= 1.0 {
                    (z, 1.0, 0.0)
                } else {
                    let s = z.sqrt();
                    (2.0 * s - 1.0, 1.0 / s, -0.5 / (z * s))
                }
            }
            Loss::Cauchy => {
                let t = 1.0 + z;
                (t.ln(), 1.0 / t, -1.0 / (t * t))
            }
            Loss::Arctan => {
                let t = 1.0 + z * z;
                (z.atan(), 1.0 / t, -2.0 * z / (t * t))
            }
        }
    }

    /// The cost `½ Σ C² ρ((f/C)²)` with `C = f_scale`.
    pub(crate) fn cost(self, f: &[f64], f_scale: f64) -> f64 {
        if self == Loss::Linear {
            return 0.5 * dot(f, f);
        }
        let c2 = f_scale * f_scale;
        0.5 * c2 * f.iter().map(|v| self.rho(v * v / c2).0).sum::<f64>()
    }

    /// Rescales the Jacobian rows and residuals in place so that the Gauss-Newton model of
    /// the robust cost is the ordinary one of the rescaled pair (Triggs et al., "Bundle
    /// adjustment: a modern synthesis", as SciPy does); returns the cost.
    pub(crate) fn scale_in_place(self, f: &mut [f64], jac: &mut Array2<f64>, f_scale: f64) -> f64 {
        let c2 = f_scale * f_scale;
        let mut cost = 0.0;
        for (i, fi) in f.iter_mut().enumerate() {
            let z = *fi * *fi / c2;
            let (r0, r1, r2) = self.rho(z);
            cost += c2 * r0;
            // ρ'' carries the 1/C² of the chain rule.
            let mut js = r1 + 2.0 * (r2 / c2) * *fi * *fi;
            if js < EPS {
                js = EPS;
            }
            let js = js.sqrt();
            *fi *= r1 / js;
            jac.row_mut(i).mapv_inplace(|v| v * js);
        }
        0.5 * cost
    }
}

pub(crate) fn norm(a: &[f64]) -> f64 {
    // Scaled to avoid overflow for huge residual vectors.
    let amax = a.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if amax == 0.0 || !amax.is_finite() {
        return amax;
    }
    amax * a
        .iter()
        .map(|v| (v / amax) * (v / amax))
        .sum::<f64>()
        .sqrt()
}

/// `Jᵀ f`.
pub(crate) fn jt_f(jac: &Array2<f64>, f: &[f64]) -> Vec<f64> {
    let n = jac.ncols();
    (0..n)
        .map(|j| jac.column(j).iter().zip(f).map(|(a, b)| a * b).sum())
        .collect()
}

/// `J s` into `out`.
pub(crate) fn j_mul(jac: ArrayView2<'_, f64>, s: &[f64], out: &mut [f64]) {
    out.iter_mut().for_each(|v| *v = 0.0);
    for (j, &sj) in s.iter().enumerate() {
        if sj != 0.0 {
            for (o, a) in out.iter_mut().zip(jac.column(j).iter()) {
                *o += a * sj;
            }
        }
    }
}

pub(crate) fn in_bounds(x: &[f64], lb: &[f64], ub: &[f64]) -> bool {
    x.iter().zip(lb).zip(ub).all(|((v, l), u)| v >= l && v <= u)
}

/// The largest `t ≥ 0` with `x + t s` inside the bounds, and which bound each coordinate hits
/// there (`-1` lower, `1` upper, `0` none).
pub(crate) fn step_size_to_bound(x: &[f64], s: &[f64], lb: &[f64], ub: &[f64]) -> (f64, Vec<i8>) {
    let n = x.len();
    let mut t = f64::INFINITY;
    let mut per = vec![f64::INFINITY; n];
    for i in 0..n {
        if s[i] != 0.0 {
            let a = (lb[i] - x[i]) / s[i];
            let b = (ub[i] - x[i]) / s[i];
            per[i] = a.max(b);
            t = t.min(per[i]);
        }
    }
    let hits = (0..n)
        .map(|i| {
            if s[i] != 0.0 && per[i] == t {
                if s[i] > 0.0 { 1 } else { -1 }
            } else {
                0
            }
        })
        .collect();
    (t, hits)
}

/// Which bounds are active at `x` (`-1` lower, `1` upper, `0` free), with relative tolerance
/// `rtol`.
pub(crate) fn find_active_constraints(x: &[f64], lb: &[f64], ub: &[f64], rtol: f64) -> Vec<i32> {
    (0..x.len())
        .map(|i| {
            let ld = x[i] - lb[i];
            let ud = ub[i] - x[i];
            if rtol == 0.0 {
                if x[i] <= lb[i] {
                    return -1;
                }
                if x[i] >= ub[i] {
                    return 1;
                }
                return 0;
            }
            let lt = rtol * lb[i].abs().max(1.0);
            let ut = rtol * ub[i].abs().max(1.0);
            let mut a = 0;
            if lb[i].is_finite() && ld <= lt.min(ud) {
                a = -1;
            }
            if ub[i].is_finite() && ud <= ut.min(ld) {
                a = 1;
            }
            a
        })
        .collect()
}

/// Moves `x` strictly inside the bounds: coordinates on (or within `rstep` of) a bound are
/// shifted inwards by `rstep · max(1, |bound|)` (by one ulp when `rstep = 0`).
pub(crate) fn make_strictly_feasible(x: &mut [f64], lb: &[f64], ub: &[f64], rstep: f64) {
    let active = find_active_constraints(x, lb, ub, rstep);
    for i in 0..x.len() {
        if active[i] == -1 {
            x[i] = if rstep == 0.0 {
                next_toward(lb[i], ub[i])
            } else {
                lb[i] + rstep * lb[i].abs().max(1.0)
            };
        } else if active[i] == 1 {
            x[i] = if rstep == 0.0 {
                next_toward(ub[i], lb[i])
            } else {
                ub[i] - rstep * ub[i].abs().max(1.0)
            };
        }
        if x[i] < lb[i] || x[i] > ub[i] {
            x[i] = 0.5 * (lb[i] + ub[i]);
        }
    }
}

/// The next float after `a` in the direction of `b` (C's `nextafter`).
pub(crate) fn next_toward(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == b {
        return b;
    }
    if a == 0.0 {
        let tiny = f64::from_bits(1);
        return if b > 0.0 { tiny } else { -tiny };
    }
    let bits = a.to_bits();
    let up = (b > a) == (a > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// The Coleman-Li scaling vector `v` and its derivative sign `dv` (Branch, Coleman & Li 1999).
pub(crate) fn cl_scaling_vector(
    x: &[f64],
    g: &[f64],
    lb: &[f64],
    ub: &[f64],
    v: &mut [f64],
    dv: &mut [f64],
) {
    for i in 0..x.len() {
        v[i] = 1.0;
        dv[i] = 0.0;
        if g[i] < 0.0 && ub[i].is_finite() {
            v[i] = ub[i] - x[i];
            dv[i] = -1.0;
        }
        if g[i] > 0.0 && lb[i].is_finite() {
            v[i] = x[i] - lb[i];
            dv[i] = 1.0;
        }
    }
}

/// The roots `t⁻ ≤ 0 ≤ t⁺` of `||x + t s|| = Δ` (for `||x|| ≤ Δ`).
pub(crate) fn intersect_trust_region(x: &[f64], s: &[f64], delta: f64) -> (f64, f64) {
    let a = dot(s, s);
    if a == 0.0 {
        return (0.0, 0.0);
    }
    let b = dot(x, s);
    let c = dot(x, x) - delta * delta;
    let d = (b * b - a * c).max(0.0).sqrt();
    // The numerically stable pairing of the two roots.
    let q = -(b + d.copysign(b));
    let (mut t1, mut t2) = (q / a, c / q);
    if q == 0.0 {
        t1 = 0.0;
        t2 = 0.0;
    }
    if t1 > t2 {
        std::mem::swap(&mut t1, &mut t2);
    }
    (t1, t2)
}

/// The SVD of a matrix in the form the trust-region solver needs: singular values `s`,
/// right singular vectors `v` (`n × k`) and `uf = Uᵀ f`.
pub(crate) struct SvdUf {
    pub s: Vec<f64>,
    pub v: Mat<f64>,
    pub uf: Vec<f64>,
}

/// Thin SVD of `a` (`m × n`) and `Uᵀ f`. For tall matrices a QR factorisation comes first
/// and only the small `R` is decomposed (`A = Q R`, `R = Ũ S Vᵀ`, `Uᵀ f = Ũᵀ Qᵀ f`), so the
/// work is one O(m n²) QR pass.
pub(crate) fn svd_uf(a: ArrayView2<'_, f64>, f: &[f64]) -> Result<SvdUf> {
    let (m, n) = a.dim();
    let fa = sci_core::as_faer(&a);
    let fail = |_| Error::DidNotConverge {
        method: "SVD of the Jacobian".into(),
        iterations: 0,
        detail: "faer's SVD did not converge".into(),
    };
    if m > n {
        let qr = fa.qr();
        let r = qr.thin_R();
        let qtf = qt_mul(qr.Q_basis(), qr.Q_coeff(), f, n);
        let svd = r.thin_svd().map_err(fail)?;
        let u = svd.U();
        let k = u.ncols();
        let s: Vec<f64> = (0..k).map(|i| svd.S().column_vector()[i]).collect();
        let uf = (0..k)
            .map(|j| (0..n).map(|i| u[(i, j)] * qtf[i]).sum())
            .collect();
        Ok(SvdUf {
            s,
            v: svd.V().to_owned(),
            uf,
        })
    } else {
        let svd = fa.thin_svd().map_err(fail)?;
        let u = svd.U();
        let k = u.ncols();
        let s: Vec<f64> = (0..k).map(|i| svd.S().column_vector()[i]).collect();
        let uf = (0..k)
            .map(|j| (0..m).map(|i| u[(i, j)] * f[i]).sum())
            .collect();
        Ok(SvdUf {
            s,
            v: svd.V().to_owned(),
            uf,
        })
    }
}

/// The first `k` entries of `Qᵀ f` for the Householder factor of a QR factorisation
/// (`basis`, `coeff` as faer stores them): O(m k) instead of forming `Q`.
pub(crate) fn qt_mul(
    basis: MatRef<'_, f64>,
    coeff: MatRef<'_, f64>,
    f: &[f64],
    k: usize,
) -> Vec<f64> {
    let m = f.len();
    let mut rhs = Mat::<f64>::from_fn(m, 1, |i, _| f[i]);
    let mut mem =
        MemBuffer::new(
            householder::apply_block_householder_sequence_transpose_on_the_left_in_place_scratch::<
                f64,
            >(basis.nrows(), coeff.nrows(), 1),
        );
    householder::apply_block_householder_sequence_transpose_on_the_left_in_place_with_conj(
        basis,
        coeff,
        Conj::No,
        rhs.as_mut(),
        Par::Seq,
        MemStack::new(&mut mem),
    );
    (0..k).map(|i| rhs[(i, 0)]).collect()
}

/// `p = -V diag(s uf / (s² + α))` into `p`.
fn step_for_alpha(sv: &SvdUf, alpha: f64, p: &mut [f64]) {
    p.iter_mut().for_each(|v| *v = 0.0);
    for k in 0..sv.s.len() {
        let c = sv.s[k] * sv.uf[k] / (sv.s[k] * sv.s[k] + alpha);
        for (i, pi) in p.iter_mut().enumerate() {
            *pi -= sv.v[(i, k)] * c;
        }
    }
}

/// Solves `min ||J p + f||` subject to `||p|| ≤ Δ` in the SVD basis of `J` (`m` rows):
/// returns `(p, α)` with `α` the Levenberg-Marquardt parameter found. `initial_alpha` is the
/// previous iteration's `α` (a warm start).
pub(crate) fn solve_lsq_trust_region(
    n: usize,
    m: usize,
    sv: &SvdUf,
    delta: f64,
    initial_alpha: Option<f64>,
) -> (Vec<f64>, f64) {
    let k = sv.s.len();
    let mut p = vec![0.0; n];
    let full_rank = m >= n && k == n && sv.s[k - 1] > EPS * m as f64 * sv.s[0];
    if full_rank {
        // The Gauss-Newton step, if inside the region.
        for kk in 0..k {
            let c = sv.uf[kk] / sv.s[kk];
            for (i, pi) in p.iter_mut().enumerate() {
                *pi -= sv.v[(i, kk)] * c;
            }
        }
        if norm(&p) <= delta {
            return (p, 0.0);
        }
    }
    // φ(α) = ||p(α)|| - Δ and its derivative.
    let phi = |alpha: f64| -> (f64, f64) {
        let mut pn2 = 0.0;
        let mut d3 = 0.0;
        for kk in 0..k {
            let den = sv.s[kk] * sv.s[kk] + alpha;
            let suf = sv.s[kk] * sv.uf[kk];
            pn2 += (suf / den).powi(2);
            d3 += suf * suf / (den * den * den);
        }
        let pn = pn2.sqrt();
        (pn - delta, -d3 / pn)
    };
    let suf_norm = (0..k)
        .map(|kk| (sv.s[kk] * sv.uf[kk]).powi(2))
        .sum::<f64>()
        .sqrt();
    let mut alpha_upper = suf_norm / delta;
    let mut alpha_lower = if full_rank {
        let (f0, d0) = phi(0.0);
        -f0 / d0
    } else {
        0.0
    };
    let mut alpha = match initial_alpha {
        Some(a) if full_rank || a != 0.0 => a,
        _ => (0.001 * alpha_upper).max((alpha_lower * alpha_upper).sqrt()),
    };
    for _ in 0..10 {
        if alpha < alpha_lower || alpha > alpha_upper {
            alpha = (0.001 * alpha_upper).max((alpha_lower * alpha_upper).sqrt());
        }
        let (ph, dph) = phi(alpha);
        if ph < 0.0 {
            alpha_upper = alpha;
        }
        let ratio = ph / dph;
        alpha_lower = alpha_lower.max(alpha - ratio);
        alpha -= (ph + delta) * ratio / delta;
        if ph.abs() < 0.01 * delta {
            break;
        }
    }
    step_for_alpha(sv, alpha, &mut p);
    // Land exactly on the boundary.
    let pn = norm(&p);
    if pn > 0.0 {
        let c = delta / pn;
        p.iter_mut().for_each(|v| *v *= c);
    }
    (p, alpha)
}

/// The trust-radius update: shrink to a quarter of the step after a poor step, double after
/// a good one that reached the boundary; returns `(Δ, ratio)`.
pub(crate) fn update_tr_radius(
    delta: f64,
    actual: f64,
    predicted: f64,
    step_norm: f64,
    bound_hit: bool,
) -> (f64, f64) {
    let ratio = if predicted > 0.0 {
        actual / predicted
    } else if predicted == actual {
        1.0
    } else {
        0.0
    };
    let delta = if ratio < 0.25 {
        0.25 * step_norm
    } else if ratio > 0.75 && bound_hit {
        2.0 * delta
    } else {
        delta
    };
    (delta, ratio)
}

/// The termination test on the cost reduction and the step (SciPy's status 2, 3, 4).
pub(crate) fn check_termination(
    d_f: f64,
    f: f64,
    dx_norm: f64,
    x_norm: f64,
    ratio: f64,
    ftol: f64,
    xtol: f64,
) -> Option<i32> {
    let ftol_ok = d_f < ftol * f && ratio > 0.25;
    let xtol_ok = dx_norm < xtol * (xtol + x_norm);
    match (ftol_ok, xtol_ok) {
        (true, true) => Some(4),
        (true, false) => Some(2),
        (false, true) => Some(3),
        _ => None,
    }
}

/// The coefficients `(a, b, c)` of the quadratic model `q(s0 + t s) = a t² + b t + c` of
/// `½||J x||² + gᵀx + ½ xᵀ diag x` along `s` from `s0`.
pub(crate) fn build_quadratic_1d(
    jac: ArrayView2<'_, f64>,
    g: &[f64],
    s: &[f64],
    diag: Option<&[f64]>,
    s0: Option<&[f64]>,
    buf: &mut [f64],
    buf2: &mut [f64],
) -> (f64, f64, f64) {
    j_mul(jac, s, buf);
    let mut a = dot(buf, buf);
    if let Some(d) = diag {
        a += s.iter().zip(d).map(|(v, w)| v * v * w).sum::<f64>();
    }
    a *= 0.5;
    let mut b = dot(g, s);
    let mut c = 0.0;
    if let Some(s0) = s0 {
        j_mul(jac, s0, buf2);
        b += dot(buf2, buf);
        c = 0.5 * dot(buf2, buf2) + dot(g, s0);
        if let Some(d) = diag {
            b += s0
                .iter()
                .zip(s)
                .zip(d)
                .map(|((u, v), w)| u * v * w)
                .sum::<f64>();
            c += 0.5 * s0.iter().zip(d).map(|(u, w)| u * u * w).sum::<f64>();
        }
    }
    (a, b, c)
}

/// Minimizes `a t² + b t + c` over `[lb, ub]`: `(t, value)`.
pub(crate) fn minimize_quadratic_1d(a: f64, b: f64, lb: f64, ub: f64, c: f64) -> (f64, f64) {
    let mut cands = vec![lb, ub];
    if a != 0.0 {
        let e = -0.5 * b / a;
        if lb < e && e < ub {
            cands.push(e);
        }
    }
    let mut best = (cands[0], cands[0] * (a * cands[0] + b) + c);
    for &t in &cands[1..] {
        let y = t * (a * t + b) + c;
        if y < best.1 {
            best = (t, y);
        }
    }
    best
}

/// The model value `½||J s||² + gᵀs (+ ½ sᵀ diag s)`.
pub(crate) fn evaluate_quadratic(
    jac: ArrayView2<'_, f64>,
    g: &[f64],
    s: &[f64],
    diag: Option<&[f64]>,
    buf: &mut [f64],
) -> f64 {
    j_mul(jac, s, buf);
    let mut q = dot(buf, buf);
    if let Some(d) = diag {
        q += s.iter().zip(d).map(|(v, w)| v * v * w).sum::<f64>();
    }
    0.5 * q + dot(s, g)
}

/// The column norms of `J` as the inverse variable scale (`x_scale='jac'`), never shrinking
/// from the previous ones: `(scale, scale_inv)`.
pub(crate) fn compute_jac_scale(
    jac: &Array2<f64>,
    old_inv: Option<&[f64]>,
) -> (Vec<f64>, Vec<f64>) {
    let mut inv: Vec<f64> = (0..jac.ncols())
        .map(|j| jac.column(j).iter().map(|v| v * v).sum::<f64>().sqrt())
        .collect();
    match old_inv {
        None => inv.iter_mut().for_each(|v| {
            if *v == 0.0 {
                *v = 1.0;
            }
        }),
        Some(old) => inv.iter_mut().zip(old).for_each(|(v, o)| *v = v.max(*o)),
    }
    (inv.iter().map(|v| 1.0 / v).collect(), inv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sci_core::ndarray::array;

    #[test]
    fn trust_region_step_lies_on_the_boundary() {
        let j = array![[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]];
        let f = [3.0, -1.0, 2.0];
        let sv = svd_uf(j.view(), &f).unwrap();
        let (p, alpha) = solve_lsq_trust_region(2, 3, &sv, 0.1, None);
        assert!((norm(&p) - 0.1).abs() < 1e-12);
        assert!(alpha > 0.0);
        // Large radius: the Gauss-Newton step (the least-squares solution of J p = -f).
        let (p, alpha) = solve_lsq_trust_region(2, 3, &sv, 100.0, None);
        assert_eq!(alpha, 0.0);
        let g = jt_f(&j, &f);
        let mut jtj = [[0.0; 2]; 2];
        for r in 0..3 {
            for a in 0..2 {
                for b in 0..2 {
                    jtj[a][b] += j[[r, a]] * j[[r, b]];
                }
            }
        }
        for a in 0..2 {
            let r = jtj[a][0] * p[0] + jtj[a][1] * p[1] + g[a];
            assert!(r.abs() < 1e-12);
        }
    }

    #[test]
    fn bound_geometry() {
        let (t, hits) = step_size_to_bound(&[0.0, 0.0], &[1.0, -2.0], &[-1.0, -1.0], &[2.0, 2.0]);
        assert_eq!(t, 0.5);
        assert_eq!(hits, vec![0, -1]);
        let mut x = [0.0, 1.0];
        make_strictly_feasible(&mut x, &[0.0, 0.0], &[1.0, 1.0], 0.0);
        assert!(x[0] > 0.0 && x[1] < 1.0);
        let (a, b) = intersect_trust_region(&[0.0, 0.0], &[1.0, 0.0], 2.0);
        assert_eq!((a, b), (-2.0, 2.0));
        assert_eq!(next_toward(1.0, 2.0), 1.0 + f64::EPSILON);
    }

    #[test]
    fn losses_agree_with_their_definitions() {
        let f = [0.5, -2.0];
        let c = Loss::Huber.cost(&f, 1.0);
        assert!((c - 0.5 * (0.25 + (2.0 * 2.0 - 1.0))).abs() < 1e-15);
        let c = Loss::Cauchy.cost(&f, 2.0);
        let want = 0.5 * 4.0 * ((1.0f64 + 0.0625).ln() + 2.0f64.ln());
        assert!((c - want).abs() < 1e-15);
    }
}
