//! `qr_update`, `qr_insert` and `qr_delete`: a full QR decomposition `A = Q R` (`Q` square)
//! brought to that of a modified matrix — a rank-k change, inserted or deleted rows or
//! columns — in O(M²) per rank or row/column by Givens rotations instead of refactoring in
//! O(M N min(M, N)) (Golub and Van Loan §6.5).
//!
//! Each rotation `G` acts on two rows of `R` and, as `Gᴴ`, on the same two columns of `Q`, so
//! `Q R` stays the (modified) matrix throughout. Economic decompositions (`Q` of `M × N`,
//! `M > N`) are supported by `qr_update` (the new direction extends `Q` for the duration of
//! the update); `qr_insert` and `qr_delete` refuse them with [`Error::Unsupported`].

use sci_core::Complex64;
use sci_core::ndarray::{Array2, ArrayView2, AsArray, Axis, Ix1, Ix2, s};
use sci_core::{Error, Result, view, view1};

use crate::decompositions::qr::Qr;
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// Whether rows or columns are inserted or deleted: SciPy's `which` of `qr_insert` and
/// `qr_delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QrWhich {
    /// `'row'` (SciPy's default).
    #[default]
    Row,
    /// `'col'`.
    Col,
}

/// The optional arguments of [`qr_update_with`] and [`qr_update_rank_k`]: SciPy's keywords
/// of `scipy.linalg.qr_update` (`overwrite_qruv` has no meaning here: inputs are borrowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrUpdateOptions {
    /// Whether a NaN or infinity in the inputs is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for QrUpdateOptions {
    fn default() -> Self {
        Self { check_finite: true }
    }
}

setters!(QrUpdateOptions { check_finite: bool });

/// The optional arguments of [`qr_insert_with`] and [`qr_insert_block`]: SciPy's keywords of
/// `scipy.linalg.qr_insert` (`rcond` matters only for economic decompositions, which are not
/// supported; `overwrite_qru` has no meaning here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrInsertOptions {
    /// Insert rows or columns (SciPy's `which`, `'row'` by default).
    pub which: QrWhich,
    /// Whether a NaN or infinity in the inputs is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for QrInsertOptions {
    fn default() -> Self {
        Self {
            which: QrWhich::Row,
            check_finite: true,
        }
    }
}

setters!(QrInsertOptions {
    which: QrWhich,
    check_finite: bool
});

/// The optional arguments of [`qr_delete_with`]: SciPy's keywords of `scipy.linalg.qr_delete`
/// (`overwrite_qr` has no meaning here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrDeleteOptions {
    /// How many consecutive rows or columns to delete (SciPy's `p`, 1 by default).
    pub p: usize,
    /// Delete rows or columns (SciPy's `which`, `'row'` by default).
    pub which: QrWhich,
    /// Whether a NaN or infinity in the inputs is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for QrDeleteOptions {
    fn default() -> Self {
        Self {
            p: 1,
            which: QrWhich::Row,
            check_finite: true,
        }
    }
}

setters!(QrDeleteOptions {
    p: usize,
    which: QrWhich,
    check_finite: bool
});

