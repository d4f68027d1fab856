//! The eigenvalue kernels the public functions share, on faer's low-level EVD routines with
//! the crate's parallelism: the general (real and complex) and generalized general problems,
//! the Hermitian problem, the selection of eigenvalues by index or value, and the
//! normalisation of eigenvectors to SciPy's (LAPACK's) convention.

use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack, StackReq};
use faer::linalg::evd::{self, ComputeEigenvectors};
use faer::linalg::gevd;
use faer::{Mat, MatRef};
use sci_core::ndarray::ArrayView2;
use sci_core::num_complex::Complex;
use sci_core::{Error, Result};

use crate::parallel::{par, par_nonsymmetric_evd};
use crate::scalar::{RealScalar, Scalar};

/// Which eigenvalues of a Hermitian problem to keep (SciPy's `select` of `eig_banded` and
/// `eigh_tridiagonal`, and `subset_by_index` / `subset_by_value` of `eigh`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Select {
    /// Every eigenvalue (SciPy's `select='a'`, the default).
    #[default]
    All,
    /// The eigenvalues in the half-open interval `(min, max]` (SciPy's `select='v'`).
    Value(f64, f64),
    /// The eigenvalues of ascending index `min..=max`, 0-based (SciPy's `select='i'`).
    Index(usize, usize),
}

/// The positions (in the ascending eigenvalues `w`) that `select` keeps, or SciPy's
/// `ValueError` for an invalid range.
pub(crate) fn selected<R: Copy + Into<f64>>(
    w: &[R],
    select: Select,
) -> Result<std::ops::Range<usize>> {
    let n = w.len();
    match select {
        Select::All => Ok(0..n),
        Select::Index(lo, hi) => {
            if lo > hi || hi >= n {
                return Err(Error::invalid_argument(
                    "select",
                    format!("index range [{lo}, {hi}]"),
                    format!(
                        "requested eigenvalue indices are not valid: the valid range is \
                         [0, {}] with start <= end",
                        n.saturating_sub(1)
                    ),
                ));
            }
            Ok(lo..hi + 1)
        }
        Select::Value(lo, hi) => {
            if lo.is_nan() || hi.is_nan() || lo >= hi {
                return Err(Error::invalid_argument(
                    "select",
                    format!("value range ({lo}, {hi}]"),
                    "requires min < max",
                ));
            }
            let start = w.iter().take_while(|&&x| x.into() <= lo).count();
            let end = w.iter().take_while(|&&x| x.into() <= hi).count();
            Ok(start..end.max(start))
        }
    }
}

/// A general eigendecomposition: the eigenvalues `alpha / beta` (`beta` is one for the
/// standard problem) and the unit-norm eigenvectors asked for.
pub(crate) struct GeneralEvd<R> {
    pub(crate) alpha: Vec<Complex<R>>,
    pub(crate) beta: Vec<Complex<R>>,
    pub(crate) vl: Option<Mat<Complex<R>>>,
    pub(crate) vr: Option<Mat<Complex<R>>>,
}

fn not_converged(method: &str, detail: &str) -> Error {
    Error::DidNotConverge {
        method: method.into(),
        iterations: 0,
        detail: detail.into(),
    }
}

fn is_finite<T: Scalar>(a: MatRef<'_, T>) -> bool {
    (0..a.ncols()).all(|j| (0..a.nrows()).all(|i| a[(i, j)].is_finite_scalar()))
}

fn compute(yes: bool) -> ComputeEigenvectors {
    if yes {
        ComputeEigenvectors::Yes
    } else {
        ComputeEigenvectors::No
    }
}

fn real_part<T: Scalar>(a: MatRef<'_, T>) -> Mat<T::Real> {
    Mat::from_fn(a.nrows(), a.ncols(), |i, j| a[(i, j)].re())
}

fn as_complex<T: Scalar>(a: MatRef<'_, T>) -> Mat<Complex<T::Real>> {
    Mat::from_fn(a.nrows(), a.ncols(), |i, j| {
        Complex::new(a[(i, j)].re(), a[(i, j)].im())
    })
}

