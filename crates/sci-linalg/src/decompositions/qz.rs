//! `qz`: the generalized Schur (QZ) decomposition of a matrix pencil `(A, B)`:
//! `A = Q AA Zᴴ`, `B = Q BB Zᴴ` with `Q`, `Z` unitary, `BB` upper triangular and `AA` upper
//! triangular (complex form) or quasi-upper triangular (real form).
//!
//! `B` is first made triangular by a Householder QR, then the pair is reduced to
//! Hessenberg-triangular form and driven to generalized Schur form by faer's QZ iteration
//! (Moler and Stewart's algorithm). The real form is then standardised as LAPACK's `dgges`
//! leaves it: every 2×2 block of `AA` holds a complex conjugate pair and the matching block of
//! `BB` is diagonal with positive entries, and 1×1 blocks have `BB[j, j] ≥ 0`. The helpers that
//! keep this form under orthogonal updates (2×2 standardisation, the generalized eigenvalues
//! `alpha / beta` of a block) are shared with `ordqz`.

use faer::dyn_stack::{MemBuffer, MemStack, StackReq};
use faer::linalg::evd::ComputeEigenvectors;
use faer::linalg::gevd::{gen_hessenberg, qz_cplx, qz_real};
use faer::traits::ComplexField;
use faer::{Auto, Mat};
use sci_core::ndarray::{Array2, ArrayView2, AsArray, Ix2};
use sci_core::num_complex::Complex;
use sci_core::{Error, Result, as_faer, view};

use crate::decompositions::to_array;
use crate::parallel::par;
use crate::scalar::{RealScalar, Scalar};
use crate::validate;

type Complex64 = Complex<f64>;

/// The optional arguments of [`qz_with`] and [`qz_complex`]: SciPy's keywords of
/// `scipy.linalg.qz` (`output` is the choice between [`qz_with`] and [`qz_complex`];
/// `lwork`, `overwrite_a` and `overwrite_b` have no meaning here, and `sort`, which SciPy
/// refuses, is [`ordqz`](crate::ordqz)'s job).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QzOptions {
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for QzOptions {
    fn default() -> Self {
        Self { check_finite: true }
    }
}

impl QzOptions {
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// The generalized Schur decomposition as SciPy's `qz` returns it: `(AA, BB, Q, Z)` with
/// `A = Q AA Zᴴ` and `B = Q BB Zᴴ`.
#[derive(Debug, Clone, PartialEq)]
pub struct Qz<T> {
    /// The generalized Schur form of `A`: upper triangular (complex form) or quasi-upper
    /// triangular with 2×2 blocks for complex conjugate pairs (real form).
    pub aa: Array2<T>,
    /// The generalized Schur form of `B`: upper triangular; diagonal with positive entries on
    /// the 2×2 blocks of the real form.
    pub bb: Array2<T>,
    /// The unitary (orthogonal) left Schur vectors.
    pub q: Array2<T>,
    /// The unitary (orthogonal) right Schur vectors.
    pub z: Array2<T>,
}

/// The QZ decomposition of the pencil `(a, b)`: SciPy's `scipy.linalg.qz(A, B)`.
///
/// For real input the real form (`output='real'`): `AA` quasi-upper triangular with 2×2
/// blocks for complex conjugate pairs of generalized eigenvalues, `BB` upper triangular
/// (diagonal with positive entries on those blocks, non-negative diagonal elsewhere), `Q`
/// and `Z` orthogonal. For complex input the complex form. Computed in double precision
/// (`f32` and `Complex32` results are rounded). The generalized eigenvalues are
/// `AA[j, j] / BB[j, j]` (1×1 blocks); their order along the diagonal may differ from
/// SciPy's. O(n³) time.
///
/// # Errors
///
/// "expected square matrix" for a non-square `a` or `b`; [`Error::ShapeMismatch`] if their
/// orders differ; [`Error::EmptyInput`] for 0×0 input (SciPy's LAPACK wrapper refuses it);
/// [`Error::NonFinite`] for a NaN or infinity; [`Error::DidNotConverge`] if the QZ iteration
/// does not converge (SciPy warns and returns a pencil not in Schur form).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::qz;
///
/// let a = array![[1.0_f64, 2.0], [3.0, 4.0]];
/// let b = array![[2.0_f64, 0.0], [1.0, 1.0]];
/// let f = qz(&a, &b)?;
/// let back_a = f.q.dot(&f.aa).dot(&f.z.t());
/// let back_b = f.q.dot(&f.bb).dot(&f.z.t());
/// assert!(back_a.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-13));
/// assert!(back_b.iter().zip(b.iter()).all(|(x, y)| (x - y).abs() < 1e-13));
/// assert_eq!(f.bb[[1, 0]], 0.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qz.html>
/// - C. B. Moler and G. W. Stewart, "An algorithm for generalized matrix eigenvalue
///   problems", *SIAM J. Numer. Anal.* 10 (1973), 241–256.
pub fn qz<'a, 'b, T: Scalar + 'a + 'b>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
) -> Result<Qz<T>> {
    qz_with(a, b, &QzOptions::default())
}

