//! `qr`, `qr_pivoting`, `qr_r` and `qr_r_pivoting`: the QR decomposition `A = Q R` (or
//! `A[:, P] = Q R` with column pivoting) on faer's blocked Householder QR, and the
//! crate-internal kernel (the compact Householder form) that `qr_multiply`, `rq` and the
//! stacked `qr` share.
//!
//! SciPy's `mode='raw'` (LAPACK's `geqrf` reflectors and `tau`) is not offered: faer stores
//! its reflectors in a blocked form with a different scaling of `tau` (and Hermitian
//! reflectors for complex input), so reproducing LAPACK's raw output would be a conversion
//! layer of its own.

use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::householder;
use faer::linalg::qr::{col_pivoting, no_pivoting};
use faer::{Conj, Mat, MatMut, MatRef};
use sci_core::ndarray::{Array1, Array2, AsArray, Ix2};
use sci_core::{Result, as_faer, view};

use crate::decompositions::to_array;
use crate::options::setters;
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// The shape of the factors of [`qr_with`] and its siblings: SciPy's `mode` keyword of
/// `scipy.linalg.qr` (the result-changing modes `'r'` and `'raw'` are [`qr_r`] and not
/// offered, respectively).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QrMode {
    /// `'full'` (SciPy's default): `Q` is `M × M` and `R` is `M × N`.
    #[default]
    Full,
    /// `'economic'`: `Q` is `M × K` and `R` is `K × N`, with `K = min(M, N)`.
    Economic,
}

/// The optional arguments of [`qr_with`], [`qr_pivoting`], [`qr_r`], [`qr_r_pivoting`] and
/// [`crate::stacked::qr_with`]: SciPy's keywords of `scipy.linalg.qr` (`overwrite_a` and
/// `lwork` have no meaning here: the input is borrowed and faer sizes its own workspace).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrOptions {
    /// Full or economic factors (SciPy's `mode`, `'full'` by default).
    pub mode: QrMode,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for QrOptions {
    fn default() -> Self {
        Self {
            mode: QrMode::Full,
            check_finite: true,
        }
    }
}

setters!(QrOptions {
    mode: QrMode,
    check_finite: bool
});

/// The QR decomposition `A = Q R` as SciPy returns it: `(Q, R)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Qr<T: Scalar> {
    /// The unitary (orthogonal) factor: `M × M`, or `M × K` in economic mode.
    pub q: Array2<T>,
    /// The upper trapezoidal factor: `M × N`, or `K × N` in economic mode.
    pub r: Array2<T>,
}

/// The column-pivoted QR decomposition `A[:, P] = Q R`: SciPy's `(Q, R, P)`.
#[derive(Debug, Clone, PartialEq)]
pub struct QrPivoted<T: Scalar> {
    /// The unitary (orthogonal) factor: `M × M`, or `M × K` in economic mode.
    pub q: Array2<T>,
    /// The upper trapezoidal factor, with a diagonal of non-increasing moduli.
    pub r: Array2<T>,
    /// The column permutation: column `j` of `Q R` is column `p[j]` of `A`.
    pub p: Array1<usize>,
}

/// The triangular factor of a column-pivoted QR decomposition: SciPy's
/// `qr(a, mode='r', pivoting=True)`, `(R, P)`.
#[derive(Debug, Clone, PartialEq)]
pub struct RPivoted<T: Scalar> {
    /// The upper trapezoidal factor.
    pub r: Array2<T>,
    /// The column permutation: `A[:, P] = Q R`.
    pub p: Array1<usize>,
}

/// The QR decomposition: SciPy's `scipy.linalg.qr(a)` (mode `'full'`).
///
/// `Q` (`M × M`) is unitary and `R` (`M × N`) upper trapezoidal with `A = Q R`, computed by
/// Householder reflections (backward stable). The factors are unique only up to the signs
/// (phases, for complex input) of `R`'s diagonal, which may differ from SciPy's; `Q R`, the
/// moduli of `R`'s entries (full rank) and the orthogonality agree. O(M N min(M, N)) time.
///
/// # Errors
///
/// [`sci_core::Error::NonFinite`] for a NaN or infinity in `a` (see
/// [`QrOptions::check_finite`]).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::qr;
///
/// let a = array![[3.0_f64, 1.0], [4.0, 2.0]];
/// let f = qr(&a)?;
/// assert!((f.r[[0, 0]].abs() - 5.0).abs() < 1e-14 && f.r[[1, 0]] == 0.0);
/// let back = f.q.dot(&f.r);
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §5.2.
pub fn qr<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Qr<T>> {
    qr_with(a, &QrOptions::default())
}

