//! Criterion benches of the `linalg/*` workloads of `shared/BENCHMARKS.md` (group `linalg`),
//! the twins of `benches/scipy/linalg.py`. Inputs are drawn from seeded generators outside
//! the timed closure; each result is checked once (a residual) before timing. The timed calls
//! include the default `check_finite` validation, as SciPy's do.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, StandardNormal};
use sci_core::ndarray::{Array1, Array2};
use sci_linalg::{CholeskyOptions, cholesky_with, det, expm, inv, solve};

/// An `n × m` matrix of N(0, 1) draws from the seeded generator `rng`.
fn normal_matrix(rng: &mut StdRng, n: usize, m: usize) -> Array2<f64> {
    Array2::from_shape_simple_fn((n, m), || StandardNormal.sample(rng))
}

fn normal_vector(rng: &mut StdRng, n: usize) -> Array1<f64> {
    Array1::from_shape_simple_fn(n, || StandardNormal.sample(rng))
}

/// The largest entry of `|a b - c|` relative to `|c|`'s largest.
fn relative_residual(a: &Array2<f64>, b: &Array2<f64>, c: &Array2<f64>) -> f64 {
    let r = a.dot(b) - c;
    r.iter().fold(0.0f64, |m, v| m.max(v.abs())) / c.iter().fold(0.0f64, |m, v| m.max(v.abs()))
}

// The lead's workloads: solve, inv, det, cholesky, expm.
fn lead_workloads(c: &mut Criterion) {
    let mut group = c.benchmark_group("linalg");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.sample_size(10);

    let mut rng = StdRng::seed_from_u64(1);
    let a = normal_matrix(&mut rng, 1000, 1000);
    let b = normal_vector(&mut rng, 1000);
    let x = solve(&a, &b).expect("solve_1000");
    let r = (a.dot(&x) - &b).iter().fold(0.0f64, |m, v| m.max(v.abs()));
    assert!(r < 1e-8, "solve_1000: residual {r:e}");
    group.bench_function("solve_1000", |bench| {
        bench.iter(|| solve(black_box(&a), black_box(&b)).unwrap())
    });

    let mut rng = StdRng::seed_from_u64(2);
    let a = normal_matrix(&mut rng, 500, 500);
    let ia = inv(&a).expect("inv_500");
    assert!(
        relative_residual(&a, &ia, &Array2::eye(500)) < 1e-9,
        "inv_500: residual"
    );
    group.bench_function("inv_500", |bench| {
        bench.iter(|| inv(black_box(&a)).unwrap())
    });

    let mut rng = StdRng::seed_from_u64(3);
    let a = normal_matrix(&mut rng, 1000, 1000);
    let d: f64 = det(&a).expect("det_1000");
    // |det| of a 1000 x 1000 N(0, 1) matrix is about sqrt(1000!) ~ 1e1283: infinity in f64, as in SciPy.
    assert!(!d.is_nan(), "det_1000: {d}");
    group.bench_function("det_1000", |bench| {
        bench.iter(|| det(black_box(&a)).unwrap())
    });

    let mut rng = StdRng::seed_from_u64(8);
    let m = normal_matrix(&mut rng, 2000, 2000);
    let s = m.dot(&m.t()) / 2000.0 + Array2::<f64>::eye(2000);
    let lower = CholeskyOptions::default().lower(true);
    let l = cholesky_with(&s, &lower).expect("cholesky_2000");
    assert!(
        relative_residual(&l, &l.t().to_owned(), &s) < 1e-12,
        "cholesky_2000: residual"
    );
    group.bench_function("cholesky_2000", |bench| {
        bench.iter(|| cholesky_with(black_box(&s), &lower).unwrap())
    });

    let mut rng = StdRng::seed_from_u64(9);
    let a = normal_matrix(&mut rng, 200, 200) / 200f64.sqrt();
    let e = expm(&a).expect("expm_200");
    let e_minus = expm(&a.mapv(|v| -v)).expect("expm_200");
    assert!(
        relative_residual(&e, &e_minus, &Array2::eye(200)) < 1e-12,
        "expm_200: exp(A) exp(-A) != I"
    );
    group.bench_function("expm_200", |bench| {
        bench.iter(|| expm(black_box(&a)).unwrap())
    });
    group.finish();
}