/// [`qz`] with SciPy's keyword `check_finite`.
///
/// # Errors
///
/// As [`qz`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qz_with, QzOptions};
///
/// // B singular: one infinite generalized eigenvalue (BB has a zero on its diagonal).
/// let a = array![[1.0_f64, 2.0], [0.0, 3.0]];
/// let b = array![[1.0_f64, 0.0], [0.0, 0.0]];
/// let f = qz_with(&a, &b, &QzOptions::default().check_finite(false))?;
/// assert!(f.bb[[0, 0]].abs() < 1e-15 || f.bb[[1, 1]].abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qz.html>
pub fn qz_with<'a, 'b, T: Scalar + 'a + 'b>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    options: &QzOptions,
) -> Result<Qz<T>> {
    let (a, b) = pencil_inputs("qz", view(a), view(b), options.check_finite)?;
    if T::IS_COMPLEX {
        let p = complex_qz(&a.mapv(Scalar::to_c64), &b.mapv(Scalar::to_c64))?;
        Ok(p.map(T::from_c64))
    } else {
        let p = real_qz(&a.mapv(|x| x.re().into()), &b.mapv(|x| x.re().into()))?;
        Ok(p.map(T::from_f64))
    }
}

/// The complex QZ decomposition: SciPy's `scipy.linalg.qz(A, B, output='complex')`, for real
/// or complex input.
///
/// `AA` and `BB` are upper triangular (the generalized eigenvalues are
/// `AA[j, j] / BB[j, j]`), `Q` and `Z` unitary. Computed in double precision. O(n³) time.
///
/// # Errors
///
/// As [`qz`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qz_complex, QzOptions};
///
/// // The eigenvalues of the pencil are ±i.
/// let a = array![[0.0_f64, -1.0], [1.0, 0.0]];
/// let b = array![[1.0_f64, 0.0], [0.0, 1.0]];
/// let f = qz_complex(&a, &b, &QzOptions::default())?;
/// assert_eq!(f.aa[[1, 0]].norm(), 0.0);
/// let lambda = f.aa[[0, 0]] / f.bb[[0, 0]];
/// assert!((lambda.im.abs() - 1.0).abs() < 1e-14 && lambda.re.abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qz.html>
pub fn qz_complex<'a, 'b, T: Scalar + 'a + 'b>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    options: &QzOptions,
) -> Result<Qz<Complex<T::Real>>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let (a, b) = pencil_inputs("qz", view(a), view(b), options.check_finite)?;
    let p = complex_qz(&a.mapv(Scalar::to_c64), &b.mapv(Scalar::to_c64))?;
    Ok(p.map(<Complex<T::Real> as Scalar>::from_c64))
}

impl<E: Copy> Qz<E> {
    /// The same factors with every entry converted by `f`.
    pub(crate) fn map<F>(self, f: impl Fn(E) -> F) -> Qz<F> {
        Qz {
            aa: self.aa.mapv(&f),
            bb: self.bb.mapv(&f),
            q: self.q.mapv(&f),
            z: self.z.mapv(&f),
        }
    }
}

