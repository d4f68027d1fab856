//! Criterion benches of the `optimize/*` workloads of `shared/BENCHMARKS.md` (group
//! `optimize`), the twins of `benches/scipy/optimize.py`.

use criterion::{Criterion, criterion_group, criterion_main};

fn workloads(c: &mut Criterion) {
    let group = c.benchmark_group("optimize");
    group.finish();
}

// ---- lsq: curve_fit and least_squares on the 3-Gaussian data of BENCHMARKS.md ----

/// `x = linspace(-5, 5, 10_000)`, `y = gauss3(x; TRUE) + 0.05 N(0, 1)` from a seeded StdRng
/// (seed 20; the noise differs from numpy's, the workload's size and conditioning do not).
fn lsq_gauss3_data() -> (Vec<f64>, Vec<f64>) {
    use rand::SeedableRng;
    use rand_distr::{Distribution, StandardNormal};
    const TRUE: [f64; 9] = [3.0, -2.0, 0.6, 2.0, 0.5, 0.4, 1.5, 2.5, 0.8];
    let n = 10_000;
    let x: Vec<f64> = (0..n)
        .map(|i| -5.0 + 10.0 * i as f64 / (n - 1) as f64)
        .collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(20);
    let mut y = vec![0.0; n];
    lsq_gauss3(&x, &TRUE, &mut y);
    for v in &mut y {
        let z: f64 = StandardNormal.sample(&mut rng);
        *v += 0.05 * z;
    }
    (x, y)
}

fn lsq_gauss3(x: &[f64], p: &[f64], out: &mut [f64]) {
    let (i1, i2, i3) = (1.0 / p[2], 1.0 / p[5], 1.0 / p[8]);
    for (o, &t) in out.iter_mut().zip(x) {
        let (z1, z2, z3) = ((t - p[1]) * i1, (t - p[4]) * i2, (t - p[7]) * i3);
        *o = p[0] * (-0.5 * z1 * z1).exp()
            + p[3] * (-0.5 * z2 * z2).exp()
            + p[6] * (-0.5 * z3 * z3).exp();
    }
}

const LSQ_P0: [f64; 9] = [2.5, -1.8, 0.5, 1.5, 0.7, 0.5, 1.0, 2.2, 1.0];

fn lsq_workloads(c: &mut Criterion) {
    let (x, y) = lsq_gauss3_data();
    let fit = sci_optimize::curve_fit_vec(lsq_gauss3, &x, &y, &LSQ_P0).unwrap();
    assert!(
        (fit.popt[0] - 3.0).abs() < 0.05 && (fit.popt[7] - 2.5).abs() < 0.05,
        "{}",
        fit.popt
    );
    let resid = |p: &[f64], f: &mut [f64]| {
        lsq_gauss3(&x, p, f);
        for (v, yi) in f.iter_mut().zip(&y) {
            *v -= yi;
        }
    };
    let r = sci_optimize::least_squares(resid, &LSQ_P0, x.len()).unwrap();
    assert!(r.success && (r.x[0] - 3.0).abs() < 0.05, "{}", r.x);
    let mut group = c.benchmark_group("optimize");
    group.sample_size(20);
    group.bench_function("curve_fit_gauss3_1e4", |b| {
        b.iter(|| sci_optimize::curve_fit_vec(lsq_gauss3, &x, &y, &LSQ_P0).unwrap())
    });
    group.bench_function("least_squares_trf_gauss3_1e4", |b| {
        b.iter(|| sci_optimize::least_squares(resid, &LSQ_P0, x.len()).unwrap())
    });
    group.finish();
}
// ---- end lsq ----

// ---- roots: brentq on a family of cubics ----

/// `optimize/brentq_x1000`: `brentq(x³ - 2x - 5 + c, 0, 3)` for `c = linspace(-1, 1, 1000)`,
/// summed.
fn roots_workloads(c: &mut Criterion) {
    let cs: Vec<f64> = (0..1000).map(|i| -1.0 + 2.0 * i as f64 / 999.0).collect();
    let run = |cs: &[f64]| -> f64 {
        cs.iter()
            .map(|&c| {
                sci_optimize::brentq(move |x| x * x * x - 2.0 * x - 5.0 + c, 0.0, 3.0).unwrap()
            })
            .sum()
    };
    // SciPy's sum of the 1000 roots.
    let total = run(&cs);
    assert!((total - 2093.033731780784).abs() < 1e-8, "{total}");
    let mut group = c.benchmark_group("optimize");
    group.bench_function("brentq_x1000", |b| {
        b.iter(|| run(std::hint::black_box(&cs)))
    });
    group.finish();
}
// ---- end roots ----

// ---- uncon: BFGS and Nelder-Mead on Rosenbrock ----

/// `optimize/bfgs_rosen10_numgrad`, `optimize/bfgs_rosen10_grad` (x0 = zeros(10)) and
/// `optimize/nelder_mead_rosen5` (x0 = [1.3, 0.7, 0.8, 1.9, 1.2], xatol = fatol = 1e-8,
/// maxiter = maxfev = 10000).
fn uncon_workloads(c: &mut Criterion) {
    use sci_optimize::{
        BfgsOptions, Gradient, Method, MinimizeOptions, NelderMeadOptions, minimize_with, rosen,
        rosen_der,
    };
    let x10 = vec![0.0; 10];
    let x5 = [1.3, 0.7, 0.8, 1.9, 1.2];
    let numgrad = || {
        let o = MinimizeOptions::default().method(Method::Bfgs(BfgsOptions::default()));
        minimize_with(rosen, std::hint::black_box(&x10), o).unwrap()
    };
    let grad = || {
        let o = MinimizeOptions::default()
            .method(Method::Bfgs(BfgsOptions::default()))
            .jac(Gradient::provided(rosen_der));
        minimize_with(rosen, std::hint::black_box(&x10), o).unwrap()
    };
    let nm = || {
        let m = NelderMeadOptions::default()
            .xatol(1e-8)
            .fatol(1e-8)
            .maxiter(10_000)
            .maxfev(10_000);
        let o = MinimizeOptions::default().method(Method::NelderMead(m));
        minimize_with(rosen, std::hint::black_box(&x5), o).unwrap()
    };
    // Check the results once: the global minimum (SciPy flags the numgrad run as precision
    // loss, so check f, not the flag).
    assert!(numgrad().fun < 1e-9);
    let r = grad();
    assert!(r.success && r.fun < 1e-9);
    let r = nm();
    assert!(r.success && r.fun < 1e-9);
    let mut group = c.benchmark_group("optimize");
    group.bench_function("bfgs_rosen10_numgrad", |b| b.iter(numgrad));
    group.bench_function("bfgs_rosen10_grad", |b| b.iter(grad));
    group.bench_function("nelder_mead_rosen5", |b| b.iter(nm));
    group.finish();
}
// ---- end uncon ----

criterion_group!(
    benches,
    workloads,
    lsq_workloads,
    roots_workloads,
    uncon_workloads
);
criterion_main!(benches);
