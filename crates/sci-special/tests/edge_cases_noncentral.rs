//! Edge cases of the non-central distribution kernels: NaN, infinities, the ends of the
//! domains, `nc = 0` (the central kernels) and extreme parameters. Every expected value is
//! SciPy 1.17.1's (`scipy.special.<name>(...)` at the same arguments), except where a comment
//! says otherwise.

use sci_special::{
    chdtr, chndtr, chndtrix, fdtr, fdtri, gammaincinv, ncfdtr, ncfdtri, nctdtr, nctdtrit, ndtr,
    stdtr, stdtrit,
};

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
fn chndtr_domain() {
    check!(chndtr(NAN, 2.0, 1.0), NAN);
    check!(chndtr(1.0, NAN, 1.0), NAN);
    check!(chndtr(1.0, 2.0, NAN), NAN);
    check!(chndtr(-1.0, 2.0, 1.0), NAN);
    check!(chndtr(1.0, -1.0, 1.0), NAN);
    check!(chndtr(1.0, 2.0, -1.0), NAN);
    check!(chndtr(1.0, 0.0, 1.0), NAN);
    check!(chndtr(5.0, 0.0, 1.0), NAN);
    check!(chndtr(1.0, INF, 1.0), NAN);
    check!(chndtr(INF, 2.0, INF), NAN);
    check!(chndtr(-1.0, 0.0, 0.0), NAN);
}

#[test]
fn chndtr_ends() {
    check!(chndtr(0.0, 2.0, 1.0), 0.0);
    check!(chndtr(INF, 2.0, 1.0), 1.0);
    check!(chndtr(1.0, 2.0, INF), 0.0);
    check!(chndtr(0.0, 2.0, INF), 0.0);
    check!(chndtr(1e300, 2.0, 1.0), 1.0);
    check!(chndtr(1.0, 2.0, 1e5), 0.0);
    check!(chndtr(1.0, 2.0, 1e6), 0.0);
    check!(chndtr(2.0, 1e300, 1.0), 0.0);
    // nc = 0 is the central distribution, including df = 0 (SciPy: 1 at x = 0 and x = 1).
    check!(chndtr(0.0, 0.0, 0.0), 1.0);
    check!(chndtr(1.0, 0.0, 0.0), 1.0);
    check!(chndtr(INF, 0.0, 0.0), 1.0);
    check!(chndtr(INF, INF, 0.0), 1.0);
    check!(chndtr(1.0, 2.0, 0.0), chdtr(2.0, 1.0));
    check!(chndtr(3.0, 2.0, 0.0), chdtr(2.0, 3.0));
    check!(chndtr(1.0, 0.5, 0.0), chdtr(0.5, 1.0));
    // At x = 1e-300 the CDF is x e^-1/2 / 2 (the density at 0 is e^-1/2 / 2):
    // mpmath 3.0326532985631671e-301. SciPy 1.17.1 gives 3.032653298563061e-301 (1e-13 off).
    assert!(close(
        chndtr(1e-300, 2.0, 1.0),
        3.032_653_298_563_167_1e-301,
        4e-16
    ));
    // SciPy: 0.7328798037718317 at df = 1e-10 (nearly the point mass at 0 plus the nc part).
    assert!(close(
        chndtr(1.0, 1e-10, 1.0),
        0.732_879_803_771_831_7,
        1e-14
    ));
}