/// Checks a pencil's two matrices (square, of one order, not empty, finite if asked).
pub(crate) fn pencil_inputs<'a, 'b, T: Scalar>(
    what: &str,
    a: ArrayView2<'a, T>,
    b: ArrayView2<'b, T>,
    check_finite: bool,
) -> Result<(ArrayView2<'a, T>, ArrayView2<'b, T>)> {
    let n = validate::square_order("A", &a)?;
    let nb = validate::square_order("B", &b)?;
    if n != nb {
        return Err(Error::ShapeMismatch {
            context: format!("{what}: A and B"),
            expected: vec![n, n],
            found: vec![nb, nb],
        });
    }
    if n == 0 {
        return Err(Error::EmptyInput {
            name: "A".into(),
            min_len: 1,
        });
    }
    validate::finite("A", &a, check_finite)?;
    validate::finite("B", &b, check_finite)?;
    Ok((a, b))
}

fn not_converged(detail: &str) -> Error {
    Error::DidNotConverge {
        method: "QZ iteration".into(),
        iterations: 0,
        detail: detail.into(),
    }
}

/// The faer part shared by both forms: `B ← R` of its QR (`Q ← Q_B`, `A ← Q_Bᴴ A`), then the
/// Hessenberg-triangular reduction, both accumulating into `Q` and `Z`.
fn triangularise_and_reduce<E: ComplexField + Copy>(
    a: &mut Mat<E>,
    b: &mut Mat<E>,
    stack_extra: StackReq,
) -> (Mat<E>, Mat<E>, MemBuffer) {
    let n = a.nrows();
    let qr = b.qr();
    let mut q = qr.compute_Q();
    *a = q.adjoint() * &*a;
    let r = qr.R();
    *b = Mat::from_fn(n, n, |i, j| if i <= j { r[(i, j)] } else { E::zero_impl() });
    let mut z = Mat::<E>::identity(n, n);
    let hparams = <gen_hessenberg::GeneralizedHessenbergParams as Auto<E>>::auto();
    // Generous scratch: faer's estimates have been short by small temporaries elsewhere.
    let req = StackReq::all_of(&[
        gen_hessenberg::generalized_hessenberg_scratch::<E>(n, hparams),
        stack_extra,
        faer::linalg::temp_mat_scratch::<E>(n, 16),
        faer::linalg::temp_mat_scratch::<E>(16, 16),
    ]);
    let mut buffer = MemBuffer::new(req);
    gen_hessenberg::generalized_hessenberg(
        a.as_mut(),
        b.as_mut(),
        Some(q.as_mut()),
        Some(z.as_mut()),
        par(),
        MemStack::new(&mut buffer),
        hparams,
    );
    // Below the Hessenberg (A) and triangular (B) structure the entries are zero in exact
    // arithmetic; clear whatever the reduction leaves there.
    for j in 0..n {
        for i in j + 2..n {
            a[(i, j)] = E::zero_impl();
        }
        for i in j + 1..n {
            b[(i, j)] = E::zero_impl();
        }
    }
    (q, z, buffer)
}

/// faer's QZ parameters with its blocked (multishift, aggressive early deflation) variant
/// switched off: in faer 0.24.4 the blocked QZ, which it selects from order 75 on, does not
/// return on random pencils when `Q` and `Z` are accumulated, while the unblocked iteration
/// (Moler and Stewart's single/double shift, as LAPACK's `hgeqz`) is reliable and O(n³).
pub(crate) fn schur_params<E: ComplexField>() -> faer::linalg::gevd::GeneralizedSchurParams {
    let mut params = <faer::linalg::gevd::GeneralizedSchurParams as Auto<E>>::auto();
    params.blocking_threshold = usize::MAX;
    params
}

