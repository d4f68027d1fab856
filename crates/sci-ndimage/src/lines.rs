//! Line processing: applies a 1-D kernel to every line of an N-D array along one axis,
//! with the line extended by the boundary mode, in parallel over lines. Every separable
//! filter and 1-D filter runs through [`map_lines`].

use ndarray::{ArrayView, ArrayViewMut, Axis, Dimension, Zip};

use crate::{Element, Mode, mode::extend_line};

/// For every line of `input` along `axis`: extends it by `before` values in front and
/// `after` behind under `mode`/`cval` into an `f64` buffer of length `n + before + after`,
/// calls `kernel(extended, out)` with an `f64` output line of length `n`, and stores `out`
/// into the matching line of `output` with [`Element::from_f64_trunc`].
///
/// Lines are processed in parallel with the `parallel` feature; results do not depend on
/// the number of threads.
#[allow(clippy::too_many_arguments)] // reason: the shape of a line pass is exactly these eight things
pub(crate) fn map_lines<T, O, D, K>(
    input: ArrayView<'_, T, D>,
    mut output: ArrayViewMut<'_, O, D>,
    axis: usize,
    before: usize,
    after: usize,
    mode: Mode,
    cval: f64,
    kernel: K,
) where
    T: Element,
    O: Element,
    D: Dimension,
    K: Fn(&[f64], &mut [f64]) + Sync,
{
    let n = input.len_of(Axis(axis));
    if input.is_empty() {
        return;
    }
    let zip = Zip::from(input.lanes(Axis(axis))).and(output.lanes_mut(Axis(axis)));
    let work =
        |bufs: &mut (Vec<f64>, Vec<f64>, Vec<f64>),
         (inl, mut outl): (ndarray::ArrayView1<'_, T>, ndarray::ArrayViewMut1<'_, O>)| {
            let (line, ext, out) = bufs;
            for (d, s) in line.iter_mut().zip(inl.iter()) {
                *d = s.to_f64();
            }
            extend_line(line, before, mode, cval, ext);
            kernel(ext, out);
            for (d, s) in outl.iter_mut().zip(out.iter()) {
                *d = O::from_f64_trunc(*s);
            }
        };
    let init = || (vec![0.0; n], vec![0.0; n + before + after], vec![0.0; n]);
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        zip.into_par_iter().for_each_init(init, work);
    }
    #[cfg(not(feature = "parallel"))]
    {
        let mut bufs = init();
        zip.for_each(|a, b| work(&mut bufs, (a, b)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array2, array};

    #[test]
    fn a_three_point_sum_along_each_axis() {
        let a = array![[1u8, 2, 3], [4, 5, 6]];
        let mut out = Array2::<u8>::zeros((2, 3));
        map_lines(
            a.view(),
            out.view_mut(),
            1,
            1,
            1,
            Mode::Reflect,
            0.0,
            |e, o| {
                for i in 0..o.len() {
                    o[i] = e[i] + e[i + 1] + e[i + 2];
                }
            },
        );
        assert_eq!(out, array![[4u8, 6, 8], [13, 15, 17]]);
        map_lines(
            a.view(),
            out.view_mut(),
            0,
            1,
            1,
            Mode::Constant,
            0.0,
            |e, o| {
                for i in 0..o.len() {
                    o[i] = e[i] + e[i + 1] + e[i + 2];
                }
            },
        );
        assert_eq!(out, array![[5u8, 7, 9], [5, 7, 9]]);
    }
}
