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
