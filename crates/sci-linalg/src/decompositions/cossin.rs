//! `cossin`: the cosine-sine (CS) decomposition of a unitary (orthogonal) matrix partitioned
//! as `[[X₁₁, X₁₂], [X₂₁, X₂₂]]` with `X₁₁` of shape `p × q`:
//! `X = diag(U₁, U₂) CS diag(V₁, V₂)ᴴ`.
//!
//! Computed from singular value decompositions of the blocks (after Stewart and Van Loan): the
//! SVD `X₁₁ = U₁ C V₁ᴴ` gives the cosines and `V₁`; the columns of `X₂₁ V₁` are then
//! orthogonal with the sines as norms. Angles below π/4 are not trusted to their cosines
//! (`θ ≈ √(2(1 − cos θ))` loses half the digits), so for those columns `V₁` is re-rotated by the
//! SVD of `X₂₁ V₁` restricted to them, which resolves the small sines to full accuracy, and `U₁`
//! is rebuilt from `X₁₁ V₁` there (whose columns are large). Every angle is
//! `atan2(‖X₂₁ v‖, ‖X₁₁ v‖)`. `V₂` follows from the unitarity of `X`: for each angle from the
//! larger of `X₂₂ᴴ u₂ / cos θ` and `−X₁₂ᴴ u₁ / sin θ`, and the unpaired columns from the
//! complements of `U₁` and `U₂`.

use faer::linalg::svd::ComputeSvdVectors;
use sci_core::ndarray::{Array1, Array2, ArrayView2, AsArray, Ix2, s};
use sci_core::{Error, Result, as_faer, view};

use crate::decompositions::{SvdFactors, to_array};
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`cossin_with`] and [`cossin_separate`]: SciPy's keywords of
/// `scipy.linalg.cossin` (`separate` is the choice between the two functions). SciPy always
/// checks the input for NaN and infinity, and so do these functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CossinOptions {
    /// SciPy's `swap_sign`: put `−S` (and `−I`) in the lower-left block of `CS` instead of the
    /// upper-right (`false`).
    pub swap_sign: bool,
    /// Whether to compute `U` (SciPy's `compute_u`, `true`); if not, it is returned empty.
    pub compute_u: bool,
    /// Whether to compute `Vᴴ` (SciPy's `compute_vh`, `true`); if not, it is returned empty.
    pub compute_vh: bool,
}

impl Default for CossinOptions {
    fn default() -> Self {
        Self {
            swap_sign: false,
            compute_u: true,
            compute_vh: true,
        }
    }
}

impl CossinOptions {
    /// Sets `swap_sign`.
    #[must_use]
    pub fn swap_sign(mut self, swap_sign: bool) -> Self {
        self.swap_sign = swap_sign;
        self
    }
    /// Sets `compute_u`.
    #[must_use]
    pub fn compute_u(mut self, compute_u: bool) -> Self {
        self.compute_u = compute_u;
        self
    }
    /// Sets `compute_vh`.
    #[must_use]
    pub fn compute_vh(mut self, compute_vh: bool) -> Self {
        self.compute_vh = compute_vh;
        self
    }
}

/// The CS decomposition as SciPy's `cossin` returns it: `(u, cs, vdh)` with
/// `X = u cs vdh`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cossin<T: Scalar> {
    /// `diag(U₁, U₂)` (empty unless `compute_u`).
    pub u: Array2<T>,
    /// The middle factor: identity blocks, `C = diag(cos θ)` and `±S = ±diag(sin θ)` in
    /// LAPACK's layout.
    pub cs: Array2<T::Real>,
    /// `diag(V₁, V₂)ᴴ` (empty unless `compute_vh`).
    pub vdh: Array2<T>,
}

/// The CS decomposition in parts, as SciPy's `cossin(..., separate=True)` returns it:
/// `((u1, u2), theta, (v1h, v2h))`.
#[derive(Debug, Clone, PartialEq)]
pub struct CossinSeparate<T: Scalar> {
    /// `U₁` (`p × p`; empty unless `compute_u`).
    pub u1: Array2<T>,
    /// `U₂` (`(m − p) × (m − p)`; empty unless `compute_u`).
    pub u2: Array2<T>,
    /// The `r = min(p, q, m − p, m − q)` angles in `[0, π/2]`, ascending.
    pub theta: Array1<T::Real>,
    /// `V₁ᴴ` (`q × q`; empty unless `compute_vh`).
    pub v1h: Array2<T>,
    /// `V₂ᴴ` (`(m − q) × (m − q)`; empty unless `compute_vh`).
    pub v2h: Array2<T>,
}

