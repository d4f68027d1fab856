//! `cdf2rdf`: complex eigenvalues and eigenvectors in conjugate pairs to the real block
//! diagonal form.

use faer::complex::Complex;
use sci_core::ndarray::{Array2, AsArray, Ix1, Ix2};
use sci_core::{Error, Result, view};

type Complex64 = Complex<f64>;

/// The real block diagonal eigendecomposition [`cdf2rdf`] returns: SciPy's `(wr, vr)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cdf2rdf {
    /// Real block diagonal eigenvalue matrix: `[[re, im], [−im, re]]` for each pair.
    pub wr: Array2<f64>,
    /// Real eigenvectors with `A vr = vr wr`: for a pair, minus the imaginary part and the real
    /// part of the first member's eigenvector.
    pub vr: Array2<f64>,
}

/// Converts complex eigenvalues `w` and eigenvectors `v` (columns) of a real matrix to real
/// block diagonal form: SciPy's `scipy.linalg.cdf2rdf(w, v)`.
///
/// The eigenvalues with non-zero imaginary part must come in conjugate pairs, the two members
/// of a pair consecutive among them (as `eig` returns them): the `k`-th and `(k+1)`-th
/// complex eigenvalues (k even) form a pair. Their block is
/// `[[re λ, im λ], [im λ̄, re λ]]` and their columns of `vr` are `(v̄ − v)/(2i)` and
/// `(v + v̄)/2` for the eigenvectors `v`, `v̄` of the pair (`−Im v` and `Re v` when they are
/// conjugate), so `A vr = vr wr`. O(n²) time.
///
/// # Errors
///
/// [`Error::ShapeMismatch`] when `v` is not `n × n` for `n` eigenvalues;
/// [`Error::InvalidArgument`] for an odd number of complex eigenvalues.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_core::num_complex::Complex64;
/// use sci_linalg::cdf2rdf;
///
/// // A = [[0, -1], [1, 0]] has eigenvalues ±i with eigenvectors (1, ∓i)/√2.
/// let h = std::f64::consts::FRAC_1_SQRT_2;
/// let w = array![Complex64::new(0.0, 1.0), Complex64::new(0.0, -1.0)];
/// let v = array![[Complex64::new(h, 0.0), Complex64::new(h, 0.0)],
///                [Complex64::new(0.0, -h), Complex64::new(0.0, h)]];
/// let r = cdf2rdf(&w, &v)?;
/// assert_eq!(r.wr, array![[0.0, 1.0], [-1.0, 0.0]]);
/// let a = array![[0.0_f64, -1.0], [1.0, 0.0]];
/// let lhs = a.dot(&r.vr);
/// let rhs = r.vr.dot(&r.wr);
/// assert!(lhs.iter().zip(rhs.iter()).all(|(x, y)| (x - y).abs() < 1e-15));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cdf2rdf.html>
pub fn cdf2rdf<'a, 'b>(
    w: impl AsArray<'a, Complex64, Ix1>,
    v: impl AsArray<'b, Complex64, Ix2>,
) -> Result<Cdf2rdf> {
    let (w, v) = (view(w), view(v));
    let n = w.len();
    if v.dim() != (n, n) {
        return Err(Error::ShapeMismatch {
            context: "cdf2rdf: eigenvectors v for the eigenvalues w".into(),
            expected: vec![n, n],
            found: v.shape().to_vec(),
        });
    }
    let complex: Vec<usize> = (0..n).filter(|&i| w[i].im != 0.0).collect();
    if !complex.len().is_multiple_of(2) {
        return Err(Error::InvalidArgument {
            name: "w".into(),
            value: format!("{} complex eigenvalue(s)", complex.len()),
            reason: "expected complex-conjugate pairs of eigenvalues".into(),
        });
    }
    let mut wr = Array2::<f64>::zeros((n, n));
    let mut vr = v.mapv(|x| x.re);
    for i in 0..n {
        wr[[i, i]] = w[i].re;
    }
    for pair in complex.chunks_exact(2) {
        let (j, k) = (pair[0], pair[1]);
        wr[[j, k]] = w[j].im;
        wr[[k, j]] = w[k].im;
        // Columns j and k of Re(v U) with U's 2×2 block [[i/2, 1/2], [−i/2, 1/2]].
        for r in 0..n {
            let (a, b) = (v[[r, j]], v[[r, k]]);
            vr[[r, j]] = 0.5 * (b.im - a.im);
            vr[[r, k]] = 0.5 * (a.re + b.re);
        }
    }
    Ok(Cdf2rdf { wr, vr })
}
