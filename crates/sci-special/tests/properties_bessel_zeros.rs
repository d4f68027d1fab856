//! Properties of the zeros of Bessel functions: the functions vanish there (relative to the
//! local amplitude), the zeros increase and interlace (DLMF 10.21(i)), and a prefix of a longer
//! list is the shorter list.

use proptest::prelude::*;
use sci_special::{jn_zeros, jnp_zeros, jv, jvp, yn_zeros, ynp_zeros, yv, yvp};

/// The local amplitude `sqrt(J_v^2 + Y_v^2)` (of order `sqrt(2 / (pi x))`).
fn modulus(v: f64, x: f64) -> f64 {
    jv(v, x).hypot(yv(v, x))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// `J_n`, `Y_n`, `J_n'`, `Y_n'` vanish at their computed zeros: a rounded zero `z` leaves
    /// `|f(z)| <= |f'(z)| ulp(z)` plus the functions' own rounding against the amplitude.
    #[test]
    fn functions_vanish_at_their_zeros(n in 0i32..80, nt in 1usize..40) {
        let v = f64::from(n);
        let eps = f64::EPSILON;
        for (k, &z) in jn_zeros(n, nt).unwrap().iter().enumerate() {
            let tol = 8.0 * eps * modulus(v, z) * (1.0 + z);
            prop_assert!(jv(v, z).abs() <= tol, "J_{n} at zero {k}: {}", jv(v, z));
        }
        for (k, &z) in yn_zeros(n, nt).unwrap().iter().enumerate() {
            let tol = 8.0 * eps * modulus(v, z) * (1.0 + z);
            prop_assert!(yv(v, z).abs() <= tol, "Y_{n} at zero {k}: {}", yv(v, z));
        }
        for (k, &z) in jnp_zeros(n, nt).unwrap().iter().enumerate() {
            let tol = 8.0 * eps * (modulus(v, z) + modulus(v + 1.0, z)) * (1.0 + z);
            prop_assert!(jvp(v, z, 1).abs() <= tol, "J_{n}' at zero {k}: {}", jvp(v, z, 1));
        }
        for (k, &z) in ynp_zeros(n, nt).unwrap().iter().enumerate() {
            let tol = 8.0 * eps * (modulus(v, z) + modulus(v + 1.0, z)) * (1.0 + z);
            prop_assert!(yvp(v, z, 1).abs() <= tol, "Y_{n}' at zero {k}: {}", yvp(v, z, 1));
        }
    }

    /// Interlacing (DLMF 10.21.2-10.21.3): `n <= j'_{n,1} < y_{n,1} < y'_{n,1} < j_{n,1}`
    /// (for n >= 1), `j_{n,k} < j_{n+1,k} < j_{n,k+1}`, and the same for `Y`.
    #[test]
    fn zeros_interlace(n in 1i32..150) {
        let nt = 30;
        let j = jn_zeros(n, nt).unwrap();
        let j1 = jn_zeros(n + 1, nt).unwrap();
        let y = yn_zeros(n, nt).unwrap();
        let y1 = yn_zeros(n + 1, nt).unwrap();
        let jp = jnp_zeros(n, nt).unwrap();
        let yp = ynp_zeros(n, nt).unwrap();
        let v = f64::from(n);
        prop_assert!(v <= jp[0] && jp[0] < y[0] && y[0] < yp[0] && yp[0] < j[0]);
        for k in 0..nt {
            prop_assert!(j[k] < j1[k] && y[k] < y1[k], "k = {k}");
            if k + 1 < nt {
                prop_assert!(j1[k] < j[k + 1] && y1[k] < y[k + 1], "k = {k}");
                // The zeros of J_n and Y_n interlace: y_{n,k} < j_{n,k} < y_{n,k+1}.
                prop_assert!(y[k] < j[k] && j[k] < y[k + 1], "k = {k}");
                prop_assert!(jp[k] < jp[k + 1] && yp[k] < yp[k + 1], "k = {k}");
            }
        }
    }
}

#[test]
fn shorter_lists_are_prefixes() {
    for n in [0, 1, 7, 40] {
        let long = jn_zeros(n, 200).unwrap();
        let short = jn_zeros(n, 17).unwrap();
        assert_eq!(short.as_slice().unwrap(), &long.as_slice().unwrap()[..17]);
    }
}

#[test]
fn spacing_tends_to_pi() {
    // McMahon: j_{n,k+1} - j_{n,k} = pi + O(k^-2).
    let z = jn_zeros(2, 2000).unwrap();
    let gap = z[1999] - z[1998];
    assert!((gap - std::f64::consts::PI).abs() < 1e-6, "{gap}");
}
