//! Criterion benches of the `fft/*` workloads of `shared/BENCHMARKS.md` (group `fft`), the
//! twins of `benches/scipy/fft.py`. Inputs are drawn from seeded generators outside the timed
//! closure; each result is checked (one output term against a direct sum) before timing.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, Normal};
use sci_core::Complex64;
use sci_core::ndarray::Array2;
use sci_fft::{DctOptions, FftOptions, FftnOptions, dct, fft, fft2, rfft};

fn normal(n: usize, seed: u64) -> Vec<f64> {
    let mut rng = StdRng::seed_from_u64(seed);
    let dist = Normal::new(0.0, 1.0).expect("valid normal");
    (0..n).map(|_| dist.sample(&mut rng)).collect()
}

fn complex_normal(n: usize, seed: u64) -> Vec<Complex64> {
    let mut rng = StdRng::seed_from_u64(seed);
    let dist = Normal::new(0.0, 1.0).expect("valid normal");
    (0..n)
        .map(|_| Complex64::new(dist.sample(&mut rng), dist.sample(&mut rng)))
        .collect()
}

/// `sum_j x[j] exp(-2 pi i j k / n)` directly: O(n) per term, for the sanity checks.
fn dft_term(x: &[Complex64], k: usize) -> Complex64 {
    let n = x.len();
    x.iter()
        .enumerate()
        .map(|(j, v)| {
            let angle = -2.0 * std::f64::consts::PI * ((j * k) % n) as f64 / n as f64;
            v * Complex64::from_polar(1.0, angle)
        })
        .sum()
}

fn check(name: &str, got: Complex64, want: Complex64) {
    let err = (got - want).norm() / want.norm();
    assert!(
        err < 1e-9,
        "{name}: sanity check failed, relative error {err:e}"
    );
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("fft");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));

    let x = complex_normal(1 << 20, 10);
    let opts = FftOptions::default();
    check("fft_c2c_2p20", fft(&x, &opts).unwrap()[3], dft_term(&x, 3));
    group.bench_function("fft_c2c_2p20", |b| {
        b.iter(|| fft(black_box(&x), &opts).unwrap())
    });

    let xr = normal(1 << 20, 11);
    let xrc: Vec<Complex64> = xr.iter().map(|&v| Complex64::new(v, 0.0)).collect();
    check("rfft_2p20", rfft(&xr, &opts).unwrap()[5], dft_term(&xrc, 5));
    group.bench_function("rfft_2p20", |b| {
        b.iter(|| rfft(black_box(&xr), &opts).unwrap())
    });

    let xp = complex_normal(1_000_003, 12);
    check(
        "fft_c2c_1000003",
        fft(&xp, &opts).unwrap()[7],
        dft_term(&xp, 7),
    );
    group.sample_size(10);
    group.bench_function("fft_c2c_1000003", |b| {
        b.iter(|| fft(black_box(&xp), &opts).unwrap())
    });

    let x2 = Array2::from_shape_vec((2048, 2048), complex_normal(2048 * 2048, 13)).unwrap();
    let o2 = FftnOptions::default();
    let y2 = fft2(&x2, &o2).unwrap();
    // Term (0, 1): the row sums' DFT at frequency 1.
    let row_sums: Vec<Complex64> = x2.rows().into_iter().map(|r| r.sum()).collect();
    check("fft2_2048", y2[[1, 0]], dft_term(&row_sums, 1));
    drop(y2);
    group.bench_function("fft2_2048", |b| {
        b.iter(|| fft2(black_box(&x2), &o2).unwrap())
    });

    let xd = normal(1 << 20, 14);
    let od = DctOptions::default();
    let yd = dct(&xd, &od).unwrap();
    let n = xd.len();
    let direct: f64 = 2.0
        * xd.iter()
            .enumerate()
            .map(|(j, v)| {
                let m = (3 * (2 * j + 1)) % (4 * n);
                v * (std::f64::consts::PI * m as f64 / (2.0 * n as f64)).cos()
            })
            .sum::<f64>();
    check(
        "dct2_2p20",
        Complex64::new(yd[3], 0.0),
        Complex64::new(direct, 0.0),
    );
    group.bench_function("dct2_2p20", |b| {
        b.iter(|| dct(black_box(&xd), &od).unwrap())
    });
    group.finish();
}

criterion_group!(fft_benches, benches);
criterion_main!(fft_benches);
