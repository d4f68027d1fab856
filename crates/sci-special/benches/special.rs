//! The `special/*` workloads of BENCHMARKS.md: element-wise over 10^6 f64 values, output
//! allocated, as SciPy's ufuncs do. Inputs come from seeded generators (outside the timing);
//! each bench checks a few outputs against known values before measuring.

use criterion::{Criterion, criterion_group, criterion_main};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, Normal};
use sci_core::ndarray::Array1;
use std::hint::black_box;

const N: usize = 1_000_000;

fn uniform(seed: u64, lo: f64, hi: f64) -> Array1<f64> {
    let mut rng = StdRng::seed_from_u64(seed);
    Array1::from_shape_fn(N, |_| rng.random_range(lo..hi))
}

fn normal(seed: u64, sd: f64) -> Array1<f64> {
    let mut rng = StdRng::seed_from_u64(seed);
    let dist = Normal::new(0.0, sd).unwrap_or_else(|e| panic!("normal({sd}): {e}"));
    Array1::from_shape_fn(N, |_| dist.sample(&mut rng))
}

/// Fails the bench run before timing when the function is wrong at known points.
fn sanity(name: &str, f: impl Fn(f64) -> f64, cases: &[(f64, f64)]) {
    for &(x, expected) in cases {
        let got = f(x);
        assert!(
            (got - expected).abs() <= 1e-12 * expected.abs(),
            "{name}({x}) = {got}, expected {expected}"
        );
    }
}

fn special(c: &mut Criterion) {
    let mut group = c.benchmark_group("special");

    let x = uniform(40, 0.1, 20.0);
    sanity(
        "gamma",
        sci_special::gamma,
        &[(5.0, 24.0), (0.5, std::f64::consts::PI.sqrt())],
    );
    group.bench_function("gamma_1e6", |b| {
        b.iter(|| black_box(x.mapv(sci_special::gamma)))
    });

    let x = uniform(41, 0.1, 1000.0);
    // ln(99!) = 359.13420536957539877..., from the exact factorial.
    sanity(
        "gammaln",
        sci_special::gammaln,
        &[(100.0, 359.134_205_369_575_4)],
    );
    group.bench_function("gammaln_1e6", |b| {
        b.iter(|| black_box(x.mapv(sci_special::gammaln)))
    });

    let x = normal(42, 2.0);
    // erf(1) = 0.8427007929497148693..., DLMF 7.2.
    sanity("erf", sci_special::erf, &[(1.0, 0.842_700_792_949_714_9)]);
    group.bench_function("erf_1e6", |b| {
        b.iter(|| black_box(x.mapv(sci_special::erf)))
    });

    let x = uniform(43, 0.0, 100.0);
    // J_{5/2}(1) = sqrt(2/pi) (3 sin 1 / 1 - 3 cos 1 - sin 1), the spherical Bessel closed form.
    let j52 =
        (2.0 / std::f64::consts::PI).sqrt() * (3.0 * 1f64.sin() - 3.0 * 1f64.cos() - 1f64.sin());
    sanity("jv(2.5, .)", |x| sci_special::jv(2.5, x), &[(1.0, j52)]);
    group.bench_function("jv_2.5_1e6", |b| {
        b.iter(|| black_box(x.mapv(|x| sci_special::jv(2.5, x))))
    });

    let x = uniform(44, 0.0, 1.0);
    // K(0) = pi / 2.
    sanity(
        "ellipk",
        sci_special::ellipk,
        &[(0.0, std::f64::consts::FRAC_PI_2)],
    );
    group.bench_function("ellipk_1e6", |b| {
        b.iter(|| black_box(x.mapv(sci_special::ellipk)))
    });

    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3));
    targets = special
}
criterion_main!(benches);
