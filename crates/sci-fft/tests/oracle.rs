//! Large lengths (up to 2^22) against an oracle computed here, not stored: a naive DFT at
//! sampled output indices with compensated (Neumaier) sums, and round trips. Tolerance: the
//! issue's 1e-13 relative, norm-wise over the sampled outputs.

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use sci_core::Complex64;
use sci_core::ndarray::Array1;
use sci_fft::{DctOptions, FftOptions, dct, fft, idct, ifft, irfft, rfft};

/// A compensated sum (Neumaier): error independent of the number of terms.
#[derive(Default, Clone, Copy)]
struct Sum {
    s: f64,
    c: f64,
}

impl Sum {
    fn add(&mut self, x: f64) {
        let t = self.s + x;
        if self.s.abs() >= x.abs() {
            self.c += (self.s - t) + x;
        } else {
            self.c += (x - t) + self.s;
        }
        self.s = t;
    }
    fn value(self) -> f64 {
        self.s + self.c
    }
}

/// cos and sin of 2 pi m / n for m in 0..n.
fn twiddles(n: usize) -> (Vec<f64>, Vec<f64>) {
    (0..n)
        .map(|m| {
            let a = 2.0 * std::f64::consts::PI * m as f64 / n as f64;
            (a.cos(), a.sin())
        })
        .unzip()
}

/// `sum_j x[j] exp(-2 pi i j k / n)`, compensated.
fn dft_at(x: &[Complex64], k: usize, tw: &(Vec<f64>, Vec<f64>)) -> Complex64 {
    let n = x.len();
    let (mut re, mut im) = (Sum::default(), Sum::default());
    let mut m = 0usize;
    for v in x {
        let (c, s) = (tw.0[m], -tw.1[m]);
        re.add(v.re * c);
        re.add(-v.im * s);
        im.add(v.re * s);
        im.add(v.im * c);
        m += k;
        if m >= n {
            m -= n;
        }
    }
    Complex64::new(re.value(), im.value())
}

fn random_complex(n: usize, seed: u64) -> Vec<Complex64> {
    let mut rng = StdRng::seed_from_u64(seed);
    (0..n)
        .map(|_| Complex64::new(rng.random_range(-1.0..1.0), rng.random_range(-1.0..1.0)))
        .collect()
}

/// `count` output indices: 1, then spread pseudo-randomly (the naive DFT costs n per index,
/// and the test code runs unoptimised).
fn sample_indices(n: usize, count: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = vec![1 % n];
    idx.extend((1..count).map(|i| (i * 7_919_993 + 12_345) % n));
    idx.sort_unstable();
    idx.dedup();
    idx
}

fn rel_err(actual: &[Complex64], expected: &[Complex64]) -> f64 {
    let d: f64 = actual
        .iter()
        .zip(expected)
        .map(|(a, e)| (a - e).norm_sqr())
        .sum();
    let s: f64 = expected.iter().map(|e| e.norm_sqr()).sum();
    (d / s).sqrt()
}

fn check_fft_against_dft(n: usize, samples: usize, seed: u64) {
    let x = random_complex(n, seed);
    let y = fft(&x, &FftOptions::default()).unwrap();
    let tw = twiddles(n);
    let idx = sample_indices(n, samples);
    let got: Vec<Complex64> = idx.iter().map(|&k| y[k]).collect();
    let want: Vec<Complex64> = idx.iter().map(|&k| dft_at(&x, k, &tw)).collect();
    let err = rel_err(&got, &want);
    assert!(err < 1e-13, "fft n={n}: sampled relative error {err:e}");
    // And the round trip, over all outputs.
    let back = ifft(&y, &FftOptions::default()).unwrap();
    let err = rel_err(back.as_slice().unwrap(), &x);
    assert!(err < 1e-13, "ifft(fft) n={n}: relative error {err:e}");
}

#[test]
fn power_of_two_lengths_up_to_2_pow_22() {
    for (p, samples) in [(10, 64), (16, 8), (20, 3), (22, 2)] {
        check_fft_against_dft(1 << p, samples, p as u64);
    }
}

#[test]
fn prime_and_composite_large_lengths() {
    // 1_000_003 and 65_537 are prime (Rader/Bluestein); 3^13 and 2^6 3^4 5^3 are composite.
    for (n, samples) in [(1_000_003, 2), (1_594_323, 1), (648_000, 2), (65_537, 8)] {
        check_fft_against_dft(n, samples, n as u64);
    }
}

#[test]
fn real_transforms_at_2_pow_21() {
    let n = 1 << 21;
    let mut rng = StdRng::seed_from_u64(21);
    let x: Vec<f64> = (0..n).map(|_| rng.random_range(-1.0..1.0)).collect();
    let y = rfft(&x, &FftOptions::default()).unwrap();
    assert_eq!(y.len(), n / 2 + 1);
    let xc: Vec<Complex64> = x.iter().map(|&v| Complex64::new(v, 0.0)).collect();
    let tw = twiddles(n);
    let idx = sample_indices(n / 2 + 1, 2);
    let got: Vec<Complex64> = idx.iter().map(|&k| y[k]).collect();
    let want: Vec<Complex64> = idx.iter().map(|&k| dft_at(&xc, k, &tw)).collect();
    let err = rel_err(&got, &want);
    assert!(err < 1e-13, "rfft: sampled relative error {err:e}");
    let back = irfft(&y, &FftOptions::default().n(n)).unwrap();
    let d: f64 = back.iter().zip(&x).map(|(a, b)| (a - b) * (a - b)).sum();
    let s: f64 = x.iter().map(|v| v * v).sum();
    assert!((d / s).sqrt() < 1e-13);
}

#[test]
fn dct_at_2_pow_20_against_the_definition() {
    let n = 1 << 20;
    let mut rng = StdRng::seed_from_u64(20);
    let x: Array1<f64> = (0..n).map(|_| rng.random_range(-1.0..1.0)).collect();
    let y = dct(&x, &DctOptions::default()).unwrap();
    // y[k] = 2 sum_j x[j] cos(pi k (2j + 1) / (2n)): the angle index k (2j+1) mod 4n.
    let tw = twiddles(4 * n);
    let mut got = Vec::new();
    let mut want = Vec::new();
    for k in [1usize, 777, n - 1] {
        let mut sum = Sum::default();
        for (j, &v) in x.iter().enumerate() {
            let m = (k * (2 * j + 1)) % (4 * n);
            sum.add(v * tw.0[m]);
        }
        got.push(Complex64::new(y[k], 0.0));
        want.push(Complex64::new(2.0 * sum.value(), 0.0));
    }
    let err = rel_err(&got, &want);
    assert!(err < 1e-13, "dct: sampled relative error {err:e}");
    let back = idct(&y, &DctOptions::default()).unwrap();
    let d: f64 = back.iter().zip(&x).map(|(a, b)| (a - b) * (a - b)).sum();
    let s: f64 = x.iter().map(|v| v * v).sum();
    assert!((d / s).sqrt() < 1e-13);
}
