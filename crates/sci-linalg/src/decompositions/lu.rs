//! `lu`, `lu_factor` and `lu_solve`: the LU factorization with partial pivoting `A = P L U`
//! of square and rectangular matrices, in SciPy's three result forms and LAPACK's packed form.

use faer::Mat;
use sci_core::ndarray::{Array, Array1, Array2, AsArray, Axis, Dimension, Ix2};
use sci_core::{Error, Result, as_faer, from_faer, view};

use crate::lu_kernel::LuFactors;
use crate::options::setters;
use crate::rhs;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of the LU functions: SciPy's `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LuOptions {
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for LuOptions {
    fn default() -> Self {
        Self { check_finite: true }
    }
}

setters!(LuOptions { check_finite: bool });

/// `A = P L U`: SciPy's `lu(a)` result.
#[derive(Debug, Clone, PartialEq)]
pub struct Lu<T> {
    /// The `M × M` permutation matrix.
    pub p: Array2<T>,
    /// The `M × K` unit lower triangular (trapezoidal) factor, `K = min(M, N)`.
    pub l: Array2<T>,
    /// The `K × N` upper triangular (trapezoidal) factor.
    pub u: Array2<T>,
}

/// `A = PL U`: SciPy's `lu(a, permute_l=True)` result.
#[derive(Debug, Clone, PartialEq)]
pub struct PermutedLu<T> {
    /// The row-permuted lower factor `P L` (`M × K`).
    pub pl: Array2<T>,
    /// The upper factor (`K × N`).
    pub u: Array2<T>,
}

/// `A = L[p] U`: SciPy's `lu(a, p_indices=True)` result.
#[derive(Debug, Clone, PartialEq)]
pub struct LuIndices<T> {
    /// Row `i` of `A` is row `p[i]` of `L U`.
    pub p: Array1<usize>,
    /// The unit lower factor (`M × K`).
    pub l: Array2<T>,
    /// The upper factor (`K × N`).
    pub u: Array2<T>,
}

/// LAPACK's packed factorization: SciPy's `lu_factor(a)` result `(lu, piv)`, the input of
/// [`lu_solve`].
#[derive(Debug, Clone, PartialEq)]
pub struct LuFactor<T> {
    /// `L` below the diagonal (its unit diagonal implied) and `U` on and above it.
    pub lu: Array2<T>,
    /// The pivots: at step `i`, row `i` was interchanged with row `piv[i]` (0-based).
    pub piv: Array1<usize>,
}

/// Factors `a`, checking finiteness as asked.
fn factor<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>, options: &LuOptions) -> Result<LuFactors<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    Ok(LuFactors::new(as_faer(&a)))
}

/// The `L` (`M × K`) and `U` (`K × N`) factors unpacked.
fn unpack<T: Scalar>(f: &LuFactors<T>) -> (Array2<T>, Array2<T>) {
    let (m, n) = f.lu.shape();
    let k = m.min(n);
    let lu = from_faer(f.lu.as_ref());
    let l = Array2::from_shape_fn((m, k), |(i, j)| match i.cmp(&j) {
        std::cmp::Ordering::Greater => lu[(i, j)],
        std::cmp::Ordering::Equal => T::one(),
        std::cmp::Ordering::Less => T::zero(),
    });
    let u = Array2::from_shape_fn((k, n), |(i, j)| if i <= j { lu[(i, j)] } else { T::zero() });
    (l, u)
}

/// The LU factorization with partial pivoting `A = P L U` of an `M × N` matrix: SciPy's
/// `scipy.linalg.lu(a)`.
///
/// `L` is `M × K` unit lower trapezoidal and `U` is `K × N` upper trapezoidal, `K = min(M, N)`.
/// faer's recursive blocked kernel; O(M N K) time. Singular matrices are factored too (an
/// exactly zero pivot leaves its column of `L` zero, as LAPACK does).
///
/// # Errors
///
/// [`Error::NonFinite`] for a NaN or infinity in `a` (see [`lu_with`]).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::lu;
///
/// let a = array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let f = lu(&a)?;
/// assert_eq!(f.u, array![[4.0, 5.0, 6.0], [0.0, 0.75, 1.5]]);
/// assert_eq!(f.p.dot(&f.l).dot(&f.u), a);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.lu.html>
pub fn lu<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Lu<T>> {
    lu_with(a, &LuOptions::default())
}

