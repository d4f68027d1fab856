//! The finite-difference Jacobian of a residual vector, column by column, with the
//! foundation's step rules (`finite_diff::steps`, bound adjustment). With the `parallel`
//! feature the columns of large problems are evaluated on rayon's pool; each column is the
//! same arithmetic either way, so results are identical with and without it.

use sci_core::ndarray::Array2;

use crate::Bounds;
use crate::finite_diff::{self, FdStep, FiniteDiff};

/// Below this many residual evaluations' worth of work (`m · n`) threads cost more than
/// they save.
#[cfg(feature = "parallel")]
const PARALLEL_MIN_WORK: usize = 20_000;

/// The `m × n` finite-difference Jacobian at `x0` (with `f0 = fun(x0)`) into `jac`, which
/// must be column-major (Fortran order); returns the number of residual evaluations made.
/// `by_h`: forward differences divide by the nominal step (MINPACK's `lmdif`) rather than
/// by the step actually taken (SciPy's `approx_derivative`).
#[allow(clippy::too_many_arguments)]
pub(crate) fn jacobian(
    fun: &(dyn Fn(&[f64], &mut [f64]) + Sync),
    x0: &[f64],
    f0: &[f64],
    scheme: FiniteDiff,
    step: &FdStep,
    bounds: Option<&Bounds>,
    by_h: bool,
    jac: &mut Array2<f64>,
) -> usize {
    let n = x0.len();
    let m = f0.len();
    let mut h = finite_diff::steps(x0, scheme, step);
    let one_sided = match bounds {
        Some(b) if !b.is_unbounded() => finite_diff::adjust_to_bounds(x0, &mut h, scheme, b),
        _ => vec![matches!(scheme, FiniteDiff::TwoPoint); n],
    };
    let data = jac
        .as_slice_memory_order_mut()
        .expect("the Jacobian buffer is contiguous");
    debug_assert_eq!(data.len(), m * n);
    let per_col = match scheme {
        FiniteDiff::TwoPoint => 1,
        FiniteDiff::ThreePoint => 2,
    };
    #[cfg(feature = "parallel")]
    if m * n >= PARALLEL_MIN_WORK && n > 1 && m > 0 {
        use rayon::prelude::*;
        data.par_chunks_mut(m).enumerate().for_each_init(
            || (x0.to_vec(), vec![0.0; m], vec![0.0; m]),
            |(x, b1, b2), (i, col)| {
                finite_diff::column(
                    &mut |x: &[f64], out: &mut [f64]| fun(x, out),
                    x0,
                    f0,
                    i,
                    h[i],
                    scheme,
                    one_sided[i],
                    by_h,
                    col,
                    x,
                    b1,
                    b2,
                );
            },
        );
        return per_col * n;
    }
    let mut x = x0.to_vec();
    let (mut b1, mut b2) = (vec![0.0; m], vec![0.0; m]);
    if m > 0 {
        for (i, col) in data.chunks_mut(m).enumerate() {
            finite_diff::column(
                &mut |x: &[f64], out: &mut [f64]| fun(x, out),
                x0,
                f0,
                i,
                h[i],
                scheme,
                one_sided[i],
                by_h,
                col,
                &mut x,
                &mut b1,
                &mut b2,
            );
        }
    }
    per_col * n
}

/// MINPACK `lmdif`'s forward differences with the nominal steps `h` (divided by `h`),
/// serially, for functions that need not be `Sync` (`root(method='lm')`); returns `n`.
pub(crate) fn forward_serial(
    fun: &dyn Fn(&[f64], &mut [f64]),
    x0: &[f64],
    f0: &[f64],
    h: &[f64],
    jac: &mut Array2<f64>,
) -> usize {
    let m = f0.len();
    let mut x = x0.to_vec();
    let (mut b1, mut b2) = (vec![0.0; m], vec![0.0; m]);
    for i in 0..x0.len() {
        let mut col = vec![0.0; m];
        finite_diff::column(
            &mut |x: &[f64], out: &mut [f64]| fun(x, out),
            x0,
            f0,
            i,
            h[i],
            FiniteDiff::TwoPoint,
            true,
            true,
            &mut col,
            &mut x,
            &mut b1,
            &mut b2,
        );
        jac.column_mut(i)
            .iter_mut()
            .zip(&col)
            .for_each(|(a, b)| *a = *b);
    }
    x0.len()
}
