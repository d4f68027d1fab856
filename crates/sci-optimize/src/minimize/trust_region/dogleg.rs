//! The dogleg subproblem solver (Powell's dogleg, Nocedal & Wright section 4.1): the path
//! from the origin to the Cauchy point (the model's minimizer along `-g`) and on to the
//! Newton point `-H⁻¹g`, cut at the trust-region boundary. The Hessian must be positive
//! definite: its Cholesky factorization (faer, O(n³) once per point) failing ends the run
//! with SciPy's linalg-error status.

use super::exact::{factor, solve_lower, solve_upper_t};
use super::{ModelRef, boundaries};
use crate::vector::{dot, norm2};

/// The Newton and Cauchy points of the current point, computed once.
#[derive(Default)]
pub(crate) struct Cache {
    newton: Option<Vec<f64>>,
    cauchy: Option<Vec<f64>>,
}

/// Solves the subproblem; `Err` when the Hessian is not positive definite.
pub(super) fn solve(
    m: &mut ModelRef<'_, '_>,
    radius: f64,
    cache: &mut Cache,
) -> Result<(Vec<f64>, bool), ()> {
    let n = m.g.len();
    if cache.newton.is_none() {
        let h = m.h.ok_or(())?;
        let l = factor(h, 0.0).map_err(|_| ())?;
        let mut p: Vec<f64> = m.g.iter().map(|v| -v).collect();
        solve_lower(&l, &mut p);
        solve_upper_t(&l, &mut p);
        if p.iter().any(|v| !v.is_finite()) {
            return Err(());
        }
        cache.newton = Some(p);
    }
    let p_best = cache.newton.as_ref().ok_or(())?;
    if norm2(p_best) < radius {
        return Ok((p_best.clone(), false));
    }
    if cache.cauchy.is_none() {
        let mut bg = vec![0.0; n];
        m.hessp(m.g, &mut bg);
        let g_bg = dot(m.g, &bg);
        let s = -dot(m.g, m.g) / g_bg;
        cache.cauchy = Some(m.g.iter().map(|v| s * v).collect());
    }
    let p_u = cache.cauchy.as_ref().ok_or(())?;
    let p_u_norm = norm2(p_u);
    if p_u_norm >= radius {
        return Ok((p_u.iter().map(|v| v * radius / p_u_norm).collect(), true));
    }
    let d: Vec<f64> = p_best.iter().zip(p_u).map(|(b, u)| b - u).collect();
    let (_, tb) = boundaries(p_u, &d, radius);
    Ok((p_u.iter().zip(&d).map(|(u, d)| u + tb * d).collect(), true))
}
