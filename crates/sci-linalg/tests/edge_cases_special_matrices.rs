//! Edge cases of the special matrices and structure helpers: empty inputs (as SciPy: an
//! empty matrix where SciPy returns one, an error where SciPy raises), wrong shapes, invalid
//! arguments and overflow of the exact integer forms, each an `Err` of the right variant,
//! never a panic.

use sci_core::ndarray::{Array0, Array1, Array2, Array3, ArrayView1, array, aview1};
use sci_core::{Complex64, Error};
use sci_linalg::*;

fn empty() -> [f64; 0] {
    []
}

fn is_invalid(r: &Error, name: &str) -> bool {
    matches!(r, Error::InvalidArgument { name: n, .. } if n == name)
}

#[test]
fn empty_inputs_give_empty_matrices_as_scipy() {
    assert_eq!(toeplitz(&empty(), None).unwrap().dim(), (0, 0));
    assert_eq!(
        toeplitz(&[1.0], Some(aview1(&empty()))).unwrap().dim(),
        (1, 0)
    );
    assert_eq!(
        toeplitz(&empty(), Some(aview1(&[1.0, 2.0]))).unwrap().dim(),
        (0, 2)
    );
    assert_eq!(hankel(&empty(), None).unwrap().dim(), (0, 0));
    assert_eq!(
        hankel(&[1.0, 2.0], Some(aview1(&empty()))).unwrap().dim(),
        (2, 0)
    );
    assert_eq!(circulant(&empty()).unwrap().dim(), (0, 0));
    assert_eq!(dft(0, DftScale::Unscaled).unwrap().dim(), (0, 0));
    assert_eq!(hilbert(0).unwrap().dim(), (0, 0));
    assert_eq!(invhilbert(0).unwrap().dim(), (0, 0));
    assert_eq!(invhilbert_exact(0).unwrap().dim(), (0, 0));
    for kind in [PascalKind::Symmetric, PascalKind::Lower, PascalKind::Upper] {
        assert_eq!(pascal(0, kind).unwrap().dim(), (0, 0));
        assert_eq!(pascal_exact(0, kind).unwrap().dim(), (0, 0));
        assert_eq!(invpascal(0, kind).unwrap().dim(), (0, 0));
        assert_eq!(invpascal_exact(0, kind).unwrap().dim(), (0, 0));
    }
    // SciPy returns 1-D empty arrays here; sci returns 0 x 0 matrices.
    assert_eq!(fiedler(&empty()).unwrap().dim(), (0, 0));
    assert_eq!(fiedler_companion(&empty()).unwrap().dim(), (0, 0));
    assert_eq!(fiedler_companion(&[0.0]).unwrap().dim(), (0, 0));
    assert_eq!(helmert(1, false).unwrap().dim(), (0, 1));
    assert_eq!(helmert(1, true).unwrap(), array![[1.0]]);
}

#[test]
fn empty_structures_follow_scipy() {
    let e = Array2::<f64>::zeros((0, 0));
    let opts = SymmetryOptions::default();
    assert_eq!(bandwidth(&e), (0, 0));
    assert_eq!(bandwidth(&Array2::<f64>::zeros((0, 3))), (0, 0));
    assert!(issymmetric(&e, &opts).unwrap());
    assert!(ishermitian(&e, &opts.atol(-1.0)).unwrap());
    assert_eq!(
        khatri_rao(&Array2::<f64>::zeros((2, 0)), &Array2::<f64>::zeros((4, 0)))
            .unwrap()
            .dim(),
        (8, 0)
    );
    assert_eq!(
        khatri_rao(&Array2::<f64>::zeros((0, 3)), &Array2::<f64>::ones((4, 3)))
            .unwrap()
            .dim(),
        (0, 3)
    );
    assert_eq!(
        kron(&Array2::<f64>::zeros((0, 2)), &Array2::<f64>::ones((2, 3)))
            .unwrap()
            .dim(),
        (0, 6)
    );
}

#[test]
fn block_diag_empty_blocks_follow_scipy() {
    let none: [&[f64]; 0] = [];
    assert_eq!(block_diag(none).unwrap().dim(), (1, 0));
    // A 1-D empty block is a 1 x 0 row: it adds an empty row.
    assert_eq!(
        block_diag([&empty()[..]]).unwrap(),
        Array2::<f64>::zeros((1, 0))
    );
    let blocks = [
        Array1::<f64>::zeros(0).into_dyn(),
        array![[1.0, 2.0]].into_dyn(),
        Array2::<f64>::zeros((0, 2)).into_dyn(),
        Array2::<f64>::zeros((2, 0)).into_dyn(),
        Array0::from_elem((), 7.0).into_dyn(),
    ];
    let m = block_diag(blocks.iter().map(|b| b.view())).unwrap();
    assert_eq!(m.dim(), (5, 5));
    assert_eq!(m.row(1).to_vec(), vec![1.0, 2.0, 0.0, 0.0, 0.0]);
    assert_eq!(m[[4, 4]], 7.0);
    assert_eq!(m.iter().filter(|&&x| x != 0.0).count(), 3);
}

