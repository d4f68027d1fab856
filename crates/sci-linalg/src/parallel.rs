//! Which parallelism faer's kernels use: rayon's pool under the `parallel` feature (its size
//! follows `RAYON_NUM_THREADS`), the calling thread otherwise.

use faer::Par;

/// The parallelism for faer's blocked kernels.
pub(crate) fn par() -> Par {
    if cfg!(feature = "parallel") {
        Par::rayon(0)
    } else {
        Par::Seq
    }
}

/// The parallelism for faer's nonsymmetric eigensolver on an `n × n` matrix: the calling
/// thread up to order 1024. faer's multishift QR splits its work into tasks too small for
/// rayon to pay off: on 2 cores, `n = 300` takes 35 ms on one thread and 57 ms on two, and
/// `n = 600` 186 ms against 212 ms.
pub(crate) fn par_nonsymmetric_evd(n: usize) -> Par {
    if n <= 1024 { Par::Seq } else { par() }
}