/// Unpacks LAPACK's real storage of eigenvectors: for a complex-conjugate pair of eigenvalues
/// at `j, j + 1` (`im[j] != 0`), columns `j` and `j + 1` hold the real and imaginary parts of
/// the vector of eigenvalue `j`; the vector of `j + 1` is its conjugate.
fn unpack_real<R: RealScalar>(u: &Mat<R>, im: &[R]) -> Mat<Complex<R>> {
    let n = u.nrows();
    let zero = <R as Scalar>::zero();
    let mut out = Mat::from_fn(n, n, |i, j| Complex::new(u[(i, j)], zero));
    let mut j = 0;
    while j < n {
        if im[j] != zero && j + 1 < n {
            for i in 0..n {
                let (re, imv) = (u[(i, j)], u[(i, j + 1)]);
                out[(i, j)] = Complex::new(re, imv);
                out[(i, j + 1)] = Complex::new(re, -imv);
            }
            j += 2;
        } else {
            j += 1;
        }
    }
    out
}

/// Scales every column to unit 2-norm and, when `rotate`, turns it so its component of
/// largest modulus is real and positive (LAPACK's convention, which SciPy returns).
fn normalise<R: RealScalar>(v: &mut Mat<Complex<R>>, rotate: bool)
where
    Complex<R>: Scalar<Real = R>,
{
    let n = v.nrows();
    for j in 0..v.ncols() {
        let norm = (0..n)
            .map(|i| v[(i, j)].modulus() * v[(i, j)].modulus())
            .sum::<R>()
            .sqrt_real();
        if norm == <R as Scalar>::zero() || !norm.is_finite_scalar() {
            continue;
        }
        let mut scale = <Complex<R> as Scalar>::from_real(<R as Scalar>::one() / norm);
        if rotate {
            let (mut k, mut best) = (0, <R as Scalar>::zero());
            for i in 0..n {
                let m = v[(i, j)].modulus();
                if m > best {
                    (k, best) = (i, m);
                }
            }
            if best > <R as Scalar>::zero() {
                let p = v[(k, j)];
                scale *= Complex::new(p.re() / best, -(p.im() / best));
            }
        }
        for i in 0..n {
            v[(i, j)] *= scale;
        }
    }
}

/// The eigenvalues and (optionally) left and right eigenvectors of a square matrix `a`.
pub(crate) fn general<T: Scalar>(
    a: MatRef<'_, T>,
    left: bool,
    right: bool,
) -> Result<GeneralEvd<T::Real>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let n = a.nrows();
    let one = <Complex<T::Real> as Scalar>::one();
    if !is_finite(a) {
        return Err(not_converged("eig", "the input has a NaN or an infinity"));
    }
    let par = par_nonsymmetric_evd(n);
    let fail = |_| not_converged("eig (Hessenberg QR)", "the QR iteration reached its limit");
    let mut vl = left.then(|| Mat::<Complex<T::Real>>::zeros(n, n));
    let mut vr = right.then(|| Mat::<Complex<T::Real>>::zeros(n, n));
    let alpha: Vec<Complex<T::Real>>;
    if T::IS_COMPLEX {
        let c = as_complex(a);
        let mut s = Diag::<Complex<T::Real>>::zeros(n);
        let mut buffer = MemBuffer::new(evd::evd_scratch::<Complex<T::Real>>(
            n,
            compute(left),
            compute(right),
            par,
            Default::default(),
        ));
        evd::evd_cplx(
            c.as_ref(),
            s.as_mut(),
            vl.as_mut().map(Mat::as_mut),
            vr.as_mut().map(Mat::as_mut),
            par,
            MemStack::new(&mut buffer),
            Default::default(),
        )
        .map_err(fail)?;
        alpha = s.column_vector().iter().copied().collect();
    } else {
        let r = real_part(a);
        let mut s_re = Diag::<T::Real>::zeros(n);
        let mut s_im = Diag::<T::Real>::zeros(n);
        let mut ul = left.then(|| Mat::<T::Real>::zeros(n, n));
        let mut ur = right.then(|| Mat::<T::Real>::zeros(n, n));
        let mut buffer = MemBuffer::new(evd::evd_scratch::<T::Real>(
            n,
            compute(left),
            compute(right),
            par,
            Default::default(),
        ));
        evd::evd_real(
            r.as_ref(),
            s_re.as_mut(),
            s_im.as_mut(),
            ul.as_mut().map(Mat::as_mut),
            ur.as_mut().map(Mat::as_mut),
            par,
            MemStack::new(&mut buffer),
            Default::default(),
        )
        .map_err(fail)?;
        let im: Vec<T::Real> = s_im.column_vector().iter().copied().collect();
        alpha = s_re
            .column_vector()
            .iter()
            .zip(&im)
            .map(|(&re, &im)| Complex::new(re, im))
            .collect();
        vl = ul.map(|u| unpack_real(&u, &im));
        vr = ur.map(|u| unpack_real(&u, &im));
    }
    for v in [vl.as_mut(), vr.as_mut()].into_iter().flatten() {
        normalise(v, true);
    }
    Ok(GeneralEvd {
        alpha,
        beta: vec![one; n],
        vl,
        vr,
    })
}

