//! `ordqz`: the QZ decomposition reordered so that selected generalized eigenvalues lead.
//!
//! The pencil is first brought to generalized Schur form by [`qz`](crate::qz)'s kernels; the
//! selected diagonal blocks are then moved up one adjacent swap at a time. For the complex
//! form a swap of two 1×1 blocks is a pair of Givens rotations: the right one maps a right
//! eigenvector of the second eigenvalue to the first coordinate, the left one the image of
//! that vector. For the real form (blocks of order 1 or 2) a swap follows Kågström's direct
//! method: solve the small generalized Sylvester equation
//! `A₁₁ R − L A₂₂ = −A₁₂`, `B₁₁ R − L B₂₂ = −B₁₂`; the columns of `[R; I]` and `[L; I]` span
//! a pair of right and left deflating subspaces of the second block's eigenvalues, so
//! orthogonal `Z`, `Q` whose leading columns span them swap the blocks. The swap is
//! accepted only if the transformed pencil is within a small multiple of the unit roundoff
//! of block triangular form and reproduces the original (backward stability), as LAPACK's
//! `tgsen` requires.

use std::fmt;
use std::sync::Arc;

use sci_core::ndarray::{Array1, Array2, AsArray, Ix2, s};
use sci_core::num_complex::Complex;
use sci_core::{Error, Result, view};

use crate::decompositions::qz::{
    Qz, complex_qz, make_beta_nonnegative, pencil_inputs, real_alpha_beta, real_beta, real_qz,
    standardise_block,
};
use crate::decompositions::small_dense::{orthogonal_completion, solve_complete_pivoting};
use crate::scalar::{RealScalar, Scalar};

type Complex64 = Complex<f64>;

/// SciPy's `sort` of `scipy.linalg.ordqz`: which generalized eigenvalues `alpha / beta` to
/// move to the top-left of the pencil.
///
/// The string sorts follow SciPy's definitions exactly: an eigenvalue with `beta = 0` is
/// never in a half plane or inside the unit circle, and is outside it unless `alpha` is zero
/// too.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{ordqz_with, OrdqzOptions, OrdqzSort};
///
/// let a = array![[1.0_f64, 2.0], [0.0, -3.0]];
/// let b = array![[1.0_f64, 0.0], [0.0, 1.0]];
/// // Select the eigenvalues with |λ| > 2 (here −3).
/// let big = OrdqzSort::custom(|alpha, beta| alpha.norm() > 2.0 * beta.norm());
/// let f = ordqz_with(&a, &b, &OrdqzOptions::default().sort(big))?;
/// assert_eq!(f.sdim, 1);
/// assert!((f.alpha[0].re / f.beta[0] + 3.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.ordqz.html>
#[derive(Clone)]
pub enum OrdqzSort {
    /// `'lhp'`: `beta ≠ 0` and `Re(alpha / beta) < 0`.
    Lhp,
    /// `'rhp'`: `beta ≠ 0` and `Re(alpha / beta) > 0`.
    Rhp,
    /// `'iuc'`: `beta ≠ 0` and `|alpha / beta| < 1`.
    Iuc,
    /// `'ouc'`: `|alpha / beta| > 1`, including infinite eigenvalues (`beta = 0 ≠ alpha`).
    Ouc,
    /// A predicate on `(alpha, beta)` (SciPy's callable). For the real form `beta` is real
    /// (zero imaginary part) and a complex conjugate pair is selected when the predicate holds
    /// for either member.
    Custom(Arc<dyn Fn(Complex64, Complex64) -> bool + Send + Sync>),
}

impl OrdqzSort {
    /// An [`OrdqzSort::Custom`] from a closure on `(alpha, beta)`.
    #[must_use]
    pub fn custom(f: impl Fn(Complex64, Complex64) -> bool + Send + Sync + 'static) -> Self {
        Self::Custom(Arc::new(f))
    }

