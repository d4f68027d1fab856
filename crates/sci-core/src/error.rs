//! The one error type of every sci crate.
//!
//! Where SciPy raises, sci returns `Err(Error)`; where SciPy returns a result with a `success`
//! or `converged` flag, sci returns `Ok` with that flag instead (DESIGN.md, "Errors").

use std::fmt;
use std::path::PathBuf;

/// The result type of every fallible sci function.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, with the data a user needs to fix it.
///
/// The enum is `non_exhaustive`: later crates may add variants, so match with a wildcard arm.
///
/// # Examples
///
/// ```
/// use sci_core::Error;
///
/// let err = Error::shape_mismatch("solve: a and b", &[3, 3], &[4]);
/// assert_eq!(
///     err.to_string(),
///     "shape mismatch in solve: a and b: expected [3, 3], found [4]"
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Two shapes that must agree do not; both are reported.
    #[error("shape mismatch in {context}: expected {expected:?}, found {found:?}")]
    ShapeMismatch {
        /// The call and the arguments involved, e.g. `"solve: a and b"`.
        context: String,
        /// The shape that was required.
        expected: Vec<usize>,
        /// The shape that was given.
        found: Vec<usize>,
    },

    /// An argument has a value the function does not accept.
    #[error("invalid argument `{name}` = {value}: {reason}")]
    InvalidArgument {
        /// The argument's name as in the function's signature (or SciPy's keyword).
        name: String,
        /// The offending value, formatted.
        value: String,
        /// Why it is not accepted, e.g. `"must be positive"`.
        reason: String,
    },

    /// An input that must not be empty is empty.
    #[error("empty input `{name}`: at least {min_len} element(s) needed")]
    EmptyInput {
        /// The argument's name.
        name: String,
        /// The fewest elements the function needs.
        min_len: usize,
    },

    /// An input that must be finite holds a NaN or an infinity.
    #[error("non-finite value {value} in `{name}` at index {index:?}")]
    NonFinite {
        /// The argument's name.
        name: String,
        /// The (multi-)index of the first non-finite element.
        index: Vec<usize>,
        /// The offending value.
        value: f64,
    },

    /// A matrix that must be invertible is exactly singular.
    #[error("singular matrix: {detail}")]
    SingularMatrix {
        /// Where singularity was found, e.g. `"zero pivot at column 3 of the LU factorisation"`.
        detail: String,
    },

    /// A matrix is numerically singular: its reciprocal condition number is below the
    /// threshold the function accepts.
    #[error("ill-conditioned matrix: reciprocal condition number {rcond:e} is below {threshold:e}")]
    IllConditioned {
        /// The estimated reciprocal condition number.
        rcond: f64,
        /// The threshold it fell below.
        threshold: f64,
    },

    /// A matrix that must be symmetric (Hermitian) positive definite is not.
    #[error("matrix is not positive definite: the leading minor of order {order} is not positive")]
    NotPositiveDefinite {
        /// The order of the first leading minor found not positive (1-based, as LAPACK's `info`).
        order: usize,
    },

    /// An iterative method that has no `success` flag in SciPy failed to converge.
    #[error("{method} did not converge after {iterations} iterations: {detail}")]
    DidNotConverge {
        /// The algorithm, e.g. `"SVD (bidiagonal QR)"`.
        method: String,
        /// Iterations done before giving up.
        iterations: usize,
        /// What was last seen, e.g. the residual.
        detail: String,
    },

    /// A mode, method or option SciPy offers that sci does not implement (never a silent
    /// fallback to another method).
    #[error("unsupported: {what}")]
    Unsupported {
        /// The mode or option, e.g. `"method='trust-constr'"`.
        what: String,
    },

    /// Reading or writing a file or stream failed.
    #[error("I/O error{}: {source}", path.as_ref().map(|p| format!(" on {}", p.display())).unwrap_or_default())]
    Io {
        /// The file involved, when known.
        path: Option<PathBuf>,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// A file's content does not follow its format.
    #[error("malformed file{} at {position}: {reason}", path.as_ref().map(|p| format!(" {}", p.display())).unwrap_or_default())]
    MalformedFile {
        /// The file, when known.
        path: Option<PathBuf>,
        /// Where in the file the problem was found.
        position: FilePosition,
        /// What is wrong there.
        reason: String,
    },
}

/// A place in a file, for [`Error::MalformedFile`].
///
/// # Examples
///
/// ```
/// use sci_core::FilePosition;
///
/// assert_eq!(FilePosition::Byte(128).to_string(), "byte 128");
/// assert_eq!(FilePosition::Line(3).to_string(), "line 3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilePosition {
    /// A byte offset from the start of the file (binary formats).
    Byte(u64),
    /// A 1-based line number (text formats).
    Line(usize),
}

impl fmt::Display for FilePosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FilePosition::Byte(offset) => write!(f, "byte {offset}"),
            FilePosition::Line(line) => write!(f, "line {line}"),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(source: std::io::Error) -> Self {
        Error::Io { path: None, source }
    }
}

impl Error {
    /// An [`Error::ShapeMismatch`] in `context`, with both shapes.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = sci_core::Error::shape_mismatch("dot", &[2], &[3]);
    /// assert!(err.to_string().contains("expected [2], found [3]"));
    /// ```
    pub fn shape_mismatch(context: impl Into<String>, expected: &[usize], found: &[usize]) -> Self {
        Error::ShapeMismatch {
            context: context.into(),
            expected: expected.to_vec(),
            found: found.to_vec(),
        }
    }