/// The generalized eigenvalues `alpha / beta` of the pencil `(a, b)` (`a v = λ b v`) and
/// (optionally) its left and right eigenvectors, on faer's QZ algorithm.
pub(crate) fn generalized<T: Scalar>(
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    left: bool,
    right: bool,
) -> Result<GeneralEvd<T::Real>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let n = a.nrows();
    if !is_finite(a) || !is_finite(b) {
        return Err(not_converged(
            "eig (QZ)",
            "the input has a NaN or an infinity",
        ));
    }
    let par = par();
    let fail = |_| not_converged("eig (QZ)", "the QZ iteration reached its limit");
    let mut vl = left.then(|| Mat::<Complex<T::Real>>::zeros(n, n));
    let mut vr = right.then(|| Mat::<Complex<T::Real>>::zeros(n, n));
    let alpha: Vec<Complex<T::Real>>;
    let beta: Vec<Complex<T::Real>>;
    if n == 0 {
        return Ok(GeneralEvd {
            alpha: Vec::new(),
            beta: Vec::new(),
            vl,
            vr,
        });
    }
    // faer 0.24's real QZ mis-scales the second `alpha` of a complex-conjugate pair and
    // computes that pair's eigenvectors from it, so with vectors a real pencil goes through
    // the complex QZ (its conjugate pairs then agree to rounding, not exactly).
    if T::IS_COMPLEX || left || right {
        let mut ca = as_complex(a);
        let mut cb = as_complex(b);
        let mut s = Diag::<Complex<T::Real>>::zeros(n);
        let mut bt = Diag::<Complex<T::Real>>::zeros(n);
        let mut buffer = MemBuffer::new(gevd_scratch::<Complex<T::Real>>(n, left, right, par));
        gevd::gevd_cplx(
            ca.as_mut(),
            cb.as_mut(),
            s.as_mut(),
            bt.as_mut(),
            vl.as_mut().map(Mat::as_mut),
            vr.as_mut().map(Mat::as_mut),
            par,
            MemStack::new(&mut buffer),
            gevd_params::<Complex<T::Real>>(),
        )
        .map_err(fail)?;
        alpha = s.column_vector().iter().copied().collect();
        beta = bt.column_vector().iter().copied().collect();
    } else {
        let mut ra = real_part(a);
        let mut rb = real_part(b);
        let mut s_re = Diag::<T::Real>::zeros(n);
        let mut s_im = Diag::<T::Real>::zeros(n);
        let mut bt = Diag::<T::Real>::zeros(n);
        let mut ul = left.then(|| Mat::<T::Real>::zeros(n, n));
        let mut ur = right.then(|| Mat::<T::Real>::zeros(n, n));
        let mut buffer = MemBuffer::new(gevd_scratch::<T::Real>(n, left, right, par));
        gevd::gevd_real(
            ra.as_mut(),
            rb.as_mut(),
            s_re.as_mut(),
            s_im.as_mut(),
            bt.as_mut(),
            ul.as_mut().map(Mat::as_mut),
            ur.as_mut().map(Mat::as_mut),
            par,
            MemStack::new(&mut buffer),
            gevd_params::<T::Real>(),
        )
        .map_err(fail)?;
        let im: Vec<T::Real> = s_im.column_vector().iter().copied().collect();
        let mut a: Vec<Complex<T::Real>> = s_re
            .column_vector()
            .iter()
            .zip(&im)
            .map(|(&re, &im)| Complex::new(re, im))
            .collect();
        let mut b: Vec<T::Real> = bt.column_vector().iter().copied().collect();
        // faer 0.24 leaves the second `beta` of a complex-conjugate pair equal to the first
        // while its `alpha` is scaled for another `beta`; the pair's eigenvalues are
        // conjugate, so the second is set to the conjugate of the first.
        let mut j = 0;
        while j + 1 < n {
            if im[j] != <T::Real as Scalar>::zero() {
                a[j + 1] = a[j].conj();
                b[j + 1] = b[j];
                j += 2;
            } else {
                j += 1;
            }
        }
        alpha = a;
        beta = b
            .iter()
            .map(|&x| <Complex<T::Real> as Scalar>::from_real(x))
            .collect();
        vl = ul.map(|u| unpack_real(&u, &im));
        vr = ur.map(|u| unpack_real(&u, &im));
    }
    for v in [vl.as_mut(), vr.as_mut()].into_iter().flatten() {
        normalise(v, true);
    }
    Ok(GeneralEvd {
        alpha,
        beta,
        vl,
        vr,
    })
}

