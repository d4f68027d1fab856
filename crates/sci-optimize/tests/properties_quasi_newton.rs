//! Properties of the quasi-Newton strategies: after an update the secant condition holds
//! (`B s = y` for the Hessian, `H y = s` for the inverse) whenever the update is made, the
//! matrix stays symmetric, and BFGS stays positive definite under positive curvature.

use proptest::prelude::*;
use sci_optimize::{ApproxType, BFGS, HessianUpdateStrategy, SR1};

fn vec3() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(-2.0..2.0f64, 3)
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

proptest! {
    #[test]
    fn bfgs_satisfies_the_secant_condition(s in vec3(), y in vec3(), inv in any::<bool>()) {
        prop_assume!(dot(&s, &y) > 1e-3 * dot(&s, &s).sqrt() * dot(&y, &y).sqrt());
        let mut b = BFGS::default();
        let kind = if inv { ApproxType::InvHess } else { ApproxType::Hess };
        b.initialize(3, kind);
        b.update(&s, &y);
        let (w, z) = if inv { (&y, &s) } else { (&s, &y) };
        let mut out = [0.0; 3];
        b.dot(w, &mut out);
        let m = b.get_matrix();
        let scale = m.iter().fold(1.0_f64, |a, v| a.max(v.abs()));
        for i in 0..3 {
            prop_assert!((out[i] - z[i]).abs() <= 1e-9 * scale * (1.0 + z[i].abs()));
            for j in 0..3 {
                prop_assert!((m[[i, j]] - m[[j, i]]).abs() <= 1e-12 * scale);
            }
        }
        // Positive definite: a Cholesky-free check through the 3 leading minors.
        let d1 = m[[0, 0]];
        let d2 = m[[0, 0]] * m[[1, 1]] - m[[0, 1]] * m[[1, 0]];
        let d3 = m[[0, 0]] * (m[[1, 1]] * m[[2, 2]] - m[[1, 2]] * m[[2, 1]])
            - m[[0, 1]] * (m[[1, 0]] * m[[2, 2]] - m[[1, 2]] * m[[2, 0]])
            + m[[0, 2]] * (m[[1, 0]] * m[[2, 1]] - m[[1, 1]] * m[[2, 0]]);
        prop_assert!(d1 > 0.0 && d2 > -1e-9 * scale * scale && d3 > -1e-9 * scale.powi(3));
    }

    #[test]
    fn sr1_satisfies_the_secant_condition_or_skips(s in vec3(), y in vec3()) {
        let mut b = SR1::default();
        b.initialize(3, ApproxType::Hess);
        let before = b.get_matrix();
        b.update(&s, &y);
        let after = b.get_matrix();
        let mut out = [0.0; 3];
        b.dot(&s, &mut out);
        let scale = after.iter().fold(1.0_f64, |a, v| a.max(v.abs()));
        let secant = (0..3).all(|i| (out[i] - y[i]).abs() <= 1e-8 * scale * (1.0 + y[i].abs()));
        // Either the secant condition holds, or the update was skipped (only the first
        // update's scaling changed the matrix, a multiple of the identity).
        let scaled_identity = (0..3).all(|i| (0..3).all(|j| if i == j { (after[[i, i]] - after[[0, 0]]).abs() <= 1e-12 * scale } else { after[[i, j]] == 0.0 }));
        prop_assert!(secant || scaled_identity, "{before:?} -> {after:?}");
    }
}
