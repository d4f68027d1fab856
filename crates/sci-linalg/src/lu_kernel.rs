//! The LU factorization with partial pivoting that `det`, `inv`, `solve`, `lu_factor` and the
//! condition estimates share: faer's recursive blocked kernel, run in place on an owned copy.

use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::lu::partial_pivoting::{factor, inverse, solve};
use faer::perm::PermRef;
use faer::{Conj, Mat, MatMut, MatRef};

use crate::parallel::par;
use crate::scalar::Scalar;

/// `P A = L U` packed as LAPACK's `getrf` leaves it: `L` (unit diagonal) below the diagonal,
/// `U` on and above it; `perm[i]` is the row of `A` that became row `i`.
#[derive(Debug, Clone)]
pub(crate) struct LuFactors<T> {
    pub(crate) lu: Mat<T>,
    pub(crate) perm: Vec<usize>,
    perm_inverse: Vec<usize>,
    pub(crate) transpositions: usize,
    /// The factors are those of `Aᵀ` (see [`LuFactors::of_square`]); the solves, the inverse
    /// and the determinant account for it.
    transposed: bool,
}

impl<T: Scalar> LuFactors<T> {
    /// Factors a copy of `a` (any shape). faer's blocked kernel divides by an exactly zero
    /// pivot, which fills the rest of the factors with NaN; LAPACK skips such a column and
    /// goes on. Where that happens to a finite matrix, the factorization is redone unblocked
    /// from `a`, the LAPACK way, so singular matrices get the factors SciPy users expect
    /// (the common, nonsingular case pays for one copy and one pivot scan only).
    pub(crate) fn new(a: MatRef<'_, T>) -> Self {
        let factors = Self::blocked(a.to_owned());
        if factors.first_zero_pivot().is_some()
            && (0..a.ncols()).all(|j| (0..a.nrows()).all(|i| a[(i, j)].is_finite_scalar()))
        {
            Self::unblocked(a.to_owned())
        } else {
            factors
        }
    }

    /// Factors a square `a` for solves, inverses and determinants only (not for unpacking
    /// `P`, `L`, `U`): a row-major `a` is factored as its transpose, whose column-major copy
    /// is a plain copy of the rows, where factoring `a` itself would first transpose it in
    /// memory (a strided copy that cost a quarter of the factorization at order 1000).
    ///
    /// The two factorizations round differently, which matters only next to singularity:
    /// where the transpose's pivots span more than `2 n ε`, `a` itself is factored, as
    /// LAPACK would in SciPy, so that exactly singular matrices (`[[3, 2], [6, 4]]`) still
    /// meet an exactly zero pivot and have determinant 0.
    pub(crate) fn of_square(a: MatRef<'_, T>) -> Self {
        if a.col_stride() != 1 || a.row_stride() == 1 {
            return Self::new(a);
        }
        let f = Self {
            transposed: true,
            ..Self::new(a.transpose())
        };
        let n = f.order();
        let pivots = (0..n).map(|i| -> f64 { f.lu[(i, i)].modulus().into() });
        let (lo, hi) = pivots.fold((f64::INFINITY, 0.0f64), |(lo, hi), p| {
            (lo.min(p), hi.max(p))
        });
        if lo <= 2.0 * n as f64 * crate::validate::rcond_threshold::<T>() * hi {
            Self::new(a)
        } else {
            f
        }
    }

    /// LAPACK's `xGETF2` (right-looking, column by column), skipping the elimination below an
    /// exactly zero pivot.
    fn unblocked(mut lu: Mat<T>) -> Self {
        let (m, n) = lu.shape();
        let mut perm: Vec<usize> = (0..m).collect();
        let mut transpositions = 0;
        for k in 0..m.min(n) {
            let mut p = k;
            let mut largest: f64 = lu[(k, k)].modulus().into();
            for i in k + 1..m {
                let v: f64 = lu[(i, k)].modulus().into();
                if v > largest {
                    p = i;
                    largest = v;
                }
            }
            if p != k {
                transpositions += 1;
                perm.swap(p, k);
                for j in 0..n {
                    let t = lu[(k, j)];
                    lu[(k, j)] = lu[(p, j)];
                    lu[(p, j)] = t;
                }
            }
            let pivot = lu[(k, k)];
            if pivot == T::zero() {
                continue;
            }
            for i in k + 1..m {
                let l = lu[(i, k)] / pivot;
                lu[(i, k)] = l;
                for j in k + 1..n {
                    let u = lu[(k, j)];
                    lu[(i, j)] -= l * u;
                }
            }
        }
        let mut perm_inverse = vec![0; m];
        for (i, &p) in perm.iter().enumerate() {
            perm_inverse[p] = i;
        }
        Self {
            lu,
            perm,
            perm_inverse,
            transpositions,
            transposed: false,
        }
    }

