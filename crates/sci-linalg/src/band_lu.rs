//! LU factorization with partial pivoting of a band matrix in band storage (the algorithm of
//! LAPACK's `xGBTF2`: Golub & Van Loan, "Matrix Computations", 4th ed., §4.3.5), and the
//! solves with it. Row interchanges widen `U`'s upper bandwidth from `ku` to `kl + ku`, so
//! the storage keeps `kl` extra rows above the band. O(n kl (kl + ku)) time, O(n (2 kl + ku))
//! memory: `solve(assume_a=Tridiagonal | Banded)` and `solve_banded` never densify.

use crate::scalar::Scalar;

/// The factors of a band matrix of order `n` with `kl` sub- and `ku` superdiagonals.
#[derive(Debug, Clone)]
pub(crate) struct BandLu<T> {
    n: usize,
    kl: usize,
    ku: usize,
    /// Column-major, `ld = 2 kl + ku + 1` rows: `A[i, j]` at `(kl + ku + i - j) + j ld`.
    ab: Vec<T>,
    /// `pivots[j]`: the row swapped with row `j` at step `j`.
    pivots: Vec<usize>,
    /// The first exactly zero pivot (0-based), as LAPACK's `info = k + 1`.
    pub(crate) zero_pivot: Option<usize>,
}

impl<T: Scalar> BandLu<T> {
    /// Factors the band matrix whose entries `entry(i, j)` are read for `|i - j|` within the
    /// band (`j - ku <= i <= j + kl`).
    pub(crate) fn factor(
        n: usize,
        kl: usize,
        ku: usize,
        entry: impl Fn(usize, usize) -> T,
    ) -> Self {
        let ld = 2 * kl + ku + 1;
        let mut lu = Self {
            n,
            kl,
            ku,
            ab: vec![T::zero(); ld * n],
            pivots: (0..n).collect(),
            zero_pivot: None,
        };
        for j in 0..n {
            for i in j.saturating_sub(ku)..(j + kl + 1).min(n) {
                *lu.at_mut(i, j) = entry(i, j);
            }
        }
        lu.eliminate();
        lu
    }

    #[inline]
    fn index(&self, i: usize, j: usize) -> usize {
        (self.kl + self.ku + i - j) + j * (2 * self.kl + self.ku + 1)
    }

    #[inline]
    fn at(&self, i: usize, j: usize) -> T {
        self.ab[self.index(i, j)]
    }

    #[inline]
    fn at_mut(&mut self, i: usize, j: usize) -> &mut T {
        let k = self.index(i, j);
        &mut self.ab[k]
    }

    fn eliminate(&mut self) {
        let (n, kl, ku) = (self.n, self.kl, self.ku);
        // The last column that the row operations so far have reached.
        let mut last_column = 0;
        for j in 0..n {
            let below = kl.min(n - 1 - j);
            let mut pivot_row = j;
            let mut largest: f64 = self.at(j, j).modulus().into();
            for i in j + 1..=j + below {
                let m: f64 = self.at(i, j).modulus().into();
                if m > largest || largest.is_nan() {
                    pivot_row = i;
                    largest = m;
                }
            }
            self.pivots[j] = pivot_row;
            if self.at(pivot_row, j) == T::zero() {
                self.zero_pivot.get_or_insert(j);
                continue;
            }
            last_column = last_column.max((j + ku + pivot_row - j).min(n - 1));
            if pivot_row != j {
                for c in j..=last_column {
                    let (a, b) = (self.index(j, c), self.index(pivot_row, c));
                    self.ab.swap(a, b);
                }
            }
            let pivot = self.at(j, j);
            for i in j + 1..=j + below {
                let l = self.at(i, j) / pivot;
                *self.at_mut(i, j) = l;
                for c in j + 1..=last_column {
                    let u = self.at(j, c);
                    *self.at_mut(i, c) -= l * u;
                }
            }
        }
    }

    /// The order of the matrix.
    pub(crate) fn order(&self) -> usize {
        self.n
    }

    /// Overwrites `b` with `A^-1 b`.
    pub(crate) fn solve_in_place(&self, b: &mut [T]) {
        let (n, kl, ku) = (self.n, self.kl, self.ku);
        for j in 0..n.saturating_sub(1) {
            b.swap(j, self.pivots[j]);
            let bj = b[j];
            for i in j + 1..=j + kl.min(n - 1 - j) {
                b[i] -= self.at(i, j) * bj;
            }
        }
        for j in (0..n).rev() {
            b[j] /= self.at(j, j);
            let bj = b[j];
            for i in j.saturating_sub(kl + ku)..j {
                b[i] -= self.at(i, j) * bj;
            }
        }
    }

    /// Overwrites `b` with `A^-T b` (`conjugate`: `A^-H b`).
    pub(crate) fn solve_transpose_in_place(&self, b: &mut [T], conjugate: bool) {
        let (n, kl, ku) = (self.n, self.kl, self.ku);
        let c = |v: T| if conjugate { v.conjugate() } else { v };
        for j in 0..n {
            let mut s = b[j];
            for i in j.saturating_sub(kl + ku)..j {
                s -= c(self.at(i, j)) * b[i];
            }
            b[j] = s / c(self.at(j, j));
        }
        for j in (0..n.saturating_sub(1)).rev() {
            let mut s = b[j];
            for i in j + 1..=j + kl.min(n - 1 - j) {
                s -= c(self.at(i, j)) * b[i];
            }
            b[j] = s;
            b.swap(j, self.pivots[j]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pentadiagonal system against its dense solution, forward and transposed.
    #[test]
    fn solves_band_systems() {
        let n = 7;
        let entry = |i: usize, j: usize| {
            let d = i as f64 - j as f64;
            if d.abs() > 2.0 {
                0.0
            } else {
                1.0 / (1.0 + (i + 2 * j) as f64) + if d == 0.0 { 0.1 } else { d }
            }
        };
        let lu = BandLu::factor(n, 2, 1, |i, j| {
            if j + 1 >= i && i <= j + 2 && j <= i + 1 {
                entry(i, j)
            } else {
                0.0
            }
        });
        let dense = |i: usize, j: usize| {
            if j + 1 >= i && i <= j + 2 && j <= i + 1 {
                entry(i, j)
            } else {
                0.0
            }
        };
        let x: Vec<f64> = (0..n).map(|i| 1.0 + i as f64).collect();
        let mut b: Vec<f64> = (0..n)
            .map(|i| (0..n).map(|j| dense(i, j) * x[j]).sum())
            .collect();
        lu.solve_in_place(&mut b);
        for (u, v) in b.iter().zip(&x) {
            assert!((u - v).abs() < 1e-12, "{u} vs {v}");
        }
        let mut bt: Vec<f64> = (0..n)
            .map(|i| (0..n).map(|j| dense(j, i) * x[j]).sum())
            .collect();
        lu.solve_transpose_in_place(&mut bt, false);
        for (u, v) in bt.iter().zip(&x) {
            assert!((u - v).abs() < 1e-12, "{u} vs {v}");
        }
        assert_eq!(lu.zero_pivot, None);
    }
}