/// The CS decomposition of the unitary `x` partitioned with `X₁₁` of shape `p × q`:
/// SciPy's `scipy.linalg.cossin(X, p, q)`.
///
/// `X = U CS Vᴴ` with `U = diag(U₁, U₂)`, `V = diag(V₁, V₂)` unitary and, with
/// `r = min(p, q, m − p, m − q)`, `C = diag(cos θ)`, `S = diag(sin θ)` (`r × r`),
///
/// ```text
///        ┌ I 0 0 │ 0  0  0 ┐
///        │ 0 C 0 │ 0 −S  0 │
///   CS = │ 0 0 0 │ 0  0 −I │
///        ├───────┼─────────┤
///        │ 0 0 0 │ I  0  0 │
///        │ 0 S 0 │ 0  C  0 │
///        └ 0 0 I │ 0  0  0 ┘
/// ```
///
/// (identity blocks of the sizes the partition forces, possibly empty). The input is assumed
/// unitary, as in SciPy (which does not check it either). The angles are unique and equal
/// SciPy's to rounding; `U` and `V` are unique only up to the usual freedoms (signs, and
/// rotations within repeated angles). O(m³) time.
///
/// # Errors
///
/// "expected square matrix" for a non-square `x`; [`Error::InvalidArgument`] unless
/// `0 < p < m` and `0 < q < m` (so an empty `x` is refused, as in SciPy);
/// [`Error::NonFinite`] for a NaN or infinity; [`Error::DidNotConverge`] if an SVD does not
/// converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::cossin;
///
/// // A rotation by 0.3: one angle, 0.3.
/// let (c, s) = (0.3_f64.cos(), 0.3_f64.sin());
/// let x = array![[c, -s], [s, c]];
/// let f = cossin(&x, 1, 1)?;
/// let back = f.u.dot(&f.cs).dot(&f.vdh);
/// assert!(back.iter().zip(x.iter()).all(|(a, b)| (a - b).abs() < 1e-15));
/// assert!((f.cs[[0, 0]] - c).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cossin.html>
/// - C. F. Van Loan, "Computing the CS and the generalized singular value decompositions",
///   *Numer. Math.* 46 (1985), 479–491.
/// - G. W. Stewart, "Computing the CS decomposition of a partitioned orthonormal matrix",
///   *Numer. Math.* 40 (1982), 297–306.
pub fn cossin<'a, T: Scalar>(x: impl AsArray<'a, T, Ix2>, p: usize, q: usize) -> Result<Cossin<T>>
where
    T::Real: Scalar<Real = T::Real>,
{
    cossin_with(x, p, q, &CossinOptions::default())
}

/// [`cossin`] with SciPy's keywords `swap_sign`, `compute_u` and `compute_vh`.
///
/// # Errors
///
/// As [`cossin`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{cossin_with, CossinOptions};
///
/// let (c, s) = (0.3_f64.cos(), 0.3_f64.sin());
/// let x = array![[c, -s], [s, c]];
/// let f = cossin_with(&x, 1, 1, &CossinOptions::default().swap_sign(true))?;
/// assert!((f.cs[[1, 0]] + s).abs() < 1e-15); // −S now lower left
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cossin.html>
pub fn cossin_with<'a, T: Scalar>(
    x: impl AsArray<'a, T, Ix2>,
    p: usize,
    q: usize,
    options: &CossinOptions,
) -> Result<Cossin<T>>
where
    T::Real: Scalar<Real = T::Real>,
{
    let x = view(x);
    let f = cossin_separate(x, p, q, options)?;
    let m = x.nrows();
    let block_diag = |a: &Array2<T>, b: &Array2<T>| {
        if a.is_empty() && b.is_empty() {
            return Array2::<T>::from_elem((0, 0), T::zero());
        }
        let (ra, ca) = a.dim();
        let (rb, cb) = b.dim();
        let mut out = Array2::<T>::from_elem((ra + rb, ca + cb), T::zero());
        out.slice_mut(s![..ra, ..ca]).assign(a);
        out.slice_mut(s![ra.., ca..]).assign(b);
        out
    };
    let u = block_diag(&f.u1, &f.u2);
    let vdh = block_diag(&f.v1h, &f.v2h);
    let dims = Dims::new(m, p, q);
    let cs = cs_matrix::<T::Real>(&dims, f.theta.as_slice().unwrap_or(&[]), options.swap_sign);
    Ok(Cossin { u, cs, vdh })
}