    /// An [`Error::InvalidArgument`] naming the argument, its value and the reason.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = sci_core::Error::invalid_argument("sigma", -1.0, "must be positive");
    /// assert_eq!(err.to_string(), "invalid argument `sigma` = -1: must be positive");
    /// ```
    pub fn invalid_argument(
        name: impl Into<String>,
        value: impl fmt::Display,
        reason: impl Into<String>,
    ) -> Self {
        Error::InvalidArgument {
            name: name.into(),
            value: value.to_string(),
            reason: reason.into(),
        }
    }

    /// An [`Error::Unsupported`] naming the mode or option.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = sci_core::Error::unsupported("method='trust-constr'");
    /// assert_eq!(err.to_string(), "unsupported: method='trust-constr'");
    /// ```
    pub fn unsupported(what: impl Into<String>) -> Self {
        Error::Unsupported { what: what.into() }
    }

    /// An [`Error::Io`] on the file at `path`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io;
    /// let err = sci_core::Error::io_at("data.mat", io::Error::from(io::ErrorKind::NotFound));
    /// assert!(err.to_string().starts_with("I/O error on data.mat"));
    /// ```
    pub fn io_at(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: Some(path.into()),
            source,
        }
    }

    /// An [`Error::MalformedFile`] at `position`, without a path (add it with
    /// [`Error::with_path`] where the caller knows it).
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::{Error, FilePosition};
    /// let err = Error::malformed(FilePosition::Line(2), "expected 3 numbers").with_path("a.mtx");
    /// assert_eq!(err.to_string(), "malformed file a.mtx at line 2: expected 3 numbers");
    /// ```
    pub fn malformed(position: FilePosition, reason: impl Into<String>) -> Self {
        Error::MalformedFile {
            path: None,
            position,
            reason: reason.into(),
        }
    }

    /// Attaches `path` to an I/O or malformed-file error that has none; other errors are
    /// returned unchanged.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io;
    /// let err = sci_core::Error::from(io::Error::from(io::ErrorKind::NotFound)).with_path("x.wav");
    /// assert!(err.to_string().contains("x.wav"));
    /// ```
    #[must_use]
    pub fn with_path(self, path: impl Into<PathBuf>) -> Self {
        match self {
            Error::Io { path: None, source } => Error::Io {
                path: Some(path.into()),
                source,
            },
            Error::MalformedFile {
                path: None,
                position,
                reason,
            } => Error::MalformedFile {
                path: Some(path.into()),
                position,
                reason,
            },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_has_a_message_with_its_data() {
        let cases: Vec<(Error, &str)> = vec![
            (
                Error::shape_mismatch("solve: a and b", &[3, 3], &[4]),
                "shape mismatch in solve: a and b: expected [3, 3], found [4]",
            ),
            (
                Error::invalid_argument("k", 0, "must be at least 1"),
                "invalid argument `k` = 0: must be at least 1",
            ),
            (
                Error::EmptyInput {
                    name: "x".into(),
                    min_len: 2,
                },
                "empty input `x`: at least 2 element(s) needed",
            ),
            (
                Error::NonFinite {
                    name: "a".into(),
                    index: vec![1, 2],
                    value: f64::NAN,
                },
                "non-finite value NaN in `a` at index [1, 2]",
            ),
            (
                Error::SingularMatrix {
                    detail: "zero pivot at column 2".into(),
                },
                "singular matrix: zero pivot at column 2",
            ),
            (
                Error::IllConditioned {
                    rcond: 1e-20,
                    threshold: f64::EPSILON,
                },
                "ill-conditioned matrix: reciprocal condition number 1e-20 is below 2.220446049250313e-16",
            ),
            (
                Error::NotPositiveDefinite { order: 3 },
                "matrix is not positive definite: the leading minor of order 3 is not positive",
            ),
            (
                Error::DidNotConverge {
                    method: "SVD".into(),
                    iterations: 75,
                    detail: "off-diagonal 1e-3".into(),
                },
                "SVD did not converge after 75 iterations: off-diagonal 1e-3",
            ),
            (
                Error::unsupported("mode='mirror' for complex input"),
                "unsupported: mode='mirror' for complex input",
            ),
            (
                Error::io_at("/tmp/x.mat", std::io::Error::other("disk full")),
                "I/O error on /tmp/x.mat: disk full",
            ),
            (
                Error::from(std::io::Error::other("disk full")),
                "I/O error: disk full",
            ),
            (
                Error::malformed(FilePosition::Byte(128), "bad tag").with_path("x.mat"),
                "malformed file x.mat at byte 128: bad tag",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }

    #[test]
    fn with_path_leaves_other_errors_alone() {
        let err = Error::unsupported("x").with_path("a.txt");
        assert!(matches!(err, Error::Unsupported { .. }));
        let err = Error::io_at("first", std::io::Error::other("e")).with_path("second");
        assert!(err.to_string().contains("first"));
    }

    #[test]
    fn io_errors_keep_their_source() {
        use std::error::Error as _;
        let err = Error::from(std::io::Error::other("inner"));
        assert_eq!(
            err.source().map(|s| s.to_string()).as_deref(),
            Some("inner")
        );
    }
}
