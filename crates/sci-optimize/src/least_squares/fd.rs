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

/// One column of the difference quotient into `col`, using `buf` (and `buf2`) as scratch.
#[allow(clippy::too_many_arguments)]
fn column(
    fun: &dyn Fn(&[f64], &mut [f64]),
    x0: &[f64],
    f0: &[f64],
    i: usize,
    h: f64,
    scheme: FiniteDiff,
    one_sided: bool,
    by_h: bool,
    col: &mut [f64],
    x: &mut [f64],
    buf: &mut [f64],
    buf2: &mut [f64],
) {
    match (scheme, one_sided) {
        (FiniteDiff::TwoPoint, _) => {
            x[i] = x0[i] + h;
            // MINPACK's lmdif divides by the nominal step, approx_derivative by the one taken.
            let dx = if by_h { h } else { x[i] - x0[i] };
            fun(x, buf);
            for k in 0..col.len() {
                col[k] = (buf[k] - f0[k]) / dx;
            }
        }
        (FiniteDiff::ThreePoint, false) => {
            x[i] = x0[i] - h;
            let xl = x[i];
            fun(x, buf);
            x[i] = x0[i] + h;
            fun(x, buf2);
            let dx = x[i] - xl;
            for k in 0..col.len() {
                col[k] = (buf2[k] - buf[k]) / dx;
            }
        }
        (FiniteDiff::ThreePoint, true) => {
            x[i] = x0[i] + h;
            fun(x, buf);
            x[i] = x0[i] + 2.0 * h;
            fun(x, buf2);
            let dx = x[i] - x0[i];
            for k in 0..col.len() {
                col[k] = (-3.0 * f0[k] + 4.0 * buf[k] - buf2[k]) / dx;
            }
        }
    }
    x[i] = x0[i];
}

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
                column(
                    fun,
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
            column(
                fun,
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
        column(
            fun,
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