/// [`cossin_with`] returning the factors separately: SciPy's
/// `cossin(X, p, q, separate=True)`, `((u1, u2), theta, (v1h, v2h))`.
///
/// # Errors
///
/// As [`cossin`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{cossin_separate, CossinOptions};
///
/// let (c, s) = (0.3_f64.cos(), 0.3_f64.sin());
/// let x = array![[c, -s], [s, c]];
/// let f = cossin_separate(&x, 1, 1, &CossinOptions::default())?;
/// assert!((f.theta[0] - 0.3).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cossin.html>
pub fn cossin_separate<'a, T: Scalar>(
    x: impl AsArray<'a, T, Ix2>,
    p: usize,
    q: usize,
    options: &CossinOptions,
) -> Result<CossinSeparate<T>>
where
    T::Real: Scalar<Real = T::Real>,
{
    let x = view(x);
    let m = validate::square_order("X", &x)?;
    for (name, v) in [("p", p), ("q", q)] {
        if v == 0 || v >= m {
            return Err(Error::invalid_argument(
                name,
                v.to_string(),
                format!("0 < {name} < {m} must hold"),
            ));
        }
    }
    validate::finite("X", &x, true)?;
    let d = Dims::new(m, p, q);
    let f = decompose(x, &d)?;
    let mut u2 = f.u2;
    let mut v2 = f.v2;
    if options.swap_sign {
        // Negating U₂'s r and n21 columns and V₂'s r and n12 columns moves the minus signs
        // from the upper-right to the lower-left blocks of CS and keeps the rest.
        for j in d.n22..m - p {
            u2.column_mut(j).mapv_inplace(|v| -v);
        }
        for j in d.n22..m - q {
            v2.column_mut(j).mapv_inplace(|v| -v);
        }
    }
    let empty = || Array2::<T>::from_elem((0, 0), T::zero());
    let adjoint = |a: &Array2<T>| a.t().mapv(Scalar::conjugate);
    let (u1, u2) = if options.compute_u {
        (f.u1, u2)
    } else {
        (empty(), empty())
    };
    let (v1h, v2h) = if options.compute_vh {
        (adjoint(&f.v1), adjoint(&v2))
    } else {
        (empty(), empty())
    };
    let theta = f
        .theta
        .iter()
        .map(|&t| <T::Real as Scalar>::from_f64(t))
        .collect();
    Ok(CossinSeparate {
        u1,
        u2,
        theta,
        v1h,
        v2h,
    })
}

/// The block sizes of the CS form.
struct Dims {
    m: usize,
    p: usize,
    q: usize,
    r: usize,
    n11: usize,
    n12: usize,
    n21: usize,
    n22: usize,
}

impl Dims {
    fn new(m: usize, p: usize, q: usize) -> Self {
        let r = p.min(q).min(m - p).min(m - q);
        Self {
            m,
            p,
            q,
            r,
            n11: p.min(q) - r,
            n12: p.min(m - q) - r,
            n21: (m - p).min(q) - r,
            n22: (m - p).min(m - q) - r,
        }
    }
}

/// The middle factor from the angles.
fn cs_matrix<R: Scalar<Real = R>>(d: &Dims, theta: &[R], swap_sign: bool) -> Array2<R> {
    let (m, p, q, r) = (d.m, d.p, d.q, d.r);
    let mut cs = Array2::<R>::from_elem((m, m), <R as Scalar>::zero());
    let one = <R as Scalar>::one();
    let sign = |neg: bool| if neg { -one } else { one };
    for i in 0..d.n11 {
        cs[[i, i]] = one;
    }
    for i in 0..d.n22 {
        cs[[p + i, q + i]] = one;
    }
    // The n12 rows of X₁₂'s identity (−I unless swap_sign) and the n21 rows of X₂₁'s.
    for i in 0..d.n12 {
        cs[[d.n11 + r + i, q + d.n22 + r + i]] = sign(!swap_sign);
    }
    for i in 0..d.n21 {
        cs[[p + d.n22 + r + i, d.n11 + r + i]] = sign(swap_sign);
    }
    for (i, &t) in theta.iter().enumerate() {
        let tf: f64 = t.into();
        let (c, s) = (R::from_f64(tf.cos()), R::from_f64(tf.sin()));
        cs[[d.n11 + i, d.n11 + i]] = c;
        cs[[p + d.n22 + i, q + d.n22 + i]] = c;
        cs[[d.n11 + i, q + d.n22 + i]] = if swap_sign { s } else { -s };
        cs[[p + d.n22 + i, d.n11 + i]] = if swap_sign { -s } else { s };
    }
    cs
}

