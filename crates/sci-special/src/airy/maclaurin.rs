//! The Maclaurin series of the Airy functions, summed in double-double arithmetic.
//!
//! `Ai(x) = c1 f(x) - c2 g(x)` and `Bi(x) = sqrt(3) (c1 f(x) + c2 g(x))` with
//! `f(x) = sum 3^k (1/3)_k x^(3k) / (3k)!`, `g(x) = sum 3^k (2/3)_k x^(3k+1) / (3k+1)!`,
//! `c1 = Ai(0)`, `c2 = -Ai'(0)` (DLMF 9.4.1-9.4.4). On the negative axis the terms alternate and
//! grow like `exp(2/3 |x|^(3/2))`, and for positive `x` the two halves of `Ai` cancel to
//! `exp(-4/3 x^(3/2))`: the 106 bits of double-double arithmetic absorb both losses on the
//! interval where this series is used (`-13 <= x <= 10`), so the results are correctly rounded
//! or nearly so, even next to the zeros of the functions.

use crate::numeric::DoubleDouble;

/// `Ai(0)`, `-Ai'(0)`, `Bi(0)`, `Bi'(0)` as double-doubles (mpmath at 50 digits).
const AI0: DoubleDouble = DoubleDouble::new(0.355_028_053_887_817_2, 2.052_336_324_362_12e-17);
const MINUS_AIP0: DoubleDouble =
    DoubleDouble::new(0.258_819_403_792_806_8, -2.522_243_111_610_832e-17);
const BI0: DoubleDouble = DoubleDouble::new(0.614_926_627_446_000_7, 5.089_920_779_489_141_6e-17);
const BIP0: DoubleDouble = DoubleDouble::new(0.448_288_357_353_826_4, -2.536_323_777_441_730_5e-17);

/// `Ai`, `Ai'`, `Bi`, `Bi'` at `x` by the Maclaurin series (for `|x| <= 10`).
pub(super) fn airy_series(x: f64) -> [f64; 4] {
    let x3 = DoubleDouble::product(x, x) * x;
    // f and f': term ratios x^3 / ((3k-1) 3k) and x^3 / ((3k-3)(3k-1)).
    let f = sum(DoubleDouble::from_f64(1.0), x3, |k| (3 * k - 1) * (3 * k));
    let fp = sum(DoubleDouble::product(x, x) / 2.0, x3, |k| {
        (3 * k) * (3 * k + 2)
    });
    // g and g': term ratios x^3 / (3k (3k+1)) and x^3 / (3k (3k-2)).
    let g = sum(DoubleDouble::from_f64(x), x3, |k| (3 * k) * (3 * k + 1));
    let gp = sum(DoubleDouble::from_f64(1.0), x3, |k| (3 * k) * (3 * k - 2));
    [
        (AI0 * f - MINUS_AIP0 * g).to_f64(),
        (AI0 * fp - MINUS_AIP0 * gp).to_f64(),
        (BI0 * f + BIP0 * g).to_f64(),
        (BI0 * fp + BIP0 * gp).to_f64(),
    ]
}

/// `first + sum_{k>=1} t_k` with `t_k = t_{k-1} x3 / denominator(k)`, summed until the terms
/// drop below 2^-110 of the sum.
fn sum(first: DoubleDouble, x3: DoubleDouble, denominator: impl Fn(u32) -> u32) -> DoubleDouble {
    let mut term = first;
    let mut total = first;
    for k in 1..200u32 {
        term = term * x3 / f64::from(denominator(k));
        total = total + term;
        if term.hi.abs() <= 7.7e-34 * total.hi.abs() || term.hi == 0.0 {
            break;
        }
    }
    total
}
