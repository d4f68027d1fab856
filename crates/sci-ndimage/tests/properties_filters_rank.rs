//! Properties of the rank filters: every rank of every footprint equals a brute-force
//! oracle (the sorted window read through `mode::filter_index`) for the histogram (`u8`,
//! `u16`) and sorted-window (`i16`, `f64`) paths; `max(x) = -min(-x)`; the 1-D running
//! extremum equals the N-D filter along one axis; results do not depend on the number of
//! threads.

mod common;

use common::on_one_and_four_threads;
use ndarray::{Array2, Array3, Axis};
use proptest::prelude::*;
use sci_ndimage::filters::*;
use sci_ndimage::{Element, Mode, mode::filter_index};

fn signed(x: usize) -> isize {
    isize::try_from(x).unwrap()
}

const MODES: [Mode; 5] = [
    Mode::Reflect,
    Mode::Constant,
    Mode::Nearest,
    Mode::Mirror,
    Mode::Wrap,
];

/// The element of rank `rank` of every window, by brute force.
fn oracle<T: Element>(
    x: &Array2<T>,
    fp: &Array2<bool>,
    origin: [isize; 2],
    mode: Mode,
    cval: f64,
    rank: usize,
) -> Array2<T> {
    let (h, w) = x.dim();
    let (fh, fw) = fp.dim();
    let b0 = signed(fh / 2) + origin[0];
    let b1 = signed(fw / 2) + origin[1];
    Array2::from_shape_fn((h, w), |(i, j)| {
        let mut vals: Vec<T> = fp
            .indexed_iter()
            .filter(|&(_, &t)| t)
            .map(|((a, b), _)| {
                let p = filter_index(signed(i) + signed(a) - b0, h, mode);
                let q = filter_index(signed(j) + signed(b) - b1, w, mode);
                match (p, q) {
                    (Some(p), Some(q)) => x[[p, q]],
                    _ => T::from_f64_trunc(cval),
                }
            })
            .collect();
        vals.sort_by(|a, b| a.partial_cmp(b).unwrap());
        vals[rank]
    })
}

#[derive(Debug, Clone)]
struct Setup {
    h: usize,
    w: usize,
    fp: Array2<bool>,
    origin: [isize; 2],
    mode: Mode,
    rank_frac: f64,
    seed: Vec<u32>,
}

fn setup() -> impl Strategy<Value = Setup> {
    (1usize..9, 1usize..9, 1usize..5, 1usize..5).prop_flat_map(|(h, w, fh, fw)| {
        (
            prop::collection::vec(any::<bool>(), fh * fw),
            -signed(fh / 2)..=(signed(fh) - 1) / 2,
            -signed(fw / 2)..=(signed(fw) - 1) / 2,
            0usize..5,
            0.0f64..1.0,
            prop::collection::vec(any::<u32>(), h * w),
        )
            .prop_map(move |(mut bits, o0, o1, m, rank_frac, seed)| {
                bits[0] = true;
                Setup {
                    h,
                    w,
                    fp: Array2::from_shape_vec((fh, fw), bits).unwrap(),
                    origin: [o0, o1],
                    mode: MODES[m],
                    rank_frac,
                    seed,
                }
            })
    })
}

fn check<T: Element>(s: &Setup, make: impl Fn(u32) -> T) -> Result<(), TestCaseError> {
    let x = Array2::from_shape_vec((s.h, s.w), s.seed.iter().map(|&v| make(v)).collect()).unwrap();
    let count = s.fp.iter().filter(|&&b| b).count();
    let rank = ((s.rank_frac * count as f64) as usize).min(count - 1);
    let cval = 7.0;
    let opts = FilterOptions::default()
        .mode(s.mode)
        .cval(cval)
        .origins(s.origin.to_vec());
    let got = rank_filter_with(&x, signed(rank), &Footprint::mask(&s.fp), &opts).unwrap();
    prop_assert_eq!(got, oracle(&x, &s.fp, s.origin, s.mode, cval, rank));
    Ok(())
}

proptest! {
    #[test]
    fn rank_filters_equal_the_brute_force_oracle(s in setup()) {
        check(&s, |v| (v % 13) as u8 * 19)?;
        check(&s, |v| (v % 997) as u16 * 61)?;
        check(&s, |v| (v % 2001) as i16 - 1000)?;
        check(&s, |v| f64::from(v % 1000) / 7.0 - 50.0)?;
    }

    #[test]
    fn maximum_is_minus_the_minimum_of_minus(s in setup(), box_window in any::<bool>()) {
        let x = Array2::from_shape_vec((s.h, s.w), s.seed.iter().map(|&v| f64::from(v % 100) - 50.0).collect()).unwrap();
        let fp = if box_window { Footprint::size(s.fp.shape().to_vec()) } else { Footprint::mask(&s.fp) };
        let o = FilterOptions::default().mode(s.mode).cval(3.0).origins(s.origin.to_vec());
        let neg = FilterOptions::default().mode(s.mode).cval(-3.0).origins(s.origin.to_vec());
        let max = maximum_filter_with(&x, &fp, &o).unwrap();
        let min = minimum_filter_with(&x.mapv(|v| -v), &fp, &neg).unwrap();
        prop_assert_eq!(max, min.mapv(|v| -v));
    }

    #[test]
    fn the_1d_extremum_is_the_nd_filter_along_one_axis(s in setup(), size in 1usize..6) {
        let x = Array2::from_shape_vec((s.h, s.w), s.seed.iter().map(|&v| (v % 251) as u8).collect()).unwrap();
        let origin = s.origin[0].clamp(-signed(size / 2), (signed(size) - 1) / 2);
        let o1 = Filter1dOptions::default().axis(0).mode(s.mode).cval(4.0).origin(origin);
        let o = FilterOptions::default().mode(s.mode).cval(4.0).origin(origin).axes([0]);
        prop_assert_eq!(
            minimum_filter1d_with(&x, size, &o1).unwrap(),
            minimum_filter_with(&x, &Footprint::size([size]), &o).unwrap()
        );
    }
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    let x = Array3::from_shape_fn((6, 40, 37), |(i, j, k)| {
        ((i * 7919 + j * 104_729 + k * 31) % 256) as u8
    });
    let run = || {
        (
            median_filter(&x, &Footprint::size([3, 5, 4])).unwrap(),
            rank_filter(&x.mapv(f32::from), 5, &Footprint::size([3])).unwrap(),
            maximum_filter(&x, &Footprint::size([2, 3, 7])).unwrap(),
            percentile_filter(&x.mapv(u16::from), 20.0, &Footprint::size([3])).unwrap(),
        )
    };
    let (one, many) = on_one_and_four_threads(run);
    assert_eq!(one, many);
    assert_eq!(one.0.len_of(Axis(0)), 6);
}