/// [`qr`] with SciPy's keyword arguments (`mode` full or economic, `check_finite`).
///
/// # Errors
///
/// As [`qr`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr_with, QrMode, QrOptions};
///
/// let a = array![[1.0_f64, 2.0], [3.0, 4.0], [5.0, 6.0]];
/// let f = qr_with(&a, &QrOptions::default().mode(QrMode::Economic))?;
/// assert_eq!((f.q.dim(), f.r.dim()), ((3, 2), (2, 2)));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr.html>
pub fn qr_with<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>, options: &QrOptions) -> Result<Qr<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let f = HouseholderQr::new(as_faer(&a), false);
    Ok(Qr {
        q: to_array(f.q(options.mode).as_ref()),
        r: f.r(options.mode),
    })
}

/// The QR decomposition with column pivoting: SciPy's `scipy.linalg.qr(a, pivoting=True)`.
///
/// At each step the remaining column of largest norm is moved forward (Businger and Golub),
/// so `|R[0, 0]| ≥ |R[1, 1]| ≥ …` and `A[:, P] = Q R`; the numerical rank shows in the decay
/// of `R`'s diagonal. Without ties among the column norms, `P` is SciPy's.
///
/// # Errors
///
/// As [`qr`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr_pivoting, QrOptions};
///
/// let a = array![[1.0_f64, 10.0], [0.0, 1.0]];
/// let f = qr_pivoting(&a, &QrOptions::default())?;
/// assert_eq!(f.p.to_vec(), vec![1, 0]);
/// assert!(f.r[[0, 0]].abs() >= f.r[[1, 1]].abs());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr.html>
/// - P. Businger and G. H. Golub, "Linear least squares solutions by Householder
///   transformations", *Numer. Math.* 7 (1965) 269–276; Golub and Van Loan, §5.4.2.
pub fn qr_pivoting<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &QrOptions,
) -> Result<QrPivoted<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let f = HouseholderQr::new(as_faer(&a), true);
    Ok(QrPivoted {
        q: to_array(f.q(options.mode).as_ref()),
        r: f.r(options.mode),
        p: Array1::from(f.perm.clone().unwrap_or_default()),
    })
}

/// The triangular factor only: SciPy's `scipy.linalg.qr(a, mode='r')` (`R` is `M × N`, or
/// `K × N` with [`QrMode::Economic`]; SciPy's `'r'` mode gives the full shape). `Q` is never
/// formed.
///
/// # Errors
///
/// As [`qr`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr_r, QrOptions};
///
/// let r = qr_r(&array![[0.0_f64, 1.0], [2.0, 0.0]], &QrOptions::default())?;
/// assert!((r[[0, 0]].abs() - 2.0).abs() < 1e-15 && r[[1, 0]] == 0.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr.html>
pub fn qr_r<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>, options: &QrOptions) -> Result<Array2<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    Ok(HouseholderQr::new(as_faer(&a), false).r(options.mode))
}

/// The triangular factor and the permutation of the column-pivoted QR: SciPy's
/// `scipy.linalg.qr(a, mode='r', pivoting=True)`.
///
/// # Errors
///
/// As [`qr`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr_r_pivoting, QrOptions};
///
/// let f = qr_r_pivoting(&array![[1.0_f64, 0.0, 5.0]], &QrOptions::default())?;
/// assert_eq!(f.p[0], 2);
/// assert!((f.r[[0, 0]].abs() - 5.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr.html>
pub fn qr_r_pivoting<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &QrOptions,
) -> Result<RPivoted<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let f = HouseholderQr::new(as_faer(&a), true);
    Ok(RPivoted {
        r: f.r(options.mode),
        p: Array1::from(f.perm.clone().unwrap_or_default()),
    })
}

/// A QR decomposition in faer's compact form: `R` in the upper trapezoid of `qr`, the
/// Householder vectors below it, and the blocked reflector factors in `h`.
pub(crate) struct HouseholderQr<T: Scalar> {
    pub(crate) qr: Mat<T>,
    h: Mat<T>,
    /// With pivoting: column `j` of `Q R` is column `perm[j]` of `A`.
    pub(crate) perm: Option<Vec<usize>>,
}