/// The rank-1 update: SciPy's `scipy.linalg.qr_update(Q, R, u, v)`, the QR decomposition of
/// `A + u vᴴ` (`u vᵀ` for real input) from the decomposition `A = Q R` (full: `Q` is `M × M`,
/// `R` is `M × N`; or economic with `M > N`: `Q` is `M × N`, `R` is `N × N`), `u` of length
/// `M` and `v` of length `N`. The result has the input's form.
///
/// `Qᴴ u` is rotated into `e₁` (making `R` upper Hessenberg), the rank-1 term added to the
/// first row, and the Hessenberg matrix rotated back to triangular: O(M² + M N) time. The
/// result is unique up to the signs (phases) of `R`'s diagonal.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] for inconsistent shapes;
/// - [`Error::Unsupported`] for a non-square `Q` other than an economic factor (`M × N`,
///   `M > N`, with `R` of `N × N`, which is supported);
/// - [`Error::NonFinite`] for a NaN or infinity in an input (see
///   [`QrUpdateOptions::check_finite`]).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Array2};
/// use sci_linalg::{qr, qr_update};
///
/// let a = array![[2.0_f64, 1.0], [1.0, 3.0], [0.0, 1.0]];
/// let f = qr(&a)?;
/// let (u, v) = (array![1.0_f64, 0.0, 2.0], array![0.5_f64, -1.0]);
/// let g = qr_update(&f.q, &f.r, &u, &v)?;
/// let a1 = &a + &Array2::from_shape_fn((3, 2), |(i, j)| u[i] * v[j]);
/// let back = g.q.dot(&g.r);
/// assert!(back.iter().zip(a1.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// assert!(g.r[[1, 0]] == 0.0 && g.r[[2, 0]] == 0.0 && g.r[[2, 1]] == 0.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_update.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §6.5.1.
pub fn qr_update<'q, 'r, 'u, 'v, T: Scalar>(
    q: impl AsArray<'q, T, Ix2>,
    r: impl AsArray<'r, T, Ix2>,
    u: impl AsArray<'u, T, Ix1>,
    v: impl AsArray<'v, T, Ix1>,
) -> Result<Qr<T>> {
    qr_update_with(q, r, u, v, &QrUpdateOptions::default())
}

/// [`qr_update`] with SciPy's keyword arguments (`check_finite`).
///
/// # Errors
///
/// As [`qr_update`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr, qr_update_with, QrUpdateOptions};
///
/// let f = qr(&array![[1.0_f64, 0.0], [0.0, 1.0]])?;
/// let g = qr_update_with(&f.q, &f.r, &array![1.0_f64, 1.0], &array![1.0_f64, 1.0],
///                        &QrUpdateOptions::default())?;
/// let back = g.q.dot(&g.r);
/// assert!((back[[0, 1]] - 1.0).abs() < 1e-15 && (back[[1, 1]] - 2.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_update.html>
pub fn qr_update_with<'q, 'r, 'u, 'v, T: Scalar>(
    q: impl AsArray<'q, T, Ix2>,
    r: impl AsArray<'r, T, Ix2>,
    u: impl AsArray<'u, T, Ix1>,
    v: impl AsArray<'v, T, Ix1>,
    options: &QrUpdateOptions,
) -> Result<Qr<T>> {
    let u = view1(u).insert_axis(Axis(1));
    let v = view1(v).insert_axis(Axis(1));
    qr_update_rank_k(q, r, u, v, options)
}

/// The rank-k update: SciPy's `qr_update(Q, R, u, v)` with matrices `u` (`M × k`) and `v`
/// (`N × k`), the QR decomposition of `A + u vᴴ` (`u vᵀ` for real input), as `k` rank-1
/// updates: O(k (M² + M N)) time.
///
/// # Errors
///
/// As [`qr_update`] (`u` and `v` must have the same number of columns).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Array2};
/// use sci_linalg::{qr, qr_update_rank_k, QrUpdateOptions};
///
/// let a = Array2::<f64>::eye(3);
/// let f = qr(&a)?;
/// let u = array![[1.0_f64, 0.0], [0.0, 1.0], [1.0, 1.0]];
/// let v = array![[0.0_f64, 1.0], [1.0, 0.0], [0.0, 0.0]];
/// let g = qr_update_rank_k(&f.q, &f.r, &u, &v, &QrUpdateOptions::default())?;
/// let want = &a + &u.dot(&v.t());
/// assert!(g.q.dot(&g.r).iter().zip(want.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_update.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §6.5.1.
pub fn qr_update_rank_k<'q, 'r, 'u, 'v, T: Scalar>(
    q: impl AsArray<'q, T, Ix2>,
    r: impl AsArray<'r, T, Ix2>,
    u: impl AsArray<'u, T, Ix2>,
    v: impl AsArray<'v, T, Ix2>,
    options: &QrUpdateOptions,
) -> Result<Qr<T>> {
    let (q, r, u, v) = (view(q), view(r), view(u), view(v));
    let economic = q.nrows() > q.ncols() && q.ncols() == r.nrows() && r.nrows() == r.ncols();
    let (m, n) = if economic {
        (q.nrows(), r.ncols())
    } else {
        full_shapes(&q, &r)?
    };
    if u.nrows() != m || v.nrows() != n || u.ncols() != v.ncols() {
        return Err(Error::shape_mismatch(
            "qr_update: u must be M x k and v N x k",
            &[m, n, u.ncols()],
            &[u.nrows(), v.nrows(), v.ncols()],
        ));
    }
    for (name, x) in [("Q", &q), ("R", &r), ("u", &u), ("v", &v)] {
        validate::finite(name, x, options.check_finite)?;
    }
    let (mut q, mut r) = (q.to_owned(), r.to_owned());
    for j in 0..u.ncols() {
        if economic {
            (q, r) = rank_one_economic(&q, &r, u.column(j), v.column(j));
        } else {
            rank_one(&mut q, &mut r, u.column(j), v.column(j));
        }
    }
    Ok(Qr { q, r })
}