/// The complex QZ decomposition of `(a, b)` (both `n × n`, `n ≥ 1`, finite or not).
pub(crate) fn complex_qz(a: &Array2<Complex64>, b: &Array2<Complex64>) -> Result<Qz<Complex64>> {
    let n = a.nrows();
    if a.iter()
        .chain(b.iter())
        .any(|v| !v.re.is_finite() || !v.im.is_finite())
    {
        return Err(not_converged("the input has a NaN or an infinity"));
    }
    let mut fa = as_faer(a).to_owned();
    let mut fb = as_faer(b).to_owned();
    let sparams = schur_params::<Complex64>();
    let extra = qz_cplx::hessenberg_to_qz_scratch::<Complex64>(n, par(), sparams);
    let (mut q, mut z, mut buffer) = triangularise_and_reduce(&mut fa, &mut fb, extra);
    let mut alpha = Mat::<Complex64>::zeros(n, 1);
    let mut beta = Mat::<Complex64>::zeros(n, 1);
    qz_cplx::hessenberg_to_qz(
        fa.as_mut(),
        fb.as_mut(),
        Some(q.as_mut()),
        Some(z.as_mut()),
        alpha.col_mut(0),
        beta.col_mut(0),
        ComputeEigenvectors::Yes,
        par(),
        sparams,
        MemStack::new(&mut buffer),
    );
    let mut p = Qz {
        aa: to_array(fa.as_ref()),
        bb: to_array(fb.as_ref()),
        q: to_array(q.as_ref()),
        z: to_array(z.as_ref()),
    };
    // faer stops silently at its iteration limit: a non-zero subdiagonal tells.
    for i in 1..n {
        if p.aa[[i, i - 1]] != Complex64::new(0.0, 0.0) {
            return Err(not_converged("the QZ iteration reached its limit"));
        }
    }
    for j in 0..n {
        for i in j + 1..n {
            p.aa[[i, j]] = Complex64::new(0.0, 0.0);
            p.bb[[i, j]] = Complex64::new(0.0, 0.0);
        }
    }
    repair_q(&mut p, a, b)?;
    for k in 0..n {
        real_beta(&mut p, k);
    }
    Ok(p)
}

/// Recovers `Q` where faer's complex QZ lost it: faer 0.24.4 rotates rows instead of columns
/// of `Q` when it deflates an infinite eigenvalue at a split of the pencil (the branch of
/// LAPACK's `zhgeqz` where both `H[j, j−1]` and `T[j, j]` vanish), while `AA`, `BB` and `Z`
/// stay right. `Q` is then the unitary matrix with `A Z = Q AA` and `B Z = Q BB`, unique for
/// a regular pencil: the orthogonal Procrustes solution, the polar factor of
/// `[A Z, B Z] [AA, BB]ᴴ`. Nothing changes where the factors already reproduce the pencil.
fn repair_q(p: &mut Qz<Complex64>, a: &Array2<Complex64>, b: &Array2<Complex64>) -> Result<()> {
    let n = a.nrows();
    let zh = p.z.t().mapv(|v| v.conj());
    let residual = |m: &Array2<Complex64>, x: &Array2<Complex64>| {
        (p.q.dot(m).dot(&zh) - x)
            .iter()
            .fold(0.0_f64, |acc, v| acc.max(v.norm()))
    };
    let scale = a
        .iter()
        .chain(b.iter())
        .fold(0.0_f64, |acc, v| acc.max(v.norm()));
    let tol = 100.0 * n as f64 * f64::EPSILON * scale;
    if residual(&p.aa, a) <= tol && residual(&p.bb, b) <= tol {
        return Ok(());
    }
    let cross = a.dot(&p.z).dot(&p.aa.t().mapv(|v| v.conj()))
        + b.dot(&p.z).dot(&p.bb.t().mapv(|v| v.conj()));
    let f = crate::decompositions::svd(&cross)?;
    p.q = f.u.dot(&f.vh);
    Ok(())
}