/// The scratch of faer's generalized EVD. faer 0.24's `gevd_scratch` leaves out the
/// temporaries of the final back-substitution (column norms, the 2 × 2 shifted solves), so
/// room for them is added.
fn gevd_scratch<T: faer::traits::ComplexField>(
    n: usize,
    left: bool,
    right: bool,
    par: faer::Par,
) -> StackReq {
    StackReq::all_of(&[
        gevd::gevd_scratch::<T>(n, compute(left), compute(right), par, gevd_params::<T>()),
        faer::linalg::temp_mat_scratch::<T>(n, 8),
        faer::linalg::temp_mat_scratch::<T>(16, 16),
    ])
}

/// faer's generalized eigensolver parameters with the blocked QZ switched off: faer 0.24.4
/// selects it from order 75 on, and with eigenvectors it does not return on random pencils
/// (see [`crate::decompositions::qz_schur_params`]).
fn gevd_params<T: faer::traits::ComplexField>() -> faer::Spec<gevd::GevdParams, T> {
    faer::Spec::new(gevd::GevdParams {
        schur: crate::decompositions::qz_schur_params::<T>(),
        ..<gevd::GevdParams as faer::Auto<T>>::auto()
    })
}

/// `alpha / beta`, with SciPy's results for `beta = 0`: infinity (real part) for a nonzero
/// `alpha`, NaN for the singular pencil's `0 / 0`.
pub(crate) fn ratio<R: RealScalar>(alpha: Complex<R>, beta: Complex<R>) -> Complex<R>
where
    Complex<R>: Scalar<Real = R>,
{
    let zero = <R as Scalar>::zero();
    if beta.modulus() == zero {
        let nan = <R as Scalar>::from_f64(f64::NAN);
        if alpha.modulus() == zero {
            Complex::new(nan, nan)
        } else {
            Complex::new(<R as Scalar>::from_f64(f64::INFINITY), zero)
        }
    } else {
        alpha / beta
    }
}