/// [`lu`] with SciPy's `check_finite`.
///
/// # Errors
///
/// [`Error::NonFinite`] when `check_finite` is set and `a` has a NaN or infinity.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{lu_with, LuOptions};
/// let f = lu_with(&array![[0.0_f64, 1.0], [1.0, 0.0]], &LuOptions::default())?;
/// assert_eq!(f.p, array![[0.0, 1.0], [1.0, 0.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.lu.html>
pub fn lu_with<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>, options: &LuOptions) -> Result<Lu<T>> {
    let f = factor(a, options)?;
    let (l, u) = unpack(&f);
    let m = f.lu.nrows();
    let mut p = Array2::from_elem((m, m), T::zero());
    for (row, &k) in f.perm_inverse().iter().enumerate() {
        p[(row, k)] = T::one();
    }
    Ok(Lu { p, l, u })
}

/// `A = (P L) U`: SciPy's `lu(a, permute_l=True)`, the permutation applied to `L`.
///
/// # Errors
///
/// [`Error::NonFinite`] when `check_finite` is set and `a` has a NaN or infinity.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{lu_permute_l, LuOptions};
/// let a = array![[1.0_f64, 2.0], [3.0, 4.0]];
/// let f = lu_permute_l(&a, &LuOptions::default())?;
/// assert_eq!(f.pl.dot(&f.u), a);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.lu.html>
pub fn lu_permute_l<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &LuOptions,
) -> Result<PermutedLu<T>> {
    let f = factor(a, options)?;
    let (l, u) = unpack(&f);
    let pl = l.select(Axis(0), f.perm_inverse());
    Ok(PermutedLu { pl, u })
}

/// `A = L[p] U`: SciPy's `lu(a, p_indices=True)`, the permutation as row indices.
///
/// # Errors
///
/// [`Error::NonFinite`] when `check_finite` is set and `a` has a NaN or infinity.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Axis};
/// use sci_linalg::{lu_p_indices, LuOptions};
/// let a = array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let f = lu_p_indices(&a, &LuOptions::default())?;
/// assert_eq!(f.p.to_vec(), vec![1, 0]);
/// assert_eq!(f.l.select(Axis(0), f.p.as_slice().unwrap()).dot(&f.u), a);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.lu.html>
pub fn lu_p_indices<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &LuOptions,
) -> Result<LuIndices<T>> {
    let f = factor(a, options)?;
    let (l, u) = unpack(&f);
    Ok(LuIndices {
        p: Array1::from(f.perm_inverse().to_vec()),
        l,
        u,
    })
}

/// LAPACK's interchange sequence of a row permutation: the `piv` of `getrf`, where at step
/// `i` row `i` is swapped with row `piv[i] >= i`.
fn interchanges(perm: &[usize], k: usize) -> Vec<usize> {
    let m = perm.len();
    // current[r]: the original row now at position r; position[o]: where original row o is.
    let mut current: Vec<usize> = (0..m).collect();
    let mut position: Vec<usize> = (0..m).collect();
    let mut piv = Vec::with_capacity(k);
    for i in 0..k {
        let j = position[perm[i]];
        piv.push(j);
        let (a, b) = (current[i], current[j]);
        current.swap(i, j);
        position[a] = j;
        position[b] = i;
    }
    piv
}

/// The packed LU factorization of a square or rectangular matrix: SciPy's `lu_factor(a)`,
/// for [`lu_solve`].
///
/// SciPy warns (`LinAlgWarning`) when a diagonal element of `U` is exactly zero; here that is
/// an [`Error::SingularMatrix`], since solving with such factors divides by zero.
///
/// # Errors
///
/// - [`Error::NonFinite`] when `check_finite` is set and `a` has a NaN or infinity;
/// - [`Error::SingularMatrix`] naming the first zero pivot.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{lu_factor, lu_solve, LuOptions};
///
/// let a = array![[2.0_f64, 5.0, 8.0, 7.0], [5.0, 2.0, 2.0, 8.0], [7.0, 5.0, 6.0, 6.0], [5.0, 4.0, 4.0, 8.0]];
/// let f = lu_factor(&a, &LuOptions::default())?;
/// assert_eq!(f.piv.to_vec(), vec![2, 2, 3, 3]);
/// let x = lu_solve(&f, &array![1.0, 1.0, 1.0, 1.0], &Default::default())?;
/// let r = a.dot(&x) - 1.0;
/// assert!(r.iter().all(|v| v.abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.lu_factor.html>
pub fn lu_factor<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &LuOptions,
) -> Result<LuFactor<T>> {
    let f = factor(a, options)?;
    if let Some(k) = f.first_zero_pivot() {
        return Err(Error::SingularMatrix {
            detail: format!("diagonal element {k} of U is exactly zero"),
        });
    }
    let (m, n) = f.lu.shape();
    let piv = interchanges(&f.perm, m.min(n));
    Ok(LuFactor {
        lu: from_faer(f.lu.as_ref()).to_owned(),
        piv: Array1::from(piv),
    })
}