/// Inserts the row (or, with [`QrWhich::Col`], the column) `u` before index `k`: SciPy's
/// `scipy.linalg.qr_insert(Q, R, u, k)` (mode `'row'`; `u` has length `N`), the full QR
/// decomposition of the enlarged matrix. O(M N) time for a row, O(M²) for a column.
///
/// # Errors
///
/// As [`qr_update`], but [`Error::Unsupported`] for any economic decomposition; and
/// [`Error::InvalidArgument`] if `k` is beyond the number of rows (or columns).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr, qr_insert};
///
/// let f = qr(&array![[1.0_f64, 2.0], [3.0, 4.0]])?;
/// let g = qr_insert(&f.q, &f.r, &array![5.0_f64, 6.0], 1)?;
/// let want = array![[1.0_f64, 2.0], [5.0, 6.0], [3.0, 4.0]];
/// assert!(g.q.dot(&g.r).iter().zip(want.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_insert.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §6.5.2–6.5.3.
pub fn qr_insert<'q, 'r, 'u, T: Scalar>(
    q: impl AsArray<'q, T, Ix2>,
    r: impl AsArray<'r, T, Ix2>,
    u: impl AsArray<'u, T, Ix1>,
    k: usize,
) -> Result<Qr<T>> {
    qr_insert_with(q, r, u, k, &QrInsertOptions::default())
}

/// [`qr_insert`] with SciPy's keyword arguments (`which`, `check_finite`): a row of length
/// `N` or a column of length `M`.
///
/// # Errors
///
/// As [`qr_insert`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr, qr_insert_with, QrInsertOptions, QrWhich};
///
/// let f = qr(&array![[1.0_f64, 2.0], [3.0, 4.0], [5.0, 7.0]])?;
/// let o = QrInsertOptions::default().which(QrWhich::Col);
/// let g = qr_insert_with(&f.q, &f.r, &array![1.0_f64, 0.0, 1.0], 0, &o)?;
/// assert_eq!(g.r.dim(), (3, 3));
/// assert!((g.q.dot(&g.r)[[2, 0]] - 1.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_insert.html>
pub fn qr_insert_with<'q, 'r, 'u, T: Scalar>(
    q: impl AsArray<'q, T, Ix2>,
    r: impl AsArray<'r, T, Ix2>,
    u: impl AsArray<'u, T, Ix1>,
    k: usize,
    options: &QrInsertOptions,
) -> Result<Qr<T>> {
    let u = view1(u);
    let u = match options.which {
        QrWhich::Row => u.insert_axis(Axis(0)),
        QrWhich::Col => u.insert_axis(Axis(1)),
    };
    qr_insert_block(q, r, u, k, options)
}