    /// Whether the eigenvalue `alpha / beta` is selected.
    fn selects(&self, alpha: Complex64, beta: Complex64) -> bool {
        let zero = Complex64::new(0.0, 0.0);
        match self {
            Self::Lhp => beta != zero && (alpha / beta).re < 0.0,
            Self::Rhp => beta != zero && (alpha / beta).re > 0.0,
            Self::Iuc => beta != zero && (alpha / beta).norm() < 1.0,
            Self::Ouc => {
                if beta == zero {
                    alpha != zero
                } else {
                    (alpha / beta).norm() > 1.0
                }
            }
            Self::Custom(f) => f(alpha, beta),
        }
    }
}

impl fmt::Debug for OrdqzSort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Lhp => f.write_str("Lhp"),
            Self::Rhp => f.write_str("Rhp"),
            Self::Iuc => f.write_str("Iuc"),
            Self::Ouc => f.write_str("Ouc"),
            Self::Custom(_) => f.write_str("Custom(..)"),
        }
    }
}

/// The optional arguments of [`ordqz_with`] and [`ordqz_complex`]: SciPy's keywords of
/// `scipy.linalg.ordqz` (`output` is the choice between [`ordqz_with`] and
/// [`ordqz_complex`]; `overwrite_a` and `overwrite_b` have no meaning here).
#[derive(Debug, Clone)]
pub struct OrdqzOptions {
    /// SciPy's `sort` (default `'lhp'`).
    pub sort: OrdqzSort,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for OrdqzOptions {
    fn default() -> Self {
        Self {
            sort: OrdqzSort::Lhp,
            check_finite: true,
        }
    }
}

impl OrdqzOptions {
    /// Sets `sort`.
    #[must_use]
    pub fn sort(mut self, sort: OrdqzSort) -> Self {
        self.sort = sort;
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// The reordered QZ decomposition as SciPy's `ordqz` returns it: `(AA, BB, alpha, beta, Q,
/// Z)`, and the number `sdim` of selected eigenvalues (now leading).
#[derive(Debug, Clone)]
pub struct OrdQz<T: Scalar> {
    /// The generalized Schur form of `A` (`A = Q AA Zᴴ`).
    pub aa: Array2<T>,
    /// The generalized Schur form of `B` (`B = Q BB Zᴴ`).
    pub bb: Array2<T>,
    /// The numerators of the generalized eigenvalues, in the order of the diagonal: for the
    /// real form complex conjugate pairs are adjacent, the one with positive imaginary part
    /// first.
    pub alpha: Array1<Complex<T::Real>>,
    /// The denominators (real and non-negative for the real form; `0` for an infinite
    /// eigenvalue).
    pub beta: Array1<T>,
    /// The unitary (orthogonal) left Schur vectors.
    pub q: Array2<T>,
    /// The unitary (orthogonal) right Schur vectors.
    pub z: Array2<T>,
    /// How many eigenvalues `sort` selected (a selected complex conjugate pair counts twice).
    /// SciPy's `ordqz` does not return it.
    pub sdim: usize,
}

/// The QZ decomposition with the left-half-plane eigenvalues first: SciPy's
/// `scipy.linalg.ordqz(A, B)` (`sort='lhp'`, `output='real'` for real input).
///
/// # Errors
///
/// As [`qz`](crate::qz); [`Error::IllConditioned`] when two diagonal blocks are too close in
/// spectrum to be swapped stably (SciPy's "Reordering of (A, B) failed").
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::ordqz;
///
/// let a = array![[2.0_f64, 5.0, 8.0], [5.0, 2.0, 2.0], [7.0, 5.0, 6.0]];
/// let b = array![[0.0_f64, 6.0, 0.0], [5.0, 0.0, 2.0], [5.0, 2.0, 6.0]];
/// let f = ordqz(&a, &b)?;
/// for j in 0..3 {
///     let left = (f.alpha[j] / f.beta[j]).re < 0.0;
///     assert_eq!(left, j < f.sdim);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.ordqz.html>
/// - B. Kågström, "A direct method for reordering eigenvalues in the generalized real Schur
///   form of a regular matrix pair (A, B)", in *Linear Algebra for Large Scale and Real-Time
///   Applications*, Kluwer (1993), 195–218.
/// - B. Kågström and P. Poromaa, "Computing eigenspaces with specified eigenvalues of a
///   regular matrix pair (A, B) and condition estimation: theory, algorithms and software",
///   *Numer. Algorithms* 12 (1996), 369–407.
pub fn ordqz<'a, 'b, T: Scalar + 'a + 'b>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
) -> Result<OrdQz<T>>
where
    T::Real: RealScalar,
{
    ordqz_with(a, b, &OrdqzOptions::default())
}

/// [`ordqz`] with SciPy's keywords `sort` and `check_finite`. Real input gives the real form
/// (`output='real'`), complex input the complex form.
///
/// # Errors
///
/// As [`ordqz`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{ordqz_with, OrdqzOptions, OrdqzSort};
///
/// // B singular: one infinite eigenvalue, which 'ouc' selects.
/// let a = array![[2.0_f64, 1.0], [0.0, 0.5]];
/// let b = array![[1.0_f64, 1.0], [0.0, 0.0]];
/// let f = ordqz_with(&a, &b, &OrdqzOptions::default().sort(OrdqzSort::Ouc))?;
/// assert_eq!(f.sdim, 2); // 2 and ∞
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.ordqz.html>
pub fn ordqz_with<'a, 'b, T: Scalar + 'a + 'b>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    options: &OrdqzOptions,
) -> Result<OrdQz<T>>
where
    T::Real: RealScalar,
{
    let (a, b) = pencil_inputs("ordqz", view(a), view(b), options.check_finite)?;
    let real_of = |z: Complex64| {
        Complex::new(
            <T::Real as Scalar>::from_f64(z.re),
            <T::Real as Scalar>::from_f64(z.im),
        )
    };
    if T::IS_COMPLEX {
        let (p, sdim) = complex_ordered(
            &a.mapv(Scalar::to_c64),
            &b.mapv(Scalar::to_c64),
            &options.sort,
        )?;
        let n = p.aa.nrows();
        Ok(OrdQz {
            alpha: Array1::from_shape_fn(n, |j| real_of(p.aa[[j, j]])),
            beta: Array1::from_shape_fn(n, |j| T::from_c64(p.bb[[j, j]])),
            aa: p.aa.mapv(T::from_c64),
            bb: p.bb.mapv(T::from_c64),
            q: p.q.mapv(T::from_c64),
            z: p.z.mapv(T::from_c64),
            sdim,
        })
    } else {
        let (p, sdim) = real_ordered(
            &a.mapv(|x| x.re().into()),
            &b.mapv(|x| x.re().into()),
            &options.sort,
        )?;
        let (alpha, beta) = real_alpha_beta(&p);
        Ok(OrdQz {
            alpha: alpha.into_iter().map(real_of).collect(),
            beta: beta.into_iter().map(T::from_f64).collect(),
            aa: p.aa.mapv(T::from_f64),
            bb: p.bb.mapv(T::from_f64),
            q: p.q.mapv(T::from_f64),
            z: p.z.mapv(T::from_f64),
            sdim,
        })
    }
}

/// The complex reordered QZ decomposition: SciPy's
/// `scipy.linalg.ordqz(A, B, output='complex')`, for real or complex input. `BB`'s
/// diagonal (`beta`) is real and non-negative.
///
/// # Errors
///
/// As [`ordqz`] (the complex swaps never fail).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{ordqz_complex, OrdqzOptions, OrdqzSort};
///
/// // λ = ±i (on the unit circle) and 3: 'ouc' selects only 3.
/// let a = array![[0.0_f64, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 3.0]];
/// let b = array![[1.0_f64, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
/// let f = ordqz_complex(&a, &b, &OrdqzOptions::default().sort(OrdqzSort::Ouc))?;
/// assert_eq!(f.sdim, 1);
/// assert!((f.alpha[0] / f.beta[0] - 3.0).norm() < 1e-13);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.ordqz.html>
pub fn ordqz_complex<'a, 'b, T: Scalar + 'a + 'b>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    options: &OrdqzOptions,
) -> Result<OrdQz<Complex<T::Real>>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let (a, b) = pencil_inputs("ordqz", view(a), view(b), options.check_finite)?;
    let (p, sdim) = complex_ordered(
        &a.mapv(Scalar::to_c64),
        &b.mapv(Scalar::to_c64),
        &options.sort,
    )?;
    let n = p.aa.nrows();
    let from = <Complex<T::Real> as Scalar>::from_c64;
    Ok(OrdQz {
        alpha: Array1::from_shape_fn(n, |j| from(p.aa[[j, j]])),
        beta: Array1::from_shape_fn(n, |j| from(p.bb[[j, j]])),
        aa: p.aa.mapv(from),
        bb: p.bb.mapv(from),
        q: p.q.mapv(from),
        z: p.z.mapv(from),
        sdim,
    })
}

