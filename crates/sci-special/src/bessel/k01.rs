//! `K_0` and `K_1` of real argument to about one ULP, and the double-double `ln` and `exp`
//! they need.
//!
//! For `0 < x <= 2` the ascending series (DLMF 10.31.1, 10.31.2) cancel: at `x = 2` the sum
//! of the `psi` terms is a fifth of its largest term and `ln(x/2) I_n(x)` nearly balances
//! it, so the series, the logarithm and the final combination are formed in double-double.
//! For `x > 2`, `sqrt(x) e^x K_n(x)` is a smooth function of `t = 1/x` that tends to
//! `sqrt(pi/2)`; it is a polynomial fit on three pieces of `t` in `[0, 1/2]` (coefficients
//! from `xtask/golden/special/fit_bessel_k01.py`), whose constant term is kept in
//! double-double; `e^-x / sqrt(x)` is also formed in double-double, so the only rounding
//! that reaches the result is the last one and the polynomial's own.

use std::f64::consts::SQRT_2;

use crate::numeric::{DoubleDouble, polevl};

/// A polynomial piece `constant + u P(u)`, `u = t - center`, `P` highest degree first.
struct Piece {
    center: f64,
    constant: (f64, f64),
    coefficients: &'static [f64],
}

const LN2: (f64, f64) = (std::f64::consts::LN_2, 2.3190468138462996e-17);
const A0_HEAD: [(f64, f64); 5] = [
    (1.0, 0.0),
    (1.0, 0.0),
    (0.25, 0.0),
    (0.027777777777777776, 1.5419764230904951e-18),
    (0.001736111111111111, 9.637352644315594e-20),
];
const A0_TAIL: [f64; 11] = [
    5.8479113141260385e-25,
    1.3157800456783586e-22,
    2.5789288895295828e-20,
    4.358389823304995e-18,
    6.276081345559193e-16,
    7.594058428126623e-14,
    7.594058428126624e-12,
    6.151187326782565e-10,
    3.936759889140842e-08,
    1.9290123456790124e-06,
    6.944444444444444e-05,
];
const B0_HEAD: [(f64, f64); 5] = [
    (-0.5772156649015329, 4.942915152430645e-18),
    (0.42278433509846713, 4.942915152430645e-18),
    (0.23069608377461678, 1.2357287881076612e-18),
    (0.0348921574564389, 1.4222835512540417e-18),
    (0.0026147876188052093, -1.038543309329343e-19),
];
const B0_TAIL: [f64; 11] = [
    1.6029202854896424e-24,
    3.518851972639805e-22,
    6.712740659979047e-20,
    1.1009270959725744e-17,
    1.5330343403208473e-15,
    1.785934656987074e-13,
    1.709994072705808e-11,
    1.3167486730385647e-09,
    7.935096521304209e-08,
    3.6126241031992037e-06,
    0.00011848039364109726,
];
const A1_HEAD: [(f64, f64); 5] = [
    (1.0, 0.0),
    (0.5, 0.0),
    (0.08333333333333333, 4.625929269271485e-18),
    (0.006944444444444444, 3.854941057726238e-19),
    (0.00034722222222222224, -1.3251359885933943e-20),
];
const A1_TAIL: [f64; 11] = [
    3.654944571328774e-26,
    8.771866971189057e-24,
    1.842092063949702e-21,
    3.352607556388458e-19,
    5.230067787965994e-17,
    6.903689480115112e-15,
    7.594058428126623e-13,
    6.834652585313961e-11,
    4.920949861426052e-09,
    2.755731922398589e-07,
    1.1574074074074073e-05,
];
const B1_HEAD: [(f64, f64); 5] = [
    (-0.15443132980306573, 9.88583030486129e-18),
    (0.6727843350984671, 4.942915152430645e-18),
    (0.18157516696085563, 6.991724884433755e-18),
    (0.019182189839330562, -5.984643591822675e-20),
    (0.001115359491966528, 3.17021477236248e-20),
];
const B1_TAIL: [f64; 11] = [
    2.0264937604328578e-25,
    4.750281743327667e-23,
    9.721207518823618e-21,
    1.7195232826992565e-18,
    2.5986411321011286e-16,
    3.309914735250272e-14,
    3.495928729692882e-12,
    3.002048746589188e-10,
    2.045286003593878e-08,
    1.071545914091181e-06,
    4.142247689271143e-05,
];
// K0 piece t in [0.25, 0.5]: max relative error 1.38e-18
const F0_0: Piece = Piece {
    center: 0.375,
    constant: (1.2037634037320846, 1.6797934482656038e-17),
    coefficients: &[
        -0.03668661969856681,
        0.027528408909944253,
        -0.019294708165983523,
        0.015565444188473712,
        -0.013125394979068308,
        0.011569130794557231,
        -0.010799973379307774,
        0.0108164909112579,
        -0.011836558949526593,
        0.014551554773086423,
        -0.02104006312428899,
        0.038992808987245796,
        -0.11342093762206781,
    ],
};
// K0 piece t in [0.125, 0.25]: max relative error 1.49e-19
const F0_1: Piece = Piece {
    center: 0.1875,
    constant: (1.226560671018869, 6.535089654204574e-17),
    coefficients: &[
        1.4208418070549755,
        -0.713398527182801,
        0.35674667592173326,
        -0.19835271341810243,
        0.11728881604451527,
        -0.07447116043367559,
        0.051599513371736405,
        -0.03986204655876848,
        0.03545213820486862,
        -0.03822872922737452,
        0.05495007451191076,
        -0.1307384609974046,
    ],
};
// K0 piece t in [0.0, 0.125]: max relative error 4.85e-20
const F0_2: Piece = Piece {
    center: 0.0625,
    constant: (1.2438463520997634, -2.327008583824091e-17),
    coefficients: &[
        -6548.640419216259,
        1655.777303353121,
        -336.0348426332799,
        96.24003065286612,
        -29.801919656965072,
        9.569710161370496,
        -3.3012930733842407,
        1.23859222381682,
        -0.5119660655083905,
        0.23745256421331304,
        -0.12674289664777008,
        0.08077402707589502,
        -0.06512967200279376,
        0.07364202088005117,
        -0.14660560767673705,
    ],
};
// K1 piece t in [0.25, 0.5]: max relative error 1.44e-18
const F1_0: Piece = Piece {
    center: 0.375,
    constant: (1.4135192225787472, -2.4434174251931305e-17),
    coefficients: &[
        0.04304979164668564,
        -0.03257957608819501,
        0.023105552009316084,
        -0.01886070182090898,
        0.016127591106627863,
        -0.014462627727587586,
        0.013796920513612044,
        -0.014213487172868834,
        0.016165403794679102,
        -0.021028165873163234,
        0.03334205503316997,
        -0.07421450891040955,
        0.39309536275095125,
    ],
};
// K1 piece t in [0.125, 0.25]: max relative error 1.59e-19
const F1_1: Piece = Piece {
    center: 0.1875,
    constant: (1.336954459907448, -5.740333934673998e-17),
    coefficients: &[
        -1.6295864738279096,
        0.8254552443556927,
        -0.4175179044050768,
        0.23510118492744317,
        -0.14120135174547427,
        0.09144650532032232,
        -0.06503216365426216,
        0.052078441772985935,
        -0.04885356928514919,
        0.05754065024232619,
        -0.09882542790044585,
        0.42512189803361516,
    ],
};
// K1 piece t in [0.0, 0.125]: max relative error 5.25e-20
const F1_2: Piece = Piece {
    center: 0.0625,
    constant: (1.2821438724478937, -6.04045666186014e-17),
    coefficients: &[
        7145.131239653043,
        -1815.617177044026,
        371.7906603385985,
        -107.19796087207529,
        33.43804352149035,
        -10.839811057765072,
        3.78301822219656,
        -1.439868405275562,
        0.6062129596888264,
        -0.2881226677727354,
        0.15913049331139958,
        -0.10674407023007053,
        0.09377854511939454,
        -0.12631781060632613,
        0.45298577046177985,
    ],
};

