//! Property tests of the Lambert W function: `W(z) e^{W(z)} = z` on every branch, and the
//! inverse round trip `W(x e^x) = x` on the real branches.

use proptest::prelude::*;
use sci_core::Complex64;
use sci_special::{complex, lambertw};

proptest! {
    #[test]
    fn real_branches_invert_x_exp_x(x in -1.0f64..50.0, y in -40.0f64..-1.0) {
        // W_0(x e^x) = x for x >= -1; W_{-1}(y e^y) = y for y <= -1. Near -1 the inverse is
        // ill-conditioned (dW/dz is infinite at -1/e), hence the tolerance in sqrt(eps).
        let tol = |t: f64| if (t + 1.0).abs() < 0.1 { 1e-7 } else { 1e-14 };
        prop_assert!((lambertw(x * x.exp(), 0) - x).abs() <= tol(x) * x.abs().max(1e-300));
        prop_assert!((lambertw(y * y.exp(), -1) - y).abs() <= tol(y) * y.abs());
    }

    #[test]
    fn every_branch_solves_w_exp_w(re in -1e3f64..1e3, im in -1e3f64..1e3, k in -5i64..=5) {
        let z = Complex64::new(re, im);
        let w = complex::lambertw(z, k);
        prop_assert!((w * w.exp() - z).norm() <= 1e-13 * z.norm());
        // The branch shows in the imaginary part (Corless et al. 1996, section 4): |Im W_0| <= pi,
        // (2k - 2) pi <= Im W_k <= (2k + 1) pi for k > 0, mirrored for k < 0.
        let pi = std::f64::consts::PI;
        let kf = k as f64;
        let (lo, hi) = match k {
            0 => (-pi, pi),
            k if k > 0 => ((2.0 * kf - 2.0) * pi, (2.0 * kf + 1.0) * pi),
            _ => ((2.0 * kf - 1.0) * pi, (2.0 * kf + 2.0) * pi),
        };
        prop_assert!(w.im >= lo && w.im <= hi, "Im W_{k}({z}) = {}", w.im);
    }

    #[test]
    fn real_and_complex_forms_agree(x in -0.367f64..1e6) {
        let w = complex::lambertw(Complex64::new(x, 0.0), 0);
        prop_assert!(w.im == 0.0 && w.re == lambertw(x, 0));
    }
}