// ---------------------------------------------------------------------------------------
// The complex form.
// ---------------------------------------------------------------------------------------

fn complex_ordered(
    a: &Array2<Complex64>,
    b: &Array2<Complex64>,
    sort: &OrdqzSort,
) -> Result<(Qz<Complex64>, usize)> {
    let mut p = complex_qz(a, b)?;
    let n = p.aa.nrows();
    // The selection is made on the unordered form's eigenvalues, as SciPy does.
    let select: Vec<bool> = (0..n)
        .map(|j| sort.selects(p.aa[[j, j]], p.bb[[j, j]]))
        .collect();
    let mut ks = 0;
    for (k, &selected) in select.iter().enumerate() {
        if !selected {
            continue;
        }
        for i in (ks..k).rev() {
            swap_complex(&mut p, i);
        }
        ks += 1;
    }
    for k in 0..n {
        real_beta(&mut p, k);
    }
    Ok((p, ks))
}

/// Swaps the 1×1 diagonal blocks `k` and `k + 1` of the triangular complex pencil.
fn swap_complex(p: &mut Qz<Complex64>, k: usize) {
    let n = p.aa.nrows();
    let zero = Complex64::new(0.0, 0.0);
    let (a11, a12, a22) = (p.aa[[k, k]], p.aa[[k, k + 1]], p.aa[[k + 1, k + 1]]);
    let (b11, b12, b22) = (p.bb[[k, k]], p.bb[[k, k + 1]], p.bb[[k + 1, k + 1]]);
    // Scaled so that the products below neither overflow nor lose everything to underflow.
    let an = a11
        .norm()
        .max(a12.norm())
        .max(a22.norm())
        .max(f64::MIN_POSITIVE);
    let bn = b11
        .norm()
        .max(b12.norm())
        .max(b22.norm())
        .max(f64::MIN_POSITIVE);
    let (sa, sb) = (1.0 / an, 1.0 / bn);
    // x spans the kernel of β₂A − α₂B, whose second row vanishes: (−m₁₂, m₁₁).
    let m11 = (b22 * sb) * (a11 * sa) - (a22 * sa) * (b11 * sb);
    let m12 = (b22 * sb) * (a12 * sa) - (a22 * sa) * (b12 * sb);
    let r = m11.norm().hypot(m12.norm());
    if r == 0.0 {
        // Equal eigenvalues: nothing to swap.
        return;
    }
    let (x0, x1) = (-m12 / r, m11 / r);
    // Columns k, k + 1 ← [x, x⊥] with U = [[x₀, −x̄₁], [x₁, x̄₀]].
    let cols = |m: &mut Array2<Complex64>, rows: usize| {
        for i in 0..rows {
            let (u, v) = (m[[i, k]], m[[i, k + 1]]);
            m[[i, k]] = u * x0 + v * x1;
            m[[i, k + 1]] = -u * x1.conj() + v * x0.conj();
        }
    };
    cols(&mut p.aa, k + 2);
    cols(&mut p.bb, k + 2);
    cols(&mut p.z, n);
    // A x and B x are parallel; the larger (relative to its matrix) fixes Q's first column.
    let (ax, ay) = (p.aa[[k, k]], p.aa[[k + 1, k]]);
    let (bx, by) = (p.bb[[k, k]], p.bb[[k + 1, k]]);
    let (y0, y1) = if ax.norm().hypot(ay.norm()) * sa >= bx.norm().hypot(by.norm()) * sb {
        (ax, ay)
    } else {
        (bx, by)
    };
    let yn = y0.norm().hypot(y1.norm());
    if yn > 0.0 {
        let (y0, y1) = (y0 / yn, y1 / yn);
        // Rows k, k + 1 ← Wᴴ rows with W = [[y₀, −ȳ₁], [y₁, ȳ₀]]; Q ← Q W.
        for m in [&mut p.aa, &mut p.bb] {
            for j in k..n {
                let (u, v) = (m[[k, j]], m[[k + 1, j]]);
                m[[k, j]] = y0.conj() * u + y1.conj() * v;
                m[[k + 1, j]] = -y1 * u + y0 * v;
            }
        }
        for i in 0..n {
            let (u, v) = (p.q[[i, k]], p.q[[i, k + 1]]);
            p.q[[i, k]] = u * y0 + v * y1;
            p.q[[i, k + 1]] = -u * y1.conj() + v * y0.conj();
        }
    }
    p.aa[[k + 1, k]] = zero;
    p.bb[[k + 1, k]] = zero;
}