#[test]
fn chndtrix_domain_and_ends() {
    check!(chndtrix(NAN, 2.0, 1.0), NAN);
    check!(chndtrix(0.5, NAN, 1.0), NAN);
    check!(chndtrix(0.5, 2.0, NAN), NAN);
    check!(chndtrix(-0.1, 2.0, 1.0), NAN);
    check!(chndtrix(1.1, 2.0, 1.0), NAN);
    check!(chndtrix(0.5, 0.0, 1.0), NAN);
    check!(chndtrix(0.5, -1.0, 1.0), NAN);
    check!(chndtrix(0.5, 2.0, -1.0), NAN);
    check!(chndtrix(0.5, INF, 1.0), NAN);
    check!(chndtrix(0.5, 2.0, INF), NAN);
    check!(chndtrix(0.0, 2.0, 1.0), 0.0);
    check!(chndtrix(1.0, 2.0, 1.0), INF);
    check!(chndtrix(0.0, 2.0, 0.0), 0.0);
    check!(chndtrix(1.0, 2.0, 0.0), INF);
    // nc = 0: the central quantile. SciPy: 2 ln 2 = 1.3862943611198906 at p = 1/2, df = 2.
    check!(chndtrix(0.3, 5.0, 0.0), 2.0 * gammaincinv(2.5, 0.3));
    assert!(close(
        chndtrix(0.5, 2.0, 0.0),
        1.386_294_361_119_890_6,
        4e-16
    ));
    // SciPy: 2.1770385503039056 at (1/2, 2, 1).
    assert!(close(
        chndtrix(0.5, 2.0, 1.0),
        2.177_038_550_303_905_6,
        1e-15
    ));
    // At p = 1e-300 the root is 2 e^(1/2) p: mpmath 3.2974425414002563e-300 (SciPy 1.17.1
    // gives 3.297442541400147e-300, 1e-13 off).
    assert!(close(
        chndtrix(1e-300, 2.0, 1.0),
        3.297_442_541_400_256_3e-300,
        8e-16
    ));
    // At p = 1 - 2^-53 the root is 87.329951381912209 (mpmath, 50 digits); SciPy 1.17.1
    // gives 85.57472775101651, where the survival function is 2.4e-16.
    assert!(close(
        chndtrix(1.0 - 1.1e-16, 2.0, 1.0),
        87.329_951_381_912_209,
        4e-15
    ));
    // SciPy: 100001.00000166666 at nc = 1e5.
    assert!(close(
        chndtrix(0.5, 2.0, 1e5),
        100_001.000_001_666_66,
        1e-15
    ));
}

#[test]
fn nctdtr_domain() {
    check!(nctdtr(NAN, 1.0, 1.0), NAN);
    check!(nctdtr(1.0, NAN, 1.0), NAN);
    check!(nctdtr(1.0, 1.0, NAN), NAN);
    check!(nctdtr(INF, 1.0, NAN), NAN);
    check!(nctdtr(0.0, 1.0, 1.0), NAN);
    check!(nctdtr(-1.0, 1.0, 1.0), NAN);
    check!(nctdtr(1.0, INF, 1.0), NAN);
    check!(nctdtr(1.0, -INF, 1.0), NAN);
}

#[test]
fn nctdtr_ends() {
    check!(nctdtr(1.0, 1.0, INF), 1.0);
    check!(nctdtr(1.0, 1.0, -INF), 0.0);
    check!(nctdtr(INF, 1.0, INF), 1.0);
    check!(nctdtr(INF, 1.0, -INF), 0.0);
    check!(nctdtr(3.0, 0.0, INF), 1.0);
    check!(nctdtr(1.0, 1.0, 1e300), 1.0);
    check!(nctdtr(3.0, 1.0, 1e300), 1.0);
    check!(nctdtr(3.0, -40.0, 1.0), 1.0);
    // t = 0: Phi(-nc).
    check!(nctdtr(1.0, 1.0, 0.0), ndtr(-1.0));
    check!(nctdtr(3.0, -1.0, 0.0), ndtr(1.0));
    // df = inf: the normal CDF at t - nc.
    check!(nctdtr(INF, 1.0, 1.0), 0.5);
    check!(nctdtr(INF, 0.0, 1.0), ndtr(1.0));
    // nc = 0: the central distribution.
    check!(nctdtr(3.0, 0.0, 1.5), stdtr(3.0, 1.5));
    check!(nctdtr(3.0, 0.0, -1.5), stdtr(3.0, -1.5));
    // SciPy: 0.1586552539314573 at df = 1e-300 (the limit Phi(-nc)).
    assert!(close(
        nctdtr(1e-300, 1.0, 1.0),
        0.158_655_253_931_457_3,
        1e-14
    ));
    // SciPy: 0.49999999999002637 at df = 1e10; 0.5 at df = 1e20.
    assert!(close(
        nctdtr(1e10, 1.0, 1.0),
        0.499_999_999_990_026_37,
        1e-12
    ));
    assert!(close(nctdtr(1e20, 1.0, 1.0), 0.5, 1e-15));
    // Far lower tails for positive nc. SciPy: 1.837492574498839e-260 at nc = 40; mpmath
    // 1.8374925744987758e-260. 4.44971262298139e-235 at nc = 38.
    assert!(close(
        nctdtr(3.0, 40.0, 1.0),
        1.837_492_574_498_775_8e-260,
        1e-14
    ));
    assert!(close(
        nctdtr(3.0, 38.0, 1.0),
        4.449_712_622_981_39e-235,
        1e-13
    ));
    // SciPy: 0.29528820278423407 at (3, 1000, 900).
    assert!(close(
        nctdtr(3.0, 1000.0, 900.0),
        0.295_288_202_784_234_07,
        1e-12
    ));
}