/// Inserts several rows (`u` of shape `p × N`) or columns (`u` of shape `M × p`, with
/// [`QrWhich::Col`]) before index `k`: SciPy's `qr_insert` with a 2-D `u`, one row or column
/// at a time.
///
/// # Errors
///
/// As [`qr_insert`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr, qr_insert_block, QrInsertOptions};
///
/// let f = qr(&array![[1.0_f64, 2.0]])?;
/// let rows = array![[3.0_f64, 4.0], [5.0, 7.0]];
/// let g = qr_insert_block(&f.q, &f.r, &rows, 1, &QrInsertOptions::default())?;
/// let want = array![[1.0_f64, 2.0], [3.0, 4.0], [5.0, 7.0]];
/// assert!(g.q.dot(&g.r).iter().zip(want.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_insert.html>
pub fn qr_insert_block<'q, 'r, 'u, T: Scalar>(
    q: impl AsArray<'q, T, Ix2>,
    r: impl AsArray<'r, T, Ix2>,
    u: impl AsArray<'u, T, Ix2>,
    k: usize,
    options: &QrInsertOptions,
) -> Result<Qr<T>> {
    let (q, r, u) = (view(q), view(r), view(u));
    let (m, n) = full_shapes(&q, &r)?;
    let (limit, fits) = match options.which {
        QrWhich::Row => (m, u.ncols() == n),
        QrWhich::Col => (n, u.nrows() == m),
    };
    if !fits {
        return Err(Error::shape_mismatch(
            "qr_insert: u must be p x N (rows) or M x p (columns)",
            &[m, n],
            u.shape(),
        ));
    }
    if k > limit {
        return Err(Error::invalid_argument(
            "k",
            k,
            format!("must be at most {limit} (the number of rows or columns)"),
        ));
    }
    for (name, x) in [("Q", &q), ("R", &r), ("u", &u)] {
        validate::finite(name, x, options.check_finite)?;
    }
    let (mut q, mut r) = (q.to_owned(), r.to_owned());
    match options.which {
        QrWhich::Row => {
            for (i, row) in u.rows().into_iter().enumerate() {
                (q, r) = insert_row(&q, &r, row, k + i);
            }
        }
        QrWhich::Col => {
            for (i, col) in u.columns().into_iter().enumerate() {
                (q, r) = insert_col(&q, &r, col, k + i);
            }
        }
    }
    Ok(Qr { q, r })
}

/// Deletes row `k`: SciPy's `scipy.linalg.qr_delete(Q, R, k)` (`p = 1`, `which='row'`), the
/// full QR decomposition of `A` without that row. O(M² + M N) time.
///
/// # Errors
///
/// As [`qr_update`], but [`Error::Unsupported`] for any economic decomposition; and
/// [`Error::InvalidArgument`] if rows (columns) `k..k + p` are not all in the matrix.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr, qr_delete};
///
/// let f = qr(&array![[1.0_f64, 2.0], [3.0, 4.0], [5.0, 7.0]])?;
/// let g = qr_delete(&f.q, &f.r, 1)?;
/// let want = array![[1.0_f64, 2.0], [5.0, 7.0]];
/// assert!(g.q.dot(&g.r).iter().zip(want.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_delete.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §6.5.2–6.5.3.
pub fn qr_delete<'q, 'r, T: Scalar>(
    q: impl AsArray<'q, T, Ix2>,
    r: impl AsArray<'r, T, Ix2>,
    k: usize,
) -> Result<Qr<T>> {
    qr_delete_with(q, r, k, &QrDeleteOptions::default())
}