// ---------------------------------------------------------------------------------------
// The real form.
// ---------------------------------------------------------------------------------------

fn real_ordered(a: &Array2<f64>, b: &Array2<f64>, sort: &OrdqzSort) -> Result<(Qz<f64>, usize)> {
    let mut p = real_qz(a, b)?;
    let n = p.aa.nrows();
    let (alpha, beta) = real_alpha_beta(&p);
    let select: Vec<bool> = (0..n)
        .map(|j| sort.selects(alpha[j], Complex64::new(beta[j], 0.0)))
        .collect();
    let mut ks = 0;
    let mut k = 0;
    while k < n {
        let size = block_size(&p.aa, k);
        let selected = select[k] || (size == 2 && select[k + 1]);
        if selected {
            move_up(&mut p, k, size, ks)?;
            ks += size;
        }
        k += size;
    }
    Ok((p, ks))
}

fn block_size(aa: &Array2<f64>, j: usize) -> usize {
    if j + 1 < aa.nrows() && aa[[j + 1, j]] != 0.0 {
        2
    } else {
        1
    }
}

/// Moves the block of order `size` at `from` up to `to` by adjacent swaps. A 2×2 block that
/// splits into two real eigenvalues on the way is moved on as two 1×1 blocks.
fn move_up(p: &mut Qz<f64>, from: usize, size: usize, to: usize) -> Result<()> {
    let mut pos = from;
    while pos > to {
        let q = if pos >= to + 2 && p.aa[[pos - 1, pos - 2]] != 0.0 {
            2
        } else {
            1
        };
        let top = swap_real(p, pos - q, q, size)?;
        pos -= q;
        if size == 2 && top == 1 {
            move_up(p, pos, 1, to)?;
            return move_up(p, pos + 1, 1, to + 1);
        }
    }
    Ok(())
}

