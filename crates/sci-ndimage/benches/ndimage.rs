//! Criterion benches of the `ndimage/*` workloads of `shared/BENCHMARKS.md` (group
//! `ndimage`), the twins of `benches/scipy/ndimage.py`.

use criterion::{Criterion, criterion_group, criterion_main};

fn workloads(c: &mut Criterion) {
    let group = c.benchmark_group("ndimage");
    group.finish();
}

// The lead's workloads: label and sum_labels.
fn measure_workloads(c: &mut Criterion) {
    use rand::{RngExt, SeedableRng, rngs::StdRng};
    use sci_ndimage::{Regions, label, sum_labels};
    use std::hint::black_box;
    let mut group = c.benchmark_group("ndimage");
    group.sample_size(10);

    let mut rng = StdRng::seed_from_u64(74);
    let mask = ndarray::Array2::from_shape_simple_fn((4096, 4096), || rng.random::<f64>() < 0.3);
    let (_, n) = label(&mask).unwrap();
    assert!(n > 100_000, "{n} components");
    group.bench_function("label_4096_d0.3", |b| {
        b.iter(|| black_box(label(black_box(&mask)).unwrap()))
    });

    let mut rng = StdRng::seed_from_u64(79);
    let img = ndarray::Array2::from_shape_simple_fn((2048, 2048), || rng.random::<f64>());
    let labels =
        ndarray::Array2::from_shape_simple_fn((2048, 2048), || rng.random_range(0..1000i32));
    let index: Vec<i32> = (1..1000).collect();
    let regions = Regions::labels(labels.view(), &index);
    let sums = sum_labels(&img, &regions).unwrap();
    assert!((sums.iter().sum::<f64>() / 2048.0 / 2048.0 - 0.4995).abs() < 0.01);
    group.bench_function("sum_labels_2048_1000", |b| {
        b.iter(|| black_box(sum_labels(black_box(&img), &regions).unwrap()))
    });
    group.finish();
}

// The linear filters' workloads (tag `linear`): gaussian_filter and uniform_filter.
fn linear_workloads(c: &mut Criterion) {
    use rand::{RngExt, SeedableRng, rngs::StdRng};
    use sci_ndimage::filters::{gaussian_filter, uniform_filter};
    use std::hint::black_box;
    let mut group = c.benchmark_group("ndimage");
    group.sample_size(10);

    let mut rng = StdRng::seed_from_u64(70);
    let img = ndarray::Array2::from_shape_simple_fn((2048, 2048), || rng.random::<f64>());
    let out = gaussian_filter(&img, &[3.0]).unwrap();
    assert!((out.mean().unwrap() - 0.5).abs() < 0.01 && out.std(0.0) < 0.1);
    group.bench_function("gaussian_filter_2048_s3", |b| {
        b.iter(|| black_box(gaussian_filter(black_box(&img), &[3.0]).unwrap()))
    });

    let mut rng = StdRng::seed_from_u64(72);
    let img = ndarray::Array2::from_shape_simple_fn((2048, 2048), || rng.random::<f64>());
    let out = uniform_filter(&img, &[15]).unwrap();
    assert!((out.mean().unwrap() - 0.5).abs() < 0.01 && out.std(0.0) < 0.05);
    group.bench_function("uniform_filter_2048_s15", |b| {
        b.iter(|| black_box(uniform_filter(black_box(&img), &[15]).unwrap()))
    });
    group.finish();
}

// The rank filters' workloads (tag `rank`): median_filter on u8.
fn rank_workloads(c: &mut Criterion) {
    use rand::{RngExt, SeedableRng, rngs::StdRng};
    use sci_ndimage::filters::{Footprint, median_filter};
    use std::hint::black_box;
    let mut group = c.benchmark_group("ndimage");
    group.sample_size(10);

    let mut rng = StdRng::seed_from_u64(71);
    let img = ndarray::Array2::from_shape_simple_fn((1024, 1024), || rng.random::<u8>());
    let size = Footprint::size([7]);
    let out = median_filter(&img, &size).unwrap();
    // Medians of 49 uniform bytes stay near the middle; check one window by brute force.
    let mut w: Vec<u8> = img
        .slice(ndarray::s![500..507, 600..607])
        .iter()
        .copied()
        .collect();
    w.sort_unstable();
    assert_eq!(out[[503, 603]], w[24]);
    let mean = out.mapv(f64::from).mean().unwrap();
    assert!((mean - 127.5).abs() < 5.0, "{mean}");
    group.bench_function("median_filter_1024_u8_s7", |b| {
        b.iter(|| black_box(median_filter(black_box(&img), &size).unwrap()))
    });
    group.finish();
}

