//! Temme's series for `Y_mu`, `Y_{mu+1}` and `K_mu`, `K_{mu+1}` at small argument
//! (`x <= 2`, `|mu| <= 1/2`), free of the cancellation of the textbook formula
//! `Y_mu = (J_mu cos(mu pi) - J_{-mu}) / sin(mu pi)` near integer orders.
//!
//! N. M. Temme, "On the numerical evaluation of the modified Bessel function of the third
//! kind", J. Comput. Phys. 19 (1975) 324-337; "On the numerical evaluation of the ordinary
//! Bessel function of the second kind", J. Comput. Phys. 21 (1976) 343-350.

use std::f64::consts::PI;

/// Taylor coefficients of `1 / Gamma(1 + z)` at `z = 0` (computed with mpmath at 40 digits;
/// they are the coefficients of Abramowitz & Stegun 6.1.34 shifted by one).
const RGAMMA1P: [f64; 27] = [
    1.0,
    5.772_156_649_015_328_606_1e-1,
    -6.558_780_715_202_538_810_8e-1,
    -4.200_263_503_409_523_552_9e-2,
    1.665_386_113_822_914_895e-1,
    -4.219_773_455_554_433_674_8e-2,
    -9.621_971_527_876_973_562_1e-3,
    7.218_943_246_663_099_542_4e-3,
    -1.165_167_591_859_065_112_1e-3,
    -2.152_416_741_149_509_728_2e-4,
    1.280_502_823_881_161_861_5e-4,
    -2.013_485_478_078_823_865_6e-5,
    -1.250_493_482_142_670_657_3e-6,
    1.133_027_231_981_695_882_4e-6,
    -2.056_338_416_977_607_103_5e-7,
    6.116_095_104_481_415_817_9e-9,
    5.002_007_644_469_222_930_1e-9,
    -1.181_274_570_487_020_144_6e-9,
    1.043_426_711_691_100_510_5e-10,
    7.782_263_439_905_071_254e-12,
    -3.696_805_618_642_205_708_2e-12,
    5.100_370_287_454_475_979e-13,
    -2.058_326_053_566_506_783_2e-14,
    -5.348_122_539_423_017_982_4e-15,
    1.226_778_628_238_260_790_2e-15,
    -1.181_259_301_697_458_769_5e-16,
    1.186_692_254_751_600_332_6e-18,
];

/// Temme's auxiliary functions for `|mu| <= 1/2`:
/// `gam1 = (1/Gamma(1-mu) - 1/Gamma(1+mu)) / (2 mu)`, `gam2 = (1/Gamma(1-mu) + 1/Gamma(1+mu)) / 2`,
/// and `1/Gamma(1+mu)`, `1/Gamma(1-mu)`.
fn temme_gammas(mu: f64) -> (f64, f64, f64, f64) {
    let mu2 = mu * mu;
    // Even and odd parts of the Taylor series of 1/Gamma(1 + z).
    let mut even = 0.0;
    let mut odd = 0.0;
    for k in (0..RGAMMA1P.len()).rev() {
        if k % 2 == 0 {
            even = even * mu2 + RGAMMA1P[k];
        } else {
            odd = odd * mu2 + RGAMMA1P[k];
        }
    }
    // Horner above folded odd/even separately: even = sum c_{2j} mu^{2j}, odd = sum c_{2j+1} mu^{2j}.
    let gam1 = -odd;
    let gam2 = even;
    (gam1, gam2, gam2 - mu * gam1, gam2 + mu * gam1)
}

/// `sinh(e) / e`, accurate near 0.
fn sinhc(e: f64) -> f64 {
    if e.abs() < 1e-4 {
        1.0 + e * e / 6.0
    } else {
        e.sinh() / e
    }
}

/// `sin(t) / t`, accurate near 0.
fn sinc_plain(t: f64) -> f64 {
    if t.abs() < 1e-4 {
        1.0 - t * t / 6.0
    } else {
        t.sin() / t
    }
}

