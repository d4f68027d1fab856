//! The nearly exact subproblem solver of `trust-exact` (Moré & Sorensen 1983; Conn, Gould
//! & Toint 2000, section 7.3): find `λ ≥ 0` with `H + λI` positive semidefinite and
//! `‖p(λ)‖ = Δ` for `p(λ) = -(H + λI)⁻¹g` (or `λ = 0` inside the region) by safeguarded
//! Newton steps on the secular equation, each a Cholesky factorization (faer, O(n³)). A
//! failed factorization raises the lower bound on `λ` through the leading minor that failed;
//! inside the region the step is pushed to the boundary along an estimate of the smallest
//! singular vector (Cline, Moler, Stewart & Wilkinson 1979), which solves the hard case.

use faer::linalg::cholesky::llt::factor::LltError;
use faer::linalg::triangular_solve::{
    solve_lower_triangular_in_place, solve_upper_triangular_in_place,
};
use faer::{Mat, Par, Side};
use sci_core::ndarray::Array2;

use super::{ModelRef, boundaries};
use crate::vector::{dot, norm2};

/// `θ` of Conn, Gould & Toint's (7.3.14): the new `λ` is at least this far into its interval.
const UPDATE_COEFF: f64 = 0.01;
/// Stop inside the region when the boundary correction changes the model by at most this
/// fraction (Moré & Sorensen's `σ`-like hard-case tolerance).
const K_HARD: f64 = 0.2;
/// Stop on the boundary when `|‖p‖ - Δ| ≤ K_EASY Δ`.
const K_EASY: f64 = 0.1;

/// The lower Cholesky factor of `h + λI`, or the (0-based) index of the first leading
/// minor that is not positive definite.
pub(super) fn factor(h: &Array2<f64>, lambda: f64) -> Result<Mat<f64>, usize> {
    let n = h.nrows();
    let a = Mat::from_fn(n, n, |i, j| h[[i, j]] + if i == j { lambda } else { 0.0 });
    match a.llt(Side::Lower) {
        Ok(llt) => {
            let l = llt.L().to_owned();
            // A non-finite factor (non-finite Hessian) is no factorization.
            for j in 0..n {
                if !l[(j, j)].is_finite() || l[(j, j)] <= 0.0 {
                    return Err(j);
                }
            }
            Ok(l)
        }
        Err(LltError::NonPositivePivot { index }) => Err(index.min(n.saturating_sub(1))),
    }
}

/// `b ← L⁻¹ b` for the leading `b.len()` block of the lower triangular `l`.
pub(super) fn solve_lower(l: &Mat<f64>, b: &mut [f64]) {
    let k = b.len();
    let mut rhs = Mat::from_fn(k, 1, |i, _| b[i]);
    solve_lower_triangular_in_place(l.as_ref().submatrix(0, 0, k, k), rhs.as_mut(), Par::Seq);
    for (i, v) in b.iter_mut().enumerate() {
        *v = rhs[(i, 0)];
    }
}

/// `b ← L⁻ᵀ b` for the leading `b.len()` block of the lower triangular `l`.
pub(super) fn solve_upper_t(l: &Mat<f64>, b: &mut [f64]) {
    let k = b.len();
    let mut rhs = Mat::from_fn(k, 1, |i, _| b[i]);
    solve_upper_triangular_in_place(
        l.as_ref().submatrix(0, 0, k, k).transpose(),
        rhs.as_mut(),
        Par::Seq,
    );
    for (i, v) in b.iter_mut().enumerate() {
        *v = rhs[(i, 0)];
    }
}

/// Estimates the smallest singular value of `U = Lᵀ` and its right singular vector (Cline
/// et al. 1979; Golub & Van Loan, Algorithm 3.5.1): choose `e ∈ {±1}ⁿ` making the solution
/// of `Uᵀw = e` large, then solve `U v = w`. O(n²).
fn smallest_singular(l: &Mat<f64>) -> (f64, Vec<f64>) {
    let n = l.nrows();
    let mut p = vec![0.0; n];
    let mut w = vec![0.0; n];
    let (mut pp, mut pm) = (vec![0.0; n], vec![0.0; n]);
    for k in 0..n {
        let wp = (1.0 - p[k]) / l[(k, k)];
        let wm = (-1.0 - p[k]) / l[(k, k)];
        let (mut sp, mut sm) = (wp.abs(), wm.abs());
        for i in k + 1..n {
            pp[i] = p[i] + l[(i, k)] * wp;
            pm[i] = p[i] + l[(i, k)] * wm;
            sp += pp[i].abs();
            sm += pm[i].abs();
        }
        if sp >= sm {
            w[k] = wp;
            p[k + 1..n].copy_from_slice(&pp[k + 1..n]);
        } else {
            w[k] = wm;
            p[k + 1..n].copy_from_slice(&pm[k + 1..n]);
        }
    }
    let mut v = w.clone();
    solve_upper_t(l, &mut v);
    let (vn, wn) = (norm2(&v), norm2(&w));
    let z: Vec<f64> = v.iter().map(|x| x / vn).collect();
    (wn / vn, z)
}