/// Makes `BB[k, k]` real and non-negative (as LAPACK's `zgges` and `ztgsen` leave it) by a
/// phase on row `k` of `AA`, `BB` and column `k` of `Q`.
pub(crate) fn real_beta(p: &mut Qz<Complex64>, k: usize) {
    let n = p.aa.nrows();
    let d = p.bb[[k, k]];
    let m = d.norm();
    if m == 0.0 || d.im == 0.0 && d.re > 0.0 {
        return;
    }
    let phase = d / m;
    for c in k..n {
        p.aa[[k, c]] *= phase.conj();
        p.bb[[k, c]] *= phase.conj();
    }
    p.bb[[k, k]] = Complex64::new(m, 0.0);
    for r in 0..n {
        p.q[[r, k]] *= phase;
    }
}

/// The real QZ decomposition of `(a, b)` (both `n × n`, `n ≥ 1`), in standardised form.
pub(crate) fn real_qz(a: &Array2<f64>, b: &Array2<f64>) -> Result<Qz<f64>> {
    let n = a.nrows();
    if a.iter().chain(b.iter()).any(|v| !v.is_finite()) {
        return Err(not_converged("the input has a NaN or an infinity"));
    }
    let mut fa = as_faer(a).to_owned();
    let mut fb = as_faer(b).to_owned();
    let sparams = schur_params::<f64>();
    let extra = qz_real::hessenberg_to_qz_scratch::<f64>(n, par(), sparams);
    let (mut q, mut z, mut buffer) = triangularise_and_reduce(&mut fa, &mut fb, extra);
    let mut alphar = Mat::<f64>::zeros(n, 1);
    let mut alphai = Mat::<f64>::zeros(n, 1);
    let mut beta = Mat::<f64>::zeros(n, 1);
    qz_real::hessenberg_to_qz(
        fa.as_mut(),
        fb.as_mut(),
        Some(q.as_mut()),
        Some(z.as_mut()),
        alphar.col_mut(0),
        alphai.col_mut(0),
        beta.col_mut(0),
        ComputeEigenvectors::Yes,
        par(),
        sparams,
        MemStack::new(&mut buffer),
    );
    let mut p = Qz {
        aa: to_array(fa.as_ref()),
        bb: to_array(fb.as_ref()),
        q: to_array(q.as_ref()),
        z: to_array(z.as_ref()),
    };
    for j in 0..n {
        for i in j + 2..n {
            p.aa[[i, j]] = 0.0;
        }
        for i in j + 1..n {
            p.bb[[i, j]] = 0.0;
        }
    }
    // Two consecutive non-zero subdiagonal entries mean an unconverged block.
    for i in 2..n {
        if p.aa[[i, i - 1]] != 0.0 && p.aa[[i - 1, i - 2]] != 0.0 {
            return Err(not_converged("the QZ iteration reached its limit"));
        }
    }
    // Re-standardise every block (a no-op on faer's converged 2×2 blocks up to rounding;
    // it splits a block whose pair turned out real and fixes the signs of BB's diagonal).
    let mut j = 0;
    while j < n {
        if j + 1 < n && p.aa[[j + 1, j]] != 0.0 {
            let size = standardise_block(&mut p, j);
            j += size;
        } else {
            make_beta_nonnegative(&mut p, j);
            j += 1;
        }
    }
    Ok(p)
}

// ---------------------------------------------------------------------------------------
// Helpers on the real standardised form, shared with ordqz.
// ---------------------------------------------------------------------------------------

/// Rows `i, i + 1` of `AA`, `BB` (columns `c0..`) ← `G (rows)` and `Q`'s columns
/// `← Q Gᵀ`, with `G = [[c, s], [−s, c]]`.
pub(crate) fn rotate_rows(p: &mut Qz<f64>, i: usize, c: f64, s: f64, c0: usize) {
    let n = p.aa.nrows();
    for m in [&mut p.aa, &mut p.bb] {
        for j in c0..n {
            let (x, y) = (m[[i, j]], m[[i + 1, j]]);
            m[[i, j]] = c * x + s * y;
            m[[i + 1, j]] = -s * x + c * y;
        }
    }
    for r in 0..n {
        let (x, y) = (p.q[[r, i]], p.q[[r, i + 1]]);
        p.q[[r, i]] = c * x + s * y;
        p.q[[r, i + 1]] = -s * x + c * y;
    }
}

