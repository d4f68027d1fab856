//! L-BFGS-B's small dense systems (order `2m ≤` a few tens): faer's LU with partial pivoting
//! run on the calling thread, since a thread pool costs more than the whole factorisation at
//! this size, and the permuted triangular solves against it.

use faer::dyn_stack::{MemBuffer, MemStack};
use faer::{Mat, Par};

/// An LU factorisation `P A = L U` of a small square matrix.
pub(super) struct SmallLu {
    lu: Mat<f64>,
    /// `fwd[i]`: the row of `A` that became row `i`.
    fwd: Vec<usize>,
}

impl SmallLu {
    /// Factors `a`; `None` when a pivot vanishes or is not finite.
    pub(super) fn new(mut a: Mat<f64>) -> Option<Self> {
        let n = a.nrows();
        let mut fwd = vec![0usize; n];
        let mut bwd = vec![0usize; n];
        let mut mem = MemBuffer::new(
            faer::linalg::lu::partial_pivoting::factor::lu_in_place_scratch::<usize, f64>(
                n,
                n,
                Par::Seq,
                Default::default(),
            ),
        );
        let (_, perm) = faer::linalg::lu::partial_pivoting::factor::lu_in_place(
            a.as_mut(),
            &mut fwd,
            &mut bwd,
            Par::Seq,
            MemStack::new(&mut mem),
            Default::default(),
        );
        let fwd: Vec<usize> = perm.arrays().0.to_vec();
        let ok = (0..n).all(|i| a[(i, i)] != 0.0 && a[(i, i)].is_finite());
        ok.then_some(SmallLu { lu: a, fwd })
    }

    /// Solves `A x = b` into `x`.
    pub(super) fn solve(&self, b: &[f64], x: &mut [f64]) {
        let n = self.fwd.len();
        for i in 0..n {
            x[i] = b[self.fwd[i]];
        }
        for i in 0..n {
            let mut s = x[i];
            for k in 0..i {
                s -= self.lu[(i, k)] * x[k];
            }
            x[i] = s;
        }
        for i in (0..n).rev() {
            let mut s = x[i];
            for k in i + 1..n {
                s -= self.lu[(i, k)] * x[k];
            }
            x[i] = s / self.lu[(i, i)];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solves_a_pivoted_system() {
        let a = [[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [3.0, 0.0, 1.0]];
        let lu = SmallLu::new(Mat::from_fn(3, 3, |i, j| a[i][j])).unwrap();
        let b = [3.0, 2.0, 4.0];
        let mut x = [0.0; 3];
        lu.solve(&b, &mut x);
        for i in 0..3 {
            let r: f64 = (0..3).map(|j| a[i][j] * x[j]).sum();
            assert!((r - b[i]).abs() < 1e-14, "{x:?}");
        }
        assert!(SmallLu::new(Mat::zeros(2, 2)).is_none());
    }
}