/// The shift that makes the leading `(j+1) × (j+1)` block of `a` singular when its Cholesky
/// factorization fails at pivot `j`, and a vector `v` with `vᵀ(a + δ e_j e_jᵀ)v = 0`.
fn singular_leading_submatrix(a: &Array2<f64>, j: usize) -> (f64, Vec<f64>) {
    let n = a.nrows();
    let mut v = vec![0.0; n];
    v[j] = 1.0;
    if j == 0 {
        return (-a[[0, 0]], v);
    }
    // The leading j × j block is positive definite (the factorization got past it).
    let lead = a.slice(sci_core::ndarray::s![..j, ..j]).to_owned();
    let Ok(l) = factor(&lead, 0.0) else {
        return (-a[[j, j]], v);
    };
    let mut u: Vec<f64> = (0..j).map(|i| a[[i, j]]).collect();
    solve_lower(&l, &mut u);
    let delta = dot(&u, &u) - a[[j, j]];
    let mut t: Vec<f64> = u.iter().map(|x| -x).collect();
    solve_upper_t(&l, &mut t);
    v[..j].copy_from_slice(&t);
    (delta, v)
}

/// The solver's memory at one point: the bounds of `λ` from the last solve and its radius
/// (a rejected step's smaller radius reuses the lower bound).
#[derive(Default)]
pub(crate) struct State {
    previous_radius: Option<f64>,
    lambda_lb: f64,
    /// Gershgorin bounds, `‖H‖_∞`, `‖H‖_F` of the point's Hessian.
    info: Option<(f64, f64, f64, f64)>,
}

/// `√(lb·ub)` or `lb + θ (ub - lb)`, whichever is larger.
fn next_lambda(lb: f64, ub: f64) -> f64 {
    (lb * ub).abs().sqrt().max(lb + UPDATE_COEFF * (ub - lb))
}