/// [`qr_delete`] with SciPy's keyword arguments: `p` consecutive rows or columns
/// (`which`) from index `k`, and `check_finite`.
///
/// # Errors
///
/// As [`qr_delete`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr, qr_delete_with, QrDeleteOptions, QrWhich};
///
/// let f = qr(&array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0]])?;
/// let o = QrDeleteOptions::default().which(QrWhich::Col).p(2);
/// let g = qr_delete_with(&f.q, &f.r, 0, &o)?;
/// assert_eq!(g.r.dim(), (2, 1));
/// assert!((g.q.dot(&g.r)[[1, 0]] - 6.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_delete.html>
pub fn qr_delete_with<'q, 'r, T: Scalar>(
    q: impl AsArray<'q, T, Ix2>,
    r: impl AsArray<'r, T, Ix2>,
    k: usize,
    options: &QrDeleteOptions,
) -> Result<Qr<T>> {
    let (q, r) = (view(q), view(r));
    let (m, n) = full_shapes(&q, &r)?;
    let limit = match options.which {
        QrWhich::Row => m,
        QrWhich::Col => n,
    };
    if options.p == 0 || k.checked_add(options.p).is_none_or(|end| end > limit) {
        return Err(Error::invalid_argument(
            "k, p",
            format!("k = {k}, p = {}", options.p),
            format!("p must be positive and k + p at most {limit} (the number of rows or columns)"),
        ));
    }
    for (name, x) in [("Q", &q), ("R", &r)] {
        validate::finite(name, x, options.check_finite)?;
    }
    let (mut q, mut r) = (q.to_owned(), r.to_owned());
    for _ in 0..options.p {
        (q, r) = match options.which {
            QrWhich::Row => delete_row(&q, &r, k),
            QrWhich::Col => delete_col(&q, &r, k),
        };
    }
    Ok(Qr { q, r })
}

/// `(M, N)` of a full decomposition, or the error for inconsistent or economic shapes.
fn full_shapes<T>(q: &ArrayView2<'_, T>, r: &ArrayView2<'_, T>) -> Result<(usize, usize)> {
    let (m, mq) = q.dim();
    if r.nrows() != mq {
        return Err(Error::shape_mismatch(
            "qr update: Q must be M x M and R M x N",
            &[mq, r.ncols()],
            r.shape(),
        ));
    }
    if mq != m {
        return Err(Error::unsupported(
            "updating an economic QR decomposition (Q must be square)",
        ));
    }
    Ok((m, r.ncols()))
}

/// A plane rotation `G = [[c, s], [-s̄, c]]` (`c` real) with `G [a; b] = [ρ; 0]`, computed in
/// double precision (without overflow: the moduli are scaled by the larger).
#[derive(Clone, Copy)]
struct Givens<T> {
    c: T,
    s: T,
}

impl<T: Scalar> Givens<T> {
    fn zeroing(a: T, b: T) -> Self {
        let (a, b) = (a.to_c64(), b.to_c64());
        let (na, nb) = (a.norm(), b.norm());
        let (c, s) = if nb == 0.0 {
            (1.0, Complex64::new(0.0, 0.0))
        } else if na == 0.0 {
            (0.0, b.conj() / nb)
        } else {
            let rho = na.hypot(nb);
            (na / rho, (a / na) * b.conj() / rho)
        };
        Self {
            c: T::from_f64(c),
            s: T::from_c64(s),
        }
    }

    /// Rows `i` and `j` of `x` ← `G` applied to them.
    fn rows(self, x: &mut Array2<T>, i: usize, j: usize) {
        let sc = self.s.conjugate();
        for col in 0..x.ncols() {
            let (xi, xj) = (x[(i, col)], x[(j, col)]);
            x[(i, col)] = self.c * xi + self.s * xj;
            x[(j, col)] = self.c * xj - sc * xi;
        }
    }

    /// Columns `i` and `j` of `x` ← those of `x Gᴴ`, which keeps `Q R` when `R`'s rows get
    /// `G`.
    fn cols(self, x: &mut Array2<T>, i: usize, j: usize) {
        let sc = self.s.conjugate();
        for row in 0..x.nrows() {
            let (xi, xj) = (x[(row, i)], x[(row, j)]);
            x[(row, i)] = self.c * xi + sc * xj;
            x[(row, j)] = self.c * xj - self.s * xi;
        }
    }
}

