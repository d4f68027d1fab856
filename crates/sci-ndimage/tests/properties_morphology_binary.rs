//! Properties of binary morphology (proptest, small arrays): the bit-packed operations equal
//! a direct pixel-by-pixel reference (rows wider than a word, any structure, origin, mask,
//! border and iteration count), erosion is the dual of dilation under complement, opening
//! is idempotent, and results do not depend on the number of threads.

// The test images are tiny: their indices fit in `isize`.
#![allow(clippy::cast_possible_wrap)]

use ndarray::Array2;
use proptest::prelude::*;
use sci_ndimage::morphology::BinaryOptions;
use sci_ndimage::*;

/// Reference: one erosion (or dilation) pass, straight from the definition.
fn reference_pass(
    a: &Array2<bool>,
    s: &Array2<bool>,
    origin: [isize; 2],
    border: bool,
    mask: Option<&Array2<bool>>,
    dilate: bool,
) -> Array2<bool> {
    let (h, w) = a.dim();
    let (sh, sw) = s.dim();
    Array2::from_shape_fn((h, w), |(i, j)| {
        if let Some(m) = mask
            && !m[[i, j]]
        {
            return a[[i, j]];
        }
        let mut all = true;
        let mut any = false;
        for ((ki, kj), &on) in s.indexed_iter() {
            if !on {
                continue;
            }
            let (di, dj) = if dilate {
                (
                    (sh / 2) as isize + origin[0] - ki as isize,
                    (sw / 2) as isize + origin[1] - kj as isize,
                )
            } else {
                (
                    ki as isize - (sh / 2) as isize - origin[0],
                    kj as isize - (sw / 2) as isize - origin[1],
                )
            };
            let (y, x) = (i as isize + di, j as isize + dj);
            let v = if y < 0 || x < 0 || y >= h as isize || x >= w as isize {
                border
            } else {
                a[[y as usize, x as usize]]
            };
            all &= v;
            any |= v;
        }
        if dilate { any } else { all }
    })
}

fn reference(
    a: &Array2<bool>,
    s: &Array2<bool>,
    origin: [isize; 2],
    border: bool,
    mask: Option<&Array2<bool>>,
    dilate: bool,
    iterations: isize,
) -> Array2<bool> {
    let mut cur = a.clone();
    let mut done = 0;
    loop {
        let next = reference_pass(&cur, s, origin, border, mask, dilate);
        done += 1;
        let same = next == cur;
        cur = next;
        if (iterations >= 1 && done == iterations) || (iterations < 1 && same) {
            return cur;
        }
    }
}