/// The factors with `V₁`, `V₂` (not their adjoints) and the `r` angles, for `swap_sign = false`.
struct Factors<T> {
    u1: Array2<T>,
    u2: Array2<T>,
    v1: Array2<T>,
    v2: Array2<T>,
    theta: Vec<f64>,
}

fn modulus<T: Scalar>(x: T) -> f64 {
    x.modulus().into()
}

fn col_norm<T: Scalar>(a: &Array2<T>, j: usize) -> f64 {
    a.column(j)
        .iter()
        .fold(0.0_f64, |acc, &v| acc.hypot(modulus(v)))
}

/// `a b`.
fn mul<T: Scalar>(a: ArrayView2<'_, T>, b: ArrayView2<'_, T>) -> Array2<T> {
    let (n, k) = a.dim();
    let m = b.ncols();
    let mut out = Array2::<T>::from_elem((n, m), T::zero());
    for i in 0..n {
        for l in 0..k {
            let x = a[[i, l]];
            if x == T::zero() {
                continue;
            }
            for j in 0..m {
                out[[i, j]] += x * b[[l, j]];
            }
        }
    }
    out
}

/// `aᴴ b`.
fn adj_mul<T: Scalar>(a: ArrayView2<'_, T>, b: ArrayView2<'_, T>) -> Array2<T> {
    let ah = a.t().mapv(Scalar::conjugate);
    mul(ah.view(), b)
}

/// The full SVD `a = U diag(s) Vᴴ` (`U`, `V` square), singular values descending.
fn svd_full<T: Scalar>(a: &Array2<T>) -> Result<(Array2<T>, Vec<f64>, Array2<T>)> {
    let f = SvdFactors::new(as_faer(&a.view()), ComputeSvdVectors::Full)?;
    let u = f.u.as_ref().map_or_else(
        || Array2::from_elem((0, 0), T::zero()),
        |u| to_array(u.as_ref()),
    );
    let v = f.v.as_ref().map_or_else(
        || Array2::from_elem((0, 0), T::zero()),
        |v| to_array(v.as_ref()),
    );
    Ok((u, f.s.iter().map(|&x| x.into()).collect(), v))
}

/// Columns scaled to unit norm (zero columns left alone).
fn normalise<T: Scalar>(a: &mut Array2<T>) {
    for j in 0..a.ncols() {
        let n = col_norm(a, j);
        if n > 0.0 {
            let inv = T::from_f64(1.0 / n);
            a.column_mut(j).mapv_inplace(|v| v * inv);
        }
    }
}

/// Orthonormalises the columns of `a` in place by modified Gram–Schmidt, twice (enough for
/// columns that are orthogonal up to rounding to begin with).
fn orthonormalise<T: Scalar>(a: &mut Array2<T>) {
    for _ in 0..2 {
        for j in 0..a.ncols() {
            for i in 0..j {
                let dot = a
                    .column(i)
                    .iter()
                    .zip(a.column(j).iter())
                    .fold(T::zero(), |acc, (&x, &y)| acc + x.conjugate() * y);
                let ci = a.column(i).to_owned();
                a.column_mut(j).zip_mut_with(&ci, |y, &x| *y -= dot * x);
            }
            let n = col_norm(a, j);
            if n > 0.0 {
                let inv = T::from_f64(1.0 / n);
                a.column_mut(j).mapv_inplace(|v| v * inv);
            }
        }
    }
}

/// The trailing `k` columns of a unitary matrix whose leading columns span those of `a`
/// (`n × (n − k)`, orthonormal columns): the complement of `a`'s range.
fn complement<T: Scalar>(a: &Array2<T>, k: usize) -> Array2<T> {
    let n = a.nrows();
    if k == 0 {
        return Array2::from_elem((n, 0), T::zero());
    }
    if a.ncols() == 0 {
        return Array2::from_shape_fn((n, k), |(i, j)| if i == j { T::one() } else { T::zero() });
    }
    let qr = as_faer(&a.view()).qr();
    let qm = qr.compute_Q();
    Array2::from_shape_fn((n, k), |(i, j)| qm[(i, n - k + j)])
}