/// Swaps the adjacent diagonal blocks at `j` (order `p1`) and `j + p1` (order `q1`) of the
/// real pencil; returns the number of blocks the moved one (now at `j`) forms (its order,
/// or 1 if a 2×2 block split).
fn swap_real(p: &mut Qz<f64>, j: usize, p1: usize, q1: usize) -> Result<usize> {
    let m = p1 + q1;
    let s_blk = p.aa.slice(s![j..j + m, j..j + m]).to_owned();
    let t_blk = p.bb.slice(s![j..j + m, j..j + m]).to_owned();
    let norm = |x: &Array2<f64>| x.iter().fold(0.0_f64, |acc, v| acc.hypot(*v));
    let sn = norm(&s_blk).max(f64::MIN_POSITIVE);
    let tn = norm(&t_blk).max(f64::MIN_POSITIVE);
    let (r, l) = generalized_sylvester(&(&s_blk / sn), &(&t_blk / tn), p1, q1);
    let stack = |x: &Array2<f64>| {
        let mut basis = Array2::<f64>::zeros((m, q1));
        basis.slice_mut(s![..p1, ..]).assign(x);
        for c in 0..q1 {
            basis[[p1 + c, c]] = 1.0;
        }
        orthogonal_completion(&basis)
    };
    let zm = stack(&r);
    let qm = stack(&l);
    let s2 = qm.t().dot(&s_blk).dot(&zm);
    let t2 = qm.t().dot(&t_blk).dot(&zm);
    // Weak test: the block that must vanish is at rounding level; strong test: dropping it
    // reproduces the original pencil.
    let eps = f64::EPSILON;
    let thresh = 20.0 * eps * m as f64;
    let lower = |x: &Array2<f64>| {
        x.slice(s![q1.., ..q1])
            .iter()
            .fold(0.0_f64, |acc, v| acc.hypot(*v))
    };
    let weak = (lower(&s2) / sn).max(lower(&t2) / tn);
    let mut s2z = s2.clone();
    let mut t2z = t2.clone();
    s2z.slice_mut(s![q1.., ..q1]).fill(0.0);
    t2z.slice_mut(s![q1.., ..q1]).fill(0.0);
    let strong = (norm(&(qm.dot(&s2z).dot(&zm.t()) - &s_blk)) / sn)
        .max(norm(&(qm.dot(&t2z).dot(&zm.t()) - &t_blk)) / tn);
    if weak > thresh || strong > thresh {
        return Err(Error::IllConditioned {
            rcond: weak.max(strong),
            threshold: thresh,
        });
    }
    // Apply Q and Z to the whole pencil and to the Schur vectors.
    for mat in [&mut p.aa, &mut p.bb] {
        let rows = mat.slice(s![j..j + m, j..]).to_owned();
        mat.slice_mut(s![j..j + m, j..]).assign(&qm.t().dot(&rows));
        let cols = mat.slice(s![..j + m, j..j + m]).to_owned();
        mat.slice_mut(s![..j + m, j..j + m]).assign(&cols.dot(&zm));
        mat.slice_mut(s![j + q1..j + m, j..j + q1]).fill(0.0);
    }
    let qc = p.q.slice(s![.., j..j + m]).to_owned();
    p.q.slice_mut(s![.., j..j + m]).assign(&qc.dot(&qm));
    let zc = p.z.slice(s![.., j..j + m]).to_owned();
    p.z.slice_mut(s![.., j..j + m]).assign(&zc.dot(&zm));
    // Back to standard form: triangular B blocks, diagonal on complex pairs.
    if p1 == 2 {
        standardise_block(p, j + q1);
    } else {
        make_beta_nonnegative(p, j + q1);
    }
    if q1 == 2 {
        Ok(standardise_block(p, j))
    } else {
        make_beta_nonnegative(p, j);
        Ok(1)
    }
}

