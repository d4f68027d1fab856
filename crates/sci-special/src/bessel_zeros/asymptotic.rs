//! Starting values for the zeros: McMahon's expansions in `1/k` (DLMF 10.21.19, 10.21.20) for
//! small orders, and the leading term of Olver's uniform expansions in the order (DLMF
//! 10.21.41-10.21.43), with the zeros of the Airy functions, for orders `v > 2`.

use std::f64::consts::{FRAC_PI_2, PI};

use super::Kind;

/// Below this order McMahon's expansion starts every zero; from it on, Olver's.
pub(super) const OLVER_ORDER: f64 = 2.0;

/// McMahon's expansion of the `k`-th positive zero of the function `kind` of order `v`
/// (DLMF 10.21.19 for `J_v`, `Y_v`; 10.21.20 for `J_v'`, `Y_v'`), with `mu = 4 v^2`.
pub(super) fn mcmahon(kind: Kind, v: f64, k: usize) -> f64 {
    let mu = 4.0 * v * v;
    let kf = k as f64;
    let shift = match kind {
        Kind::J | Kind::Yp => -0.25,
        Kind::Y | Kind::Jp => -0.75,
    };
    let a = (kf + 0.5 * v + shift) * PI;
    let e = 1.0 / (8.0 * a);
    let e2 = e * e;
    match kind {
        Kind::J | Kind::Y => {
            let m1 = mu - 1.0;
            a - e
                * m1
                * (1.0
                    + e2 * (4.0 * (7.0 * mu - 31.0) / 3.0
                        + e2 * (32.0 * (83.0 * mu * mu - 982.0 * mu + 3779.0) / 15.0
                            + e2 * 64.0
                                * (((6949.0 * mu - 153_855.0) * mu + 1_585_743.0) * mu
                                    - 6_277_237.0)
                                / 105.0)))
        }
        Kind::Jp | Kind::Yp => {
            a - e * (mu + 3.0)
                - e * e2 * 4.0 * ((7.0 * mu + 82.0) * mu - 9.0) / 3.0
                - e * e2 * e2 * 32.0 * (((83.0 * mu + 2075.0) * mu - 3039.0) * mu + 3537.0) / 15.0
        }
    }
}

/// `z > 1` with `sqrt(z^2 - 1) - arcsec z = w` for `w > 0` (DLMF 10.20.3 with
/// `w = 2/3 (-zeta)^(3/2)`): Newton's method from `1 + pi/2 + w`, which lies above the root;
/// the function is increasing and convex, so the iterates decrease monotonically to it.
fn z_of_w(w: f64) -> f64 {
    let mut z = 1.0 + FRAC_PI_2 + w;
    for _ in 0..100 {
        let s = (z * z - 1.0).sqrt();
        let f = s - (1.0 / z).acos() - w;
        let step = f * z / s;
        if !step.is_finite() {
            break;
        }
        z -= step;
        if step.abs() <= 1e-15 * z {
            break;
        }
    }
    z
}

/// The leading term `v z(zeta)` of Olver's uniform expansion, `zeta = v^(-2/3) airy_zero`,
/// where `airy_zero` is the matching (negative) zero of `Ai`, `Ai'`, `Bi` or `Bi'`.
pub(super) fn olver(v: f64, airy_zero: f64) -> f64 {
    let zeta = airy_zero / v.powf(2.0 / 3.0);
    let w = 2.0 / 3.0 * (-zeta).powf(1.5);
    v * z_of_w(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mcmahon_is_close_to_the_tabulated_zeros() {
        // DLMF Table 10.21.1: j_{0,1} = 2.404825557695773, y_{0,2} = 3.957678419314858,
        // j'_{1,1} = 1.841183781340659, y'_{0,1} = 2.197141326031017. (The expansion fails
        // for y_{0,1} = 0.8936, where its variable is 0.79: the stepping search finds it.)
        assert!((mcmahon(Kind::J, 0.0, 1) - 2.404_825_557_695_773).abs() < 3e-3);
        assert!((mcmahon(Kind::Y, 0.0, 2) - 3.957_678_419_314_858).abs() < 1e-3);
        assert!((mcmahon(Kind::Jp, 1.0, 1) - 1.841_183_781_340_659).abs() < 3.5e-2);
        assert!((mcmahon(Kind::Yp, 0.0, 1) - 2.197_141_326_031_017).abs() < 2e-3);
    }

    #[test]
    fn olver_is_close_for_large_orders() {
        // j_{100,1} = 108.83616589841 (mpmath besseljzero(100, 1)); a_1 = -2.338107410459767.
        assert!((olver(100.0, -2.338_107_410_459_767) - 108.836_165_898_41).abs() < 0.05);
        // z_of_w inverts the defining relation.
        let z = z_of_w(0.7);
        assert!(((z * z - 1.0).sqrt() - (1.0 / z).acos() - 0.7).abs() < 1e-14);
    }
}
