//! The 1-D kernels of the linear filters: the Gaussian weights (and their derivatives), and
//! the inner loops that run a correlation or a running mean over one extended line.

/// The sum of `a` in the order numpy's pairwise summation adds a contiguous `f64` array
/// (eight interleaved partial sums per block of up to 128, halves above), so that the
/// normalised Gaussian matches SciPy's bit for bit.
pub(crate) fn numpy_sum(a: &[f64]) -> f64 {
    let n = a.len();
    if n < 8 {
        return a.iter().fold(0.0, |s, &x| s + x);
    }
    if n <= 128 {
        let mut r = [0.0; 8];
        r.copy_from_slice(&a[..8]);
        let full = n - n % 8;
        let mut i = 8;
        while i < full {
            for (j, rj) in r.iter_mut().enumerate() {
                *rj += a[i + j];
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &x in &a[full..] {
            res += x;
        }
        return res;
    }
    let mut n2 = n / 2;
    n2 -= n2 % 8;
    numpy_sum(&a[..n2]) + numpy_sum(&a[n2..])
}

/// SciPy's radius of a Gaussian kernel: `int(truncate * sigma + 0.5)`.
pub(crate) fn gaussian_radius(sigma: f64, truncate: f64) -> f64 {
    (truncate * sigma + 0.5).trunc()
}

/// The Gaussian kernel of standard deviation `sigma` on `-radius..=radius`, or its
/// `order`-th derivative: `exp(-x²/2σ²)` normalised to sum 1, times the polynomial `q(x)`
/// with `q_0 = 1` and `q_{k+1}(x) = q_k'(x) - x q_k(x) / σ²`, evaluated term by term in
/// SciPy's order.
pub(crate) fn gaussian_kernel(sigma: f64, order: usize, radius: usize) -> Vec<f64> {
    let sigma2 = sigma * sigma;
    let r = radius.cast_signed();
    let xs: Vec<f64> = (-r..=r).map(|x| x as f64).collect();
    let factor = -0.5 / sigma2;
    let mut phi: Vec<f64> = xs.iter().map(|&x| (factor * (x * x)).exp()).collect();
    let total = numpy_sum(&phi);
    for p in &mut phi {
        *p /= total;
    }
    if order == 0 {
        return phi;
    }
    // Coefficients of q in the monomials 1, x, ..., x^order.
    let mut q = vec![0.0; order + 1];
    q[0] = 1.0;
    let inv = 1.0 / -sigma2;
    for _ in 0..order {
        let mut next = vec![0.0; order + 1];
        for (i, slot) in next.iter_mut().enumerate() {
            let up = if i < order {
                (i + 1) as f64 * q[i + 1]
            } else {
                0.0
            };
            let down = if i > 0 { inv * q[i - 1] } else { 0.0 };
            *slot = up + down;
        }
        q = next;
    }
    xs.iter()
        .zip(&phi)
        .map(|(&x, &p)| {
            let mut acc = 0.0;
            let mut xp = 1.0;
            for &c in &q {
                acc += xp * c;
                xp *= x;
            }
            acc * p
        })
        .collect()
}

/// How a 1-D correlation runs: SciPy exploits odd kernels that are symmetric or
/// antisymmetric about their centre (within `f64::EPSILON`), adding the pair of samples
/// before multiplying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Symmetry {
    Symmetric,
    Antisymmetric,
    General,
}

/// The symmetry of `w` as SciPy classifies it.
pub(crate) fn symmetry(w: &[f64]) -> Symmetry {
    let size = w.len();
    if size.is_multiple_of(2) {
        return Symmetry::General;
    }
    let c = size / 2;
    let mut sym = true;
    let mut anti = true;
    for l in 1..=c {
        if (w[c + l] - w[c - l]).abs() > f64::EPSILON {
            sym = false;
        }
        if (w[c + l] + w[c - l]).abs() > f64::EPSILON {
            anti = false;
        }
    }
    if sym {
        Symmetry::Symmetric
    } else if anti {
        Symmetry::Antisymmetric
    } else {
        Symmetry::General
    }
}

/// Lanes computed together by the correlation loops (kept in registers).
const LANES: usize = 8;

/// `Σ_t w[t] · ext[base + t·step + l]` for the `LANES` lanes `l`, summed in SciPy's order:
/// for symmetric and antisymmetric kernels the centre term first, then the outer pairs
/// inwards (added or subtracted before the multiplication); otherwise the last weight
/// first, then the others in order.
#[inline(always)]
fn correlate_lanes(
    ext: &[f64],
    base: usize,
    step: usize,
    w: &[f64],
    sym: Symmetry,
) -> [f64; LANES] {
    let at = |t: usize| -> &[f64; LANES] {
        let k = base + t * step;
        ext[k..k + LANES]
            .try_into()
            .expect("a slice of LANES values")
    };
    let size = w.len();
    let mut acc = [0.0; LANES];
    match sym {
        Symmetry::Symmetric | Symmetry::Antisymmetric => {
            let c = size / 2;
            let e = at(c);
            for l in 0..LANES {
                acc[l] = e[l] * w[c];
            }
            for (j, &wj) in w[..c].iter().enumerate() {
                let (a, b) = (at(j), at(2 * c - j));
                if sym == Symmetry::Symmetric {
                    for l in 0..LANES {
                        acc[l] += (a[l] + b[l]) * wj;
                    }
                } else {
                    for l in 0..LANES {
                        acc[l] += (a[l] - b[l]) * wj;
                    }
                }
            }
        }
        Symmetry::General => {
            let e = at(size - 1);
            for l in 0..LANES {
                acc[l] = e[l] * w[size - 1];
            }
            for (j, &wj) in w[..size - 1].iter().enumerate() {
                let a = at(j);
                for l in 0..LANES {
                    acc[l] += a[l] * wj;
                }
            }
        }
    }
    acc
}

/// One lane of [`correlate_lanes`], in the same order.
#[inline(always)]
fn correlate_one(ext: &[f64], base: usize, step: usize, w: &[f64], sym: Symmetry) -> f64 {
    let at = |t: usize| ext[base + t * step];
    let size = w.len();
    match sym {
        Symmetry::Symmetric | Symmetry::Antisymmetric => {
            let c = size / 2;
            let mut acc = at(c) * w[c];
            for (j, &wj) in w[..c].iter().enumerate() {
                if sym == Symmetry::Symmetric {
                    acc += (at(j) + at(2 * c - j)) * wj;
                } else {
                    acc += (at(j) - at(2 * c - j)) * wj;
                }
            }
            acc
        }
        Symmetry::General => {
            let mut acc = at(size - 1) * w[size - 1];
            for (j, &wj) in w[..size - 1].iter().enumerate() {
                acc += at(j) * wj;
            }
            acc
        }
    }
}

/// `out[i] = Σ_j w[j] ext[i + j]` for every `i < out.len()`, summed in SciPy's order (see
/// [`correlate_lanes`]), [`LANES`] outputs at a time in registers.
pub(crate) fn correlate_line(ext: &[f64], out: &mut [f64], w: &[f64], sym: Symmetry) {
    let n = out.len();
    let mut i = 0;
    while i + LANES <= n {
        out[i..i + LANES].copy_from_slice(&correlate_lanes(ext, i, 1, w, sym));
        i += LANES;
    }
    for (k, o) in out.iter_mut().enumerate().skip(i) {
        *o = correlate_one(ext, k, 1, w, sym);
    }
}

/// The running mean of `size` samples: `out[i]` is the mean of `ext[i..i + size]`, from a
/// running sum updated by `entering - leaving` and divided per sample, as SciPy does (O(1)
/// per sample).
pub(crate) fn running_mean(ext: &[f64], out: &mut [f64], size: usize) {
    let n = out.len();
    if n == 0 {
        return;
    }
    let s = size as f64;
    let mut acc = ext[..size].iter().fold(0.0, |a, &x| a + x);
    out[0] = acc / s;
    for i in 1..n {
        acc += ext[i + size - 1] - ext[i - 1];
        out[i] = acc / s;
    }
}

/// The row-wise twin of [`correlate_line`] over `w` lines stored row by row (`ext`:
/// extended rows, `out`: output rows), with the same order of operations per line.
pub(crate) fn correlate_block(
    ext: &[f64],
    out: &mut [f64],
    w: usize,
    weights: &[f64],
    sym: Symmetry,
) {
    for (i, o) in out.chunks_exact_mut(w).enumerate() {
        let mut k = 0;
        while k + LANES <= w {
            o[k..k + LANES].copy_from_slice(&correlate_lanes(ext, i * w + k, w, weights, sym));
            k += LANES;
        }
        for (kk, d) in o.iter_mut().enumerate().skip(k) {
            *d = correlate_one(ext, i * w + kk, w, weights, sym);
        }
    }
}

/// The row-wise twin of [`running_mean`] over `w` lines stored row by row.
pub(crate) fn running_mean_block(ext: &[f64], out: &mut [f64], w: usize, size: usize) {
    let n = out.len() / w;
    if n == 0 {
        return;
    }
    let s = size as f64;
    let row = |k: usize| &ext[k * w..(k + 1) * w];
    let mut acc = vec![0.0; w];
    for k in 0..size {
        for (a, &e) in acc.iter_mut().zip(row(k)) {
            *a += e;
        }
    }
    for (d, &a) in out[..w].iter_mut().zip(&acc) {
        *d = a / s;
    }
    for i in 1..n {
        let (enter, leave) = (row(i + size - 1), row(i - 1));
        let o = &mut out[i * w..(i + 1) * w];
        for (((d, a), &e), &l) in o.iter_mut().zip(acc.iter_mut()).zip(enter).zip(leave) {
            *a += e - l;
            *d = *a / s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaussian_weights_sum_to_one_and_derivatives_are_odd() {
        let w = gaussian_kernel(1.5, 0, 6);
        assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-15);
        let d = gaussian_kernel(1.5, 1, 6);
        assert!((d[0] + d[12]).abs() < 1e-18 && d[6] == 0.0);
        assert_eq!(symmetry(&w), Symmetry::Symmetric);
        assert_eq!(symmetry(&d), Symmetry::Antisymmetric);
        assert_eq!(symmetry(&[1.0, 2.0]), Symmetry::General);
    }

    #[test]
    fn correlation_orders_agree() {
        let ext: Vec<f64> = (0..12).map(|i| (i * i % 7) as f64).collect();
        let w = [1.0, 2.0, 1.0];
        let mut a = [0.0; 10];
        let mut b = [0.0; 10];
        correlate_line(&ext, &mut a, &w, Symmetry::Symmetric);
        correlate_line(&ext, &mut b, &w, Symmetry::General);
        assert_eq!(a, b);
        let mut m = [0.0; 10];
        running_mean(&ext, &mut m, 3);
        for i in 0..10 {
            assert!((m[i] - (a[i] - ext[i + 1]) / 3.0).abs() < 1e-12);
        }
    }

    #[test]
    fn numpy_sum_is_a_sum() {
        let a: Vec<f64> = (0..300).map(|i| i as f64).collect();
        assert_eq!(numpy_sum(&a), 44850.0);
        assert_eq!(numpy_sum(&a[..5]), 10.0);
    }
}