/// Rotates rows `i` and `i + 1` of `r` to zero `r[i + 1, col]`, and `q` along.
fn annihilate<T: Scalar>(q: &mut Array2<T>, r: &mut Array2<T>, i: usize, col: usize) {
    let g = Givens::zeroing(r[(i, col)], r[(i + 1, col)]);
    g.rows(r, i, i + 1);
    g.cols(q, i, i + 1);
    r[(i + 1, col)] = T::zero();
}

/// Reduces an upper Hessenberg `r` (non-zeros at most one below the diagonal) to triangular.
fn hessenberg_to_triangular<T: Scalar>(q: &mut Array2<T>, r: &mut Array2<T>, from: usize) {
    let (m, n) = r.dim();
    for j in from..n.min(m.saturating_sub(1)) {
        annihilate(q, r, j, j);
    }
}

/// `Q R ← Q R + u vᴴ` in place (GVL Algorithm 6.5.1 with rotations).
fn rank_one<T: Scalar>(
    q: &mut Array2<T>,
    r: &mut Array2<T>,
    u: sci_core::ndarray::ArrayView1<'_, T>,
    v: sci_core::ndarray::ArrayView1<'_, T>,
) {
    let (rows, m) = q.dim();
    if m == 0 {
        return;
    }
    // w = Qᴴ u, carried as an extra column of R so the rotations reach it too.
    let mut w = Array2::from_shape_fn((m, 1), |(i, _)| {
        (0..rows).map(|k| q[(k, i)].conjugate() * u[k]).sum::<T>()
    });
    for i in (1..m).rev() {
        let g = Givens::zeroing(w[(i - 1, 0)], w[(i, 0)]);
        g.rows(&mut w, i - 1, i);
        g.rows(r, i - 1, i);
        g.cols(q, i - 1, i);
        w[(i, 0)] = T::zero();
    }
    let alpha = w[(0, 0)];
    for (j, &vj) in v.iter().enumerate() {
        r[(0, j)] += alpha * vj.conjugate();
    }
    hessenberg_to_triangular(q, r, 0);
}

/// `Q R ← Q R + u vᴴ` for an economic decomposition (`Q` of `M × N`, `M > N`, `R` of
/// `N × N`): the part of `u` outside the range of `Q` (Gram-Schmidt, applied twice so it is
/// orthogonal to working precision) extends `Q` by one column and `R` by a zero row, the full
/// update runs on the extended factors, and the extra column and row (zero once `R` is
/// triangular again) are dropped (Daniel, Gragg, Kaufman and Stewart, 1976). A component
/// below `ε ‖u‖` is dropped instead: the backward error stays at rounding level.
fn rank_one_economic<T: Scalar>(
    q: &Array2<T>,
    r: &Array2<T>,
    u: sci_core::ndarray::ArrayView1<'_, T>,
    v: sci_core::ndarray::ArrayView1<'_, T>,
) -> (Array2<T>, Array2<T>) {
    let (m, k) = q.dim();
    let mut res = u.to_owned();
    for _ in 0..2 {
        let w: Vec<T> = (0..k)
            .map(|i| (0..m).map(|l| q[(l, i)].conjugate() * res[l]).sum::<T>())
            .collect();
        for l in 0..m {
            res[l] -= (0..k).map(|i| q[(l, i)] * w[i]).sum::<T>();
        }
    }
    let norm = |x: &sci_core::ndarray::Array1<T>| {
        x.iter().map(|z| z.to_c64().norm_sqr()).sum::<f64>().sqrt()
    };
    let (rho, unorm) = (norm(&res), norm(&u.to_owned()));
    let eps: f64 = validate::rcond_threshold::<T>();
    if rho <= eps * unorm {
        let (mut q1, mut r1) = (q.clone(), r.clone());
        rank_one(&mut q1, &mut r1, u, v);
        return (q1, r1);
    }
    let mut q1 = Array2::from_elem((m, k + 1), T::zero());
    q1.slice_mut(s![.., ..k]).assign(q);
    let inv = T::from_f64(1.0 / rho);
    for l in 0..m {
        q1[(l, k)] = res[l] * inv;
    }
    let mut r1 = Array2::from_elem((k + 1, r.ncols()), T::zero());
    r1.slice_mut(s![..k, ..]).assign(r);
    rank_one(&mut q1, &mut r1, u, v);
    (
        q1.slice(s![.., ..k]).to_owned(),
        r1.slice(s![..k, ..]).to_owned(),
    )
}