fn dd(pair: (f64, f64)) -> DoubleDouble {
    DoubleDouble::new(pair.0, pair.1)
}

/// `ln x` in double-double for finite `x > 0`: `x = m 2^e` with `m` in `[1/sqrt 2, sqrt 2)`
/// and `ln m = 2 atanh s`, `s = (m - 1)/(m + 1)`, whose leading term `2 s` is kept in
/// double-double and whose tail (below 1% of it) is summed in `f64`.
pub(crate) fn ln_dd(x: f64) -> DoubleDouble {
    let (x, shift) = if x < f64::MIN_POSITIVE {
        (x * 18_014_398_509_481_984.0, -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i32 - 1023 + shift;
    let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if m > SQRT_2 {
        m *= 0.5;
        e += 1;
    }
    // m - 1 is exact (Sterbenz); m + 1 may not be, so it is a double-double.
    let s =
        DoubleDouble::from_f64(m - 1.0) / (DoubleDouble::from_f64(m) + DoubleDouble::from_f64(1.0));
    let s2 = s.hi * s.hi;
    // sum_{k=1}^{11} s^2k / (2k + 1): |s| <= 0.172, so the next term is below 1e-18.
    let tail = s2
        * polevl(
            s2,
            &[
                0.043478260869565216,
                0.047619047619047616,
                0.05263157894736842,
                0.058823529411764705,
                0.06666666666666667,
                0.07692307692307693,
                0.09090909090909091,
                0.1111111111111111,
                0.14285714285714285,
                0.2,
                0.3333333333333333,
            ],
        );
    let two_s = s * 2.0;
    dd(LN2) * f64::from(e) + two_s + DoubleDouble::from_f64(two_s.hi * tail)
}

/// `e^z` in double-double for `|z| <= 700`: the `f64` exponential `y`, corrected by
/// `e^z = y e^(z - ln y) ~ y (1 + z - ln y)` with `ln y` in double-double.
pub(crate) fn exp_dd(z: f64) -> DoubleDouble {
    let y = z.exp();
    let delta = (DoubleDouble::from_f64(z) - ln_dd(y)).to_f64();
    DoubleDouble::from_f64(y) + DoubleDouble::from_f64(y * delta)
}

/// `sum_k c_k q^k`: the first coefficients (double-double) by Horner in double-double, the
/// rest (whose contribution is below 0.3% of the sum) in `f64`.
fn series(q: DoubleDouble, head: &[(f64, f64)], tail: &[f64]) -> DoubleDouble {
    let mut acc = DoubleDouble::from_f64(polevl(q.hi, tail));
    for &c in head.iter().rev() {
        acc = acc * q + dd(c);
    }
    acc
}

/// `K_0(x)` for `0 < x <= 2`, DLMF 10.31.2.
fn k0_small(x: f64) -> DoubleDouble {
    let q = DoubleDouble::product(x, x) * 0.25;
    let a = series(q, &A0_HEAD, &A0_TAIL);
    let b = series(q, &B0_HEAD, &B0_TAIL);
    let l = ln_dd(x) - dd(LN2);
    b - l * a
}

/// `K_1(x)` for `1e-10 <= x <= 2`, DLMF 10.31.1 with `n = 1`.
fn k1_small(x: f64) -> DoubleDouble {
    let q = DoubleDouble::product(x, x) * 0.25;
    let a = series(q, &A1_HEAD, &A1_TAIL);
    let b = series(q, &B1_HEAD, &B1_TAIL);
    let l = ln_dd(x) - dd(LN2);
    DoubleDouble::from_f64(1.0) / x + (l * a - b * 0.5) * (0.5 * x)
}

/// `sqrt(x) e^x K_n(x)` for `x > 2` from the fit of order `n`'s pieces.
fn scaled_large(x: f64, pieces: [&Piece; 3]) -> DoubleDouble {
    let t = 1.0 / x;
    let piece = if t > 0.25 {
        pieces[0]
    } else if t > 0.125 {
        pieces[1]
    } else {
        pieces[2]
    };
    let u = t - piece.center;
    dd(piece.constant) + DoubleDouble::product(u, polevl(u, piece.coefficients))
}

/// `e^x K_n(x)` for `x > 2`, in double-double.
fn ke_large(x: f64, pieces: [&Piece; 3]) -> DoubleDouble {
    scaled_large(x, pieces) / DoubleDouble::sqrt_f64(x)
}

/// `K_n(x)` for `x > 2`, from its scaled form.
fn k_large(x: f64, pieces: [&Piece; 3]) -> f64 {
    let scaled = ke_large(x, pieces);
    if x < 700.0 {
        (scaled * exp_dd(-x)).to_f64()
    } else {
        // Near underflow the result has few significant bits anyway.
        let h = (-0.5 * x).exp();
        scaled.to_f64() * h * h
    }
}

/// `K_0(x)` for `x > 0` (finite or `+inf`).
pub(super) fn k0_positive(x: f64) -> f64 {
    if x <= 2.0 {
        k0_small(x).to_f64()
    } else if x.is_infinite() {
        0.0
    } else {
        k_large(x, [&F0_0, &F0_1, &F0_2])
    }
}

/// `e^x K_0(x)` for finite `x > 0`.
pub(super) fn k0e_positive(x: f64) -> f64 {
    if x <= 2.0 {
        (k0_small(x) * exp_dd(x)).to_f64()
    } else {
        ke_large(x, [&F0_0, &F0_1, &F0_2]).to_f64()
    }
}

/// `K_1(x)` for `x > 0` (finite or `+inf`).
pub(super) fn k1_positive(x: f64) -> f64 {
    if x < 1e-10 {
        // K_1(x) = 1/x (1 + O(x^2 ln x)).
        1.0 / x
    } else if x <= 2.0 {
        k1_small(x).to_f64()
    } else if x.is_infinite() {
        0.0
    } else {
        k_large(x, [&F1_0, &F1_1, &F1_2])
    }
}

/// `e^x K_1(x)` for finite `x > 0`.
pub(super) fn k1e_positive(x: f64) -> f64 {
    if x < 1e-10 {
        // e^x K_1(x) = 1/x + 1 + O(x ln x).
        1.0 / x + 1.0
    } else if x <= 2.0 {
        (k1_small(x) * exp_dd(x)).to_f64()
    } else {
        ke_large(x, [&F1_0, &F1_1, &F1_2]).to_f64()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logarithm_and_exponential_in_double_double() {
        // ln 10 = 2.302585092994045684017991454684364...; the f64 tail of the atanh series
        // limits the double-double to about 1e-19, a thousandth of an ULP.
        let l =
            ln_dd(10.0) - DoubleDouble::new(std::f64::consts::LN_10, -2.170_756_223_382_249_2e-16);
        assert!(l.to_f64().abs() < 1e-18, "{l:?}");
        let tiny = ln_dd(1e-310);
        assert!((tiny.to_f64() / (1e-310f64).ln() - 1.0).abs() < 1e-15);
        // e^1 = 2.718281828459045235360287471352662...
        let e = exp_dd(1.0) - DoubleDouble::new(std::f64::consts::E, 1.445_646_891_729_250_2e-16);
        assert!(e.to_f64().abs() < 1e-18, "{e:?}");
        let e = exp_dd(-700.0).to_f64() / 9.859_676_543_759_770_6e-305 - 1.0;
        assert!(e.abs() < 2e-16, "{e}");
    }
}