    /// faer's recursive blocked kernel.
    fn blocked(mut lu: Mat<T>) -> Self {
        let (m, n) = lu.shape();
        let mut perm = vec![0usize; m];
        let mut perm_inverse = vec![0usize; m];
        let par = par();
        let mut buffer = MemBuffer::new(factor::lu_in_place_scratch::<usize, T>(
            m,
            n,
            par,
            Default::default(),
        ));
        let (info, _) = factor::lu_in_place(
            lu.as_mut(),
            &mut perm,
            &mut perm_inverse,
            par,
            MemStack::new(&mut buffer),
            Default::default(),
        );
        Self {
            lu,
            perm,
            perm_inverse,
            transpositions: info.transposition_count,
            transposed: false,
        }
    }

    /// `perm_inverse[r]`: the row of the factors that row `r` of `A` became.
    pub(crate) fn perm_inverse(&self) -> &[usize] {
        &self.perm_inverse
    }

    fn permutation(&self) -> PermRef<'_, usize> {
        PermRef::new_checked(&self.perm, &self.perm_inverse, self.perm.len())
    }

    /// The order of the matrix (square factorizations only).
    pub(crate) fn order(&self) -> usize {
        self.lu.nrows()
    }

    /// The first exactly zero pivot `U[k, k]` (0-based), as LAPACK's `info = k + 1`.
    pub(crate) fn first_zero_pivot(&self) -> Option<usize> {
        let k = self.lu.nrows().min(self.lu.ncols());
        (0..k).find(|&i| self.lu[(i, i)] == T::zero())
    }

    /// `det(A) = (-1)^transpositions prod U[k, k]`.
    pub(crate) fn determinant(&self) -> T {
        let mut det = T::one();
        for i in 0..self.order() {
            det *= self.lu[(i, i)];
        }
        // A zero determinant is +0.0 whatever the sign of the permutation, as SciPy prints it.
        if det == T::zero() {
            T::zero()
        } else if self.transpositions % 2 == 1 {
            -det
        } else {
            det
        }
    }

    /// Overwrites `rhs` with `A^-1 rhs`.
    pub(crate) fn solve_in_place(&self, rhs: MatMut<'_, T>) {
        // A⁻¹ = (Aᵀ)⁻ᵀ when the factors are those of Aᵀ.
        self.factors_solve(rhs, self.transposed, false);
    }

    /// Overwrites `rhs` with `A^-T rhs` (`conjugate`: `A^-H rhs`).
    pub(crate) fn solve_transpose_in_place(&self, rhs: MatMut<'_, T>, conjugate: bool) {
        // A⁻ᵀ = (Aᵀ)⁻¹ and A⁻ᴴ = conj(Aᵀ)⁻¹ when the factors are those of Aᵀ.
        self.factors_solve(rhs, !self.transposed, conjugate);
    }

    /// Overwrites `rhs` with `op(F)^-1 rhs`, `F` the factored matrix and `op` its transpose
    /// when `transpose`, conjugated when `conjugate`.
    fn factors_solve(&self, rhs: MatMut<'_, T>, transpose: bool, conjugate: bool) {
        let par = par();
        let (n, k) = (self.order(), rhs.ncols());
        let conj = if conjugate { Conj::Yes } else { Conj::No };
        let (lu, perm) = (self.lu.as_ref(), self.permutation());
        if transpose {
            let mut buffer = MemBuffer::new(solve::solve_transpose_in_place_scratch::<usize, T>(
                n, k, par,
            ));
            let stack = MemStack::new(&mut buffer);
            solve::solve_transpose_in_place_with_conj(lu, lu, perm, conj, rhs, par, stack);
        } else {
            let mut buffer = MemBuffer::new(solve::solve_in_place_scratch::<usize, T>(n, k, par));
            let stack = MemStack::new(&mut buffer);
            solve::solve_in_place_with_conj(lu, lu, perm, conj, rhs, par, stack);
        }
    }

    /// `A^-1`.
    pub(crate) fn inverse(&self) -> Mat<T> {
        let n = self.order();
        let par = par();
        let mut out = Mat::<T>::zeros(n, n);
        let mut buffer = MemBuffer::new(inverse::inverse_scratch::<usize, T>(n, par));
        inverse::inverse(
            out.as_mut(),
            self.lu.as_ref(),
            self.lu.as_ref(),
            self.permutation(),
            par,
            MemStack::new(&mut buffer),
        );
        if self.transposed {
            // A⁻¹ = ((Aᵀ)⁻¹)ᵀ.
            out.transpose().to_owned()
        } else {
            out
        }
    }
}
