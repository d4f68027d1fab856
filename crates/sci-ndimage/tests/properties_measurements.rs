//! Properties of the measurements: `label` agrees with a flood-fill oracle and does not
//! depend on the thread count; the watershed gives every element a label whose marker
//! reaches it with the least possible maximum level (checked by a bottleneck-path oracle);
//! per-region sums add up to the whole sum.

use std::collections::VecDeque;

use ndarray::Array2;
use proptest::prelude::*;
use sci_ndimage::{Regions, label, sum_labels, watershed_ift};

/// Components by breadth-first flood fill, numbered in raster order of first element.
fn flood_labels(mask: &Array2<bool>) -> (Array2<i32>, usize) {
    let (h, w) = mask.dim();
    let mut out = Array2::zeros((h, w));
    let mut n: i32 = 0;
    for i in 0..h {
        for j in 0..w {
            if mask[[i, j]] && out[[i, j]] == 0 {
                n += 1;
                out[[i, j]] = n;
                let mut q = VecDeque::from([(i, j)]);
                while let Some((a, b)) = q.pop_front() {
                    let nb = [
                        (a.wrapping_sub(1), b),
                        (a + 1, b),
                        (a, b.wrapping_sub(1)),
                        (a, b + 1),
                    ];
                    for (x, y) in nb {
                        if x < h && y < w && mask[[x, y]] && out[[x, y]] == 0 {
                            out[[x, y]] = n;
                            q.push_back((x, y));
                        }
                    }
                }
            }
        }
    }
    (out, n.unsigned_abs() as usize)
}

/// The least over markers of the largest level on a path from the marker to each element.
fn bottleneck(img: &Array2<u8>, markers: &Array2<i32>) -> Array2<u32> {
    let (h, w) = img.dim();
    let mut best = Array2::from_elem((h, w), u32::MAX);
    // Repeated relaxation (Bellman-Ford style): small arrays only.
    for ((i, j), m) in markers.indexed_iter() {
        if *m != 0 {
            best[[i, j]] = u32::from(img[[i, j]]);
        }
    }
    loop {
        let mut changed = false;
        for i in 0..h {
            for j in 0..w {
                let nb = [
                    (i.wrapping_sub(1), j),
                    (i + 1, j),
                    (i, j.wrapping_sub(1)),
                    (i, j + 1),
                ];
                for (x, y) in nb {
                    if x < h && y < w && best[[x, y]] != u32::MAX {
                        let c = best[[x, y]].max(u32::from(img[[i, j]]));
                        if c < best[[i, j]] {
                            best[[i, j]] = c;
                            changed = true;
                        }
                    }
                }
            }
        }
        if !changed {
            return best;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn label_equals_flood_fill(bits in prop::collection::vec(any::<bool>(), 1..900), w in 1usize..12) {
        let h = bits.len().div_ceil(w);
        let mask = Array2::from_shape_fn((h, w), |(i, j)| bits.get(i * w + j).copied().unwrap_or(false));
        let (got, n) = label(&mask).unwrap();
        let (want, m) = flood_labels(&mask);
        prop_assert_eq!(n, m);
        prop_assert_eq!(got, want);
    }

    #[test]
    fn label_does_not_depend_on_threads(bits in prop::collection::vec(any::<bool>(), 200..400)) {
        let mask = Array2::from_shape_fn((20, 20), |(i, j)| bits[(i * 20 + j) % bits.len()]);
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        let serial = one.install(|| label(&mask).unwrap());
        prop_assert_eq!(serial, label(&mask).unwrap());
    }

    #[test]
    fn watershed_labels_follow_cheapest_paths(levels in prop::collection::vec(0u8..6, 12..60), seeds in prop::collection::vec((0usize..60, 1i32..4), 1..4)) {
        let w = 6;
        let h = levels.len().div_ceil(w);
        let img = Array2::from_shape_fn((h, w), |(i, j)| levels.get(i * w + j).copied().unwrap_or(0));
        let mut markers = Array2::<i32>::zeros((h, w));
        for (p, m) in &seeds {
            let p = p % (h * w);
            markers[[p / w, p % w]] = *m;
        }
        let out = watershed_ift(&img, &markers).unwrap();
        let best = bottleneck(&img, &markers);
        // Each element's label is carried by a marker reaching it at the optimal cost, and
        // by a neighbour (or the element is that marker).
        for ((i, j), l) in out.indexed_iter() {
            prop_assert!(*l != 0);
            let per_marker = bottleneck(&img, &markers.mapv(|m| if m == *l { m } else { 0 }));
            prop_assert_eq!(per_marker[[i, j]], best[[i, j]]);
        }
    }

    #[test]
    fn region_sums_add_up(vals in prop::collection::vec(-100i16..100, 30), labs in prop::collection::vec(0i32..4, 30)) {
        let a = Array2::from_shape_vec((5, 6), vals.iter().map(|&v| f64::from(v)).collect()).unwrap();
        let l = Array2::from_shape_vec((5, 6), labs).unwrap();
        let parts = sum_labels(&a, &Regions::labels(l.view(), &[0, 1, 2, 3])).unwrap();
        let whole = sum_labels(&a, &Regions::whole()).unwrap()[0];
        prop_assert!((parts.iter().sum::<f64>() - whole).abs() < 1e-9);
    }
}
