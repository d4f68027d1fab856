//! The triangular Sylvester equation `R Y + Y S = F` (`R` upper triangular, `S` upper or
//! lower triangular), the core of the Bartels–Stewart method once both coefficients are in
//! complex Schur form, and the singularity test of the Sylvester operator it implies.
//!
//! The operator `Y ↦ R Y + Y S` has the eigenvalues `rᵢᵢ + sⱼⱼ`, which are also the pivots
//! of the substitution, so its smallest pivot bounds the separation `sep(R, −S)` from
//! above: a zero pivot means no unique solution; a pivot below `ε (max|R| + max|S|)` means
//! the problem is numerically singular (SciPy's LAPACK `?trsyl` then perturbs the pivot and
//! carries on with `info = 1`).

use sci_core::ndarray::Array2;
use sci_core::{Error, Result};

use super::dense::{C, max_abs};
use crate::scalar::Scalar;
use crate::validate;

/// The smallest pivot allowed: pivots below it (zero included) are raised to it when the
/// caller accepts a (near-)singular operator, as LAPACK's `?trsyl` does.
pub(crate) struct PivotFloor(f64);

/// Checks the pivots `rᵢᵢ + sⱼⱼ`: [`Error::SingularMatrix`] if one is exactly zero,
/// [`Error::IllConditioned`] if the smallest is below the machine epsilon of `T` relative to
/// `max|R| + max|S|`, unless `accept`.
pub(crate) fn check_pivots<T: Scalar>(
    r: &Array2<C>,
    s: &Array2<C>,
    accept: bool,
) -> Result<PivotFloor> {
    let scale = max_abs(r) + max_abs(s);
    let mut smallest = f64::INFINITY;
    for i in 0..r.nrows() {
        for j in 0..s.nrows() {
            smallest = smallest.min((r[[i, i]] + s[[j, j]]).norm());
        }
    }
    if smallest.is_infinite() {
        // An empty operator: nothing to solve.
        return Ok(PivotFloor(0.0));
    }
    if smallest == 0.0 && !accept {
        return Err(Error::SingularMatrix {
            detail: "the Sylvester operator is singular: an eigenvalue of A equals minus an \
                     eigenvalue of B, so the solution is not unique"
                .into(),
        });
    }
    let rcond = if scale == 0.0 { 0.0 } else { smallest / scale };
    validate::conditioning::<T>(rcond, accept)?;
    let floor = (f64::EPSILON * scale).max(f64::MIN_POSITIVE);
    Ok(PivotFloor(floor))
}

/// `Y` with `R Y + Y S = F`, `R` (`m × m`) upper triangular, `S` (`n × n`) upper triangular
/// if `s_upper`, else lower triangular. Column `j` of `Y` solves the triangular system
/// `(R + sⱼⱼ I) yⱼ = fⱼ − Σ yₖ sₖⱼ` over the columns `k` already found (those before `j` for
/// an upper `S`, after it for a lower one). O(m² n + m n²).
pub(crate) fn solve(
    r: &Array2<C>,
    s: &Array2<C>,
    s_upper: bool,
    f: &Array2<C>,
    floor: &PivotFloor,
) -> Array2<C> {
    let (m, n) = f.dim();
    let mut y = Array2::<C>::zeros((m, n));
    let order: Vec<usize> = if s_upper {
        (0..n).collect()
    } else {
        (0..n).rev().collect()
    };
    let mut rhs = vec![C::new(0.0, 0.0); m];
    for (done, &j) in order.iter().enumerate() {
        for (i, v) in rhs.iter_mut().enumerate() {
            *v = f[[i, j]];
        }
        for &k in &order[..done] {
            let skj = s[[k, j]];
            if skj == C::new(0.0, 0.0) {
                continue;
            }
            for (i, v) in rhs.iter_mut().enumerate() {
                *v -= y[[i, k]] * skj;
            }
        }
        let sjj = s[[j, j]];
        for i in (0..m).rev() {
            let mut acc = rhs[i];
            for l in i + 1..m {
                acc -= r[[i, l]] * y[[l, j]];
            }
            let mut pivot = r[[i, i]] + sjj;
            if pivot.norm() < floor.0 {
                pivot = C::new(floor.0, 0.0);
            }
            y[[i, j]] = acc / pivot;
        }
    }
    y
}
