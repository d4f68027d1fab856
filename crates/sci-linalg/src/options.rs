//! The setters of the options structs: SciPy's keywords become fields of an `XxxOptions`
//! struct with `Default` = SciPy's defaults, each with a chainable setter of the same name.

/// Implements, for the options struct `$options`, one chainable `#[must_use]` setter per
/// listed field: `fn field(mut self, field: Type) -> Self`.
macro_rules! setters {
    ($options:ty { $($field:ident: $ty:ty),* $(,)? }) => {
        impl $options {
            $(
                #[doc = concat!("Sets `", stringify!($field), "`.")]
                #[must_use]
                pub fn $field(mut self, $field: $ty) -> Self {
                    self.$field = $field;
                    self
                }
            )*
        }
    };
}

pub(crate) use setters;
