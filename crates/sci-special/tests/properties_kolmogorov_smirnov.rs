//! Properties of the Kolmogorov-Smirnov kernels: the inverses invert the survival functions,
//! the survival functions decrease, and `smirnov(n, y / sqrt(n))` tends to its one-sided limit
//! `exp(-2 y^2)`.

use proptest::prelude::*;
use sci_special::{kolmogi, kolmogorov, smirnov, smirnovi};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// kolmogi(kolmogorov(y)) = y (1e-13 relative: both are accurate to a few ULP and the
    /// condition number of the inverse is moderate where kolmogorov(y) is not within 1e-6
    /// of 1 or below 1e-290).
    #[test]
    fn kolmogorov_round_trip(y in 0.3f64..18.0) {
        let p = kolmogorov(y);
        let back = kolmogi(p);
        prop_assert!((back - y).abs() <= 1e-13 * y, "{y} {p} {back}");
    }

    /// smirnovi(n, smirnov(n, d)) = d (1e-12 relative, with d kept where the survival
    /// function is neither within 1e-9 of 1 nor below 1e-280, so the inverse is well
    /// conditioned).
    #[test]
    fn smirnov_round_trip(n in 2i32..400, t in 0.05f64..2.5) {
        let d = (t / f64::from(n).sqrt()).min(0.95);
        let p = smirnov(n, d);
        prop_assume!(p > 1e-280 && p < 1.0 - 1e-9);
        let back = smirnovi(n, p);
        prop_assert!((back - d).abs() <= 1e-12 * d, "{n} {d} {p} {back}");
    }

    /// smirnov decreases in d; kolmogorov decreases in y.
    #[test]
    fn monotone(n in 2i32..300, a in 0.0f64..1.0, b in 0.0f64..1.0) {
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        prop_assert!(smirnov(n, lo) >= smirnov(n, hi));
        prop_assert!(kolmogorov(2.0 * lo) >= kolmogorov(2.0 * hi));
    }
}

/// For large n, smirnov(n, y/sqrt(n)) tends to exp(-2 y^2), the one-sided limit (the error
/// is O(1/sqrt(n)); 1e-2 at n = 10^5 is ample).
#[test]
fn smirnov_tends_to_its_limit() {
    let n = 100_000;
    for y in [0.3, 0.8, 1.5] {
        let s = smirnov(n, y / f64::from(n).sqrt());
        let limit = (-2.0f64 * y * y).exp();
        assert!((s - limit).abs() < 1e-2 * limit, "{y}: {s} vs {limit}");
    }
}