#[test]
fn block_diag_rejects_batches() {
    let batch = Array3::<f64>::zeros((2, 2, 2));
    let err = block_diag([batch.view()]).unwrap_err();
    assert!(matches!(err, Error::Unsupported { .. }), "{err}");
}

#[test]
fn companion_needs_two_coefficients_and_a_nonzero_lead() {
    assert!(matches!(
        companion(&empty()),
        Err(Error::EmptyInput { min_len: 2, .. })
    ));
    assert!(matches!(companion(&[1.0]), Err(Error::EmptyInput { .. })));
    let err = companion(&[0.0, 1.0, 2.0]).unwrap_err();
    assert!(is_invalid(&err, "a[0]"), "{err}");
    let z = [Complex64::new(0.0, 0.0), Complex64::new(1.0, 0.0)];
    assert!(is_invalid(&companion(&z).unwrap_err(), "a[0]"));
    assert!(is_invalid(
        &fiedler_companion(&[0.0, 1.0, 2.0]).unwrap_err(),
        "a[0]"
    ));
    // NaN is not zero: SciPy builds the matrix.
    assert!(companion(&[f64::NAN, 1.0, 2.0]).unwrap()[[0, 0]].is_nan());
}

#[test]
fn convolution_matrix_rejects_empty_kernels_zero_n_and_unknown_modes() {
    let err = convolution_matrix(&empty(), 3, ConvolutionMode::Full).unwrap_err();
    assert!(matches!(err, Error::EmptyInput { min_len: 1, .. }), "{err}");
    let err = convolution_matrix(&[1.0, 2.0], 0, ConvolutionMode::Same).unwrap_err();
    assert!(is_invalid(&err, "n"), "{err}");
    let err = "middle".parse::<ConvolutionMode>().unwrap_err();
    assert!(is_invalid(&err, "mode"), "{err}");
    for mode in ["full", "same", "valid"] {
        assert_eq!(mode.parse::<ConvolutionMode>().unwrap().to_string(), mode);
    }
}

#[test]
fn dft_scale_and_pascal_kind_reject_unknown_strings() {
    assert!(is_invalid(&"x".parse::<DftScale>().unwrap_err(), "scale"));
    assert!(is_invalid(
        &"foo".parse::<PascalKind>().unwrap_err(),
        "kind"
    ));
    for kind in ["symmetric", "lower", "upper"] {
        assert_eq!(kind.parse::<PascalKind>().unwrap().to_string(), kind);
    }
    for scale in ["sqrtn", "n"] {
        assert_eq!(scale.parse::<DftScale>().unwrap().to_string(), scale);
    }
}

#[test]
fn hadamard_needs_a_power_of_two() {
    for n in [0usize, 3, 6, 12, 100] {
        assert!(is_invalid(&hadamard(n).unwrap_err(), "n"), "n = {n}");
    }
    assert_eq!(hadamard(1).unwrap(), array![[1.0]]);
}

#[test]
fn helmert_needs_a_positive_order() {
    assert!(is_invalid(&helmert(0, false).unwrap_err(), "n"));
    assert!(is_invalid(&helmert(0, true).unwrap_err(), "n"));
}

