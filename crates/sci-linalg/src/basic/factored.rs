//! One factorization per `assume_a` structure, behind a common interface that `solve` and
//! `inv` use: solve in place (also with the transpose), the reciprocal condition number in the
//! 1-norm (as LAPACK's `xGECON`, `xTRCON`, `xPOCON`, `xSYCON`, `xGBCON` report it), and exact
//! singularity.

use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::cholesky::{lblt, llt};
use faer::linalg::triangular_solve;
use faer::perm::PermRef;
use faer::{Conj, Mat, MatMut, MatRef};
use sci_core::{Error, Result};

use super::structure::{AssumeA, bandwidths, detect};
use crate::band_lu::BandLu;
use crate::condition;
use crate::decompositions::lower_factor;
use crate::lu_kernel::LuFactors;
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// A square matrix factored according to its assumed structure.
pub(crate) enum Factored<T> {
    Diagonal(Vec<T>),
    Triangular {
        a: Mat<T>,
        lower: bool,
    },
    Lu(LuFactors<T>),
    Band(BandLu<T>),
    Cholesky(Mat<T>),
    BunchKaufman {
        l: Mat<T>,
        diagonal: Diag<T>,
        subdiagonal: Diag<T>,
        perm: Vec<usize>,
        perm_inverse: Vec<usize>,
    },
}

/// The full matrix that the triangle of `a` chosen by `lower` stands for (`conjugate`: the
/// Hermitian one), as SciPy reads only that triangle.
fn from_triangle<T: Scalar>(a: MatRef<'_, T>, lower: bool, conjugate: bool) -> Mat<T> {
    let n = a.nrows();
    Mat::from_fn(n, n, |i, j| {
        let stored = if (i >= j) == lower {
            a[(i, j)]
        } else {
            a[(j, i)]
        };
        let mirrored = (i >= j) != lower && i != j;
        if mirrored && conjugate {
            stored.conjugate()
        } else if i == j && conjugate {
            T::from_real(stored.re())
        } else {
            stored
        }
    })
}

/// `||A||_1` of the matrix that `a` stands for under `structure`: only the entries the
/// structure reads count.
pub(crate) fn structured_one_norm<T: Scalar>(
    a: MatRef<'_, T>,
    structure: AssumeA,
    lower: bool,
) -> f64 {
    let n = a.nrows();
    let masked = |keep: &dyn Fn(usize, usize) -> bool| {
        condition::one_norm(
            Mat::from_fn(n, n, |i, j| if keep(i, j) { a[(i, j)] } else { T::zero() }).as_ref(),
        )
    };
    match structure {
        AssumeA::General | AssumeA::Banded => condition::one_norm(a),
        AssumeA::Diagonal => masked(&|i, j| i == j),
        AssumeA::Tridiagonal => masked(&|i, j| i.abs_diff(j) <= 1),
        AssumeA::UpperTriangular => masked(&|i, j| i <= j),
        AssumeA::LowerTriangular => masked(&|i, j| i >= j),
        AssumeA::Symmetric => condition::one_norm(from_triangle(a, lower, false).as_ref()),
        AssumeA::Hermitian | AssumeA::PositiveDefinite => {
            condition::one_norm(from_triangle(a, lower, true).as_ref())
        }
    }
}

impl<T: Scalar> Factored<T> {
    /// What `solve` and `inv` do before using the factors: factors `a` as `assume_a` (SciPy
    /// 1.17's detection when `None`), then rejects an exactly singular matrix and, unless
    /// `accept_ill_conditioned`, one whose reciprocal condition number is below the machine
    /// epsilon (SciPy's `LinAlgWarning`).
    ///
    /// # Errors
    ///
    /// [`Error::SingularMatrix`], [`Error::IllConditioned`], and those of [`Factored::new`].
    pub(crate) fn checked(
        a: MatRef<'_, T>,
        assume_a: Option<AssumeA>,
        lower: bool,
        accept_ill_conditioned: bool,
    ) -> Result<Self> {
        let structure = assume_a.unwrap_or_else(|| detect(a));
        let factored = Self::new(a, structure, lower)?;
        if let Some(k) = factored.zero_pivot() {
            return Err(Error::SingularMatrix {
                detail: format!("the pivot of column {k} is exactly zero"),
            });
        }
        let anorm = structured_one_norm(a, structure, lower);
        validate::conditioning::<T>(factored.rcond(anorm), accept_ill_conditioned)?;
        Ok(factored)
    }

