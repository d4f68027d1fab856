//! Shared helpers of the golden tests: loading a topic's fixture, the SciPy option names, and
//! norm-wise comparison with a tolerance scaled by the condition number.

#![allow(dead_code)] // Each test file uses a part of these helpers.

use sci_core::Complex64;
use sci_core::ndarray::{ArrayD, ArrayView, Dimension};
use sci_core::testing::{Case, Fixture};
use sci_linalg::{AssumeA, Scalar};

/// The fixture of `topic`, written by `xtask/golden/linalg/TOPIC.py`.
pub fn load(topic: &str) -> Fixture {
    let fixture = Fixture::load(format!(
        "{}/tests/data/{topic}.json",
        env!("CARGO_MANIFEST_DIR")
    ));
    assert_eq!(fixture.versions["scipy"], "1.17.1");
    fixture
}

/// SciPy's `assume_a` string as the enum.
pub fn assume_a(name: &str) -> AssumeA {
    match name {
        "general" => AssumeA::General,
        "diagonal" => AssumeA::Diagonal,
        "tridiagonal" => AssumeA::Tridiagonal,
        "banded" => AssumeA::Banded,
        "upper triangular" => AssumeA::UpperTriangular,
        "lower triangular" => AssumeA::LowerTriangular,
        "symmetric" => AssumeA::Symmetric,
        "hermitian" => AssumeA::Hermitian,
        "positive definite" => AssumeA::PositiveDefinite,
        other => panic!("unknown assume_a {other}"),
    }
}

/// The relative tolerance of a result whose problem has 1-norm condition number `cond`, in
/// precision `eps`: 1e-13 (1e-5 in single precision) for well-conditioned problems, growing
/// as `n cond eps` (the forward error bound of a backward-stable solve) beyond.
pub fn tolerance(cond: f64, eps: f64, n: usize) -> f64 {
    let floor: f64 = if eps > 1e-10 { 1e-5 } else { 1e-13 };
    floor.max(4.0 * (n.max(1) as f64) * cond * eps)
}

/// `||actual - expected|| <= rtol ||expected||` (Frobenius norms), with a message naming the
/// case.
pub fn assert_normwise<T: Scalar, D: Dimension>(
    case: &Case,
    actual: ArrayView<'_, T, D>,
    expected: &ArrayD<Complex64>,
    rtol: f64,
) {
    assert_eq!(actual.shape(), expected.shape(), "{}: shape", case.name);
    let (mut diff, mut norm) = (0.0f64, 0.0f64);
    for (a, e) in actual.iter().zip(expected.iter()) {
        diff += (a.to_c64() - e).norm_sqr();
        norm += e.norm_sqr();
    }
    let (diff, norm) = (diff.sqrt(), norm.sqrt());
    assert!(
        diff <= rtol * norm || diff == 0.0,
        "{}: ||x - scipy|| = {diff:e} > {rtol:e} * {norm:e}",
        case.name
    );
}

/// The position of a case's `dtype` in `[float64, complex128, float32, complex64]`, for the
/// per-type case counts of [`by_dtype`].
pub fn dtype_index(case: &Case) -> usize {
    match case.args.str("dtype") {
        "float64" => 0,
        "complex128" => 1,
        "float32" => 2,
        "complex64" => 3,
        other => panic!("{}: dtype {other}", case.name),
    }
}

/// Calls the generic `$check::<T>($case)` with `T` the element type the case's `dtype`
/// names (f64, Complex64, f32, Complex32), and returns its result.
#[allow(unused_macros, reason = "each test file uses a part of the helpers")]
macro_rules! by_dtype {
    ($check:ident, $case:expr) => {
        match common::dtype_index($case) {
            0 => $check::<f64>($case),
            1 => $check::<sci_core::Complex64>($case),
            2 => $check::<f32>($case),
            _ => $check::<sci_core::num_complex::Complex32>($case),
        }
    };
}
#[allow(unused_imports, reason = "each test file uses a part of the helpers")]
pub(crate) use by_dtype;