// ---- SVD and least-squares workloads (svd_500_full, lstsq_2000x200) ----
fn svd_lstsq_workloads(c: &mut Criterion) {
    let mut group = c.benchmark_group("linalg");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.sample_size(10);

    let mut rng = StdRng::seed_from_u64(4);
    let a = normal_matrix(&mut rng, 500, 500);
    let r = sci_linalg::svd(&a).expect("svd_500_full");
    let mut us = r.u.clone();
    for (j, mut col) in us.columns_mut().into_iter().enumerate() {
        col *= r.s[j];
    }
    assert!(
        relative_residual(&us, &r.vh, &a) < 1e-12,
        "svd_500_full: residual"
    );
    group.bench_function("svd_500_full", |bench| {
        bench.iter(|| sci_linalg::svd(black_box(&a)).unwrap())
    });

    let mut rng = StdRng::seed_from_u64(7);
    let a = normal_matrix(&mut rng, 2000, 200);
    let b = normal_vector(&mut rng, 2000);
    let r = sci_linalg::lstsq(&a, &b).expect("lstsq_2000x200");
    // The least-squares residual is orthogonal to the columns of a.
    let normal = a.t().dot(&(&b - &a.dot(&r.x)));
    let worst = normal.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    assert!(
        r.rank == 200 && worst < 1e-9,
        "lstsq_2000x200: normal equations {worst:e}"
    );
    group.bench_function("lstsq_2000x200", |bench| {
        bench.iter(|| sci_linalg::lstsq(black_box(&a), black_box(&b)).unwrap())
    });
    group.finish();
}
// ---- end of the SVD and least-squares workloads ----

// ---- eigenproblem workloads (eigh_1000, eig_300) ----
fn eigen_workloads(c: &mut Criterion) {
    let mut group = c.benchmark_group("linalg");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.sample_size(10);

    let mut rng = StdRng::seed_from_u64(5);
    let a = normal_matrix(&mut rng, 1000, 1000);
    let s = (&a + &a.t()) / 2.0;
    let r = sci_linalg::eigh(&s).expect("eigh_1000");
    let v = r.v.expect("eigh_1000: vectors");
    let mut vw = v.clone();
    for (j, mut col) in vw.columns_mut().into_iter().enumerate() {
        col *= r.w[j];
    }
    assert!(
        relative_residual(&s, &v, &vw) < 1e-10,
        "eigh_1000: residual"
    );
    group.bench_function("eigh_1000", |bench| {
        bench.iter(|| sci_linalg::eigh(black_box(&s)).unwrap())
    });

    let mut rng = StdRng::seed_from_u64(6);
    let a = normal_matrix(&mut rng, 300, 300);
    let r = sci_linalg::eig(&a).expect("eig_300");
    let vr = r.vr.expect("eig_300: vectors");
    let ac = a.mapv(|x| sci_core::Complex64::new(x, 0.0));
    let mut worst = 0.0f64;
    for (j, &l) in r.w.iter().enumerate() {
        let res = ac.dot(&vr.column(j)) - vr.column(j).mapv(|x| x * l);
        worst = res.iter().fold(worst, |m, z| m.max(z.norm()));
    }
    assert!(worst < 1e-10 * 300.0, "eig_300: residual {worst:e}");
    group.bench_function("eig_300", |bench| {
        bench.iter(|| sci_linalg::eig(black_box(&a)).unwrap())
    });
    group.finish();
}
// ---- end of the eigenproblem workloads ----

criterion_group!(
    benches,
    lead_workloads,
    svd_lstsq_workloads,
    eigen_workloads
);
criterion_main!(benches);
