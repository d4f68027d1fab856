//! Properties of `least_squares`: on linear residuals `A x - b` every method lands on the
//! solution of the normal equations; bounded solutions stay inside the box.

use proptest::prelude::*;
use sci_optimize::{Bounds, LeastSquaresOptions, LsqMethod, least_squares_with};

fn residual<'d>(a: &'d [f64], b: &'d [f64], n: usize) -> impl Fn(&[f64], &mut [f64]) + Sync + 'd {
    move |x: &[f64], f: &mut [f64]| {
        for (i, fi) in f.iter_mut().enumerate() {
            *fi = (0..n).map(|j| a[i * n + j] * x[j]).sum::<f64>() - b[i];
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn linear_residuals_give_the_normal_equations_solution(
        a in prop::collection::vec(-1.0f64..1.0, 18),
        b in prop::collection::vec(-2.0f64..2.0, 6),
    ) {
        let (m, n) = (6, 3);
        // A diagonally boosted A is well conditioned.
        let mut a = a;
        for j in 0..n { a[j * n + j] += 3.0; }
        for method in [LsqMethod::Trf, LsqMethod::Dogbox, LsqMethod::Lm] {
            let r = least_squares_with(residual(&a, &b, n), &[0.0; 3], m,
                LeastSquaresOptions::default().method(method)).unwrap();
            prop_assert!(r.success);
            // Aᵀ(Ax - b) = 0 at the solution.
            for j in 0..n {
                let g: f64 = (0..m).map(|i| a[i * n + j] * r.fun[i]).sum();
                prop_assert!(g.abs() < 1e-6, "{method:?}: gradient {g}");
            }
        }
    }

    #[test]
    fn bounded_solutions_stay_in_the_box(
        a in prop::collection::vec(-1.0f64..1.0, 12),
        b in prop::collection::vec(-5.0f64..5.0, 4),
    ) {
        let n = 3;
        for method in [LsqMethod::Trf, LsqMethod::Dogbox] {
            let r = least_squares_with(residual(&a, &b, n), &[0.1, -0.1, 0.0], 4,
                LeastSquaresOptions::default().method(method).bounds(Bounds::uniform(3, -0.5, 0.5))).unwrap();
            prop_assert!(r.x.iter().all(|v| (-0.5..=0.5).contains(v)), "{method:?}: {}", r.x);
            prop_assert!(r.cost.is_finite());
        }
    }
}