/// `(Y_mu(x), Y_{mu+1}(x))` for `|mu| <= 1/2`, `0 < x <= 2`.
pub(super) fn y_temme(mu: f64, x: f64) -> (f64, f64) {
    let half_x = 0.5 * x;
    let pi_mu = PI * mu;
    let f_mu = 1.0 / sinc_plain(pi_mu); // mu pi / sin(mu pi)
    let d = -half_x.ln();
    let e = mu * d;
    let (gam1, gam2, rg_plus, rg_minus) = temme_gammas(mu);
    // f_0, p_0, q_0 of Temme's recursion.
    let mut f = 2.0 / PI * f_mu * (gam1 * e.cosh() + gam2 * sinhc(e) * d);
    let ee = e.exp();
    // p_0 = (x/2)^-mu Gamma(1 + mu) / pi, q_0 = (x/2)^mu Gamma(1 - mu) / pi.
    let mut p = ee / (rg_plus * PI);
    let mut q = 1.0 / (ee * rg_minus * PI);
    let s = sinc_plain(0.5 * pi_mu);
    let r = PI * 0.5 * pi_mu * s * s; // (2 / mu) sin^2(mu pi / 2)
    let mut c = 1.0;
    let z = -half_x * half_x;
    let mut sum = f + r * q;
    let mut sum1 = p;
    let mu2 = mu * mu;
    for i in 1..200 {
        let fi = f64::from(i);
        f = (fi * f + p + q) / (fi * fi - mu2);
        c *= z / fi;
        p /= fi - mu;
        q /= fi + mu;
        let term = c * (f + r * q);
        sum += term;
        let term1 = c * p - fi * term;
        sum1 += term1;
        if term.abs() < (1.0 + sum.abs()) * 1e-17 && term1.abs() <= (1.0 + sum1.abs()) * 1e-17 {
            break;
        }
    }
    (-sum, -sum1 * 2.0 / x)
}

/// `(K_mu(x), K_{mu+1}(x))` for `|mu| <= 1/2`, `0 < x <= 2`.
pub(super) fn k_temme(mu: f64, x: f64) -> (f64, f64) {
    let half_x = 0.5 * x;
    let pi_mu = PI * mu;
    let f_mu = 1.0 / sinc_plain(pi_mu);
    let d = -half_x.ln();
    let e = mu * d;
    let (gam1, gam2, rg_plus, rg_minus) = temme_gammas(mu);
    let mut f = f_mu * (gam1 * e.cosh() + gam2 * sinhc(e) * d);
    let ee = e.exp();
    // p_0 = (x/2)^-mu Gamma(1 + mu) / 2, q_0 = (x/2)^mu Gamma(1 - mu) / 2.
    let mut p = 0.5 * ee / rg_plus;
    let mut q = 0.5 / (ee * rg_minus);
    let mut c = 1.0;
    let z = half_x * half_x;
    let mut sum = f;
    let mut sum1 = p;
    let mu2 = mu * mu;
    for i in 1..200 {
        let fi = f64::from(i);
        f = (fi * f + p + q) / (fi * fi - mu2);
        c *= z / fi;
        p /= fi - mu;
        q /= fi + mu;
        let term = c * f;
        sum += term;
        let term1 = c * (p - fi * f);
        sum1 += term1;
        if term.abs() < sum.abs() * 1e-17 && term1.abs() <= sum1.abs() * 1e-17 {
            break;
        }
    }
    (sum, sum1 * 2.0 / x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reciprocal_gamma_series_matches_known_values() {
        // 1/Gamma(1.5) = 2/sqrt(pi), 1/Gamma(0.5) = 1/sqrt(pi).
        let (_, _, plus, minus) = temme_gammas(0.5);
        assert!((plus - 2.0 / PI.sqrt()).abs() < 1e-15);
        assert!((minus - 1.0 / PI.sqrt()).abs() < 1e-15);
        // gam1(0) = -Euler's gamma... with the sign convention above: -c_1.
        let (g1, g2, _, _) = temme_gammas(0.0);
        assert!((g1 + 0.577_215_664_901_532_9).abs() < 1e-16 && (g2 - 1.0).abs() < 1e-16);
    }

    #[test]
    fn order_one_half_closed_forms() {
        // K_{1/2}(x) = sqrt(pi/(2x)) e^-x, K_{3/2} = K_{1/2} (1 + 1/x).
        let x = 0.7;
        let (k0, k1) = k_temme(0.5, x);
        let k_half = (PI / (2.0 * x)).sqrt() * (-x).exp();
        assert!((k0 / k_half - 1.0).abs() < 1e-15, "{k0} {k_half}");
        assert!((k1 / (k_half * (1.0 + 1.0 / x)) - 1.0).abs() < 1e-15);
        // Y_{1/2}(x) = -sqrt(2/(pi x)) cos x.
        let (y0, _) = y_temme(0.5, x);
        let y_half = -(2.0 / (PI * x)).sqrt() * x.cos();
        assert!((y0 / y_half - 1.0).abs() < 1e-15, "{y0} {y_half}");
    }
}
