//! Edge cases of the Kolmogorov-Smirnov kernels: NaN, the ends of the domains, invalid sample
//! sizes, and large `n`. Every expected value is SciPy 1.17.1's
//! (`scipy.special.<name>(...)` at the same arguments), except where a comment says otherwise.

use sci_special::{kolmogi, kolmogorov, smirnov, smirnovi};

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

/// Both NaN, or equal.
fn same(actual: f64, expected: f64) -> bool {
    (actual.is_nan() && expected.is_nan()) || actual == expected
}

macro_rules! check {
    ($call:expr, $want:expr) => {{
        let got = $call;
        assert!(
            same(got, $want),
            "{} = {got}, SciPy gives {}",
            stringify!($call),
            $want
        );
    }};
}

/// Relative agreement within `rtol`.
fn close(actual: f64, expected: f64, rtol: f64) -> bool {
    (actual - expected).abs() <= rtol * expected.abs()
}

#[test]
fn kolmogorov_ends() {
    check!(kolmogorov(NAN), NAN);
    check!(kolmogorov(-1.0), 1.0);
    check!(kolmogorov(0.0), 1.0);
    check!(kolmogorov(0.1), 1.0);
    check!(kolmogorov(INF), 0.0);
    check!(kolmogorov(20.0), 0.0);
    // SciPy: 0.999999999999495 at 0.2; 0.26999967167735456 at 1 (1e-15: a few ULP).
    assert!(close(kolmogorov(0.2), 0.999_999_999_999_495, 1e-15));
    assert!(close(kolmogorov(1.0), 0.269_999_671_677_354_56, 1e-15));
    // SciPy 1.17.1 gives 5.500650625e-314 at y = 19 (subnormal); mpmath: 5.5006506...e-314.
    let v = kolmogorov(19.0);
    assert!(v > 5.4e-314 && v < 5.6e-314, "{v}");
}

#[test]
fn kolmogi_ends() {
    check!(kolmogi(NAN), NAN);
    check!(kolmogi(-0.1), NAN);
    check!(kolmogi(1.1), NAN);
    check!(kolmogi(0.0), INF);
    check!(kolmogi(1.0), 0.0);
    // SciPy: 18.593932815286465 at 1e-300.
    assert!(close(kolmogi(1e-300), 18.593_932_815_286_465, 1e-15));
    // SciPy 1.17.1 gives 0.8275735551899059 at 0.5, 16 ULP off; the root by mpmath (50
    // digits, xtask/golden/special/kolmogorov_smirnov.py's series) is 0.82757355518990769.
    assert!(close(
        kolmogi(0.5),
        0.827_573_555_189_907_7,
        4.0 * f64::EPSILON
    ));
}

#[test]
fn smirnov_ends() {
    check!(smirnov(0, 0.5), NAN);
    check!(smirnov(-1, 0.5), NAN);
    check!(smirnov(5, NAN), NAN);
    check!(smirnov(5, -0.1), NAN);
    check!(smirnov(5, 1.1), NAN);
    check!(smirnov(5, 0.0), 1.0);
    check!(smirnov(5, 1.0), 0.0);
    check!(smirnov(1, 0.3), 0.7);
    // SciPy: 5.32258645778891e-232 at (1000, 0.5); 1.0000000000000028e-09 at (3, 0.999).
    assert!(close(smirnov(1000, 0.5), 5.322_586_457_788_91e-232, 1e-14));
    assert!(close(smirnov(3, 0.999), 1.000_000_000_000_002_8e-9, 1e-14));
}

#[test]
fn smirnov_large_n() {
    // SciPy: 0.1352450897649141 at (10^6, 1e-3) (1e-13: a few hundred ULP, for n = 10^6).
    assert!(close(
        smirnov(1_000_000, 1e-3),
        0.135_245_089_764_914_1,
        1e-13
    ));
}

#[test]
fn smirnovi_ends() {
    check!(smirnovi(0, 0.5), NAN);
    check!(smirnovi(-1, 0.5), NAN);
    check!(smirnovi(5, NAN), NAN);
    check!(smirnovi(5, -0.1), NAN);
    check!(smirnovi(5, 1.1), NAN);
    check!(smirnovi(5, 0.0), 1.0);
    check!(smirnovi(5, 1.0), 0.0);
    check!(smirnovi(1, 0.3), 0.7);
}