/// The decomposition with row `u` inserted at index `k`.
fn insert_row<T: Scalar>(
    q: &Array2<T>,
    r: &Array2<T>,
    u: sci_core::ndarray::ArrayView1<'_, T>,
    k: usize,
) -> (Array2<T>, Array2<T>) {
    let (m, n) = r.dim();
    // [u; A] = diag(1, Q) [u; R]; moving the first row to position k gives the new Q's rows.
    let mut r1 = Array2::from_elem((m + 1, n), T::zero());
    r1.row_mut(0).assign(&u);
    r1.slice_mut(s![1.., ..]).assign(r);
    let mut q1 = Array2::from_elem((m + 1, m + 1), T::zero());
    let old_row = |i: usize| if i < k { i } else { i - 1 };
    for i in 0..=m {
        if i == k {
            q1[(i, 0)] = T::one();
        } else {
            q1.slice_mut(s![i, 1..]).assign(&q.row(old_row(i)));
        }
    }
    hessenberg_to_triangular(&mut q1, &mut r1, 0);
    (q1, r1)
}

/// The decomposition with column `u` inserted at index `k`.
fn insert_col<T: Scalar>(
    q: &Array2<T>,
    r: &Array2<T>,
    u: sci_core::ndarray::ArrayView1<'_, T>,
    k: usize,
) -> (Array2<T>, Array2<T>) {
    let (m, n) = r.dim();
    let mut r1 = Array2::from_elem((m, n + 1), T::zero());
    r1.slice_mut(s![.., ..k]).assign(&r.slice(s![.., ..k]));
    r1.slice_mut(s![.., k + 1..]).assign(&r.slice(s![.., k..]));
    for i in 0..m {
        r1[(i, k)] = (0..m).map(|l| q[(l, i)].conjugate() * u[l]).sum::<T>();
    }
    let mut q1 = q.clone();
    // Zeroing the new column below row k from the bottom fills only the diagonal of the
    // shifted columns, so R stays upper triangular.
    for i in (k + 1..m).rev() {
        annihilate(&mut q1, &mut r1, i - 1, k);
    }
    (q1, r1)
}

/// The decomposition with row `k` deleted.
fn delete_row<T: Scalar>(q: &Array2<T>, r: &Array2<T>, k: usize) -> (Array2<T>, Array2<T>) {
    let m = q.nrows();
    let (mut q1, mut r1) = (q.clone(), r.clone());
    // Rotate row k of Q into a multiple of e₁ (from the right); R turns upper Hessenberg.
    for j in (1..m).rev() {
        let g = Givens::zeroing(q1[(k, j - 1)].conjugate(), q1[(k, j)].conjugate());
        g.rows(&mut r1, j - 1, j);
        g.cols(&mut q1, j - 1, j);
        q1[(k, j)] = T::zero();
    }
    // Q's column 0 is now ±e_k (unit modulus at k), so dropping row k and column 0 of Q and
    // row 0 of R leaves the decomposition of A without row k.
    let keep: Vec<usize> = (0..m).filter(|&i| i != k).collect();
    let q2 = q1.select(Axis(0), &keep).slice(s![.., 1..]).to_owned();
    let r2 = r1.slice(s![1.., ..]).to_owned();
    (q2, r2)
}

/// The decomposition with column `k` deleted.
fn delete_col<T: Scalar>(q: &Array2<T>, r: &Array2<T>, k: usize) -> (Array2<T>, Array2<T>) {
    let n = r.ncols();
    let keep: Vec<usize> = (0..n).filter(|&j| j != k).collect();
    let mut r1 = r.select(Axis(1), &keep);
    let mut q1 = q.clone();
    hessenberg_to_triangular(&mut q1, &mut r1, k);
    (q1, r1)
}