#[test]
fn nctdtrit_domain_and_ends() {
    check!(nctdtrit(NAN, 1.0, 0.5), NAN);
    check!(nctdtrit(3.0, NAN, 0.5), NAN);
    check!(nctdtrit(3.0, 1.0, NAN), NAN);
    check!(nctdtrit(0.0, 1.0, 0.5), NAN);
    check!(nctdtrit(-1.0, 1.0, 0.5), NAN);
    check!(nctdtrit(3.0, INF, 0.5), NAN);
    check!(nctdtrit(3.0, -INF, 0.5), NAN);
    check!(nctdtrit(3.0, 1.0, -0.1), NAN);
    check!(nctdtrit(3.0, 1.0, 1.1), NAN);
    check!(nctdtrit(3.0, 1.0, 1.0), INF);
    // SciPy 1.17.1 returns +inf at p = 0 (as its stdtrit does); sci returns the limit -inf,
    // like its stdtrit (SciPy's own value at p = 1e-300 is -5.0154488006455395e+99).
    check!(nctdtrit(3.0, 1.0, 0.0), -INF);
    // df = inf: nc + ndtri(p).
    check!(nctdtrit(INF, 1.0, 0.5), 1.0);
    // nc = 0: the central quantile.
    check!(nctdtrit(3.0, 0.0, 0.975), stdtrit(3.0, 0.975));
    check!(nctdtrit(3.0, 0.0, 0.3), stdtrit(3.0, 0.3));
    // SciPy: 1.091152546580403 at (3, 1, 1/2).
    assert!(close(nctdtrit(3.0, 1.0, 0.5), 1.091_152_546_580_403, 1e-14));
    // SciPy: -5.0154488006455395e+99 at p = 1e-300.
    assert!(close(
        nctdtrit(3.0, 1.0, 1e-300),
        -5.015_448_800_645_539_5e99,
        1e-12
    ));
}

#[test]
fn ncfdtr_domain() {
    check!(ncfdtr(NAN, 2.0, 1.0, 1.0), NAN);
    check!(ncfdtr(1.0, NAN, 1.0, 1.0), NAN);
    check!(ncfdtr(1.0, 2.0, NAN, 1.0), NAN);
    check!(ncfdtr(1.0, 2.0, 1.0, NAN), NAN);
    check!(ncfdtr(1.0, 2.0, 1.0, -1.0), NAN);
    check!(ncfdtr(0.0, 2.0, 1.0, 1.0), NAN);
    check!(ncfdtr(1.0, 0.0, 1.0, 1.0), NAN);
    check!(ncfdtr(-1.0, 2.0, 1.0, 1.0), NAN);
    check!(ncfdtr(1.0, 2.0, -1.0, 1.0), NAN);
    check!(ncfdtr(INF, 2.0, 1.0, 1.0), NAN);
    check!(ncfdtr(1.0, INF, 1.0, 1.0), NAN);
    check!(ncfdtr(1.0, 2.0, INF, 1.0), NAN);
}