impl<T: Scalar> HouseholderQr<T> {
    /// Factors `a` (with column pivoting when `pivoting`).
    pub(crate) fn new(a: MatRef<'_, T>, pivoting: bool) -> Self {
        let (m, n) = a.shape();
        let k = m.min(n);
        let mut qr = a.to_owned();
        let bs = no_pivoting::factor::recommended_block_size::<T>(m, n);
        let mut h = Mat::<T>::zeros(bs, k);
        if k == 0 {
            // Nothing to factor (faer needs a non-empty reflector block).
            return Self {
                qr,
                h,
                perm: pivoting.then(|| (0..n).collect()),
            };
        }
        let par = par();
        if pivoting {
            // faer's blocked kernel first; the unblocked one where it breaks down.
            let (qr, h, perm) = faer_pivoted(&qr, bs, par).unwrap_or_else(|| pivoted(qr));
            return Self {
                qr,
                h,
                perm: Some(perm),
            };
        }
        let mut buf = MemBuffer::new(no_pivoting::factor::qr_in_place_scratch::<T>(
            m,
            n,
            bs,
            par,
            Default::default(),
        ));
        let _ = no_pivoting::factor::qr_in_place(
            qr.as_mut(),
            h.as_mut(),
            par,
            MemStack::new(&mut buf),
            Default::default(),
        );
        let perm = None;
        Self { qr, h, perm }
    }

    fn k(&self) -> usize {
        self.qr.nrows().min(self.qr.ncols())
    }

    /// `R`: `M × N` (full) or `K × N` (economic), zeros below the diagonal.
    pub(crate) fn r(&self, mode: QrMode) -> Array2<T> {
        let (m, n) = self.qr.shape();
        let rows = match mode {
            QrMode::Full => m,
            QrMode::Economic => self.k(),
        };
        Array2::from_shape_fn(
            (rows, n),
            |(i, j)| {
                if i <= j { self.qr[(i, j)] } else { T::zero() }
            },
        )
    }

    /// `Q`: `M × M` (full) or `M × K` (economic), formed by applying the reflectors to the
    /// leading columns of the identity.
    pub(crate) fn q(&self, mode: QrMode) -> Mat<T> {
        let m = self.qr.nrows();
        let cols = match mode {
            QrMode::Full => m,
            QrMode::Economic => self.k(),
        };
        let mut q = Mat::<T>::identity(m, cols);
        self.apply_left(q.as_mut(), Conj::No, false);
        q
    }

    /// `X ← op(Q) X` for `X` with `M` rows: `op` is `Q` (or `conj(Q)` with `conj`), or its
    /// (conjugate) transpose when `transpose`.
    pub(crate) fn apply_left(&self, x: MatMut<'_, T>, conj: Conj, transpose: bool) {
        let k = self.k();
        if k == 0 || x.ncols() == 0 {
            return;
        }
        let par = par();
        let basis = self.qr.as_ref().get(.., ..k);
        let bs = self.h.nrows();
        let mut buf = MemBuffer::new(
            householder::apply_block_householder_sequence_on_the_left_in_place_scratch::<T>(
                self.qr.nrows(),
                bs,
                x.ncols(),
            ),
        );
        let stack = MemStack::new(&mut buf);
        if transpose {
            householder::apply_block_householder_sequence_transpose_on_the_left_in_place_with_conj(
                basis,
                self.h.as_ref(),
                conj,
                x,
                par,
                stack,
            );
        } else {
            householder::apply_block_householder_sequence_on_the_left_in_place_with_conj(
                basis,
                self.h.as_ref(),
                conj,
                x,
                par,
                stack,
            );
        }
    }
}

/// faer's column-pivoted Householder QR of `a`, or `None` when it produced a NaN or an
/// infinity (it does once the trailing matrix is exactly zero, e.g. for a zero column).
fn faer_pivoted<T: Scalar>(
    a: &Mat<T>,
    bs: usize,
    par: faer::Par,
) -> Option<(Mat<T>, Mat<T>, Vec<usize>)> {
    let (m, n) = a.shape();
    let mut qr = a.clone();
    let mut h = Mat::<T>::zeros(bs, m.min(n));
    let mut fwd = vec![0usize; n];
    let mut inv = vec![0usize; n];
    let mut buf = MemBuffer::new(col_pivoting::factor::qr_in_place_scratch::<usize, T>(
        m,
        n,
        bs,
        par,
        Default::default(),
    ));
    let _ = col_pivoting::factor::qr_in_place(
        qr.as_mut(),
        h.as_mut(),
        &mut fwd,
        &mut inv,
        par,
        MemStack::new(&mut buf),
        Default::default(),
    );
    let finite = (0..n).all(|j| (0..m).all(|i| qr[(i, j)].is_finite_scalar()));
    // The factor of an identity reflector (nothing left below the diagonal) is infinite by
    // faer's convention; a NaN in the factors is the breakdown.
    let no_nan = (0..h.ncols()).all(|j| {
        (0..h.nrows()).all(|i| {
            let (re, im): (f64, f64) = (h[(i, j)].re().into(), h[(i, j)].im().into());
            !re.is_nan() && !im.is_nan()
        })
    });
    (finite && no_nan).then_some((qr, h, fwd))
}