#[test]
fn leslie_checks_the_lengths() {
    assert!(matches!(
        leslie(&[1.0], &empty()),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(
        leslie(&empty(), &empty()),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        leslie(&[1.0, 2.0, 3.0], &[0.5]),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn exact_forms_report_overflow() {
    assert!(invhilbert_exact(27).is_ok());
    for n in [28, 40, 1000, usize::MAX] {
        assert!(
            is_invalid(&invhilbert_exact(n).unwrap_err(), "n"),
            "n = {n}"
        );
    }
    assert!(is_invalid(
        &pascal_exact(35, PascalKind::Symmetric).unwrap_err(),
        "n"
    ));
    assert!(is_invalid(
        &pascal_exact(69, PascalKind::Upper).unwrap_err(),
        "n"
    ));
    assert!(is_invalid(
        &pascal_exact(1 << 40, PascalKind::Lower).unwrap_err(),
        "n"
    ));
    assert!(is_invalid(
        &invpascal_exact(68, PascalKind::Symmetric).unwrap_err(),
        "n"
    ));
    assert!(is_invalid(
        &invpascal_exact(132, PascalKind::Lower).unwrap_err(),
        "n"
    ));
    assert!(is_invalid(
        &invpascal_exact(1 << 40, PascalKind::Upper).unwrap_err(),
        "n"
    ));
}

#[test]
fn sizes_that_cannot_be_allocated_are_errors() {
    let huge = usize::MAX / 2;
    assert!(is_invalid(&dft(huge, DftScale::Unscaled).unwrap_err(), "n"));
    assert!(is_invalid(&hilbert(huge).unwrap_err(), "n"));
    assert!(is_invalid(&invhilbert(huge).unwrap_err(), "n"));
    assert!(is_invalid(&hadamard(1 << 62).unwrap_err(), "n"));
    assert!(is_invalid(&helmert(huge, true).unwrap_err(), "n"));
    for kind in [PascalKind::Symmetric, PascalKind::Lower] {
        assert!(is_invalid(&pascal(huge, kind).unwrap_err(), "n"));
        assert!(is_invalid(&invpascal(huge, kind).unwrap_err(), "n"));
    }
    assert!(is_invalid(
        &convolution_matrix(&[1.0], huge, ConvolutionMode::Full).unwrap_err(),
        "n"
    ));
    assert!(is_invalid(
        &convolution_matrix(&[1.0, 2.0], usize::MAX, ConvolutionMode::Full).unwrap_err(),
        "n"
    ));
}

#[test]
fn structure_helpers_reject_non_square_and_mismatched_shapes() {
    let rect = Array2::<f64>::zeros((2, 3));
    let opts = SymmetryOptions::default();
    for r in [
        issymmetric(&rect, &opts),
        ishermitian(&rect, &opts),
        issymmetric(&rect, &opts.atol(1.0)),
    ] {
        assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    }
    let err = khatri_rao(&Array2::<f64>::zeros((2, 3)), &Array2::<f64>::zeros((4, 2))).unwrap_err();
    assert!(matches!(err, Error::ShapeMismatch { .. }), "{err}");
}

#[test]
fn symmetry_handles_nan_and_infinity_as_scipy() {
    let opts = SymmetryOptions::default();
    let nan_diag = array![[f64::NAN, 1.0], [1.0, 0.0]];
    assert!(issymmetric(&nan_diag, &opts).unwrap());
    assert!(!issymmetric(&nan_diag, &opts.atol(1.0)).unwrap());
    let nan_off = array![[0.0, f64::NAN], [f64::NAN, 0.0]];
    assert!(!issymmetric(&nan_off, &opts).unwrap());
    let inf = array![[0.0, f64::INFINITY], [f64::INFINITY, 0.0]];
    assert!(issymmetric(&inf, &opts).unwrap());
    assert!(issymmetric(&inf, &opts.atol(1e-3)).unwrap());
    let c = |re: f64, im: f64| Complex64::new(re, im);
    assert!(
        !ishermitian(
            &array![[c(f64::NAN, 0.0), c(1.0, 0.0)], [c(1.0, 0.0), c(0.0, 0.0)]],
            &opts
        )
        .unwrap()
    );
    assert!(!ishermitian(&array![[c(0.0, 1.0)]], &opts).unwrap());
    assert!(ishermitian(&array![[3.0f32]], &opts.atol(-1.0)).unwrap());
}

#[test]
fn non_contiguous_views_are_read_in_logical_order() {
    let m = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]];
    let col = m.column(0);
    assert_eq!(
        toeplitz(col, None).unwrap(),
        toeplitz(&[1.0, 4.0, 7.0], None).unwrap()
    );
    let t = m.t();
    assert_eq!(kron(t, &array![[1.0]]).unwrap(), m.t().to_owned());
    assert_eq!(bandwidth(m.slice(sci_core::ndarray::s![..;2, ..])), (1, 2));
    let b = block_diag([m.column(1)]).unwrap();
    assert_eq!(b, array![[2.0, 5.0, 8.0]]);
    let v: ArrayView1<'_, f64> = m.row(2);
    assert_eq!(circulant(v).unwrap()[[1, 0]], 8.0);
}

#[test]
fn single_precision_and_complex_types_are_accepted() {
    let t = toeplitz(&[1.0f32, 2.0], None).unwrap();
    assert_eq!(t, array![[1.0f32, 2.0], [2.0, 1.0]]);
    let c = sci_core::num_complex::Complex32::new(1.0, 1.0);
    let h = hankel(&[c, c], None).unwrap();
    assert_eq!(h[[1, 1]], sci_core::num_complex::Complex32::new(0.0, 0.0));
    assert_eq!(bandwidth(&array![[0.0f32, 1.0], [0.0, 0.0]]), (0, 1));
}
