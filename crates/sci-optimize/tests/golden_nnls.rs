//! `nnls` against SciPy 1.17 (`xtask/golden/optimize/nnls.py`): random, wide, rank-deficient
//! and documentation systems.

use sci_core::ndarray::Array2;
use sci_core::testing::Fixture;
use sci_optimize::nnls;

#[test]
fn nnls_matches_scipy() {
    let fx = Fixture::load(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/nnls.json"));
    for case in &fx.cases {
        let rows: Vec<Vec<f64>> = case
            .args
            .get("a")
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r.as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_f64().unwrap())
                    .collect()
            })
            .collect();
        let (m, n) = (rows.len(), rows[0].len());
        let a = Array2::from_shape_fn((m, n), |(i, j)| rows[i][j]);
        let b = case.args.f64_list("b");
        let (x, rnorm) = nnls(&a, &b).unwrap();
        let xs = case.expected.f64_list("x");
        let rs = case.expected.f64("rnorm");
        assert!(x.iter().all(|v| *v >= 0.0), "{}: infeasible {x}", case.name);
        // The residual norm is unique: 1e-10 relative (plus 1e-12 absolute for exact fits).
        assert!(
            (rnorm - rs).abs() <= 1e-10 * rs + 1e-12,
            "{}: rnorm {rnorm} vs {rs}",
            case.name
        );
        // x is unique only for full column rank on the passive set: compare it there
        // (well conditioned random systems: 1e-10 absolute).
        if !case.name.contains("rank")
            && !case.name.contains("duplicate")
            && !case.name.contains("wide")
        {
            for (xi, si) in x.iter().zip(&xs) {
                assert!(
                    (xi - si).abs() <= 1e-10 * (1.0 + si.abs()),
                    "{}: x {x} vs {xs:?}",
                    case.name
                );
            }
        }
    }
}