fn decompose<T: Scalar>(x: ArrayView2<'_, T>, d: &Dims) -> Result<Factors<T>> {
    let (m, p, q) = (d.m, d.p, d.q);
    let x11 = x.slice(s![..p, ..q]).to_owned();
    let x12 = x.slice(s![..p, q..]).to_owned();
    let x21 = x.slice(s![p.., ..q]).to_owned();
    let x22 = x.slice(s![p.., q..]).to_owned();
    let k = p.min(q);
    // Cosines and V₁ from the SVD of X₁₁ (cosines descending: angles ascending).
    let (mut u1, sig, mut v1) = svd_full(&x11)?;
    let mut cos: Vec<f64> = (0..q).map(|j| if j < k { sig[j] } else { 0.0 }).collect();
    let mut sin = vec![0.0_f64; q];
    let w = mul(x21.view(), v1.view());
    let mut u2_cols = Array2::<T>::from_elem((m - p, q), T::zero());
    // Columns with angles below π/4: resolve the small sines by an SVD of X₂₁ V₁ there.
    let nj = cos
        .iter()
        .take_while(|&&c| c > std::f64::consts::FRAC_1_SQRT_2)
        .count();
    if nj > 0 {
        let wj = w.slice(s![.., ..nj]).to_owned();
        let (ut, st, vt) = svd_full(&wj)?;
        let ks = (m - p).min(nj);
        // Reverse so that the sines ascend (the zero sines, beyond ks, come first).
        let order: Vec<usize> = (0..nj).rev().collect();
        let vt_rev = Array2::from_shape_fn((nj, nj), |(i, j)| vt[[i, order[j]]]);
        let v1j = mul(v1.slice(s![.., ..nj]), vt_rev.view());
        v1.slice_mut(s![.., ..nj]).assign(&v1j);
        let mut y = mul(x11.view(), v1j.view());
        for (i, &o) in order.iter().enumerate() {
            sin[i] = if o < ks { st[o] } else { 0.0 };
            cos[i] = col_norm(&y, i);
            if o < ks {
                u2_cols.column_mut(i).assign(&ut.column(o));
            }
        }
        // nj ≤ min(p, q): these columns of U₁ are the normalised X₁₁ V₁.
        orthonormalise(&mut y);
        u1.slice_mut(s![.., ..nj]).assign(&y);
    }
    for j in nj..q {
        sin[j] = col_norm(&w, j);
        u2_cols.column_mut(j).assign(&w.column(j));
    }
    let mut tail = u2_cols.slice(s![.., nj..]).to_owned();
    normalise(&mut tail);
    u2_cols.slice_mut(s![.., nj..]).assign(&tail);
    let angle: Vec<f64> = (0..q).map(|j| sin[j].atan2(cos[j])).collect();
    let theta = angle[d.n11..d.n11 + d.r].to_vec();
    // U₂ = [n22 | r | n21]: the paired columns are those of the r and n21 angles. A column
    // for a tiny sine comes from a matrix whose other directions carry rounding errors of
    // size ε, which tilt it by ε / sin θ; orthogonalising it against the columns of larger
    // sines (accurate to ε) first removes that tilt at the cost of an ε-sized backward error.
    let order: Vec<usize> = (d.n11..q).rev().collect();
    let mut sorted = Array2::from_shape_fn((m - p, order.len()), |(i, c)| u2_cols[[i, order[c]]]);
    orthonormalise(&mut sorted);
    let paired = Array2::from_shape_fn((m - p, order.len()), |(i, c)| {
        sorted[[i, order.len() - 1 - c]]
    });
    let mut u2 = Array2::<T>::from_elem((m - p, m - p), T::zero());
    u2.slice_mut(s![.., ..d.n22])
        .assign(&complement(&paired, d.n22));
    u2.slice_mut(s![.., d.n22..]).assign(&paired);
    // V₂ = [n22 | r | n12].
    let mut v2 = Array2::<T>::from_elem((m - q, m - q), T::zero());
    let v22 = adj_mul(x22.view(), u2.slice(s![.., ..d.n22]));
    v2.slice_mut(s![.., ..d.n22]).assign(&v22);
    for i in 0..d.r {
        let j = d.n11 + i;
        let col = if cos[j] >= sin[j] {
            let c = T::from_f64(1.0 / cos[j]);
            adj_mul(x22.view(), u2.slice(s![.., d.n22 + i..d.n22 + i + 1])).mapv(|v| v * c)
        } else {
            let s_ = T::from_f64(-1.0 / sin[j]);
            adj_mul(x12.view(), u1.slice(s![.., j..j + 1])).mapv(|v| v * s_)
        };
        v2.slice_mut(s![.., d.n22 + i..d.n22 + i + 1]).assign(&col);
    }
    let v12 = adj_mul(x12.view(), u1.slice(s![.., k..])).mapv(|v| -v);
    v2.slice_mut(s![.., d.n22 + d.r..]).assign(&v12);
    normalise(&mut v2);
    Ok(Factors {
        u1,
        u2,
        v1,
        v2,
        theta,
    })
}
