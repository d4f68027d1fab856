//! Properties of the linear filters (proptest, small arrays): linearity, `convolve` as
//! `correlate` with the flipped kernel (and mirrored origin), the tiled strided pass equal
//! to the plain one, results independent of the thread count, and mean preservation.

mod common;

use common::on_one_and_four_threads;
use ndarray::{Array2, Array3, ArrayD, Axis, IxDyn, s};
use proptest::prelude::*;
use sci_ndimage::Mode;
use sci_ndimage::filters::*;

const MODES: [Mode; 8] = [
    Mode::Reflect,
    Mode::Constant,
    Mode::Nearest,
    Mode::Mirror,
    Mode::Wrap,
    Mode::GridMirror,
    Mode::GridConstant,
    Mode::GridWrap,
];

fn image(max: usize) -> impl Strategy<Value = Array2<f64>> {
    (1..max, 1..max).prop_flat_map(|(r, c)| {
        proptest::collection::vec(-10.0f64..10.0, r * c)
            .prop_map(move |v| Array2::from_shape_vec((r, c), v).unwrap())
    })
}

fn close(a: &ArrayD<f64>, b: &ArrayD<f64>, tol: f64) -> bool {
    a.shape() == b.shape() && a.iter().zip(b.iter()).all(|(x, y)| (x - y).abs() <= tol)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn correlate_is_linear(a in image(9), shift in -5.0f64..5.0, w in proptest::collection::vec(-2.0f64..2.0, 1..6), m in 0usize..8, alpha in -3.0f64..3.0) {
        let b = a.mapv(|v| (v + shift).cos() * 3.0);
        // The constant modes are affine in cval; linearity holds with cval = 0.
        let o = Filter1dOptions::default().axis(0).mode(MODES[m]);
        let lhs = correlate1d_with(&(&a * alpha + &b), &w, &o).unwrap();
        let rhs = correlate1d_with(&a, &w, &o).unwrap() * alpha + correlate1d_with(&b, &w, &o).unwrap();
        prop_assert!(close(&lhs.into_dyn(), &rhs.into_dyn(), 1e-9));
    }

    #[test]
    fn gaussian_and_uniform_are_linear(a in image(8), m in 0usize..8, sigma in 0.3f64..2.5, size in 1usize..6) {
        let b = a.mapv(|v| (v * 1.7).sin());
        let go = GaussianOptions::default().mode(MODES[m]);
        let lhs = gaussian_filter_with(&(&a + &b * 2.0), &[sigma], &go).unwrap();
        let rhs = gaussian_filter_with(&a, &[sigma], &go).unwrap() + gaussian_filter_with(&b, &[sigma], &go).unwrap() * 2.0;
        prop_assert!(close(&lhs.into_dyn(), &rhs.into_dyn(), 1e-9));
        let uo = FilterOptions::default().mode(MODES[m]);
        let lhs = uniform_filter_with(&(&a - &b), &[size], &uo).unwrap();
        let rhs = uniform_filter_with(&a, &[size], &uo).unwrap() - uniform_filter_with(&b, &[size], &uo).unwrap();
        prop_assert!(close(&lhs.into_dyn(), &rhs.into_dyn(), 1e-9));
    }

    #[test]
    fn convolve_is_correlate_with_the_flipped_kernel(a in image(8), r in 1usize..4, c in 1usize..4, m in 0usize..8, seed in 0u64..1000) {
        let w = Array2::from_shape_fn((r, c), |(i, j)| ((i * 7 + j * 3 + seed as usize) % 5) as f64 - 2.0);
        let mut flipped = w.clone();
        flipped.invert_axis(Axis(0));
        flipped.invert_axis(Axis(1));
        let o = FilterOptions::default().mode(MODES[m]).cval(0.5);
        let conv = convolve_with(&a, &w, &o).unwrap();
        // Mirrored origins: -(even ? 1 : 0).
        let origins = vec![-(1 - (r % 2).cast_signed()), -(1 - (c % 2).cast_signed())];
        let corr = correlate_with(&a, &flipped, &o.clone().origins(origins)).unwrap();
        prop_assert!(close(&conv.into_dyn(), &corr.into_dyn(), 1e-12));
        // The 1-D forms agree the same way.
        let w1: Vec<f64> = w.row(0).to_vec();
        let rev: Vec<f64> = w1.iter().rev().copied().collect();
        let o1 = Filter1dOptions::default().mode(MODES[m]);
        let c1 = convolve1d_with(&a, &w1, &o1).unwrap();
        let k1 = correlate1d_with(&a, &rev, &o1.clone().origin(-(1 - (c % 2).cast_signed()))).unwrap();
        prop_assert!(close(&c1.into_dyn(), &k1.into_dyn(), 1e-12));
    }

    #[test]
    fn separable_correlate_equals_two_1d_passes(a in image(8), m in 0usize..8) {
        // On f64 the N-D correlation with an outer product equals the two 1-D passes.
        let u = [1.0, 2.0, 1.0];
        let v = [0.5, -1.0, 0.25];
        let w = Array2::from_shape_fn((3, 3), |(i, j)| u[i] * v[j]);
        let o = FilterOptions::default().mode(MODES[m]);
        let nd = correlate_with(&a, &w, &o).unwrap();
        let p = correlate1d_with(&a, &u, &Filter1dOptions::default().axis(0).mode(MODES[m])).unwrap();
        let p = correlate1d_with(&p, &v, &Filter1dOptions::default().axis(1).mode(MODES[m])).unwrap();
        prop_assert!(close(&nd.into_dyn(), &p.into_dyn(), 1e-9));
    }

    #[test]
    fn uniform_filter_keeps_constants(c in -100.0f64..100.0, r in 1usize..7, k in 1usize..7, m in 0usize..8) {
        prop_assume!(!matches!(MODES[m], Mode::Constant | Mode::GridConstant));
        let a = Array2::from_elem((r, k), c);
        let u = uniform_filter_with(&a, &[3, 4], &FilterOptions::default().mode(MODES[m])).unwrap();
        prop_assert!(u.iter().all(|v| (v - c).abs() < 1e-12));
        let g = gaussian_filter_with(&a, &[1.5], &GaussianOptions::default().mode(MODES[m])).unwrap();
        prop_assert!(g.iter().all(|v| (v - c).abs() < 1e-12));
    }
}

