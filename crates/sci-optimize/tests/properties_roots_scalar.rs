//! Properties of the scalar root finders: every bracketing method finds the root of a
//! random monotone cubic within its tolerance and agrees with the others; Newton's root of
//! `x² - c` squares back to `c`; `fixed_point` returns a fixed point.

use proptest::prelude::*;
use sci_optimize::{
    BracketRootOptions, NewtonOptions, bisect, brenth, brentq, fixed_point, newton_with, ridder,
    toms748_with,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn bracket_methods_find_the_root(r in -5.0f64..5.0, s in 0.1f64..3.0, lo in 0.1f64..4.0, hi in 0.1f64..4.0) {
        // f(x) = (x - r)³ + s (x - r): strictly increasing, single root r.
        let f = move |x: f64| (x - r).powi(3) + s * (x - r);
        let (a, b) = (r - lo, r + hi);
        let tol = 2e-12 + 4.0 * f64::EPSILON * r.abs();
        for x in [
            bisect(f, a, b).unwrap(),
            brentq(f, a, b).unwrap(),
            brenth(f, a, b).unwrap(),
            ridder(f, a, b).unwrap(),
            toms748_with(f, a, b, &BracketRootOptions::default()).unwrap().root,
        ] {
            prop_assert!((x - r).abs() <= 2.0 * tol, "{} vs {}", x, r);
        }
    }

    #[test]
    fn newton_square_root(c in 0.01f64..1e4) {
        let r = newton_with(move |x| x * x - c, c.max(1.0), NewtonOptions::default().fprime(|x| 2.0 * x)).unwrap();
        prop_assert!(r.converged);
        prop_assert!((r.root * r.root - c).abs() <= 1e-9 * c.max(1.0));
    }

    #[test]
    fn fixed_point_is_fixed(c in 0.5f64..20.0, a in 0.5f64..10.0) {
        let x = fixed_point(move |x: &[f64], o: &mut [f64]| o[0] = (c / (x[0] + a)).sqrt(), &[1.0]).unwrap();
        let fx = (c / (x[0] + a)).sqrt();
        prop_assert!((fx - x[0]).abs() <= 1e-7 * x[0].abs());
    }
}