    /// Factors `a` as `structure` (`lower` picks the triangle of the symmetric, Hermitian and
    /// positive definite forms).
    ///
    /// # Errors
    ///
    /// [`Error::NotPositiveDefinite`] for a Cholesky factorization that fails.
    pub(crate) fn new(a: MatRef<'_, T>, structure: AssumeA, lower: bool) -> Result<Self> {
        let n = a.nrows();
        Ok(match structure {
            AssumeA::General => Factored::Lu(LuFactors::of_square(a)),
            AssumeA::Diagonal => Factored::Diagonal((0..n).map(|i| a[(i, i)]).collect()),
            AssumeA::UpperTriangular | AssumeA::LowerTriangular => Factored::Triangular {
                a: a.to_owned(),
                lower: structure == AssumeA::LowerTriangular,
            },
            AssumeA::Tridiagonal => Factored::Band(BandLu::factor(n, 1, 1, |i, j| a[(i, j)])),
            AssumeA::Banded => {
                let (kl, ku) = bandwidths(a);
                Factored::Band(BandLu::factor(n, kl, ku, |i, j| a[(i, j)]))
            }
            AssumeA::PositiveDefinite => Factored::Cholesky(lower_factor(a, lower)?),
            // faer's Bunch-Kaufman is for self-adjoint matrices: a complex symmetric (not
            // Hermitian) matrix is solved by LU, which gives the same solution.
            AssumeA::Symmetric if T::IS_COMPLEX => {
                Factored::Lu(LuFactors::new(from_triangle(a, lower, false).as_ref()))
            }
            AssumeA::Symmetric | AssumeA::Hermitian => {
                let mut l = from_triangle(a, lower, true);
                let mut subdiagonal = Diag::<T>::zeros(n);
                let mut perm = vec![0usize; n];
                let mut perm_inverse = vec![0usize; n];
                let par = par();
                let mut buffer = MemBuffer::new(
                    lblt::factor::cholesky_in_place_scratch::<usize, T>(n, par, Default::default()),
                );
                lblt::factor::cholesky_in_place(
                    l.as_mut(),
                    subdiagonal.as_mut(),
                    &mut perm,
                    &mut perm_inverse,
                    par,
                    MemStack::new(&mut buffer),
                    Default::default(),
                );
                let mut diagonal = Diag::<T>::zeros(n);
                diagonal
                    .as_mut()
                    .column_vector_mut()
                    .copy_from(l.diagonal().column_vector());
                Factored::BunchKaufman {
                    l,
                    diagonal,
                    subdiagonal,
                    perm,
                    perm_inverse,
                }
            }
        })
    }

    /// `A^-1`.
    pub(crate) fn inverse(&self) -> Mat<T> {
        if let Factored::Lu(lu) = self {
            return lu.inverse();
        }
        let mut x = Mat::<T>::identity(self.order(), self.order());
        self.solve_in_place(x.as_mut(), false, false);
        x
    }

    /// The order of the factored matrix.
    fn order(&self) -> usize {
        match self {
            Factored::Diagonal(d) => d.len(),
            Factored::Triangular { a, .. } | Factored::Cholesky(a) => a.nrows(),
            Factored::Lu(lu) => lu.order(),
            Factored::Band(lu) => lu.order(),
            Factored::BunchKaufman { l, .. } => l.nrows(),
        }
    }

    /// The first exactly zero pivot (0-based): the matrix is singular.
    pub(crate) fn zero_pivot(&self) -> Option<usize> {
        match self {
            Factored::Diagonal(d) => d.iter().position(|&v| v == T::zero()),
            Factored::Triangular { a, .. } => (0..a.nrows()).find(|&i| a[(i, i)] == T::zero()),
            Factored::Lu(lu) => lu.first_zero_pivot(),
            Factored::Band(lu) => lu.zero_pivot,
            Factored::Cholesky(_) => None,
            Factored::BunchKaufman {
                diagonal,
                subdiagonal,
                ..
            } => {
                let d = diagonal.column_vector();
                let s = subdiagonal.column_vector();
                let n = d.nrows();
                // A 1x1 block is a diagonal entry outside any 2x2 block; 2x2 blocks are
                // chosen nonsingular by the pivoting.
                (0..n).find(|&i| {
                    let in_block = s[i] != T::zero() || (i > 0 && s[i - 1] != T::zero());
                    !in_block && d[i] == T::zero()
                })
            }
        }
    }

