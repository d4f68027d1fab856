//! Edge cases of `leastsq`: SciPy's raised errors become `Err`, its warnings (`ier` 5-8)
//! stay `Ok` with the flag and message.

use sci_core::Error;
use sci_optimize::{LeastsqOptions, leastsq, leastsq_with};

fn rosen(x: &[f64], f: &mut [f64]) {
    f[0] = 10.0 * (x[1] - x[0] * x[0]);
    f[1] = 1.0 - x[0];
}

#[test]
fn bad_input_is_an_error() {
    assert!(matches!(
        leastsq(rosen, &[] as &[f64], 2),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(
        leastsq(rosen, &[f64::INFINITY, 0.0], 2),
        Err(Error::NonFinite { .. })
    ));
    // More variables than residuals: SciPy's TypeError.
    assert!(matches!(
        leastsq(
            |x: &[f64], f: &mut [f64]| f[0] = x[0] + x[1],
            &[0.0, 0.0],
            1
        ),
        Err(Error::InvalidArgument { .. })
    ));
    // MINPACK's improper input (info = 0): SciPy raises.
    let r = leastsq_with(rosen, &[0.0, 0.0], 2, LeastsqOptions::default().ftol(-1.0));
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let r = leastsq_with(rosen, &[0.0, 0.0], 2, LeastsqOptions::default().factor(0.0));
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let r = leastsq_with(
        rosen,
        &[0.0, 0.0],
        2,
        LeastsqOptions::default().diag(vec![1.0]),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let r = leastsq_with(
        rosen,
        &[0.0, 0.0],
        2,
        LeastsqOptions::default().diag(vec![1.0, 0.0]),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
}

#[test]
fn maxfev_reached_is_ier_5_with_scipys_message() {
    let out = leastsq_with(rosen, &[-1.2, 1.0], 2, LeastsqOptions::default().maxfev(10)).unwrap();
    assert_eq!(out.ier, 5);
    assert_eq!(
        out.mesg,
        "Number of calls to function has reached maxfev = 10."
    );
    assert!(out.cov_x.is_none());
}

#[test]
fn nan_residuals_do_not_loop_forever() {
    // NaN everywhere except at x0: MINPACK keeps shrinking the step until maxfev.
    let out = leastsq_with(
        |x: &[f64], f: &mut [f64]| {
            f[0] = if x[0] == 1.0 { 1.0 } else { f64::NAN };
            f[1] = 0.0;
        },
        &[1.0],
        2,
        LeastsqOptions::default(),
    )
    .unwrap();
    assert!(out.nfev <= 400 + 2, "{}", out.nfev);
}

#[test]
fn col_deriv_dfun_gives_the_same_fit() {
    let a = leastsq_with(
        rosen,
        &[-1.2, 1.0],
        2,
        LeastsqOptions::default().col_deriv(true).dfun(
            |x: &[f64], mut j: sci_core::ndarray::ArrayViewMut2<'_, f64>| {
                // Transposed: row = variable, column = residual.
                j[[0, 0]] = -20.0 * x[0];
                j[[1, 0]] = 10.0;
                j[[0, 1]] = -1.0;
                j[[1, 1]] = 0.0;
            },
        ),
    )
    .unwrap();
    assert!((a.x[0] - 1.0).abs() < 1e-8 && (a.x[1] - 1.0).abs() < 1e-8);
    assert!(a.njev > 0);
}
