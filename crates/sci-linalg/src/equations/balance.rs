//! Diagonal balancing of a non-negative matrix by powers of two (Parlett and Reinsch's
//! iteration without permutations), which the Riccati solvers apply to the moduli of their
//! pencils before restricting the scaling to the symplectic form `diag(D, D⁻¹, ·)`.

use sci_core::ndarray::Array2;

/// The most sweeps of the balancing iteration (it converges in a handful in practice).
const MAX_SWEEPS: usize = 100;

/// Scalings `d` (powers of 2) for which `D⁻¹ M D` has each off-diagonal row sum close to the
/// matching column sum. Rows or columns that are zero off the diagonal are left alone.
///
/// Each step picks, for index `i` with off-diagonal column sum `c` and row sum `r`, the power
/// of two `f` nearest `√(r / c)`, and keeps it only if it reduces `c f + r / f` below
/// `0.95 (c + r)`, so the iteration stops after finitely many sweeps.
pub(crate) fn scaling(m: &Array2<f64>) -> Vec<f64> {
    let n = m.nrows();
    let mut w = m.clone();
    let mut d = vec![1.0; n];
    for _ in 0..MAX_SWEEPS {
        let mut changed = false;
        for i in 0..n {
            let c: f64 = (0..n).filter(|&j| j != i).map(|j| w[[j, i]]).sum();
            let r: f64 = (0..n).filter(|&j| j != i).map(|j| w[[i, j]]).sum();
            if c == 0.0 || r == 0.0 || !c.is_finite() || !r.is_finite() {
                continue;
            }
            let total = c + r;
            let (mut f, mut cf2) = (1.0_f64, c);
            while cf2 < r / 2.0 {
                f *= 2.0;
                cf2 *= 4.0;
            }
            while cf2 >= 2.0 * r {
                f /= 2.0;
                cf2 /= 4.0;
            }
            if (cf2 + r) / f < 0.95 * total {
                d[i] *= f;
                for j in 0..n {
                    w[[j, i]] *= f;
                    w[[i, j]] /= f;
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use sci_core::ndarray::array;

    #[test]
    fn balances_a_badly_scaled_matrix() {
        let m = array![[0.0, 1e6, 0.0], [1e-6, 0.0, 1.0], [0.0, 1.0, 0.0]];
        let d = scaling(&m);
        assert!(d.iter().all(|v| v.log2().fract() == 0.0));
        // Row and column sums of D⁻¹ M D agree within a factor of a few.
        let b = Array2::from_shape_fn((3, 3), |(i, j)| m[[i, j]] * d[j] / d[i]);
        for i in 0..3 {
            let r: f64 = b.row(i).sum();
            let c: f64 = b.column(i).sum();
            assert!(r / c < 8.0 && c / r < 8.0, "{i}: {r} {c}");
        }
    }
}
