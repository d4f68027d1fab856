//! Properties of grey morphology: opening and closing are idempotent; the opening lies below
//! the input and the closing above it; erosion and dilation are dual (`erosion(x) =
//! -dilation(-x)` for a window symmetric about its centre); the gradient of a flat window
//! is never negative;
//! results do not depend on the number of threads.

mod common;

use common::on_one_and_four_threads;
use ndarray::{Array2, Zip};
use proptest::prelude::*;
use sci_ndimage::Mode;
use sci_ndimage::filters::FilterOptions;
use sci_ndimage::morphology::*;

const MODES: [Mode; 4] = [Mode::Reflect, Mode::Nearest, Mode::Mirror, Mode::Wrap];

fn input() -> impl Strategy<Value = (Array2<f64>, usize, usize, usize)> {
    (1usize..8, 1usize..8, 0usize..3, 0usize..3, 0usize..4).prop_flat_map(|(h, w, a, b, m)| {
        prop::collection::vec(-50i32..50, h * w).prop_map(move |v| {
            (
                Array2::from_shape_vec((h, w), v.into_iter().map(f64::from).collect()).unwrap(),
                2 * a + 1,
                2 * b + 1,
                m,
            )
        })
    })
}

proptest! {
    #[test]
    fn opening_and_closing_are_idempotent_and_bracket_the_input((x, a, b, m) in input(), cross in any::<bool>()) {
        let o = FilterOptions::default().mode(MODES[m]);
        let w = if cross {
            GreyStructure::footprint(&Array2::from_shape_fn((a, b), |(i, j)| i == a / 2 || j == b / 2))
        } else {
            GreyStructure::size([a, b])
        };
        let open = grey_opening_with(&x, &w, &o).unwrap();
        prop_assert_eq!(grey_opening_with(&open, &w, &o).unwrap(), open.clone());
        let close = grey_closing_with(&x, &w, &o).unwrap();
        prop_assert_eq!(grey_closing_with(&close, &w, &o).unwrap(), close.clone());
        prop_assert!(Zip::from(&open).and(&x).and(&close).all(|&p, &v, &c| p <= v && v <= c));
    }

    #[test]
    fn erosion_and_dilation_are_dual((x, a, b, m) in input(), s in prop::collection::vec(-5i32..5, 9)) {
        let o = FilterOptions::default().mode(MODES[m]);
        // A non-flat structure symmetric about its centre.
        let st = Array2::from_shape_fn((a, b), |(i, j)| {
            let (di, dj) = (i.abs_diff(a / 2), j.abs_diff(b / 2));
            f64::from(s[(di * 3 + dj) % 9])
        });
        for w in [GreyStructure::size([a, b]), GreyStructure::structure(&st)] {
            let e = grey_erosion_with(&x, &w, &o).unwrap();
            let d = grey_dilation_with(&x.mapv(|v| -v), &w, &o).unwrap();
            prop_assert_eq!(e, d.mapv(|v| -v));
        }
        // For a flat window the dilation is never below the erosion.
        let flat = GreyStructure::size([a, b]);
        prop_assert!(morphological_gradient_with(&x, &flat, &o).unwrap().iter().all(|&g| g >= 0.0));
    }
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    let x = Array2::from_shape_fn((37, 29), |(i, j)| ((i * 7919 + j * 104_729) % 256) as u8);
    let st = Array2::from_shape_fn((3, 3), |(i, j)| (i * 3 + j) as f64);
    let run = || {
        (
            grey_opening(&x, &GreyStructure::size([4, 3])).unwrap(),
            morphological_laplace(&x, &GreyStructure::structure(&st)).unwrap(),
            black_tophat(
                &x,
                &GreyStructure::footprint(&[[true, false], [true, true]]),
            )
            .unwrap(),
        )
    };
    let (one, many) = on_one_and_four_threads(run);
    assert_eq!(one, many);
}
