//! Edge cases of the distribution kernels. Every expected value is SciPy 1.17.1's
//! (`scipy.special.<name>(...)` at the same arguments), except where a comment says otherwise.

use sci_special::*;

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

#[test]
fn student_t() {
    check!(stdtr(0.0, 1.0), NAN);
    check!(stdtr(-1.0, 1.0), NAN);
    check!(stdtr(3.0, INF), 1.0);
    check!(stdtr(3.0, -INF), 0.0);
    check!(stdtr(3.0, 0.0), 0.5);
    check!(stdtr(0.5, NAN), NAN);
    assert!((stdtr(INF, 1.0) - 0.841_344_746_068_542_9).abs() < 1e-15);
    check!(stdtrit(3.0, 1.0), INF);
    check!(stdtrit(3.0, 0.5), 0.0);
    check!(stdtrit(0.0, 0.3), NAN);
    check!(stdtrit(3.0, 1.2), NAN);
    assert!((stdtrit(INF, 0.3) + 0.524_400_512_708_040_9).abs() < 1e-15);
    // SciPy 1.17.1 returns +inf for stdtrit(3, 0); the limit of the quantile is -inf.
    check!(stdtrit(3.0, 0.0), -INF);
}

#[test]
fn chi_square_and_gamma() {
    check!(chdtr(0.0, 1.0), 1.0);
    check!(chdtr(-1.0, 1.0), NAN);
    check!(chdtr(2.0, -1.0), NAN);
    check!(chdtr(2.0, 0.0), 0.0);
    check!(chdtr(2.0, INF), 1.0);
    check!(chdtrc(2.0, -1.0), NAN);
    check!(chdtri(2.0, 0.0), INF);
    check!(chdtri(2.0, 1.0), 0.0);
    check!(chdtri(0.0, 0.5), NAN);
    check!(gdtr(1.0, 2.0, -1.0), NAN);
    check!(gdtr(-1.0, 2.0, 1.0), NAN);
    check!(gdtr(0.0, 2.0, 1.0), 0.0);
    check!(gdtr(1.0, 0.0, 1.0), 1.0);
    check!(gdtrc(1.0, 2.0, -1.0), NAN);
    check!(gdtr(1.0, 2.0, INF), 1.0);
    check!(gdtrix(1.0, 2.0, 0.0), 0.0);
    check!(gdtrix(1.0, 2.0, 1.0), INF);
    assert!((gdtrix(-1.0, 2.0, 0.5) + 1.678_346_990_016_661_2).abs() < 1e-14);
}

#[test]
fn fisher_f() {
    check!(fdtr(0.0, 1.0, 1.0), NAN);
    check!(fdtr(1.0, 0.0, 1.0), NAN);
    check!(fdtr(1.0, 1.0, -1.0), NAN);
    check!(fdtr(1.0, 1.0, 0.0), 0.0);
    check!(fdtr(1.0, 1.0, INF), 1.0);
    check!(fdtrc(1.0, 1.0, -1.0), NAN);
    check!(fdtri(1.0, 1.0, 0.0), 0.0);
    check!(fdtri(1.0, 1.0, 1.0), INF);
    check!(fdtri(1.0, 1.0, -0.1), NAN);
    check!(fdtr(INF, 3.0, 1.0), NAN);
    check!(fdtr(3.0, INF, 1.0), NAN);
}

#[test]
fn binomial_poisson_negative_binomial() {
    check!(bdtr(-1.0, 5.0, 0.5), NAN);
    check!(bdtr(5.0, 5.0, 0.5), 1.0);
    check!(bdtr(6.0, 5.0, 0.5), NAN);
    check!(bdtr(2.0, 5.0, -0.1), NAN);
    check!(bdtr(2.0, 5.0, 0.0), 1.0);
    check!(bdtr(2.0, 5.0, 1.0), 0.0);
    check!(bdtrc(-1.0, 5.0, 0.5), 1.0);
    check!(bdtrc(5.0, 5.0, 0.5), 0.0);
    check!(bdtri(5.0, 5.0, 0.5), NAN);
    check!(bdtri(-1.0, 5.0, 0.5), NAN);
    check!(bdtr(2.0, NAN, 0.5), NAN);
    assert!((bdtr(2.7, 5.0, 0.5) - 0.5).abs() < 1e-15);
    assert!((bdtr(2.0, 5.5, 0.5) - 0.5).abs() < 1e-15);
    assert!((bdtri(2.0, 5.0, 0.5) - 0.5).abs() < 1e-15);
    check!(pdtr(-1.0, 2.0), NAN);
    check!(pdtr(2.0, -1.0), NAN);
    check!(pdtr(2.0, 0.0), 1.0);
    check!(pdtrc(-1.0, 2.0), NAN);
    check!(pdtrc(2.0, 0.0), 0.0);
    check!(pdtri(2.0, 0.0), INF);
    check!(pdtri(2.0, 1.0), 0.0);
    check!(pdtri(-1.0, 0.5), NAN);
    check!(pdtr(INF, 2.0), 1.0);
    check!(pdtr(2.0, INF), 0.0);
    assert!((pdtr(2.5, 2.0) - 0.676_676_416_183_063_4).abs() < 1e-15);
    check!(nbdtr(-1.0, 5.0, 0.5), NAN);
    check!(nbdtr(2.0, 0.0, 0.5), NAN);
    check!(nbdtr(2.0, 5.0, 0.0), 0.0);
    check!(nbdtr(2.0, 5.0, 1.0), 1.0);
    check!(nbdtrc(-1.0, 5.0, 0.5), NAN);
    check!(nbdtri(2.0, 5.0, 0.0), 0.0);
    check!(nbdtri(2.0, 5.0, 1.0), 1.0);
    assert!((nbdtr(2.5, 5.0, 0.5) - 0.226_562_499_999_999_8).abs() < 1e-15);
    assert!((nbdtr(2.0, 5.5, 0.5) - 0.226_562_499_999_999_8).abs() < 1e-15);
}

#[test]
fn parameter_inverses_reject_what_has_no_solution() {
    check!(stdtridf(NAN, 1.0), NAN);
    check!(stdtridf(0.5, 0.0), NAN);
    check!(chdtriv(1.5, 1.0), NAN);
    check!(chdtriv(0.5, -1.0), NAN);
    check!(bdtrik(0.5, -1.0, 0.5), NAN);
    check!(nbdtrik(-0.5, 3.0, 0.5), NAN);
    check!(pdtrik(0.5, 0.0), NAN);
    check!(btdtria(0.5, -1.0, 0.5), NAN);
    check!(btdtrib(0.5, 0.5, 2.0), NAN);
}