fn image(max_h: usize, max_w: usize) -> impl Strategy<Value = Array2<bool>> {
    (1..=max_h, 1..=max_w, 0.3f64..0.95).prop_flat_map(|(h, w, p)| {
        proptest::collection::vec(proptest::bool::weighted(p), h * w)
            .prop_map(move |v| Array2::from_shape_vec((h, w), v).unwrap())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn packed_operations_equal_the_reference(
        a in image(6, 150),
        s in image(3, 5),
        oi in 0usize..3,
        oj in 0usize..5,
        border in any::<bool>(),
        use_mask in any::<bool>(),
        mask_seed in any::<u64>(),
        iterations in -1isize..4,
        dilate in any::<bool>(),
    ) {
        let (sh, sw) = s.dim();
        let origin = [(oi % sh) as isize - (sh / 2) as isize, (oj % sw) as isize - (sw / 2) as isize];
        let mut s = s;
        // Until-stable iterations need the centre (otherwise they may cycle).
        if iterations < 1 {
            s[[(sh as isize / 2 + origin[0]) as usize, (sw as isize / 2 + origin[1]) as usize]] = true;
        }
        let mask = Array2::from_shape_fn(a.dim(), |(i, j)| {
            (mask_seed.rotate_left((i * 7 + j) as u32 % 64) & 1) == 1 || (i + j) % 5 == 0
        });
        let mask_ref = use_mask.then_some(&mask);
        let want = reference(&a, &s, origin, border, mask_ref, dilate, iterations);
        let mut o = BinaryOptions::default().structure(&s).origin(&origin).border_value(border).iterations(iterations);
        if use_mask {
            o = o.mask(&mask);
        }
        let got = if dilate { binary_dilation_with(&a, &o) } else { binary_erosion_with(&a, &o) }.unwrap();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn erosion_is_the_dual_of_dilation(a in image(8, 80), conn in 1usize..3, border in any::<bool>()) {
        let s = generate_binary_structure(2, conn).unwrap();
        let o = BinaryOptions::default().structure(&s).border_value(border);
        let e = binary_erosion_with(&a, &o).unwrap();
        let not_a = a.mapv(|v| !v);
        let d = binary_dilation_with(&not_a, &o.clone().border_value(!border)).unwrap();
        prop_assert_eq!(e, d.mapv(|v| !v));
    }

    #[test]
    fn opening_is_idempotent(a in image(10, 70), conn in 1usize..3, it in 1isize..3) {
        let s = generate_binary_structure(2, conn).unwrap();
        let o = BinaryOptions::default().structure(&s).iterations(it);
        let once = binary_opening_with(&a, &o).unwrap();
        prop_assert_eq!(binary_opening_with(&once, &o).unwrap(), once.clone());
        // Anti-extensive.
        prop_assert!(once.iter().zip(a.iter()).all(|(&x, &y)| !x || y));
        let closed = binary_closing_with(&a, &o.clone().border_value(true)).unwrap();
        prop_assert!(closed.iter().zip(a.iter()).all(|(&x, &y)| x || !y));
    }
}

/// The changed-pixel iterations (used once few pixels change) on an image large enough
/// for them: propagation and erosion until stable against the reference.
#[test]
fn changed_pixel_iterations_equal_the_reference() {
    let (h, w) = (40, 300);
    let maze = Array2::from_shape_fn((h, w), |(i, j)| {
        (i % 8 != 3 || j % 97 == 5) && (j % 50 != 20 || i % 13 == 1)
    });
    let mut seed = Array2::from_elem((h, w), false);
    seed[[0, 0]] = true;
    let cross = generate_binary_structure(2, 1)
        .unwrap()
        .into_dimensionality::<ndarray::Ix2>()
        .unwrap();
    let got = binary_propagation_with(&seed, &BinaryOptions::default().mask(&maze)).unwrap();
    let want = reference(&seed, &cross, [0, 0], false, Some(&maze), true, -1);
    assert_eq!(got, want);
    assert!(got.iter().filter(|&&b| b).count() > 1000);
    for iterations in [0, 7, 25] {
        let o = BinaryOptions::default()
            .iterations(iterations)
            .border_value(true);
        let got = binary_erosion_with(&maze, &o).unwrap();
        assert_eq!(
            got,
            reference(&maze, &cross, [0, 0], true, None, false, iterations)
        );
        let got = binary_dilation_with(&seed, &o.clone().mask(&maze)).unwrap();
        assert_eq!(
            got,
            reference(&seed, &cross, [0, 0], true, Some(&maze), true, iterations)
        );
    }
    let holes = binary_fill_holes(&maze.mapv(|v| !v)).unwrap();
    let outside = reference(
        &Array2::from_elem((h, w), false),
        &cross,
        [0, 0],
        true,
        Some(&maze),
        true,
        -1,
    );
    assert_eq!(holes, outside.mapv(|v| !v));
}

/// Results with one thread and with the default pool are identical.
#[test]
fn thread_count_independence() {
    let a = Array2::from_shape_fn((300, 333), |(i, j)| ((i * 31 + j * 17) % 23) > 6);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let o = BinaryOptions::default().iterations(3);
    let serial = one.install(|| binary_opening_with(&a, &o).unwrap());
    assert_eq!(serial, binary_opening_with(&a, &o).unwrap());
    let serial = one.install(|| binary_fill_holes(&a).unwrap());
    assert_eq!(serial, binary_fill_holes(&a).unwrap());
}
