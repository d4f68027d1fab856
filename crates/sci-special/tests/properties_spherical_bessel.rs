//! Properties of the spherical Bessel functions: the Wronskians and the recurrences.

use proptest::prelude::*;
use sci_special::{
    spherical_in, spherical_jn, spherical_jn_derivative, spherical_kn, spherical_kn_derivative,
    spherical_yn, spherical_yn_derivative,
};

proptest! {
    /// `j_n y_n' - j_n' y_n = 1/x^2` (DLMF 10.50.1); the products have magnitude about
    /// `1/x^2` or larger, so the tolerance is relative to their size.
    #[test]
    fn wronskian_jy(n in 0i64..40, x in 0.5f64..200.0) {
        let a = spherical_jn(n, x) * spherical_yn_derivative(n, x);
        let b = spherical_jn_derivative(n, x) * spherical_yn(n, x);
        let scale = a.abs() + b.abs();
        prop_assert!(((a - b) * x * x - 1.0).abs() <= 1e-12 * scale * x * x + 1e-13, "n = {n}, x = {x}");
    }

    /// `i_n k_{n+1} + i_{n+1} k_n = pi / (2 x^2)` (DLMF 10.50.2, with k_n = pi/2 times SciPy's
    /// normalisation folded in: SciPy's k_n is sqrt(pi/(2x)) K_{n+1/2}).
    #[test]
    fn wronskian_ik(n in 0i64..30, x in 0.1f64..100.0) {
        let w = spherical_in(n, x) * spherical_kn(n + 1, x) + spherical_in(n + 1, x) * spherical_kn(n, x);
        let expected = std::f64::consts::FRAC_PI_2 / (x * x);
        prop_assert!((w / expected - 1.0).abs() <= 1e-12, "n = {n}, x = {x}: {w} vs {expected}");
    }

    /// The three-term recurrence `f_{n-1} + f_{n+1} = (2n+1)/x f_n` for `y_n` (dominant,
    /// so the check is relative).
    #[test]
    fn recurrence_y(n in 1i64..50, x in 0.5f64..100.0) {
        let lhs = spherical_yn(n - 1, x) + spherical_yn(n + 1, x);
        let rhs = (2 * n + 1) as f64 / x * spherical_yn(n, x);
        let scale = spherical_yn(n - 1, x).abs() + spherical_yn(n + 1, x).abs();
        prop_assert!((lhs - rhs).abs() <= 1e-12 * scale, "n = {n}, x = {x}");
    }
}

proptest! {
    /// On the continuation to `x < 0`, `k_n' = (n/x) k_n - k_{n+1}` (DLMF 10.51.5) agrees with
    /// the form `-k_{n-1} - (n+1)/x k_n` that `spherical_kn_derivative` uses, to a tolerance
    /// relative to the larger term (the two terms cancel next to the zeros of `k_n'`).
    #[test]
    fn derivative_forms_agree_on_the_continuation(n in 1i64..40, x in -60.0f64..-0.5) {
        let d = spherical_kn_derivative(n, x);
        let (a, b) = (spherical_kn(n + 1, x), n as f64 / x * spherical_kn(n, x));
        let scale = a.abs().max(b.abs());
        prop_assert!((d - (b - a)).abs() <= 1e-14 * scale, "n = {n}, x = {x}: {d} vs {}", b - a);
    }
}