/// `(R, L)` (both `p × q`) with `S₁₁ R − L S₂₂ = −S₁₂` and `T₁₁ R − L T₂₂ = −T₁₂` for the
/// blocks of the `(p + q)`-square `s`, `t`, by Gaussian elimination with complete pivoting on
/// the Kronecker form (order `2pq ≤ 8`); pivots below the unit roundoff are raised to it
/// (close spectra are then caught by the stability tests).
fn generalized_sylvester(
    s: &Array2<f64>,
    t: &Array2<f64>,
    p: usize,
    q: usize,
) -> (Array2<f64>, Array2<f64>) {
    let pq = p * q;
    let k = 2 * pq;
    let mut a = Array2::<f64>::zeros((k, k));
    let mut rhs = vec![0.0; k];
    // Unknowns: R[r, c] at c·p + r, L[r, c] at pq + c·p + r.
    for (eq, m) in [s, t].into_iter().enumerate() {
        for c in 0..q {
            for r in 0..p {
                let row = eq * pq + c * p + r;
                rhs[row] = -m[[r, p + c]];
                for kk in 0..p {
                    a[[row, c * p + kk]] += m[[r, kk]];
                }
                for kk in 0..q {
                    a[[row, pq + kk * p + r]] -= m[[p + kk, p + c]];
                }
            }
        }
    }
    let v = solve_complete_pivoting(a, rhs, f64::EPSILON);
    let mut r = Array2::<f64>::zeros((p, q));
    let mut l = Array2::<f64>::zeros((p, q));
    for (index, value) in v.into_iter().enumerate() {
        if index < pq {
            r[[index % p, index / p]] = value;
        } else {
            l[[(index - pq) % p, (index - pq) / p]] = value;
        }
    }
    (r, l)
}