/// Householder QR with column pivoting (Businger and Golub), unblocked, in faer's compact form
/// with one reflector per block (`h` is `1 × K`).
///
/// The fallback of faer's column-pivoted kernel, which produces NaN once the trailing matrix
/// is exactly zero (a zero column, a zero matrix): at each step the trailing
/// column of largest norm (the first of equal ones, as LAPACK's `geqp3`) is swapped forward.
/// The norms are recomputed rather than downdated, which costs no more than the reflector
/// application (O(M N) per step) and avoids the cancellation that downdating must guard
/// against (LAPACK Working Note 176).
fn pivoted<T: Scalar>(mut qr: Mat<T>) -> (Mat<T>, Mat<T>, Vec<usize>) {
    let (m, n) = qr.shape();
    let k = m.min(n);
    let mut h = Mat::<T>::zeros(1, k);
    let mut perm: Vec<usize> = (0..n).collect();
    for j in 0..k {
        let norm2 =
            |qr: &Mat<T>, c: usize| -> f64 { (j..m).map(|i| qr[(i, c)].to_c64().norm_sqr()).sum() };
        let mut best = j;
        let mut best_norm = norm2(&qr, j);
        for c in j + 1..n {
            let v = norm2(&qr, c);
            if v > best_norm {
                best = c;
                best_norm = v;
            }
        }
        if best != j {
            for i in 0..m {
                let t = qr[(i, j)];
                qr[(i, j)] = qr[(i, best)];
                qr[(i, best)] = t;
            }
            perm.swap(j, best);
        }
        let mut head = qr[(j, j)];
        let info =
            householder::make_householder_in_place(&mut head, qr.as_mut().get_mut(j + 1.., j));
        qr[(j, j)] = head;
        h[(0, j)] = T::from_real(info.tau);
        let tau: f64 = info.tau.into();
        if !tau.is_finite() {
            // An infinite tau is the identity reflector: the column is already reduced.
            continue;
        }
        let tau_inv = T::from_f64(1.0 / tau);
        for c in j + 1..n {
            // a ← (I - v vᴴ / τ) a with v = [1; essential].
            let dot = qr[(j, c)]
                + (j + 1..m)
                    .map(|i| qr[(i, j)].conjugate() * qr[(i, c)])
                    .sum::<T>();
            let scale = dot * tau_inv;
            qr[(j, c)] -= scale;
            for i in j + 1..m {
                let vi = qr[(i, j)];
                qr[(i, c)] -= vi * scale;
            }
        }
    }
    (qr, h, perm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use faer::Par;

    /// The unblocked fallback agrees with faer's kernel where that one works: the same
    /// permutation (no ties) and the same `R` up to the signs of its rows.
    #[test]
    fn fallback_matches_faer_kernel() {
        for (m, n) in [(7, 5), (5, 7), (6, 6), (12, 3)] {
            let a = Mat::<f64>::from_fn(m, n, |i, j| {
                ((i * 7 + j * 13) as f64 * 0.37).sin() + if i == j { 0.5 } else { 0.0 }
            });
            let bs = no_pivoting::factor::recommended_block_size::<f64>(m, n);
            let (qr1, _, p1) = faer_pivoted(&a, bs, Par::Seq).expect("faer kernel");
            let (qr2, _, p2) = pivoted(a.clone());
            assert_eq!(p1, p2, "{m}x{n}");
            for i in 0..m.min(n) {
                for j in i..n {
                    let (x, y) = (qr1[(i, j)].abs(), qr2[(i, j)].abs());
                    assert!(
                        (x - y).abs() <= 1e-12 * (1.0 + y),
                        "{m}x{n} R[{i}, {j}]: {x} vs {y}"
                    );
                }
            }
        }
    }
}