// The binary morphology and distance transform workloads (tag `binary`).
fn binary_workloads(c: &mut Criterion) {
    use rand::{RngExt, SeedableRng, rngs::StdRng};
    use sci_ndimage::filters::gaussian_filter;
    use sci_ndimage::morphology::BinaryOptions;
    use sci_ndimage::{binary_opening_with, distance_transform_edt};
    use std::hint::black_box;
    let mut group = c.benchmark_group("ndimage");
    group.sample_size(10);

    let mut rng = StdRng::seed_from_u64(73);
    let noise = ndarray::Array2::from_shape_simple_fn((2048, 2048), || rng.random::<f64>());
    let mask = gaussian_filter(&noise, &[2.0]).unwrap().mapv(|v| v > 0.5);
    let opts = BinaryOptions::default().iterations(2);
    let opened = binary_opening_with(&mask, &opts).unwrap();
    // Opening is anti-extensive and idempotent, and keeps a sizeable share of the blobs.
    assert!(opened.iter().zip(mask.iter()).all(|(&o, &m)| !o || m));
    assert_eq!(binary_opening_with(&opened, &opts).unwrap(), opened);
    let share = opened.iter().filter(|&&b| b).count() as f64 / opened.len() as f64;
    assert!(share > 0.1 && share < 0.6, "{share}");
    group.bench_function("binary_opening_2048_it2", |b| {
        b.iter(|| black_box(binary_opening_with(black_box(&mask), &opts).unwrap()))
    });

    let mut rng = StdRng::seed_from_u64(75);
    let sparse =
        ndarray::Array2::from_shape_simple_fn((2048, 2048), || rng.random::<f64>() > 0.001);
    let d = distance_transform_edt(&sparse).unwrap();
    // Check a few pixels against a brute-force search over the background.
    let zeros: Vec<(usize, usize)> = sparse
        .indexed_iter()
        .filter(|(_, v)| !**v)
        .map(|(i, _)| i)
        .collect();
    for &(i, j) in &[(0, 0), (1023, 77), (2047, 2047), (500, 1500)] {
        let best = zeros
            .iter()
            .map(|&(a, b)| ((a as f64 - i as f64).powi(2) + (b as f64 - j as f64).powi(2)).sqrt())
            .fold(f64::INFINITY, f64::min);
        assert_eq!(d[[i, j]], best);
    }
    group.bench_function("distance_transform_edt_2048", |b| {
        b.iter(|| black_box(distance_transform_edt(black_box(&sparse)).unwrap()))
    });
    group.finish();
}

// The interpolation workloads (tag `interp`): zoom, rotate and map_coordinates of a smooth
// image (gaussian_filter(U(0, 1), 2)).
fn interp_workloads(c: &mut Criterion) {
    use rand::{RngExt, SeedableRng, rngs::StdRng};
    use sci_ndimage::filters::gaussian_filter;
    use sci_ndimage::interpolation::{InterpolationOptions, map_coordinates, rotate_with, zoom};
    use std::hint::black_box;
    let mut group = c.benchmark_group("ndimage");
    group.sample_size(10);
    let smooth = |seed: u64| {
        let mut rng = StdRng::seed_from_u64(seed);
        let u = ndarray::Array2::from_shape_simple_fn((1024, 1024), || rng.random::<f64>());
        gaussian_filter(&u, &[2.0]).unwrap()
    };

    let img = smooth(76);
    let out = zoom(&img, &[2.0]).unwrap();
    assert_eq!(out.dim(), (2048, 2048));
    assert!((out.mean().unwrap() - img.mean().unwrap()).abs() < 0.01);
    group.bench_function("zoom_1024_x2_o3", |b| {
        b.iter(|| black_box(zoom(black_box(&img), &[2.0]).unwrap()))
    });

    let img = smooth(77);
    let opts = InterpolationOptions::default().reshape(false);
    let out = rotate_with(&img, 30.0, &opts).unwrap();
    assert!((out[[512, 512]] - img[[512, 512]]).abs() < 0.1);
    group.bench_function("rotate_1024_30deg_o3", |b| {
        b.iter(|| black_box(rotate_with(black_box(&img), 30.0, &opts).unwrap()))
    });

    let img = smooth(78);
    let mut rng = StdRng::seed_from_u64(78);
    let coords =
        ndarray::Array2::from_shape_simple_fn((2, 1_000_000), || rng.random::<f64>() * 1023.0);
    let out = map_coordinates(&img, &coords).unwrap();
    assert_eq!(out.len(), 1_000_000);
    assert!((out.mean().unwrap() - img.mean().unwrap()).abs() < 0.01);
    group.bench_function("map_coordinates_1024_1e6_o3", |b| {
        b.iter(|| black_box(map_coordinates(black_box(&img), black_box(&coords)).unwrap()))
    });
    group.finish();
}

criterion_group!(
    benches,
    workloads,
    interp_workloads,
    measure_workloads,
    linear_workloads,
    rank_workloads,
    binary_workloads
);
criterion_main!(benches);
