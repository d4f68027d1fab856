//! Root finding: scalar equations ([`scalar`]: brackets, Newton's family, fixed points) and
//! systems of equations ([`system`]: `root`, `fsolve` and the quasi-Newton solvers).

pub(crate) mod scalar;
pub(crate) mod system;

/// Generates chainable `#[must_use]` setters for plain option fields.
macro_rules! setters {
    ($ty:ident { $($field:ident : $t:ty),* $(,)? }) => {
        impl $ty {
            $(
                #[doc = concat!("Sets `", stringify!($field), "`.")]
                #[must_use]
                pub fn $field(mut self, value: $t) -> Self {
                    self.$field = value;
                    self
                }
            )*
        }
    };
}
pub(crate) use setters;
