//! SciPy's legacy minimizer functions (`fmin`, `fmin_powell`, `fmin_cg`, `fmin_bfgs`) with
//! their return conventions: `fmin_xxx` returns `xopt`; `fmin_xxx_with` takes SciPy's keywords
//! and returns the `full_output` tuple as a struct. They run the same code as
//! [`minimize`](crate::minimize).

mod fmin;
mod fmin_bfgs;
mod fmin_cg;
mod fmin_powell;

pub use fmin::{FminOptions, FminOutput, fmin, fmin_with};
pub use fmin_bfgs::{FminBfgsOptions, FminBfgsOutput, fmin_bfgs, fmin_bfgs_with};
pub use fmin_cg::{FminCgOptions, FminCgOutput, fmin_cg, fmin_cg_with};
pub use fmin_powell::{FminPowellOptions, FminPowellOutput, fmin_powell, fmin_powell_with};
