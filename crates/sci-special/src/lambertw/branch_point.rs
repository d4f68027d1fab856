//! The expansion of `W` about its branch point `-1/e`: with `p = ±sqrt(2 (e z + 1))`,
//! `W = -1 + p - p²/3 + 11 p³/72 - ...` (Corless et al. 1996, eq. 4.22), converging for
//! `|p| < sqrt 2`. The coefficients were obtained by reverting `p²/2 = 1 + (v - 1) e^v`
//! (`v = W + 1`) in exact rational arithmetic.

use sci_core::Complex64;

/// `e` as a double-double.
const E_HI: f64 = std::f64::consts::E;
const E_LO: f64 = 1.445_646_891_729_250_2e-16;

/// Coefficients of `p^1, p^2, ...` in `W + 1`.
const SERIES: [f64; 23] = [
    1.0,
    -0.333_333_333_333_333_3,
    0.152_777_777_777_777_78,
    -0.079_629_629_629_629_63,
    0.044_502_314_814_814_814,
    -0.025_984_714_873_603_76,
    0.015_635_632_532_333_92,
    -0.009_616_892_024_299_432,
    0.006_014_543_252_956_118,
    -0.003_811_298_034_891_999_3,
    0.002_440_877_991_143_982_6,
    -0.001_576_930_344_686_784_1,
    0.001_026_263_320_507_607_1,
    -0.000_672_061_631_156_136_2,
    0.000_442_473_061_814_620_9,
    -0.000_292_677_224_729_627_46,
    0.000_194_387_276_054_539_33,
    -0.000_129_574_266_852_748_83,
    8.665_035_805_208_128e-5,
    -5.811_360_750_441_382e-5,
    3.907_668_486_743_905e-5,
    -2.633_806_474_723_11e-5,
    1.779_034_580_507_958_6e-5,
];

/// `e x + 1` with `e` in double-double (exact to double precision near `x = -1/e`).
pub(super) fn ez_plus_one(x: f64) -> f64 {
    E_HI.mul_add(x, 1.0) + E_LO * x
}

/// `e z + 1` for complex `z`.
pub(super) fn ez_plus_one_complex(z: Complex64) -> Complex64 {
    Complex64::new(ez_plus_one(z.re), (E_HI + E_LO) * z.im)
}

/// `W = -1 + sum c_k p^k` (real).
pub(super) fn series(p: f64) -> f64 {
    let s = SERIES
        .iter()
        .rev()
        .fold(0.0, |acc: f64, &c| acc.mul_add(p, c));
    p.mul_add(s, -1.0)
}

/// `W = -1 + sum c_k p^k` (complex).
pub(super) fn series_complex(p: Complex64) -> Complex64 {
    let s = SERIES
        .iter()
        .rev()
        .fold(Complex64::new(0.0, 0.0), |acc, &c| acc * p + c);
    p * s - 1.0
}
