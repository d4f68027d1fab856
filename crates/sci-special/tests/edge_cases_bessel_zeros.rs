//! Edge cases of the zeros of Bessel functions: `nt = 0`, negative orders, `J_0'`'s zero at
//! the origin, one zero, and large orders where SciPy gives NaN. Values marked "SciPy" are
//! SciPy 1.17.1's.

use sci_special::{jn_zeros, jnp_zeros, y0_zeros, y1_zeros, y1p_zeros, yn_zeros, ynp_zeros};

fn close(a: f64, b: f64) -> bool {
    // Agreement to rounding of the printed SciPy values (16-17 digits).
    (a - b).abs() <= 4.0 * f64::EPSILON * b.abs()
}

#[test]
fn zero_counts_are_errors_as_scipy_raises() {
    // SciPy: jn_zeros(0, 0) raises ValueError("nt > 0"); y0_zeros(0) raises ValueError.
    assert!(jn_zeros(0, 0).is_err());
    assert!(jnp_zeros(1, 0).is_err());
    assert!(yn_zeros(2, 0).is_err());
    assert!(ynp_zeros(3, 0).is_err());
    assert!(y0_zeros(0).is_err());
    assert!(y1_zeros(0).is_err());
    assert!(y1p_zeros(0).is_err());
    assert!(matches!(
        jn_zeros(0, 0),
        Err(sci_core::Error::InvalidArgument { .. })
    ));
}

#[test]
fn negative_orders_give_the_zeros_of_the_absolute_order_as_scipy() {
    // SciPy: jn_zeros(-1, 3) = jn_zeros(1, 3) = [3.83170597, 7.01558667, 10.17346814];
    // ynp_zeros(-2, 2) = ynp_zeros(2, 2).
    assert_eq!(jn_zeros(-1, 3).unwrap(), jn_zeros(1, 3).unwrap());
    assert_eq!(jnp_zeros(-4, 5).unwrap(), jnp_zeros(4, 5).unwrap());
    assert_eq!(yn_zeros(-3, 5).unwrap(), yn_zeros(3, 5).unwrap());
    assert_eq!(ynp_zeros(-2, 2).unwrap(), ynp_zeros(2, 2).unwrap());
    // i32::MIN has no i32 absolute value; the order is 2^31 and the call returns.
    assert_eq!(jn_zeros(i32::MIN, 1).unwrap().len(), 1);
}

#[test]
fn derivative_of_j0_skips_the_origin_as_scipy() {
    // SciPy: jnp_zeros(0, 2) = [3.83170597020751, 7.01558666981562], the zeros of J_1.
    let z = jnp_zeros(0, 2).unwrap();
    assert!(close(z[0], 3.831_705_970_207_512));
    assert_eq!(z, jn_zeros(1, 2).unwrap());
    // Y_0' = -Y_1: ynp_zeros(0, k) are the zeros of Y_1 (SciPy: 2.19714133, 5.42968104).
    assert_eq!(ynp_zeros(0, 4).unwrap(), yn_zeros(1, 4).unwrap());
}

#[test]
fn first_zeros_match_scipy() {
    // SciPy: jn_zeros(0, 3), jnp_zeros(1, 3), yn_zeros(0, 3), ynp_zeros(0, 3).
    let cases: [(Vec<f64>, [f64; 3]); 3] = [
        (
            jn_zeros(0, 3).unwrap().to_vec(),
            [
                2.404_825_557_695_773,
                5.520_078_110_286_311,
                8.653_727_912_911_013,
            ],
        ),
        (
            jnp_zeros(1, 3).unwrap().to_vec(),
            [
                1.841_183_781_340_659_3,
                5.331_442_773_525_032,
                8.536_316_366_346_286,
            ],
        ),
        (
            yn_zeros(0, 3).unwrap().to_vec(),
            [
                0.893_576_966_279_167_5,
                3.957_678_419_314_858,
                7.086_051_060_301_773,
            ],
        ),
    ];
    for (sci, scipy) in cases {
        for (a, b) in sci.iter().zip(scipy) {
            assert!(close(*a, b), "{a} vs {b}");
        }
    }
}

#[test]
fn large_orders_are_computed_where_scipy_gives_nan() {
    // SciPy: jn_zeros(5000, 3) = [nan, nan, nan]. mpmath: besseljzero(5000, 1) =
    // 5031.7934178617...; the first zero lies above the order.
    let z = jn_zeros(5000, 3).unwrap();
    assert!((z[0] - 5_031.793_417_861_7).abs() < 1e-9, "{}", z[0]);
    assert!(z[0] > 5000.0 && z[1] > z[0] && z[2] > z[1]);
    // SciPy: jn_zeros(1000, 1) = [1018.66088097].
    assert!((jn_zeros(1000, 1).unwrap()[0] - 1_018.660_880_967_908).abs() < 1e-10);
}

#[test]
fn real_zero_structs_hold_the_values_scipy_returns() {
    // SciPy: y0_zeros(1) = ([0.89357697+0j], [-0.8794208+0j]); y1_zeros(1) =
    // ([2.19714133+0j], [0.52078641+0j]); y1p_zeros(1) = ([3.68302286+0j], [0.41672993+0j]).
    // SciPy's y0_zeros returns Y_1(z) for its documented Y_0'(z) = -Y_1(z); sci returns the
    // documented derivative: Y_0 rises through its first zero, so the slope is +0.8794208.
    let a = y0_zeros(1).unwrap();
    assert!((a.y0pz0n[0] - 0.879_420_8).abs() < 1e-7);
    assert!((a.y0pz0n[0] + sci_special::y1(a.z0n[0])).abs() < 1e-16);
    let b = y1_zeros(1).unwrap();
    assert!((b.y1pz1n[0] - 0.520_786_41).abs() < 1e-8);
    let c = y1p_zeros(1).unwrap();
    assert!((c.y1z1pn[0] - 0.416_729_93).abs() < 1e-8);
    assert_eq!(c.z1pn.len(), 1);
}
