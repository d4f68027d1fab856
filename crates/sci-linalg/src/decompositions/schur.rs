//! `schur`: the Schur decomposition `A = Z T Zᴴ`, real (quasi-triangular `T` with standardised
//! 2×2 blocks) or complex (triangular `T`), optionally reordered so that selected eigenvalues
//! lead.
//!
//! The matrix is first reduced to Hessenberg form by faer's blocked Householder reduction
//! (faer 0.24 keeps its multishift QR kernels private), then driven to Schur form by the
//! implicitly shifted QR algorithm: Francis's double-shift step for real matrices, the
//! single-shift step with Wilkinson's shift for complex ones, with deflation of negligible
//! subdiagonal entries and exceptional shifts against stagnation. Reordering swaps adjacent
//! diagonal blocks: Givens rotations for the complex form, the direct swapping method of Bai
//! and Demmel (a small Sylvester equation, then an orthogonal basis of the swapped invariant
//! subspace, accepted only if the result is backward stable) for the real form.

use std::fmt;
use std::sync::Arc;

use faer::Mat;
use faer::complex::Complex;
use sci_core::ndarray::{Array2, AsArray, Ix2, s};
use sci_core::{Error, Result, view};

use crate::decompositions::hessenberg::hessenberg_in_place;
use crate::decompositions::small_dense::{orthogonal_completion, solve_complete_pivoting};
use crate::decompositions::to_array;
use crate::scalar::{RealScalar, Scalar};
use crate::validate;

type Complex64 = Complex<f64>;

/// SciPy's `sort` of `scipy.linalg.schur`: which eigenvalues to move to the top-left of `T`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{schur_complex, SchurOptions, SchurSort};
///
/// let a = array![[1.0_f64, 5.0], [0.0, 0.5]];
/// let near_half = SchurSort::custom(|z| (z.re - 0.5).abs() < 0.1);
/// let f = schur_complex(&a, &SchurOptions::default().sort(near_half))?;
/// assert_eq!(f.sdim, 1);
/// assert!((f.t[[0, 0]].re - 0.5).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.schur.html>
#[derive(Clone)]
pub enum SchurSort {
    /// `'lhp'`: real part negative.
    Lhp,
    /// `'rhp'`: real part non-negative.
    Rhp,
    /// `'iuc'`: inside or on the unit circle (`|λ| ≤ 1`).
    Iuc,
    /// `'ouc'`: outside the unit circle (`|λ| > 1`).
    Ouc,
    /// A predicate on the eigenvalue (for the real form, a complex conjugate pair is selected
    /// when the predicate holds for either member).
    Custom(Arc<dyn Fn(Complex64) -> bool + Send + Sync>),
}

impl SchurSort {
    /// A [`SchurSort::Custom`] from a closure.
    #[must_use]
    pub fn custom(f: impl Fn(Complex64) -> bool + Send + Sync + 'static) -> Self {
        Self::Custom(Arc::new(f))
    }

    fn selects(&self, z: Complex64) -> bool {
        match self {
            Self::Lhp => z.re < 0.0,
            Self::Rhp => z.re >= 0.0,
            Self::Iuc => z.norm() <= 1.0,
            Self::Ouc => z.norm() > 1.0,
            Self::Custom(f) => f(z),
        }
    }
}