/// Solves the subproblem with at most `maxiter` factorizations; `Err` only when no step
/// could be formed at all.
pub(super) fn solve(
    m: &ModelRef<'_, '_>,
    radius: f64,
    maxiter: usize,
    st: &mut State,
) -> Result<(Vec<f64>, bool), ()> {
    let h = m.h.ok_or(())?;
    let n = h.nrows();
    let (gl, gu, hinf, hfro) = *st.info.get_or_insert_with(|| {
        let mut lb = f64::INFINITY;
        let mut ub = f64::NEG_INFINITY;
        let mut hinf = 0.0f64;
        let mut fro = 0.0;
        for i in 0..n {
            let row_abs: f64 = h.row(i).iter().map(|v| v.abs()).sum();
            let d = h[[i, i]];
            lb = lb.min(d + d.abs() - row_abs);
            ub = ub.max(d - d.abs() + row_abs);
            hinf = hinf.max(row_abs);
            fro += h.row(i).iter().map(|v| v * v).sum::<f64>();
        }
        (lb, ub, hinf, fro.sqrt())
    });
    let close_to_zero = n as f64 * f64::EPSILON * hinf;
    let gnorm = m.gnorm;
    let min_diag = (0..n).map(|i| h[[i, i]]).fold(f64::INFINITY, f64::min);
    // Initial bounds on λ (Conn, Gould & Toint, section 7.3.8).
    let mut lambda_ub = (gnorm / radius + (-gl).min(hfro).min(hinf)).max(0.0);
    let mut lambda_lb = 0.0f64
        .max(-min_diag)
        .max(gnorm / radius - gu.min(hfro).min(hinf));
    if st.previous_radius.is_some_and(|prev| radius < prev) {
        lambda_lb = lambda_lb.max(st.lambda_lb);
    }
    let mut lambda = if lambda_lb == 0.0 {
        0.0
    } else {
        next_lambda(lambda_lb, lambda_ub)
    };
    let mut hits_boundary = true;
    let mut p: Option<Vec<f64>> = None;
    let mut pre: Option<Mat<f64>> = None;
    let mut w = vec![0.0; n];
    let mut hp = vec![0.0; n];
    for _ in 0..maxiter {
        let fac = match pre.take() {
            Some(l) => Ok(l),
            None => factor(h, lambda),
        };
        match fac {
            Ok(l) if gnorm > close_to_zero => {
                let mut pl: Vec<f64> = m.g.iter().map(|v| -v).collect();
                solve_lower(&l, &mut pl);
                solve_upper_t(&l, &mut pl);
                let p_norm = norm2(&pl);
                if p_norm <= radius && lambda == 0.0 {
                    hits_boundary = false;
                    p = Some(pl);
                    break;
                }
                w.copy_from_slice(&pl);
                solve_lower(&l, &mut w);
                let w_norm = norm2(&w);
                // Newton's step on 1/‖p(λ)‖ - 1/Δ (Nocedal & Wright, (4.44)).
                let lambda_new = lambda + (p_norm / w_norm).powi(2) * (p_norm - radius) / radius;
                if p_norm < radius {
                    let (s_min, z) = smallest_singular(&l);
                    let (ta, tb) = boundaries(&pl, &z, radius);
                    let step_len = if ta.abs() <= tb.abs() { ta } else { tb };
                    // pᵀ(H + λI)p.
                    crate::minimize::newton_cg::matvec(h, &pl, &mut hp);
                    let quad = dot(&pl, &hp) + lambda * dot(&pl, &pl);
                    let relative_error =
                        step_len * step_len * s_min * s_min / (quad + lambda * radius * radius);
                    if relative_error <= K_HARD {
                        for (pi, zi) in pl.iter_mut().zip(&z) {
                            *pi += step_len * zi;
                        }
                        p = Some(pl);
                        break;
                    }
                    lambda_ub = lambda;
                    lambda_lb = lambda_lb.max(lambda - s_min * s_min);
                    p = Some(pl);
                    match factor(h, lambda_new) {
                        Ok(l2) => {
                            lambda = lambda_new;
                            pre = Some(l2);
                        }
                        Err(_) => {
                            lambda_lb = lambda_lb.max(lambda_new);
                            lambda = next_lambda(lambda_lb, lambda_ub);
                        }
                    }
                } else {
                    let relative_error = (p_norm - radius).abs() / radius;
                    p = Some(pl);
                    if relative_error <= K_EASY {
                        break;
                    }
                    lambda_lb = lambda;
                    lambda = lambda_new;
                }
            }
            Ok(l) => {
                // A (numerically) zero gradient: the step is a direction of least curvature.
                if lambda == 0.0 {
                    p = Some(vec![0.0; n]);
                    hits_boundary = false;
                    break;
                }
                let (s_min, z) = smallest_singular(&l);
                p = Some(z.iter().map(|v| radius * v).collect());
                if radius * radius * s_min * s_min <= K_HARD * lambda * radius * radius {
                    break;
                }
                lambda_ub = lambda;
                lambda_lb = lambda_lb.max(lambda - s_min * s_min);
                lambda = next_lambda(lambda_lb, lambda_ub);
            }
            Err(j) => {
                // H + λI is indefinite: raise the lower bound past the failing minor.
                let mut a = h.clone();
                for i in 0..n {
                    a[[i, i]] += lambda;
                }
                let (delta, v) = singular_leading_submatrix(&a, j);
                let vn2 = dot(&v, &v);
                lambda_lb = lambda_lb.max(lambda + delta / vn2);
                lambda = next_lambda(lambda_lb, lambda_ub);
            }
        }
        if !lambda.is_finite() {
            break;
        }
    }
    st.lambda_lb = lambda_lb;
    st.previous_radius = Some(radius);
    match p {
        Some(p) if p.iter().all(|v| v.is_finite()) => Ok((p, hits_boundary)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sci_core::ndarray::array;

    #[test]
    fn failing_pivot_index_is_zero_based() {
        let h = array![[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, -1.0]];
        assert_eq!(factor(&h, 0.0).err(), Some(2));
        assert!(factor(&h, 1.5).is_ok());
        let (delta, v) = singular_leading_submatrix(&array![[4.0, 2.0], [2.0, -1.0]], 1);
        // 4 v0² + 4 v0 v1 + (-1 + δ) v1² = 0 with v = (-1/2, 1), δ = 2.
        assert!((delta - 2.0).abs() < 1e-14 && (v[0] + 0.5).abs() < 1e-14);
    }

    #[test]
    fn smallest_singular_value_of_a_diagonal_factor() {
        let l = Mat::from_fn(3, 3, |i, j| if i == j { [3.0, 0.5, 2.0][i] } else { 0.0 });
        let (s, z) = smallest_singular(&l);
        // An estimate: within 5% here, and the vector points along e₁.
        assert!((s - 0.5).abs() < 0.025 && z[1].abs() > 0.99, "{s} {z:?}");
    }
}
