//! Property tests of the elliptic family: Legendre's relation, the Jacobi identities, the
//! inverse round trip `F(am(u|m)|m) = u`, and the symmetries and degenerate cases of
//! Carlson's integrals.

use proptest::prelude::*;
use sci_special::{
    ellipe, ellipeinc, ellipj, ellipk, ellipkinc, elliprc, elliprd, elliprf, elliprg, elliprj,
};

/// Relative closeness; the tolerances below are a few tens of ULPs, the composed errors of
/// the functions involved.
fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(f64::MIN_POSITIVE)
}

proptest! {
    #[test]
    fn legendre_relation(m in 0.001f64..0.999) {
        // E K' + E' K - K K' = pi / 2 (DLMF 19.7.1).
        let (k, e) = (ellipk(m), ellipe(m));
        let (k1, e1) = (ellipk(1.0 - m), ellipe(1.0 - m));
        let lhs = e * k1 + e1 * k - k * k1;
        prop_assert!(rel(lhs, std::f64::consts::FRAC_PI_2) < 1e-14);
    }

    #[test]
    fn complete_integrals_are_incomplete_ones_at_pi_over_2(m in -50.0f64..1.0) {
        let half_pi = std::f64::consts::FRAC_PI_2;
        prop_assert!(rel(ellipkinc(half_pi, m), ellipk(m)) < 1e-14);
        prop_assert!(rel(ellipeinc(half_pi, m), ellipe(m)) < 1e-14);
    }

    #[test]
    fn incomplete_integrals_are_quasi_periodic(phi in -1.5f64..1.5, m in -10.0f64..0.99, n in -5i32..5) {
        let shift = f64::from(n) * std::f64::consts::PI;
        let f = ellipkinc(phi + shift, m);
        let expected = ellipkinc(phi, m) + 2.0 * f64::from(n) * ellipk(m);
        prop_assert!((f - expected).abs() < 1e-13 * expected.abs().max(1.0));
        let e = ellipeinc(phi + shift, m);
        let expected = ellipeinc(phi, m) + 2.0 * f64::from(n) * ellipe(m);
        prop_assert!((e - expected).abs() < 1e-13 * expected.abs().max(1.0));
    }

    #[test]
    fn jacobi_identities_and_amplitude_round_trip(u in -20.0f64..20.0, m in 0.0f64..1.0) {
        let j = ellipj(u, m);
        prop_assert!((j.sn * j.sn + j.cn * j.cn - 1.0).abs() < 1e-14);
        prop_assert!((j.dn * j.dn + m * j.sn * j.sn - 1.0).abs() < 1e-14);
        prop_assert!((j.sn - j.ph.sin()).abs() < 1e-15);
        // F(am(u|m)|m) = u: the amplitude inverts the incomplete integral.
        if m < 0.999 {
            prop_assert!((ellipkinc(j.ph, m) - u).abs() < 1e-12 * u.abs().max(1.0));
        }
    }

    #[test]
    fn carlson_symmetry_homogeneity_and_degenerate_cases(
        x in 1e-3f64..1e3, y in 1e-3f64..1e3, z in 1e-3f64..1e3, p in 1e-3f64..1e3, s in 1e-3f64..1e3,
    ) {
        let rf = elliprf(x, y, z);
        prop_assert!(rel(elliprf(z, x, y), rf) < 1e-14 && rel(elliprf(y, z, x), rf) < 1e-14);
        prop_assert!(rel(elliprf(s * x, s * y, s * z), rf / s.sqrt()) < 1e-14);
        prop_assert!(rel(elliprf(x, y, y), elliprc(x, y)) < 1e-14);
        prop_assert!(rel(elliprj(x, y, z, z), elliprd(x, y, z)) < 1e-13);
        prop_assert!(rel(elliprd(y, x, z), elliprd(x, y, z)) < 1e-14);
        prop_assert!(rel(elliprj(y, z, x, p), elliprj(x, y, z, p)) < 1e-13);
        let rg = elliprg(x, y, z);
        prop_assert!(rel(elliprg(z, y, x), rg) < 1e-14);
        prop_assert!(rel(elliprg(s * x, s * y, s * z), rg * s.sqrt()) < 1e-14);
        // R_J(x, y, z, p) with p -> -p: both sides of DLMF 19.20.14's parameters stay finite.
        prop_assert!(elliprj(x, y, z, -p).is_finite());
    }
}