    /// Overwrites `rhs` with `A^-1 rhs`, or `A^-T rhs` when `transposed` (`A^-H` when also
    /// `conjugate`).
    pub(crate) fn solve_in_place(&self, mut rhs: MatMut<'_, T>, transposed: bool, conjugate: bool) {
        let par = par();
        let conj = |yes: bool| if yes { Conj::Yes } else { Conj::No };
        match self {
            Factored::Diagonal(d) => {
                for (i, &di) in d.iter().enumerate() {
                    let di = if transposed && conjugate {
                        di.conjugate()
                    } else {
                        di
                    };
                    for j in 0..rhs.ncols() {
                        rhs[(i, j)] /= di;
                    }
                }
            }
            Factored::Triangular { a, lower } => {
                let (m, c) = if transposed {
                    (a.transpose(), conj(conjugate))
                } else {
                    (a.as_ref(), Conj::No)
                };
                if *lower != transposed {
                    triangular_solve::solve_lower_triangular_in_place_with_conj(m, c, rhs, par);
                } else {
                    triangular_solve::solve_upper_triangular_in_place_with_conj(m, c, rhs, par);
                }
            }
            Factored::Lu(lu) => {
                if transposed {
                    lu.solve_transpose_in_place(rhs, conjugate);
                } else {
                    lu.solve_in_place(rhs);
                }
            }
            Factored::Band(lu) => {
                let n = lu.order();
                let mut column = vec![T::zero(); n];
                for j in 0..rhs.ncols() {
                    for i in 0..n {
                        column[i] = rhs[(i, j)];
                    }
                    if transposed {
                        lu.solve_transpose_in_place(&mut column, conjugate);
                    } else {
                        lu.solve_in_place(&mut column);
                    }
                    for i in 0..n {
                        rhs[(i, j)] = column[i];
                    }
                }
            }
            // Self-adjoint factorizations: A^T = conj(A), so A^-T b = conj(A^-1 conj(b)).
            Factored::Cholesky(l) => {
                let c = conj(transposed && !conjugate && T::IS_COMPLEX);
                let mut buffer = MemBuffer::new(llt::solve::solve_in_place_scratch::<T>(
                    l.nrows(),
                    rhs.ncols(),
                    par,
                ));
                llt::solve::solve_in_place_with_conj(
                    l.as_ref(),
                    c,
                    rhs,
                    par,
                    MemStack::new(&mut buffer),
                );
            }
            Factored::BunchKaufman {
                l,
                diagonal,
                subdiagonal,
                perm,
                perm_inverse,
            } => {
                let c = conj(transposed && !conjugate && T::IS_COMPLEX);
                let n = l.nrows();
                let mut buffer = MemBuffer::new(lblt::solve::solve_in_place_scratch::<usize, T>(
                    n,
                    rhs.ncols(),
                    par,
                ));
                lblt::solve::solve_in_place_with_conj(
                    l.as_ref(),
                    diagonal.as_ref(),
                    subdiagonal.as_ref(),
                    c,
                    PermRef::new_checked(perm, perm_inverse, n),
                    rhs,
                    par,
                    MemStack::new(&mut buffer),
                );
            }
        }
    }

    /// The reciprocal condition number in the 1-norm of the matrix whose 1-norm is `anorm`.
    pub(crate) fn rcond(&self, anorm: f64) -> f64 {
        if let Factored::Diagonal(d) = self {
            // Exact for a diagonal matrix: min |d| / max |d|.
            let moduli = d.iter().map(|v| v.modulus().into());
            let (lo, hi) = moduli.fold((f64::INFINITY, 0.0f64), |(lo, hi), m: f64| {
                (lo.min(m), hi.max(m))
            });
            return if hi == 0.0 { 0.0 } else { lo / hi };
        }
        let n = self.order();
        let ainv = condition::inverse_one_norm_estimate::<T>(
            n,
            |x| self.solve_in_place(condition::column_mut(x), false, false),
            |x| self.solve_in_place(condition::column_mut(x), true, true),
        );
        condition::reciprocal(anorm, ainv)
    }
}
