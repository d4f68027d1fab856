//! Properties of the Airy functions: the Wronskians, the differential equation, and the
//! zeros being zeros.

use proptest::prelude::*;
use sci_special::{ai_zeros, airy, airye, bi_zeros};

proptest! {
    /// `Ai Bi' - Ai' Bi = 1/pi` (DLMF 9.2.7); the products are of order
    /// `|x|^(1/2) / pi` on the negative axis, so the tolerance scales with them.
    #[test]
    fn wronskian(x in -60.0f64..8.0) {
        let r = airy(x);
        let w = r.ai * r.bip - r.aip * r.bi;
        let scale = (r.ai * r.bip).abs() + (r.aip * r.bi).abs();
        prop_assert!((w - std::f64::consts::FRAC_1_PI).abs() <= 8.0 * f64::EPSILON * scale, "x = {x}: {w}");
    }

    /// The scaled Wronskian `eAi eBi' - eAi' eBi = 1/pi` holds for all large positive `x`.
    #[test]
    fn scaled_wronskian(lx in 0.0f64..200.0) {
        let x = 10f64.powf(lx / 10.0);
        let e = airye(x);
        let w = e.ai * e.bip - e.aip * e.bi;
        prop_assert!((w - std::f64::consts::FRAC_1_PI).abs() <= 1e-14, "x = {x}: {w}");
    }

    /// `y'' = x y`: the second difference of Ai matches `x Ai` (central differences, step h;
    /// the O(h^2) truncation and the rounding of the differences set the tolerance).
    #[test]
    fn airy_equation(x in -12.0f64..6.0) {
        let h = 1e-3;
        let (m, c, p) = (airy(x - h), airy(x), airy(x + h));
        let second = (p.ai - 2.0 * c.ai + m.ai) / (h * h);
        let bound = 1e-6 * (1.0 + x.abs()).powi(2);
        prop_assert!((second - x * c.ai).abs() <= bound, "x = {x}: {second} vs {}", x * c.ai);
        let second_b = (p.bi - 2.0 * c.bi + m.bi) / (h * h);
        prop_assert!((second_b - x * c.bi).abs() <= bound * (1.0 + c.bi.abs()), "x = {x}");
    }
}

#[test]
fn zeros_are_zeros_and_interlace() {
    let (a, b) = (ai_zeros(200).unwrap(), bi_zeros(200).unwrap());
    let eps = f64::EPSILON;
    for k in 0..200 {
        // At a rounded zero z the function is at most about |f'(z)| ulp(z) plus the rounding of
        // the value against its amplitude: |x|^(-1/4) for Ai, Bi and |x|^(1/4) for Ai', Bi'
        // (up to 1/sqrt(pi)), with |f'| ~ |x|^(1/4) and |f''| = |x f| ~ |x|^(3/4).
        let tol = |z: f64| 4.0 * eps * (z.abs().powf(1.25) + z.abs().powf(-0.25));
        let tol_p = |z: f64| 4.0 * eps * (z.abs().powf(1.75) + z.abs().powf(0.25));
        assert!(airy(a.a[k]).ai.abs() < tol(a.a[k]), "Ai at a[{k}]");
        assert!(airy(b.b[k]).bi.abs() < tol(b.b[k]), "Bi at b[{k}]");
        assert!(airy(a.ap[k]).aip.abs() < tol_p(a.ap[k]), "Ai' at ap[{k}]");
        assert!(airy(b.bp[k]).bip.abs() < tol_p(b.bp[k]), "Bi' at bp[{k}]");
        // The zeros of Ai and Ai' interlace: a'_1 > a_1 > a'_2 > a_2 > ...
        assert!(a.ap[k] > a.a[k]);
        if k + 1 < 200 {
            assert!(a.a[k] > a.ap[k + 1] && a.a[k] > a.a[k + 1]);
            assert!(b.b[k] > b.b[k + 1] && b.bp[k] > b.bp[k + 1]);
        }
    }
}