/// Columns `j, j + 1` of `AA`, `BB` (rows `..r1`) and `Z` ← `M Gᵀ` with
/// `G = [[c, s], [−s, c]]` (the new column `j` is `c m_j + s m_{j+1}`).
pub(crate) fn rotate_cols(p: &mut Qz<f64>, j: usize, c: f64, s: f64, r1: usize) {
    let n = p.aa.nrows();
    for m in [&mut p.aa, &mut p.bb] {
        for r in 0..r1 {
            let (x, y) = (m[[r, j]], m[[r, j + 1]]);
            m[[r, j]] = c * x + s * y;
            m[[r, j + 1]] = -s * x + c * y;
        }
    }
    for r in 0..n {
        let (x, y) = (p.z[[r, j]], p.z[[r, j + 1]]);
        p.z[[r, j]] = c * x + s * y;
        p.z[[r, j + 1]] = -s * x + c * y;
    }
}

/// `(c, s)` with `c x + s y = hypot(x, y)` and `−s x + c y = 0` (`(1, 0)` for a zero vector).
pub(crate) fn real_givens(x: f64, y: f64) -> (f64, f64) {
    let r = x.hypot(y);
    if r == 0.0 { (1.0, 0.0) } else { (x / r, y / r) }
}

/// Flips row `j` of `AA` and `BB` and column `j` of `Q` when `BB[j, j] < 0` (a 1×1 block).
pub(crate) fn make_beta_nonnegative(p: &mut Qz<f64>, j: usize) {
    if p.bb[[j, j]] < 0.0 {
        let n = p.aa.nrows();
        for c in j..n {
            p.aa[[j, c]] = -p.aa[[j, c]];
            p.bb[[j, c]] = -p.bb[[j, c]];
        }
        for r in 0..n {
            p.q[[r, j]] = -p.q[[r, j]];
        }
    }
}