/// Which system [`lu_solve`] solves: SciPy's `trans` (0, 1, 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Trans {
    /// `A x = b` (`trans=0`, the default).
    #[default]
    None,
    /// `Aᵀ x = b` (`trans=1`).
    Transpose,
    /// `Aᴴ x = b` (`trans=2`).
    ConjugateTranspose,
}

/// The optional arguments of [`lu_solve`]: SciPy's `trans` and `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LuSolveOptions {
    /// Which system to solve (SciPy's `trans`).
    pub trans: Trans,
    /// Whether a NaN or infinity in `b` is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for LuSolveOptions {
    fn default() -> Self {
        Self {
            trans: Trans::None,
            check_finite: true,
        }
    }
}

setters!(LuSolveOptions {
    trans: Trans,
    check_finite: bool
});

/// Solves `A x = b` (or `Aᵀ x = b`, `Aᴴ x = b`) with the factorization from [`lu_factor`]:
/// SciPy's `lu_solve((lu, piv), b)`. `b` is a vector or a matrix of right-hand sides; `x` has
/// its shape. O(n² k).
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] if the factors are not square or `b` has the wrong length;
/// - [`Error::InvalidArgument`] for a `piv` that is not a valid interchange sequence, or `b`
///   of more than 2 dimensions;
/// - [`Error::NonFinite`] when `check_finite` is set and `b` has a NaN or infinity.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{lu_factor, lu_solve, LuOptions, LuSolveOptions, Trans};
/// let a = array![[4.0_f64, 3.0], [6.0, 3.0]];
/// let f = lu_factor(&a, &LuOptions::default())?;
/// let x = lu_solve(&f, &array![10.0, 12.0], &LuSolveOptions::default().trans(Trans::Transpose))?;
/// assert!((a.t().dot(&x) - array![10.0, 12.0]).iter().all(|v| v.abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.lu_solve.html>
pub fn lu_solve<'b, T: Scalar, D: Dimension>(
    factors: &LuFactor<T>,
    b: impl AsArray<'b, T, D>,
    options: &LuSolveOptions,
) -> Result<Array<T, D>> {
    let n = factors.lu.nrows();
    sci_core::check_square("lu", factors.lu.shape())?;
    if factors.piv.len() != n
        || factors
            .piv
            .iter()
            .enumerate()
            .any(|(i, &p)| p < i || p >= n)
    {
        return Err(Error::invalid_argument(
            "piv",
            format!("{:?}", factors.piv.to_vec()),
            "must hold, for each row i, a row index in i..n",
        ));
    }
    let b = view(b);
    validate::finite("b", &b, options.check_finite)?;
    let mut x = rhs::columns(&b, n)?;
    let lu = as_faer(&factors.lu);
    let (transposed, conjugate) = match options.trans {
        Trans::None => (false, false),
        Trans::Transpose => (true, false),
        Trans::ConjugateTranspose => (true, true),
    };
    // Apply the interchanges to b before solving with L and U, or after solving with their
    // transposes.
    let swap_rows = |x: &mut Mat<T>, order: &mut dyn Iterator<Item = usize>| {
        for i in order {
            let p = factors.piv[i];
            if p != i {
                for j in 0..x.ncols() {
                    let t = x[(i, j)];
                    x[(i, j)] = x[(p, j)];
                    x[(p, j)] = t;
                }
            }
        }
    };
    let par = crate::parallel::par();
    use faer::Conj;
    use faer::linalg::triangular_solve as ts;
    if !transposed {
        swap_rows(&mut x, &mut (0..n));
        ts::solve_unit_lower_triangular_in_place_with_conj(lu, Conj::No, x.as_mut(), par);
        ts::solve_upper_triangular_in_place_with_conj(lu, Conj::No, x.as_mut(), par);
    } else {
        let c = if conjugate { Conj::Yes } else { Conj::No };
        ts::solve_lower_triangular_in_place_with_conj(lu.transpose(), c, x.as_mut(), par);
        ts::solve_unit_upper_triangular_in_place_with_conj(lu.transpose(), c, x.as_mut(), par);
        swap_rows(&mut x, &mut (0..n).rev());
    }
    rhs::back_to_shape(x, &b)
}

#[cfg(test)]
mod tests {
    use super::interchanges;

    #[test]
    fn interchanges_reproduce_the_permutation() {
        // perm[i] = original row at position i.
        let perm = [2, 0, 3, 1];
        let piv = interchanges(&perm, 4);
        let mut rows: Vec<usize> = (0..4).collect();
        for (i, &p) in piv.iter().enumerate() {
            rows.swap(i, p);
        }
        assert_eq!(rows, perm);
    }
}
