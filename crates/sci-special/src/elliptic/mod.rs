//! Complete and incomplete elliptic integrals (`ellipk`, `ellipkm1`, `ellipe`, `ellipkinc`, `ellipeinc`), Jacobi elliptic functions `ellipj`, and Carlson's symmetric integrals (`elliprf`, `elliprd`, `elliprj`, `elliprc`, `elliprg`).
//!
//! SciPy's parameter convention throughout: `m = k²`. The Legendre integrals are evaluated
//! through Carlson's integrals (`carlson`) or the arithmetic-geometric mean (`complete`).

mod carlson;
mod complete;
mod complete_table;
mod incomplete;
mod jacobi;

pub use carlson::{elliprc, elliprd, elliprf, elliprg, elliprj};
pub use complete::{ellipe, ellipk, ellipkm1};
pub use incomplete::{ellipeinc, ellipkinc};
pub use jacobi::{EllipJ, ellipj};
