//! Properties of the Bessel family: recurrences, Wronskians, reflection formulas, scaling
//! and symmetry relations (DLMF 10.4, 10.5, 10.6, 10.27, 10.28, 10.29), on seeded random
//! orders and arguments.
//!
//! Tolerances: each identity combines a few values accurate to a few ULP; a sum of terms
//! is compared with a tolerance relative to the largest term (cancellation in the identity
//! itself is not an error of the functions), 1e-13 unless a comment says otherwise.

use proptest::prelude::*;
use sci_special::{
    hankel1, hankel2, i0e, i1e, iv, ive, ivp, jn, jv, jvp, k0, k0e, k1, k1e, kn, kv, kve, kvp, yn,
    yv, yvp,
};

const TOL: f64 = 1e-13;

/// `|lhs - rhs| <= TOL * scale`.
fn close(lhs: f64, rhs: f64, scale: f64) -> bool {
    (lhs - rhs).abs() <= TOL * scale
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn three_term_recurrence_of_j_and_y(v in -30.0f64..30.0, x in 0.05f64..200.0) {
        // C_{v-1} + C_{v+1} = (2v/x) C_v for C = J, Y.
        let (a, b, c) = (jv(v - 1.0, x), jv(v, x), jv(v + 1.0, x));
        let scale = a.abs().max(c.abs()).max((2.0 * v / x * b).abs());
        prop_assert!(close(a + c, 2.0 * v / x * b, scale), "J: {a} + {c} vs {}", 2.0 * v / x * b);
        let (a, b, c) = (yv(v - 1.0, x), yv(v, x), yv(v + 1.0, x));
        let scale = a.abs().max(c.abs()).max((2.0 * v / x * b).abs());
        prop_assert!(close(a + c, 2.0 * v / x * b, scale), "Y: {a} + {c} vs {}", 2.0 * v / x * b);
    }

    #[test]
    fn wronskian_of_j_and_y(v in -20.0f64..20.0, x in 0.1f64..500.0) {
        // J_{v+1} Y_v - J_v Y_{v+1} = 2 / (pi x).
        let w = jv(v + 1.0, x) * yv(v, x) - jv(v, x) * yv(v + 1.0, x);
        let expected = 2.0 / (std::f64::consts::PI * x);
        let scale = (jv(v + 1.0, x) * yv(v, x)).abs().max((jv(v, x) * yv(v + 1.0, x)).abs());
        prop_assert!(close(w, expected, scale), "{w} vs {expected}");
    }

    #[test]
    fn wronskian_and_recurrence_of_i_and_k(v in 0.0f64..30.0, x in 0.05f64..300.0, u in -30.0f64..30.0) {
        // I_v K_{v+1} + I_{v+1} K_v = 1/x, on the scaled forms (e^-x I, e^x K); for v >= 0,
        // where both terms are positive (at negative orders they cancel).
        let w = ive(v, x) * kve(v + 1.0, x) + ive(v + 1.0, x) * kve(v, x);
        prop_assert!((w * x - 1.0).abs() < TOL, "x (I K' + ...) = {}", w * x);
        // K_{u+1} - K_{u-1} = (2u/x) K_u, any real order.
        let (a, b, c) = (kve(u - 1.0, x), kve(u, x), kve(u + 1.0, x));
        prop_assert!(close(c - a, 2.0 * u / x * b, c.abs().max(a.abs())), "K: {c} - {a} vs {}", 2.0 * u / x * b);
    }

    #[test]
    fn reflection_and_parity(n in -40i32..40, x in -100.0f64..100.0, v in 0.0f64..30.0, y in 0.01f64..100.0) {
        // J_{-n} = (-1)^n J_n, J_n(-x) = (-1)^n J_n(x), Y_{-n} = (-1)^n Y_n, K_{-v} = K_v.
        let sign = if n % 2 == 0 { 1.0 } else { -1.0 };
        prop_assert_eq!(jn(-n, x), sign * jn(n, x));
        prop_assert_eq!(jn(n, -x), sign * jn(n, x));
        prop_assert_eq!(yn(-n, y), sign * yn(n, y));
        prop_assert_eq!(kn(-n, y), kn(n, y));
        prop_assert_eq!(kv(-v, y), kv(v, y));
        // I_{-v} - I_v = (2/pi) sin(v pi) K_v.
        let lhs = iv(-v, y) - iv(v, y);
        // sin(v pi) = (-1)^k sin(r pi) with v = k + r: exact reduction, so the reference keeps
        // its relative accuracy next to integer orders, where sin(v pi) is small.
        let k = v.round();
        let sin_v_pi = (std::f64::consts::PI * (v - k)).sin() * if k % 2.0 == 0.0 { 1.0 } else { -1.0 };
        let rhs = 2.0 / std::f64::consts::PI * sin_v_pi * kv(v, y);
        let scale = iv(-v, y).abs().max(iv(v, y).abs()).max(rhs.abs());
        prop_assert!((lhs - rhs).abs() <= 1e-12 * scale, "{lhs} vs {rhs}");
    }

    #[test]
    fn scaling_and_hankel_relations(v in -20.0f64..20.0, x in 0.01f64..600.0) {
        let e = x.exp();
        prop_assert!((ive(v, x) * e / iv(v, x) - 1.0).abs() < TOL);
        prop_assert!((kve(v, x) / (kv(v, x) * e) - 1.0).abs() < TOL);
        let (h1, h2) = (hankel1(v, x), hankel2(v, x));
        prop_assert!((h1.conj() - h2).norm() <= TOL * h1.norm());
        prop_assert!((h1.re - jv(v, x)).abs() <= TOL * h1.norm());
        prop_assert!((h1.im - yv(v, x)).abs() <= TOL * h1.norm());
    }

    #[test]
    fn derivatives_match_the_recurrences(v in -15.0f64..15.0, x in 0.1f64..100.0) {
        // C_v' = C_{v-1} - (v/x) C_v (DLMF 10.6.2), I_v' = I_{v-1} - (v/x) I_v,
        // K_v' = -K_{v-1} - (v/x) K_v (DLMF 10.29.2).
        let dj = jv(v - 1.0, x) - v / x * jv(v, x);
        let scale = jv(v - 1.0, x).abs().max((v / x * jv(v, x)).abs());
        prop_assert!(close(jvp(v, x, 1), dj, scale), "{} vs {dj}", jvp(v, x, 1));
        let dy = yv(v - 1.0, x) - v / x * yv(v, x);
        let scale = yv(v - 1.0, x).abs().max((v / x * yv(v, x)).abs());
        prop_assert!(close(yvp(v, x, 1), dy, scale), "{} vs {dy}", yvp(v, x, 1));
        let di = iv(v - 1.0, x) - v / x * iv(v, x);
        let scale = iv(v - 1.0, x).abs().max((v / x * iv(v, x)).abs());
        prop_assert!(close(ivp(v, x, 1), di, scale));
        let dk = -kv(v - 1.0, x) - v / x * kv(v, x);
        prop_assert!(close(kvp(v, x, 1), dk, dk.abs()));
        // Second derivative from Bessel's equation: x^2 J'' + x J' + (x^2 - v^2) J = 0.
        let (j, j1, j2) = (jv(v, x), jvp(v, x, 1), jvp(v, x, 2));
        let terms = [x * x * j2, x * j1, (x * x - v * v) * j];
        let scale = terms.iter().fold(0.0f64, |m, t| m.max(t.abs()));
        prop_assert!(terms.iter().sum::<f64>().abs() <= 1e-12 * scale);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn wronskian_of_orders_zero_and_one(x in 1e-3f64..700.0) {
        // I_0 K_1 + I_1 K_0 = 1/x (DLMF 10.28.2), on the scaled forms: both terms are
        // positive, K_0, K_1 are within an ULP and I_0, I_1 within a few.
        let w = i0e(x) * k1e(x) + i1e(x) * k0e(x);
        prop_assert!((w * x - 1.0).abs() < 3e-15, "x (I0 K1 + I1 K0) = {}", w * x);
        // The unscaled forms agree with the scaled ones.
        prop_assert!((k0(x) / (k0e(x) * (-x).exp()) - 1.0).abs() < 1e-14);
        prop_assert!((k1(x) / (k1e(x) * (-x).exp()) - 1.0).abs() < 1e-14);
    }
}