/// The generalized eigenvalues of the 2×2 pencil `(A₂, B₂)` with `B₂` upper triangular, as
/// homogeneous pairs `(α, β)` (`λ = α / β`), or `None` when they are a complex pair.
/// Both matrices are scaled to unit size first so that the quadratic neither overflows nor
/// underflows.
fn real_pair_eigenvalues(a: [[f64; 2]; 2], b: [[f64; 2]; 2]) -> Option<[(f64, f64); 2]> {
    let an = a
        .iter()
        .flatten()
        .fold(0.0_f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    let bn = b
        .iter()
        .flatten()
        .fold(0.0_f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    let a = a.map(|r| r.map(|v| v / an));
    let b = b.map(|r| r.map(|v| v / bn));
    // det(βA − αB) = α² det B − αβ s + β² det A.
    let p = b[0][0] * b[1][1] - b[0][1] * b[1][0];
    let s = a[0][0] * b[1][1] + a[1][1] * b[0][0] - a[0][1] * b[1][0] - a[1][0] * b[0][1];
    let d = a[0][0] * a[1][1] - a[0][1] * a[1][0];
    let disc = s * s - 4.0 * p * d;
    if disc < 0.0 {
        return None;
    }
    // The root of larger magnitude without cancellation, and the other from the product.
    let q = 0.5 * (s + s.signum() * disc.sqrt());
    let (first, second) = if q == 0.0 {
        // s = 0 and p d = 0: a double eigenvalue 0 (p ≠ 0) or ∞ (d ≠ 0).
        if p != 0.0 {
            ((0.0, 1.0), (0.0, 1.0))
        } else {
            ((1.0, 0.0), (1.0, 0.0))
        }
    } else {
        ((q, p), (d, q))
    };
    // Undo the scaling: λ = (α an) / (β bn).
    Some([(first.0 * an, first.1 * bn), (second.0 * an, second.1 * bn)])
}

/// A unit right null vector of the (numerically singular) 2×2 `m`.
fn null_vector(m: [[f64; 2]; 2]) -> (f64, f64) {
    let n0 = m[0][0].hypot(m[0][1]);
    let n1 = m[1][0].hypot(m[1][1]);
    let row = if n0 >= n1 { m[0] } else { m[1] };
    let r = row[0].hypot(row[1]);
    if r == 0.0 {
        (1.0, 0.0)
    } else {
        (-row[1] / r, row[0] / r)
    }
}

/// Brings the 2×2 diagonal block at `j` of the real pair to standard form: `BB`'s block
/// upper triangular, then either split into two 1×1 blocks (real eigenvalues) or, for a
/// complex pair, `BB`'s block made diagonal with positive entries. Returns the number of
/// blocks it now forms (1 or 2, so the caller can step past it).
pub(crate) fn standardise_block(p: &mut Qz<f64>, j: usize) -> usize {
    let n = p.aa.nrows();
    // Triangularise B's block from the left.
    let (c, s) = real_givens(p.bb[[j, j]], p.bb[[j + 1, j]]);
    rotate_rows(p, j, c, s, j);
    p.bb[[j + 1, j]] = 0.0;
    let blk = |m: &Array2<f64>| {
        [
            [m[[j, j]], m[[j, j + 1]]],
            [m[[j + 1, j]], m[[j + 1, j + 1]]],
        ]
    };
    let (a2, b2) = (blk(&p.aa), blk(&p.bb));
    if p.aa[[j + 1, j]] == 0.0 {
        make_beta_nonnegative(p, j);
        make_beta_nonnegative(p, j + 1);
        return 1;
    }
    if let Some([(alpha, beta), _]) = real_pair_eigenvalues(a2, b2) {
        // Real pair: rotate a null vector x of βA₂ − αB₂ into the first column; A₂x and B₂x
        // are then parallel, and the larger of them into the first row clears both (2, 1)
        // entries.
        let m = [
            [
                beta * a2[0][0] - alpha * b2[0][0],
                beta * a2[0][1] - alpha * b2[0][1],
            ],
            [
                beta * a2[1][0] - alpha * b2[1][0],
                beta * a2[1][1] - alpha * b2[1][1],
            ],
        ];
        let (x0, x1) = null_vector(m);
        rotate_cols(p, j, x0, x1, (j + 2).min(n));
        let (ax, ay) = (p.aa[[j, j]], p.aa[[j + 1, j]]);
        let (bx, by) = (p.bb[[j, j]], p.bb[[j + 1, j]]);
        let (c, s) = if ax.hypot(ay) * max_abs(&b2) >= bx.hypot(by) * max_abs(&a2) {
            real_givens(ax, ay)
        } else {
            real_givens(bx, by)
        };
        rotate_rows(p, j, c, s, j);
        p.aa[[j + 1, j]] = 0.0;
        p.bb[[j + 1, j]] = 0.0;
        make_beta_nonnegative(p, j);
        make_beta_nonnegative(p, j + 1);
        return 1;
    }
    // Complex pair: the SVD of the triangular B₂ = U Σ Vᵀ by a Jacobi rotation of B₂ᵀB₂
    // (giving V), then the rotation U that triangularises B₂V, whose columns are orthogonal:
    // the remaining (1, 2) entry is at rounding level and is dropped.
    let (f, g, h) = (b2[0][0], b2[0][1], b2[1][1]);
    // B₂ᵀB₂ = [[f², f g], [f g, g² + h²]].
    let (p11, p12, p22) = (f * f, f * g, g * g + h * h);
    let (cv, sv) = if p12 == 0.0 {
        (1.0, 0.0)
    } else {
        // tan 2θ = 2 p12 / (p11 − p22); the rotation [[c, −s], [s, c]] diagonalises.
        let theta = 0.5 * (2.0 * p12).atan2(p11 - p22);
        (theta.cos(), theta.sin())
    };
    // Z ← Z V with V = [[cv, −sv], [sv, cv]]: new column j = cv z_j + sv z_{j+1}.
    rotate_cols(p, j, cv, sv, (j + 2).min(n));
    let (c, s) = real_givens(p.bb[[j, j]], p.bb[[j + 1, j]]);
    rotate_rows(p, j, c, s, j);
    p.bb[[j + 1, j]] = 0.0;
    p.bb[[j, j + 1]] = 0.0;
    // Positive diagonal: flip the column's sign (A and B columns, Z's column).
    for k in [j, j + 1] {
        if p.bb[[k, k]] < 0.0 {
            for r in 0..(j + 2).min(n) {
                p.aa[[r, k]] = -p.aa[[r, k]];
                p.bb[[r, k]] = -p.bb[[r, k]];
            }
            for r in 0..n {
                p.z[[r, k]] = -p.z[[r, k]];
            }
        }
    }
    // Rounding may have made the pair real after all: then split it.
    if real_pair_eigenvalues(blk(&p.aa), blk(&p.bb)).is_some() {
        return standardise_block(p, j);
    }
    2
}

/// The largest modulus of a 2×2 block's entries (at least the smallest normal number).
fn max_abs(m: &[[f64; 2]; 2]) -> f64 {
    m.iter()
        .flatten()
        .fold(0.0_f64, |acc, v| acc.max(v.abs()))
        .max(f64::MIN_POSITIVE)
}

/// The generalized eigenvalues of the standardised real form as LAPACK reports them:
/// `alpha` (complex) and `beta` (real, non-negative), with `alpha / beta` the eigenvalue;
/// a complex pair gives `alpha` with positive imaginary part first and its betas are the
/// moduli of the diagonal the complex triangularisation of the 2×2 block would give.
pub(crate) fn real_alpha_beta(p: &Qz<f64>) -> (Vec<Complex64>, Vec<f64>) {
    let n = p.aa.nrows();
    let (mut alpha, mut beta) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let mut j = 0;
    while j < n {
        if j + 1 < n && p.aa[[j + 1, j]] != 0.0 {
            let (a11, a12, a21, a22) = (
                p.aa[[j, j]],
                p.aa[[j, j + 1]],
                p.aa[[j + 1, j]],
                p.aa[[j + 1, j + 1]],
            );
            let (b11, b22) = (p.bb[[j, j]], p.bb[[j + 1, j + 1]]);
            // λ² − (u + v) λ + u v − w = 0 with u = a11/b11, v = a22/b22, w = a12 a21/(b11 b22).
            let (u, v) = (a11 / b11, a22 / b22);
            let w = (a12 / b11) * (a21 / b22);
            let half = 0.5 * (u - v);
            let disc = half * half + w;
            let lambda = Complex64::new(0.5 * (u + v), (-disc).max(0.0).sqrt());
            // beta₁ = |B₂ x| for the unit right eigenvector x of λ; beta₁ beta₂ = b11 b22.
            let m = [
                [
                    Complex64::new(a11, 0.0) - lambda * b11,
                    Complex64::new(a12, 0.0),
                ],
                [
                    Complex64::new(a21, 0.0),
                    Complex64::new(a22, 0.0) - lambda * b22,
                ],
            ];
            let r0 = m[0][0].norm().hypot(m[0][1].norm());
            let r1 = m[1][0].norm().hypot(m[1][1].norm());
            let row = if r0 >= r1 { m[0] } else { m[1] };
            let rn = row[0].norm().hypot(row[1].norm());
            let (x0, x1) = if rn == 0.0 {
                (Complex64::new(1.0, 0.0), Complex64::new(0.0, 0.0))
            } else {
                (-row[1] / rn, row[0] / rn)
            };
            let beta1 = (x0 * b11).norm().hypot((x1 * b22).norm());
            let beta2 = if beta1 == 0.0 { 0.0 } else { b11 * b22 / beta1 };
            alpha.push(lambda * beta1);
            alpha.push(lambda.conj() * beta2);
            beta.push(beta1);
            beta.push(beta2);
            j += 2;
        } else {
            alpha.push(Complex64::new(p.aa[[j, j]], 0.0));
            beta.push(p.bb[[j, j]]);
            j += 1;
        }
    }
    (alpha, beta)
}