/// The full Hermitian matrix whose `lower` (or upper) triangle `a` holds; the imaginary parts
/// of the diagonal are ignored, as LAPACK does.
pub(crate) fn hermitian_from_triangle<T: Scalar>(a: &ArrayView2<'_, T>, lower: bool) -> Mat<T> {
    let n = a.nrows();
    Mat::from_fn(n, n, |i, j| {
        let (r, c) = if (i >= j) == lower { (i, j) } else { (j, i) };
        let x = a[(r, c)];
        if i == j {
            T::from_real(x.re())
        } else if (r, c) == (i, j) {
            x
        } else {
            x.conjugate()
        }
    })
}

/// Ascending eigenvalues and, if asked for, the eigenvectors as columns.
pub(crate) type Spectrum<T> = (Vec<<T as faer::traits::ComplexField>::Real>, Option<Mat<T>>);

/// The eigenvalues (ascending) and, if asked, orthonormal eigenvectors of the Hermitian
/// matrix `a` (only its lower triangle is read), on faer's tridiagonalisation followed by
/// the implicit QR iteration (divide and conquer from order 128).
pub(crate) fn hermitian<T: Scalar>(a: MatRef<'_, T>, vectors: bool) -> Result<Spectrum<T>> {
    let n = a.nrows();
    let finite = (0..n).all(|j| (j..n).all(|i| a[(i, j)].is_finite_scalar()));
    if !finite {
        return Err(not_converged("eigh", "the input has a NaN or an infinity"));
    }
    let mut u = vectors.then(|| Mat::<T>::zeros(n, n));
    if n == 0 {
        // faer's scratch computation underflows for order 0.
        return Ok((Vec::new(), u));
    }
    let mut s = Diag::<T>::zeros(n);
    let par = par();
    let mut buffer = MemBuffer::new(evd::self_adjoint_evd_scratch::<T>(
        n,
        compute(vectors),
        par,
        Default::default(),
    ));
    evd::self_adjoint_evd(
        a,
        s.as_mut(),
        u.as_mut().map(Mat::as_mut),
        par,
        MemStack::new(&mut buffer),
        Default::default(),
    )
    .map_err(|_| {
        not_converged(
            "eigh (tridiagonal QR)",
            "the QR iteration reached its limit",
        )
    })?;
    Ok((s.column_vector().iter().map(|x| x.re()).collect(), u))
}

/// The eigenvalues (ascending) and, if asked, eigenvectors of the real symmetric tridiagonal
/// matrix with diagonal `d` and off-diagonal `e` (`e.len() + 1 == d.len()`).
pub(crate) fn tridiagonal<R: RealScalar>(d: &[R], e: &[R], vectors: bool) -> Result<Spectrum<R>> {
    let n = d.len();
    if !d.iter().chain(e).all(|x| x.is_finite_scalar()) {
        return Err(not_converged(
            "eigh_tridiagonal",
            "the input has a NaN or an infinity",
        ));
    }
    // faer reads the off-diagonal as a length-n column (its last entry unused).
    let mut sub = e.to_vec();
    sub.resize(n, <R as Scalar>::zero());
    let diag = faer::Col::<R>::from_fn(n, |i| d[i]);
    let subdiag = faer::Col::<R>::from_fn(n, |i| sub[i]);
    let mut s = Diag::<R>::zeros(n);
    let mut u = vectors.then(|| Mat::<R>::zeros(n, n));
    if n == 0 {
        return Ok((Vec::new(), u));
    }
    let par = par();
    let mut buffer = MemBuffer::new(evd::self_adjoint_evd_scratch::<R>(
        n,
        compute(vectors),
        par,
        Default::default(),
    ));
    evd::tridiagonal_self_adjoint_evd(
        diag.as_diagonal(),
        subdiag.as_diagonal(),
        s.as_mut(),
        u.as_mut().map(Mat::as_mut),
        par,
        MemStack::new(&mut buffer),
        Default::default(),
    )
    .map_err(|_| not_converged("eigh_tridiagonal", "the QR iteration reached its limit"))?;
    Ok((s.column_vector().iter().copied().collect(), u))
}
