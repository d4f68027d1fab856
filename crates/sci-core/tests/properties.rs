//! Property tests of sci-core: views round-trip for any layout, ULP distances are a metric.

use proptest::prelude::*;
use sci_core::ndarray::{Array2, s};
use sci_core::testing::ulp_distance;
use sci_core::{as_faer, from_dmatrix, from_faer, to_dmatrix};

proptest! {
    #[test]
    fn faer_views_round_trip_any_slicing(
        rows in 0usize..7, cols in 0usize..7,
        step_r in prop::sample::select(vec![-3isize, -2, -1, 1, 2, 3]),
        step_c in prop::sample::select(vec![-3isize, -2, -1, 1, 2, 3]),
        transpose in any::<bool>(),
    ) {
        let a = Array2::from_shape_fn((rows, cols), |(i, j)| (i * 100 + j) as f64);
        let sliced = a.slice(s![..;step_r, ..;step_c]);
        let view = if transpose { sliced.reversed_axes() } else { sliced };
        let m = as_faer(&view);
        prop_assert_eq!((m.nrows(), m.ncols()), view.dim());
        for ((i, j), v) in view.indexed_iter() {
            prop_assert_eq!(m[(i, j)], *v);
        }
        prop_assert_eq!(from_faer(m), view);
        prop_assert_eq!(from_dmatrix(&to_dmatrix(&view)), view);
    }

    #[test]
    fn ulp_distance_is_a_metric(a in any::<f64>(), b in any::<f64>(), c in any::<f64>()) {
        prop_assume!(a.is_finite() && b.is_finite() && c.is_finite());
        prop_assert_eq!(ulp_distance(a, b), ulp_distance(b, a));
        prop_assert_eq!(ulp_distance(a, a), 0);
        prop_assert!(ulp_distance(a, c) <= ulp_distance(a, b).saturating_add(ulp_distance(b, c)));
    }
}
