//! Convenience functions: `expit`, `logit`, `log_expit`, `softplus`, `xlogy`, `xlog1py`, `log1p`, `expm1`, `cosm1`, `exprel`, `exp2`, `exp10`, `cbrt`, `sinc`, `logsumexp`, `softmax`, `log_softmax`, Box-Cox transforms, `entr`, `rel_entr`, `kl_div`, `huber`, `pseudo_huber`.
//!
//! One file per topic: `logistic.rs` (expit, logit, log_expit, softplus), `elementary.rs`
//! (log1p, expm1, cosm1, exprel, exp2, exp10, cbrt, sinc, xlogy, xlog1py), `box_cox.rs`,
//! `entropy.rs` (entr, rel_entr, kl_div), `huber.rs`, `log_sum_exp.rs` (logsumexp, softmax,
//! log_softmax).

mod box_cox;
mod elementary;
mod entropy;
mod huber;
mod log_sum_exp;
mod logistic;

pub use box_cox::{boxcox, boxcox1p, inv_boxcox, inv_boxcox1p};
pub use elementary::{cbrt, cosm1, exp2, exp10, expm1, exprel, log1p, sinc, xlog1py, xlogy};
pub use entropy::{entr, kl_div, rel_entr};
pub use huber::{huber, pseudo_huber};
pub use log_sum_exp::{
    LogSumExpSign, log_softmax, logsumexp, logsumexp_weighted, logsumexp_with_sign, softmax,
};
pub use logistic::{expit, log_expit, logit, softplus};
