//! Properties of the generic filters: `generic_filter` with a minimum closure equals
//! `minimum_filter` on the same footprint; `vectorized_filter` with a summing closure equals
//! `generic_filter` with a summing closure, for any batch size; results do not depend on the
//! number of threads.

mod common;

use common::on_one_and_four_threads;
use ndarray::{Array2, ArrayView2, ArrayViewMut1};
use proptest::prelude::*;
use sci_ndimage::Mode;
use sci_ndimage::filters::*;

const MODES: [Mode; 5] = [
    Mode::Reflect,
    Mode::Constant,
    Mode::Nearest,
    Mode::Mirror,
    Mode::Wrap,
];

fn sums(w: ArrayView2<'_, f64>, mut out: ArrayViewMut1<'_, f64>) {
    for (o, row) in out.iter_mut().zip(w.rows()) {
        *o = row.iter().sum();
    }
}

fn sum(w: &[f64]) -> f64 {
    w.iter().sum()
}

fn input() -> impl Strategy<Value = (Array2<f64>, Array2<bool>, usize)> {
    (1usize..7, 1usize..7, 1usize..4, 1usize..4, 0usize..5).prop_flat_map(|(h, w, fh, fw, m)| {
        (
            prop::collection::vec(-100i32..100, h * w),
            prop::collection::vec(any::<bool>(), fh * fw),
        )
            .prop_map(move |(v, mut b)| {
                b[0] = true;
                (
                    Array2::from_shape_vec((h, w), v.into_iter().map(f64::from).collect()).unwrap(),
                    Array2::from_shape_vec((fh, fw), b).unwrap(),
                    m,
                )
            })
    })
}

proptest! {
    #[test]
    fn generic_minimum_is_the_minimum_filter((x, fp, m) in input()) {
        let o = FilterOptions::default().mode(MODES[m]).cval(2.0);
        let fp = Footprint::mask(&fp);
        let g = generic_filter_with(&x, |w: &[f64]| w.iter().copied().fold(f64::INFINITY, f64::min), &fp, &o).unwrap();
        prop_assert_eq!(g, minimum_filter_with(&x, &fp, &o).unwrap());
    }

    #[test]
    fn vectorized_sum_is_the_generic_sum((x, fp, m) in input(), batch in 1usize..200) {
        let o = FilterOptions::default().mode(MODES[m]).cval(2.0);
        let fp = Footprint::mask(&fp);
        let mut v = VectorizedFilterOptions::default().batch_memory(batch);
        v.filter = o.clone();
        let vs: Array2<f64> = vectorized_filter_with(&x, sums, &fp, &v).unwrap();
        prop_assert_eq!(vs, generic_filter_with(&x, sum, &fp, &o).unwrap());
    }
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    let x = Array2::from_shape_fn((30, 41), |(i, j)| ((i * 7919 + j * 104_729) % 97) as f64);
    let fp = Footprint::size([3, 4]);
    let run = || {
        let v = VectorizedFilterOptions::default().batch_memory(800);
        let vs: Array2<f64> = vectorized_filter_with(&x, sums, &fp, &v).unwrap();
        (generic_filter(&x, sum, &fp).unwrap(), vs)
    };
    let (one, many) = on_one_and_four_threads(run);
    assert_eq!(one, many);
    assert_eq!(one.0, one.1);
}