impl fmt::Debug for SchurSort {
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

/// The optional arguments of [`schur_with`] and [`schur_complex`]: SciPy's keywords of
/// `scipy.linalg.schur` (`output` is the choice between [`schur_with`] and
/// [`schur_complex`]; `lwork` and `overwrite_a` have no meaning here).
#[derive(Debug, Clone)]
pub struct SchurOptions {
    /// SciPy's `sort`: `None` (default) leaves the eigenvalues in the order the QR algorithm
    /// finds them.
    pub sort: Option<SchurSort>,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for SchurOptions {
    fn default() -> Self {
        Self {
            sort: None,
            check_finite: true,
        }
    }
}

impl SchurOptions {
    /// Sets `sort`.
    #[must_use]
    pub fn sort(mut self, sort: SchurSort) -> Self {
        self.sort = Some(sort);
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// The Schur decomposition `A = Z T Zᴴ` as SciPy returns it: `(T, Z)`, and `sdim` with a
/// `sort`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schur<T> {
    /// The Schur form: upper triangular (complex), or quasi-upper triangular with standardised
    /// 2×2 blocks `[[a, b], [c, a]]`, `b c < 0`, for complex conjugate pairs (real).
    pub t: Array2<T>,
    /// The unitary (orthogonal) Schur vectors.
    pub z: Array2<T>,
    /// The number of eigenvalues the `sort` predicate selected, now leading `T` (0 without a
    /// `sort`, where SciPy returns no `sdim`).
    pub sdim: usize,
}

/// The real Schur decomposition: SciPy's `scipy.linalg.schur(a)` (`output='real'`).
///
/// `T` is quasi-upper triangular: 1×1 blocks for real eigenvalues, 2×2 blocks
/// `[[a, b], [c, a]]` with `b c < 0` for complex conjugate pairs `a ± i√(−b c)` (LAPACK's
/// standardised form); `Z` is orthogonal and `A = Z T Zᵀ`. The order of the eigenvalues
/// along the diagonal may differ from SciPy's. `f32` input is decomposed in double precision
/// and the factors rounded to `f32` (which keeps the zero pattern and the standardised
/// blocks). O(n³) time.
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`; [`Error::NonFinite`] for a NaN or infinity;
/// [`Error::DidNotConverge`] if the QR algorithm does not converge (SciPy's "Schur form not
/// found").
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::schur;
///
/// // A rotation by 90° scaled by 2: eigenvalues ±2i.
/// let a = array![[0.0_f64, -2.0], [2.0, 0.0]];
/// let f = schur(&a)?;
/// assert_eq!(f.t[[0, 0]], f.t[[1, 1]]);
/// assert!(f.t[[0, 1]] * f.t[[1, 0]] < 0.0);
/// let back = f.z.dot(&f.t).dot(&f.z.t());
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.schur.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §7.5.
pub fn schur<'a, T: RealScalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Schur<T>> {
    schur_with(a, &SchurOptions::default())
}

/// [`schur`] with SciPy's keywords: `sort` (reorder the selected eigenvalues to the top-left
/// and count them in `sdim`) and `check_finite`.
///
/// A complex conjugate pair is selected when the predicate holds for either member and then
/// counts twice in `sdim`, as in LAPACK's `dgees`.
///
/// # Errors
///
/// As [`schur`]; [`Error::IllConditioned`] when two blocks are too close in spectrum to be
/// swapped stably (SciPy's "Eigenvalues could not be separated for reordering").
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{schur_with, SchurOptions, SchurSort};
///
/// let a = array![[1.0_f64, 2.0, 0.0], [0.0, -3.0, 1.0], [0.0, 0.0, 2.0]];
/// let f = schur_with(&a, &SchurOptions::default().sort(SchurSort::Lhp))?;
/// assert_eq!(f.sdim, 1);
/// assert!((f.t[[0, 0]] + 3.0).abs() < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.schur.html>
/// - Z. Bai and J. W. Demmel, "On swapping diagonal blocks in real Schur form", *Linear
///   Algebra Appl.* 186 (1993), 73–95.
pub fn schur_with<'a, T: RealScalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SchurOptions,
) -> Result<Schur<T>> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let (mut t, mut z) = hessenberg_form(Mat::<f64>::from_fn(n, n, |i, j| a[(i, j)].to_f64()));
    real_qr(&mut t, &mut z)?;
    let sdim = match &options.sort {
        Some(sort) => real_reorder(&mut t, &mut z, sort)?,
        None => 0,
    };
    // Rounding to f32 keeps the structure: zeros stay zero, equal diagonal entries equal.
    Ok(Schur {
        t: t.mapv(T::from_f64),
        z: z.mapv(T::from_f64),
        sdim,
    })
}

/// The complex Schur decomposition: SciPy's `scipy.linalg.schur(a, output='complex')` (and
/// `schur(a)` for complex `a`), for real or complex input.
///
/// `T` is upper triangular with the eigenvalues on its diagonal, `Z` unitary, `A = Z T Zᴴ`.
/// Computed in double precision. O(n³) time.
///
/// # Errors
///
/// As [`schur_with`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{schur_complex, SchurOptions};
///
/// let a = array![[0.0_f64, -2.0], [2.0, 0.0]];
/// let f = schur_complex(&a, &SchurOptions::default())?;
/// assert!(f.t[[1, 0]].norm() == 0.0);
/// assert!((f.t[[0, 0]].im.abs() - 2.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.schur.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §7.5, §7.6.2.
pub fn schur_complex<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SchurOptions,
) -> Result<Schur<Complex64>> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let (mut t, mut z) =
        hessenberg_form(Mat::<Complex64>::from_fn(n, n, |i, j| a[(i, j)].to_c64()));
    complex_qr(&mut t, &mut z)?;
    let sdim = match &options.sort {
        Some(sort) => complex_reorder(&mut t, &mut z, sort),
        None => 0,
    };
    Ok(Schur { t, z, sdim })
}

/// The most sweeps the QR algorithm may take, per eigenvalue (LAPACK allows 30).
const SWEEPS_PER_EIGENVALUE: usize = 30;

/// The Hessenberg form `H` of `h` and the unitary `Z` with `h = Z H Zᴴ`, where the QR
/// iteration starts.
fn hessenberg_form<S: Scalar>(mut h: Mat<S>) -> (Array2<S>, Array2<S>) {
    let n = h.nrows();
    let z = hessenberg_in_place(&mut h, true).unwrap_or_else(|| Mat::identity(n, n));
    (to_array(h.as_ref()), to_array(z.as_ref()))
}

fn no_convergence(iterations: usize, remaining: usize) -> Error {
    Error::DidNotConverge {
        method: "Schur decomposition (QR algorithm)".into(),
        iterations,
        detail: format!("{remaining} eigenvalue(s) not converged"),
    }
}

/// The start `l` of the unreduced block ending at row `i`: the last `l ≤ i` whose subdiagonal
/// entry is negligible next to its diagonal neighbours (set to zero), or 0.
fn active_start<T: Copy>(h: &mut Array2<T>, i: usize, abs: impl Fn(T) -> f64, zero: T) -> usize {
    let n = h.nrows();
    let eps = f64::EPSILON;
    // Keeps the test meaningful when the neighbours underflow.
    let tiny = f64::MIN_POSITIVE * (n as f64 / eps);
    let mut l = i;
    while l > 0 {
        let mut nb = abs(h[[l - 1, l - 1]]) + abs(h[[l, l]]);
        if nb == 0.0 {
            // Zero diagonal: compare with the block's other entries instead.
            nb = (l.saturating_sub(1)..=i.min(l + 1))
                .flat_map(|r| (r.saturating_sub(1)..=i).map(move |c| (r, c)))
                .map(|(r, c)| abs(h[[r, c]]))
                .fold(0.0, f64::max);
        }
        if abs(h[[l, l - 1]]) <= (eps * nb).max(tiny) {
            h[[l, l - 1]] = zero;
            break;
        }
        l -= 1;
    }
    l
}

/// Francis double-shift QR on the Hessenberg `t`, accumulating into `z`, down to standardised
/// real Schur form.
fn real_qr(t: &mut Array2<f64>, z: &mut Array2<f64>) -> Result<()> {
    let n = t.nrows();
    let limit = SWEEPS_PER_EIGENVALUE * n.max(1);
    let (mut total, mut its) = (0, 0);
    let mut end = n;
    while end > 0 {
        let i = end - 1;
        let l = active_start(t, i, f64::abs, 0.0);
        if l == i {
            end -= 1;
            its = 0;
            continue;
        }
        if l + 1 == i {
            standardise(t, z, l);
            end -= 2;
            its = 0;
            continue;
        }
        total += 1;
        its += 1;
        if total > limit {
            return Err(no_convergence(total, end));
        }
        // The two shifts: the trailing 2×2 block's eigenvalues, or on the 10th and 20th
        // sweep without deflation an ad hoc pair that breaks cycles.
        let shifts = match its {
            10 => exceptional_shifts(t[[l, l]], t[[l + 1, l]].abs() + t[[l + 2, l + 1]].abs()),
            20 => exceptional_shifts(t[[i, i]], t[[i, i - 1]].abs() + t[[i - 1, i - 2]].abs()),
            _ => block_shifts(t[[i - 1, i - 1]], t[[i - 1, i]], t[[i, i - 1]], t[[i, i]]),
        };
        if its >= 20 {
            its = 0;
        }
        francis_step(t, z, l, i, shifts);
    }
    Ok(())
}

/// Two shifts `(re₁, im₁, re₂, im₂)`.
type Shifts = (f64, f64, f64, f64);

/// The complex pair `h ± 0.66 i s` of an exceptional shift, of the size `s` of the nearby
/// subdiagonal entries (the classical choice of EISPACK's `hqr` and LAPACK's `dlahqr`).
fn exceptional_shifts(h: f64, s: f64) -> Shifts {
    let re = h + 0.75 * s;
    let im = 0.4375_f64.sqrt() * s;
    (re, im, re, -im)
}

/// The eigenvalues of `[[a, b], [c, d]]` as shifts; two real ones are replaced by the one
/// nearer to `d`, twice, as Wilkinson's shift (the pair would otherwise chase two targets).
fn block_shifts(a: f64, b: f64, c: f64, d: f64) -> Shifts {
    let s = a.abs() + b.abs() + c.abs() + d.abs();
    if s == 0.0 {
        return (0.0, 0.0, 0.0, 0.0);
    }
    let (a, b, c, d) = (a / s, b / s, c / s, d / s);
    let tr = (a + d) / 2.0;
    let det = (a - tr) * (d - tr) - b * c;
    let rtdisc = det.abs().sqrt();
    if det >= 0.0 {
        // A complex pair tr ± i rtdisc.
        (tr * s, rtdisc * s, tr * s, -rtdisc * s)
    } else {
        let (r1, r2) = (tr + rtdisc, tr - rtdisc);
        let r = if (r1 - d).abs() <= (r2 - d).abs() {
            r1
        } else {
            r2
        };
        (r * s, 0.0, r * s, 0.0)
    }
}

/// One implicit double-shift sweep on the unreduced block `l..=i` (at least 3×3), chasing the
/// bulge with 3-element Householder reflectors.
fn francis_step(t: &mut Array2<f64>, z: &mut Array2<f64>, l: usize, i: usize, shifts: Shifts) {
    let n = t.nrows();
    let (re1, im1, re2, im2) = shifts;
    // The first column of (H − σ₁)(H − σ₂), which has three non-zeros, formed from the
    // differences to the shifts and scaled, so that it stays accurate when the shifts are
    // close to the diagonal (a sum-and-product form cancels to rounding noise there).
    let (h00, h10) = (t[[l, l]], t[[l + 1, l]]);
    let scale = (h00 - re2).abs() + im2.abs() + h10.abs();
    let mut v = if scale == 0.0 {
        [0.0; 3]
    } else {
        let h10s = h10 / scale;
        [
            h10s * t[[l, l + 1]] + (h00 - re1) * ((h00 - re2) / scale) - im1 * (im2 / scale),
            h10s * ((h00 - re1) + (t[[l + 1, l + 1]] - re2)),
            h10s * t[[l + 2, l + 1]],
        ]
    };
    for k in l..i {
        let m = (i - k + 1).min(3);
        if k > l {
            for r in 0..m {
                v[r] = t[[k + r, k - 1]];
            }
        }
        let Some((u, tau)) = reflector(&v[..m]) else {
            continue;
        };
        let c0 = if k > l { k - 1 } else { l };
        for c in c0..n {
            let s: f64 = (0..m).map(|r| u[r] * t[[k + r, c]]).sum();
            for r in 0..m {
                t[[k + r, c]] -= tau * s * u[r];
            }
        }
        let rmax = (k + 3).min(i);
        for r in 0..=rmax {
            let s: f64 = (0..m).map(|c| t[[r, k + c]] * u[c]).sum();
            for c in 0..m {
                t[[r, k + c]] -= tau * s * u[c];
            }
        }
        for r in 0..n {
            let s: f64 = (0..m).map(|c| z[[r, k + c]] * u[c]).sum();
            for c in 0..m {
                z[[r, k + c]] -= tau * s * u[c];
            }
        }
        if k > l {
            // The bulge column is now exactly (β, 0, 0).
            for r in 1..m {
                t[[k + r, k - 1]] = 0.0;
            }
        }
    }
}

/// The Householder reflector `I − τ u uᵀ` mapping `x` (length ≤ 3) to a multiple of `e₁`, or
/// `None` when `x` is zero.
fn reflector(x: &[f64]) -> Option<([f64; 3], f64)> {
    let norm = x.iter().fold(0.0_f64, |acc, &v| acc.hypot(v));
    if norm == 0.0 {
        return None;
    }
    // α has the opposite sign of x₀ so that u₀ = x₀ − α does not cancel.
    let alpha = if x[0] >= 0.0 { -norm } else { norm };
    let mut u = [0.0; 3];
    u[..x.len()].copy_from_slice(x);
    u[0] -= alpha;
    let uu: f64 = u.iter().map(|v| v * v).sum();
    Some((u, 2.0 / uu))
}

/// Standardises the 2×2 diagonal block at `l` by a rotation applied to all of `t` and `z`:
/// upper triangular if its eigenvalues are real, else equal diagonal entries and off-diagonal
/// entries of opposite signs.
pub(crate) fn standardise(t: &mut Array2<f64>, z: &mut Array2<f64>, l: usize) {
    for _ in 0..2 {
        let (a, b, c, d) = (t[[l, l]], t[[l, l + 1]], t[[l + 1, l]], t[[l + 1, l + 1]]);
        if c == 0.0 || (a == d && b * c < 0.0) {
            return;
        }
        let (cs, sn, real) = standardising_rotation(a, b, c, d);
        rotate(t, z, l, cs, sn);
        if real {
            t[[l + 1, l]] = 0.0;
            return;
        }
        let mean = 0.5 * (t[[l, l]] + t[[l + 1, l + 1]]);
        t[[l, l]] = mean;
        t[[l + 1, l + 1]] = mean;
        // Rounding may leave b c ≥ 0 for a nearly defective pair; a second pass then takes the
        // real branch.
    }
}

/// The rotation `R = [[cs, −sn], [sn, cs]]` for which `Rᵀ M R` is standardised, and whether
/// `M`'s eigenvalues are real.
fn standardising_rotation(a: f64, b: f64, c: f64, d: f64) -> (f64, f64, bool) {
    if b == 0.0 {
        // (0, 1) is an eigenvector: exchange the two coordinates.
        return (0.0, 1.0, true);
    }
    let p = 0.5 * (a - d);
    let bcmax = b.abs().max(c.abs());
    let bcmin = b.abs().min(c.abs()) * b.signum() * c.signum();
    let scale = p.abs().max(bcmax);
    // The discriminant p² + b c, divided by `scale` against overflow.
    let disc = (p / scale) * p + (bcmax / scale) * bcmin;
    if disc >= 0.0 {
        // Real eigenvalues: rotate the eigenvector (λ − d, c) of the larger-offset eigenvalue
        // λ = (a + d)/2 + sign(p)√disc into the first coordinate; no cancellation in λ − d.
        let root = scale.sqrt() * disc.sqrt();
        let zz = p + if p >= 0.0 { root } else { -root };
        let tau = zz.hypot(c);
        (zz / tau, c / tau, true)
    } else {
        // Complex pair: a' − d' = (a − d) cos 2θ + (b + c) sin 2θ vanishes for
        // (cos 2θ, sin 2θ) ∝ (b + c, −(a − d)); take cos 2θ ≥ 0 so cos θ is well away from 0.
        let (mut c2, mut s2) = (b + c, d - a);
        let tau = c2.hypot(s2);
        if tau == 0.0 {
            return (1.0, 0.0, false);
        }
        c2 /= tau;
        s2 /= tau;
        if c2 < 0.0 {
            c2 = -c2;
            s2 = -s2;
        }
        let cs = (0.5 * (1.0 + c2)).sqrt();
        (cs, s2 / (2.0 * cs), false)
    }
}

/// `t ← Rᵀ t R`, `z ← z R` with `R` the rotation in the plane `(l, l + 1)`.
fn rotate(t: &mut Array2<f64>, z: &mut Array2<f64>, l: usize, cs: f64, sn: f64) {
    let n = t.nrows();
    for c in 0..n {
        let (x, y) = (t[[l, c]], t[[l + 1, c]]);
        t[[l, c]] = cs * x + sn * y;
        t[[l + 1, c]] = -sn * x + cs * y;
    }
    for r in 0..n {
        let (x, y) = (t[[r, l]], t[[r, l + 1]]);
        t[[r, l]] = cs * x + sn * y;
        t[[r, l + 1]] = -sn * x + cs * y;
        let (x, y) = (z[[r, l]], z[[r, l + 1]]);
        z[[r, l]] = cs * x + sn * y;
        z[[r, l + 1]] = -sn * x + cs * y;
    }
}

/// The complex Givens rotation `G = [[c, s], [−s̄, c]]` (real `c`) with `G (x, y)ᵀ = (r, 0)ᵀ`.
pub(crate) fn givens(x: Complex64, y: Complex64) -> (f64, Complex64) {
    let ax = x.norm();
    let rho = ax.hypot(y.norm());
    if rho == 0.0 {
        return (1.0, Complex64::new(0.0, 0.0));
    }
    if ax == 0.0 {
        return (0.0, y.conj() / y.norm());
    }
    (ax / rho, (x / ax) * y.conj() / rho)
}

/// `t ← G t Gᴴ` on rows `k, k + 1` (columns `c0..`) and columns `k, k + 1` (rows `..rows`),
/// `z ← z Gᴴ`.
#[allow(clippy::too_many_arguments)]
fn apply_givens(
    t: &mut Array2<Complex64>,
    z: &mut Array2<Complex64>,
    k: usize,
    c: f64,
    s: Complex64,
    c0: usize,
    rows: usize,
) {
    let n = t.nrows();
    for j in c0..n {
        let (x, y) = (t[[k, j]], t[[k + 1, j]]);
        t[[k, j]] = x * c + s * y;
        t[[k + 1, j]] = -s.conj() * x + y * c;
    }
    for r in 0..rows {
        let (x, y) = (t[[r, k]], t[[r, k + 1]]);
        t[[r, k]] = x * c + s.conj() * y;
        t[[r, k + 1]] = -s * x + y * c;
    }
    for r in 0..n {
        let (x, y) = (z[[r, k]], z[[r, k + 1]]);
        z[[r, k]] = x * c + s.conj() * y;
        z[[r, k + 1]] = -s * x + y * c;
    }
}

/// Single-shift complex QR (Wilkinson's shift) on the Hessenberg `t`, accumulating into `z`.
fn complex_qr(t: &mut Array2<Complex64>, z: &mut Array2<Complex64>) -> Result<()> {
    let n = t.nrows();
    let limit = SWEEPS_PER_EIGENVALUE * n.max(1);
    let (mut total, mut its) = (0, 0);
    let mut end = n;
    let zero = Complex64::new(0.0, 0.0);
    while end > 0 {
        let i = end - 1;
        let l = active_start(t, i, |v: Complex64| v.re.abs() + v.im.abs(), zero);
        if l == i {
            end -= 1;
            its = 0;
            continue;
        }
        total += 1;
        its += 1;
        if total > limit {
            return Err(no_convergence(total, end));
        }
        let mu = if its % 10 == 0 {
            // Exceptional shift against cycling.
            t[[i, i]] + 0.75 * t[[i, i - 1]].norm()
        } else {
            // The eigenvalue of the trailing 2×2 block nearer its last diagonal entry.
            let (a, b, c, d) = (t[[i - 1, i - 1]], t[[i - 1, i]], t[[i, i - 1]], t[[i, i]]);
            let p = 0.5 * (a - d);
            let root = (p * p + b * c).sqrt();
            let root = if (p.conj() * root).re >= 0.0 {
                root
            } else {
                -root
            };
            let den = p + root;
            if den.norm() == 0.0 {
                d
            } else {
                d - b * c / den
            }
        };
        for k in l..i {
            let (x, y) = if k == l {
                (t[[l, l]] - mu, t[[l + 1, l]])
            } else {
                (t[[k, k - 1]], t[[k + 1, k - 1]])
            };
            let (c, s) = givens(x, y);
            let c0 = if k > l { k - 1 } else { l };
            apply_givens(t, z, k, c, s, c0, (k + 3).min(i + 1));
            if k > l {
                t[[k + 1, k - 1]] = zero;
            }
        }
    }
    Ok(())
}

/// Moves the eigenvalues `sort` selects to the top of the triangular `t` by adjacent Givens
/// swaps; returns their number.
fn complex_reorder(
    t: &mut Array2<Complex64>,
    z: &mut Array2<Complex64>,
    sort: &SchurSort,
) -> usize {
    let n = t.nrows();
    let mut ks = 0;
    for j in 0..n {
        if !sort.selects(t[[j, j]]) {
            continue;
        }
        for k in (ks..j).rev() {
            swap_complex(t, z, k);
        }
        ks += 1;
    }
    ks
}

/// Swaps the diagonal entries `k` and `k + 1` of the triangular `t`: the rotation takes the
/// eigenvector `(t₁₂, t₂₂ − t₁₁)` of the second one to the first coordinate.
fn swap_complex(t: &mut Array2<Complex64>, z: &mut Array2<Complex64>, k: usize) {
    let (t11, t22) = (t[[k, k]], t[[k + 1, k + 1]]);
    if t11 == t22 {
        return;
    }
    let (c, s) = givens(t[[k, k + 1]], t22 - t11);
    apply_givens(t, z, k, c, s, k, k + 2);
    t[[k + 1, k]] = Complex64::new(0.0, 0.0);
    t[[k, k]] = t22;
    t[[k + 1, k + 1]] = t11;
}

/// The eigenvalues of the real 2×2 block `[[a, b], [c, d]]` (the one with non-negative
/// imaginary part first for a complex pair).
fn block_eigenvalue(t: &Array2<f64>, j: usize, size: usize) -> Complex64 {
    if size == 1 {
        return Complex64::new(t[[j, j]], 0.0);
    }
    let (a, b, c, d) = (t[[j, j]], t[[j, j + 1]], t[[j + 1, j]], t[[j + 1, j + 1]]);
    let p = 0.5 * (a - d);
    let disc = p * p + b * c;
    if disc >= 0.0 {
        Complex64::new(0.5 * (a + d) + disc.sqrt(), 0.0)
    } else {
        Complex64::new(0.5 * (a + d), (-disc).sqrt())
    }
}

fn block_size(t: &Array2<f64>, j: usize) -> usize {
    if j + 1 < t.nrows() && t[[j + 1, j]] != 0.0 {
        2
    } else {
        1
    }
}

/// Moves the blocks `sort` selects to the top of the real Schur form `t` by adjacent block
/// swaps; returns the number of selected eigenvalues.
fn real_reorder(t: &mut Array2<f64>, z: &mut Array2<f64>, sort: &SchurSort) -> Result<usize> {
    let n = t.nrows();
    let mut ks = 0;
    let mut j = 0;
    while j < n {
        let p = block_size(t, j);
        let selected = if p == 1 {
            sort.selects(Complex64::new(t[[j, j]], 0.0))
        } else {
            // Both members of the pair (either may be real after rounding).
            let (a, b, c, d) = (t[[j, j]], t[[j, j + 1]], t[[j + 1, j]], t[[j + 1, j + 1]]);
            let p2 = 0.5 * (a - d);
            let disc = p2 * p2 + b * c;
            let mid = 0.5 * (a + d);
            if disc >= 0.0 {
                sort.selects(Complex64::new(mid + disc.sqrt(), 0.0))
                    || sort.selects(Complex64::new(mid - disc.sqrt(), 0.0))
            } else {
                let w = block_eigenvalue(t, j, 2);
                sort.selects(w) || sort.selects(w.conj())
            }
        };
        if selected {
            let mut pos = j;
            while pos > ks {
                let q = if pos >= ks + 2 && t[[pos - 1, pos - 2]] != 0.0 {
                    2
                } else {
                    1
                };
                swap_real(t, z, pos - q, q, p)?;
                pos -= q;
            }
            ks += p;
        }
        j += p;
    }
    Ok(ks)
}

/// Swaps the adjacent diagonal blocks `T₁₁` (`p × p`, at `j`) and `T₂₂` (`q × q`) of the real
/// Schur form by Bai and Demmel's direct method: solve `T₁₁ X − X T₂₂ = T₁₂`; the columns of
/// `[−X; I]` span the invariant subspace of `T₂₂`'s eigenvalues, and an orthogonal `Q` whose
/// leading columns span it moves them to the top. Rejected (no change) unless backward stable.
fn swap_real(t: &mut Array2<f64>, z: &mut Array2<f64>, j: usize, p: usize, q: usize) -> Result<()> {
    let m = p + q;
    let w = t.slice(s![j..j + m, j..j + m]).to_owned();
    let wnorm = w.iter().fold(0.0_f64, |acc, v| acc.max(v.abs()));
    let eps = f64::EPSILON;
    let thresh = (10.0 * eps * wnorm).max(f64::MIN_POSITIVE / eps);
    let x = solve_sylvester_small(&w, p, q, eps * wnorm);
    // [−X; I] (m × q), orthonormalised by Householder QR into the full m × m Q.
    let mut basis = Array2::<f64>::zeros((m, q));
    for r in 0..p {
        for c in 0..q {
            basis[[r, c]] = -x[[r, c]];
        }
    }
    for c in 0..q {
        basis[[p + c, c]] = 1.0;
    }
    let qm = orthogonal_completion(&basis);
    let w2 = qm.t().dot(&w).dot(&qm);
    // Weak stability test: the block that should vanish is at rounding level.
    let lower = w2
        .slice(s![q.., ..q])
        .iter()
        .fold(0.0_f64, |acc, v| acc.max(v.abs()));
    // Strong test: Q W̃ Qᵀ with that block dropped reproduces W.
    let mut w2z = w2.clone();
    w2z.slice_mut(s![q.., ..q]).fill(0.0);
    let back = qm.dot(&w2z).dot(&qm.t()) - &w;
    let err = back.iter().fold(0.0_f64, |acc, v| acc.max(v.abs()));
    if lower > thresh || err > thresh {
        return Err(Error::IllConditioned {
            rcond: lower.max(err) / wnorm.max(f64::MIN_POSITIVE),
            threshold: 10.0 * eps,
        });
    }
    // Apply Q to the whole of t and z.
    let rows = t.slice(s![j..j + m, j..]).to_owned();
    t.slice_mut(s![j..j + m, j..]).assign(&qm.t().dot(&rows));
    let cols = t.slice(s![..j + m, j..j + m]).to_owned();
    t.slice_mut(s![..j + m, j..j + m]).assign(&cols.dot(&qm));
    let zc = z.slice(s![.., j..j + m]).to_owned();
    z.slice_mut(s![.., j..j + m]).assign(&zc.dot(&qm));
    t.slice_mut(s![j + q..j + m, j..j + q]).fill(0.0);
    if q == 2 {
        standardise(t, z, j);
    }
    if p == 2 {
        standardise(t, z, j + q);
    }
    Ok(())
}

/// `X` (`p × q`) with `W₁₁ X − X W₂₂ = W₁₂` for the blocks of the `(p + q)`-square `w`, by
/// Gaussian elimination with complete pivoting on the Kronecker form
/// `(I ⊗ W₁₁ − W₂₂ᵀ ⊗ I) vec X = vec W₁₂`; pivots below `small` are raised to it (close
/// spectra are then caught by the stability test).
fn solve_sylvester_small(w: &Array2<f64>, p: usize, q: usize, small: f64) -> Array2<f64> {
    let k = p * q;
    let mut a = Array2::<f64>::zeros((k, k));
    let mut rhs = vec![0.0; k];
    // vec index of X[r, c] is c·p + r.
    for c in 0..q {
        for r in 0..p {
            let row = c * p + r;
            rhs[row] = w[[r, p + c]];
            for r2 in 0..p {
                a[[row, c * p + r2]] += w[[r, r2]];
            }
            for c2 in 0..q {
                a[[row, c2 * p + r]] -= w[[p + c2, p + c]];
            }
        }
    }
    let v = solve_complete_pivoting(a, rhs, small);
    let mut x = Array2::<f64>::zeros((p, q));
    for (index, value) in v.into_iter().enumerate() {
        x[[index % p, index / p]] = value;
    }
    x
}