/// A 3-D array large enough for several tiles along the strided axes.
fn volume() -> Array3<f64> {
    Array3::from_shape_fn((9, 13, 70), |(i, j, k)| {
        ((i * 31 + j * 17 + k * 7) % 23) as f64 - 11.0
    })
}

#[test]
fn strided_passes_equal_passes_on_a_transposed_copy() {
    let v = volume();
    for axis in 0..3usize {
        let o = GaussianOptions::default().axis(axis.cast_signed());
        let direct = gaussian_filter1d_with(&v, 1.3, &o).unwrap();
        // The same pass along the last axis of a copy with `axis` moved last.
        let mut perm = vec![0, 1, 2];
        perm.retain(|&x| x != axis);
        perm.push(axis);
        let t = v
            .view()
            .permuted_axes([perm[0], perm[1], perm[2]])
            .as_standard_layout()
            .to_owned();
        let last = gaussian_filter1d_with(&t, 1.3, &GaussianOptions::default()).unwrap();
        let mut inv = [0; 3];
        for (i, &p) in perm.iter().enumerate() {
            inv[p] = i;
        }
        let back = last.view().permuted_axes([inv[0], inv[1], inv[2]]);
        assert_eq!(direct, back, "axis {axis}");
    }
    // A non-contiguous view takes the general path and agrees.
    let sub = v.slice(s![.., ..;2, 1..]);
    let a = uniform_filter(&sub, &[3]).unwrap();
    let b = uniform_filter(&sub.to_owned(), &[3]).unwrap();
    assert_eq!(a, b);
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    let v = volume();
    let vi = v.mapv(|x| (x * 9.0) as i16);
    let run = || {
        (
            gaussian_filter(&v, &[1.1, 2.0, 0.7]).unwrap(),
            uniform_filter(&vi, &[3, 5, 4]).unwrap(),
            correlate(
                &v,
                &Array3::from_shape_fn((3, 2, 3), |(i, j, k)| (i + j * k) as f64 - 1.5),
            )
            .unwrap(),
            sobel_with(&vi, 1, &FilterOptions::default()).unwrap(),
            gaussian_gradient_magnitude(&v, &[1.0]).unwrap(),
        )
    };
    let (one, many) = on_one_and_four_threads(run);
    assert_eq!(one, many);
}

#[test]
fn dynamic_and_static_dimensions_agree() {
    let v = volume();
    let d: ArrayD<f64> = v.clone().into_dyn();
    let a = gaussian_filter(&v, &[1.0]).unwrap().into_dyn();
    let b = gaussian_filter(&d, &[1.0]).unwrap();
    assert_eq!(a, b);
    assert_eq!(b.raw_dim(), IxDyn(&[9, 13, 70]));
}
