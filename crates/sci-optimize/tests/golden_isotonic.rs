//! Golden tests of `isotonic_regression` against SciPy 1.17
//! (`xtask/golden/optimize/isotonic.py`): fitted values to 1e-12, block weights and
//! boundaries exactly (PAVA's blocks are unique).

use sci_core::testing::Fixture;
use sci_optimize::{IsotonicOptions, isotonic_regression};

#[test]
fn isotonic_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/isotonic.json"
    ));
    for case in &fx.cases {
        let y = case.args.f64_list("y");
        let mut opts = IsotonicOptions::default().increasing(case.args.bool("increasing"));
        if !case.args.get("weights").is_null() {
            opts = opts.weights(case.args.f64_list("weights"));
        }
        let r = isotonic_regression(&y, &opts).unwrap();
        let e = &case.expected;
        for (a, b) in r.x.iter().zip(e.f64_list("x")) {
            assert!((a - b).abs() <= 1e-12 * b.abs().max(1.0), "{}", case.name);
        }
        for (a, b) in r.weights.iter().zip(e.f64_list("weights")) {
            assert!((a - b).abs() <= 1e-12 * b.abs().max(1.0), "{}", case.name);
        }
        let blocks: Vec<usize> = e.f64_list("blocks").iter().map(|v| *v as usize).collect();
        assert_eq!(r.blocks.to_vec(), blocks, "{}", case.name);
    }
}