#[test]
fn ncfdtr_ends() {
    check!(ncfdtr(1.0, 2.0, 1.0, 0.0), 0.0);
    check!(ncfdtr(1.0, 2.0, 1.0, INF), 1.0);
    check!(ncfdtr(3.0, 4.0, 1.0, 0.0), 0.0);
    check!(ncfdtr(1.0, 2.0, 1e5, 1.0), 0.0);
    // nc = 0: the central distribution.
    check!(ncfdtr(1.0, 2.0, 0.0, 1.0), fdtr(1.0, 2.0, 1.0));
    check!(ncfdtr(3.0, 4.0, 0.0, 1.5), fdtr(3.0, 4.0, 1.5));
    check!(ncfdtr(3.0, 4.0, 0.0, 0.0), 0.0);
    check!(ncfdtr(3.0, 4.0, 0.0, INF), 1.0);
    // SciPy: 0.3678798090499857 at (1, 2, 1e6, 1e6).
    assert!(close(
        ncfdtr(1.0, 2.0, 1e6, 1e6),
        0.367_879_809_049_985_7,
        1e-12
    ));
    // SciPy: 0.6065306597126333 at dfn = 1e-300 (the limit e^-nc/2 + ...).
    assert!(close(
        ncfdtr(1e-300, 2.0, 1.0, 1.0),
        0.606_530_659_712_633_3,
        1e-14
    ));
}

#[test]
fn ncfdtri_domain_and_ends() {
    check!(ncfdtri(NAN, 2.0, 1.0, 0.5), NAN);
    check!(ncfdtri(1.0, 2.0, 1.0, NAN), NAN);
    check!(ncfdtri(0.0, 2.0, 1.0, 0.5), NAN);
    check!(ncfdtri(1.0, 0.0, 1.0, 0.5), NAN);
    check!(ncfdtri(1.0, 2.0, -1.0, 0.5), NAN);
    check!(ncfdtri(1.0, 2.0, 1.0, -0.1), NAN);
    check!(ncfdtri(1.0, 2.0, 1.0, 1.1), NAN);
    check!(ncfdtri(INF, 2.0, 1.0, 0.5), NAN);
    check!(ncfdtri(1.0, INF, 1.0, 0.5), NAN);
    check!(ncfdtri(1.0, 2.0, INF, 0.5), NAN);
    check!(ncfdtri(1.0, 2.0, 1.0, 0.0), 0.0);
    check!(ncfdtri(1.0, 2.0, 1.0, 1.0), INF);
    check!(ncfdtri(3.0, 4.0, 0.0, 0.0), 0.0);
    check!(ncfdtri(3.0, 4.0, 0.0, 1.0), INF);
    // nc = 0: the central quantile, fdtri (SciPy: 0.6666666666666666 at (1, 2, 0, 1/2)).
    check!(ncfdtri(3.0, 4.0, 0.0, 0.3), fdtri(3.0, 4.0, 0.3));
    check!(ncfdtri(1.0, 2.0, 0.0, 0.5), fdtri(1.0, 2.0, 0.5));
    // SciPy: 1.561116698648614 at (1, 2, 1, 1/2).
    assert!(close(
        ncfdtri(1.0, 2.0, 1.0, 0.5),
        1.561_116_698_648_614,
        1e-14
    ));
    // At p = 1e-300 the root is about 5.4e-600 (the CDF is e^-1/2 sqrt(f/2) there), below the
    // smallest subnormal: sci gives at most the smallest subnormal. SciPy 1.17.1 gives
    // 8.2727488415363e-311, where the CDF is 3.9e-156.
    let f = ncfdtri(1.0, 2.0, 1.0, 1e-300);
    assert!((0.0..=5e-324).contains(&f), "{f}");
}
