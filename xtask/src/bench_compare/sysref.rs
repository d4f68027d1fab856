//! The two physical references, sci's side, measured in this process with the twin protocol:
//!
//! - `sys/copy_1gib`: `copy_from_slice` of a 1 GiB `f64` slice into a preallocated one,
//!   reported in GB/s (10^9 bytes) counting read + write bytes (2 GiB per copy);
//! - `sys/dgemm_2000`: faer's `matmul` of two 2000x2000 `f64` matrices into a preallocated
//!   output, reported in GFLOP/s = 2 n^3 / t.
//!
//! The numpy side (`benches/scipy/harness.py`) measures the same two things with
//! `numpy.copyto` and `numpy.matmul(out=)`. xtask is built in the dev profile, but `memcpy` and
//! faer (a dependency, built with `opt-level = 3`) do the work, so the numbers are optimised
//! code. Threads: none given, faer uses rayon's global pool (which follows
//! `RAYON_NUM_THREADS`); `--threads 1` runs `Par::Seq`; `--threads N` a rayon pool of N.

use std::hint::black_box;

use faer::{Accum, Mat, Par};
use serde::Serialize;

use super::protocol::{Timing, measure};
use crate::DynResult;

/// f64 elements in 1 GiB.
pub const COPY_ELEMENTS: usize = 1 << 27;
/// Bytes moved by one copy: 1 GiB read + 1 GiB written.
pub const COPY_BYTES: f64 = 2.0 * (1u64 << 30) as f64;
/// Order of the dgemm reference.
pub const DGEMM_N: usize = 2000;
/// Floating-point operations of one dgemm: 2 n^3.
pub const DGEMM_FLOP: f64 = 2.0 * (DGEMM_N * DGEMM_N * DGEMM_N) as f64;

/// One reference: its timings and the rate from their median.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rate {
    /// The rate: GB/s for the copy, GFLOP/s for dgemm.
    pub rate: f64,
    /// The protocol's timings.
    pub timing: Timing,
}

impl Rate {
    /// The copy rate, GB/s, from a timing of one copy.
    pub fn copy(timing: Timing) -> Self {
        Self {
            rate: COPY_BYTES / timing.median_s / 1e9,
            timing,
        }
    }

    /// The dgemm rate, GFLOP/s, from a timing of one product.
    pub fn dgemm(timing: Timing) -> Self {
        Self {
            rate: DGEMM_FLOP / timing.median_s / 1e9,
            timing,
        }
    }
}

/// Both references of one side.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SysRefs {
    /// `sys/copy_1gib`, GB/s.
    pub copy_1gib: Rate,
    /// `sys/dgemm_2000`, GFLOP/s.
    pub dgemm_2000: Rate,
}

/// Measures both references on sci's side with `threads` (see the module docs).
pub fn measure_sci(threads: Option<usize>) -> DynResult<SysRefs> {
    eprintln!("bench-compare: sci sys/copy_1gib");
    let copy_1gib = Rate::copy(copy_timing()?);
    eprintln!("bench-compare: sci sys/dgemm_2000");
    let dgemm = match threads {
        None => dgemm_timing(Par::rayon(0))?,
        Some(1) => dgemm_timing(Par::Seq)?,
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()?
            // The error crosses the pool: as a String, which is Send.
            .install(|| dgemm_timing(Par::rayon(n)).map_err(|e| e.to_string()))?,
    };
    Ok(SysRefs {
        copy_1gib,
        dgemm_2000: Rate::dgemm(dgemm),
    })
}

/// Times `copy_from_slice` of 1 GiB; checks the copy once.
fn copy_timing() -> DynResult<Timing> {
    // Fill a short prefix, then double it with memcpy: fast even unoptimised, and every page
    // of the source is written (untouched zero pages would make the reads free).
    const PREFIX: usize = 4096;
    let mut src = vec![0.0f64; COPY_ELEMENTS];
    for (i, x) in src[..PREFIX].iter_mut().enumerate() {
        *x = i as f64 + 0.5;
    }
    let mut filled = PREFIX;
    while filled < COPY_ELEMENTS {
        let len = filled.min(COPY_ELEMENTS - filled);
        src.copy_within(0..len, filled);
        filled += len;
    }
    let mut dst = vec![0.0f64; COPY_ELEMENTS];
    let timing = measure(|| {
        dst.copy_from_slice(black_box(&src));
        black_box(&mut dst);
    });
    let last = COPY_ELEMENTS - 1;
    let expected = (last % PREFIX) as f64 + 0.5;
    if dst[last].to_bits() != expected.to_bits() || dst[..PREFIX] != src[..PREFIX] {
        return Err("sys/copy_1gib: the copy is wrong".into());
    }
    Ok(timing)
}

/// Times faer's 2000x2000 product with `par`; checks one entry once.
fn dgemm_timing(par: Par) -> DynResult<Timing> {
    // Deterministic entries in [-0.5, 0.5): the values do not matter for the speed.
    let entry =
        |i: usize, j: usize, salt: usize| ((i * 131 + j * 71 + salt) % 1009) as f64 / 1009.0 - 0.5;
    let a = Mat::<f64>::from_fn(DGEMM_N, DGEMM_N, |i, j| entry(i, j, 3));
    let b = Mat::<f64>::from_fn(DGEMM_N, DGEMM_N, |i, j| entry(i, j, 7));
    let mut c = Mat::<f64>::zeros(DGEMM_N, DGEMM_N);
    let timing = measure(|| {
        faer::linalg::matmul::matmul(c.as_mut(), Accum::Replace, a.as_ref(), b.as_ref(), 1.0, par);
        black_box(&mut c);
    });
    let expected: f64 = (0..DGEMM_N).map(|k| a[(1, k)] * b[(k, 2)]).sum();
    // A sum of 2000 products of size <= 0.25, reordered by the kernel: 1e-9 is ample.
    if (c[(1, 2)] - expected).abs() > 1e-9 * (1.0 + expected.abs()) {
        return Err("sys/dgemm_2000: the product is wrong".into());
    }
    Ok(timing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_count_read_plus_write_bytes_and_two_n_cubed_flops() {
        // 2 GiB in 0.1 s = 21.47483648 GB/s.
        assert!((Rate::copy(Timing::constant(0.1)).rate - 21.474_836_48).abs() < 1e-9);
        // 2 * 2000^3 = 1.6e10 flop in 0.32 s = 50 GFLOP/s.
        assert!((Rate::dgemm(Timing::constant(0.32)).rate - 50.0).abs() < 1e-9);
    }
}
