//! Golden tests of `lsq_linear` (trf and bvls) against SciPy 1.17
//! (`xtask/golden/optimize/lsq_linear.py`): solution, cost, status, active set and
//! iteration counts side by side (`--nocapture`).

use sci_core::ndarray::Array2;
use sci_core::testing::Fixture;
use sci_optimize::{Bounds, LsqLinearMethod, LsqLinearOptions, lsq_linear};

#[test]
fn lsq_linear_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/lsq_linear.json"
    ));
    println!(
        "{:<24} {:>4} {:>6} {:>4} {:>4}",
        "case", "nit", "scipy", "st", "sp"
    );
    for case in fx.cases.iter().filter(|c| !c.name.starts_with("matrix ")) {
        let mc = fx.case(case.args.str("matrix"));
        let rows = mc.args.get("A").as_array().unwrap();
        let (m, n) = (rows.len(), rows[0].as_array().unwrap().len());
        let a = Array2::from_shape_fn((m, n), |(i, j)| rows[i][j].as_f64().unwrap());
        let b = mc.args.f64_list("b");
        let lb = case.args.f64_list("lb");
        let ub = case.args.f64_list("ub");
        let method = if case.args.str("method") == "bvls" {
            LsqLinearMethod::Bvls
        } else {
            LsqLinearMethod::Trf
        };
        let opts = LsqLinearOptions::default()
            .method(method)
            .bounds(Bounds::new(lb, ub));
        let r = lsq_linear(&a, &b, &opts).unwrap();
        let e = &case.expected;
        println!(
            "{:<24} {:>4} {:>6} {:>4} {:>4}",
            case.name,
            r.nit,
            e.usize("nit"),
            r.status,
            e.i64("status")
        );
        assert_eq!(r.success, e.bool("success"), "{}", case.name);
        let ce = e.f64("cost");
        // trf stops at a tolerance of 1e-10 on the relative cost change: costs agree to
        // about that, x to its square root's order in the free directions.
        assert!(
            (r.cost - ce).abs() <= 1e-8 * ce,
            "{}: cost {} vs {ce}",
            case.name,
            r.cost
        );
        let xe = e.f64_list("x");
        for (p, q) in r.x.iter().zip(&xe) {
            assert!(
                (p - q).abs() <= 1e-4 * q.abs().max(1e-2),
                "{}: x {} vs {xe:?}",
                case.name,
                r.x
            );
        }
        let am: Vec<i64> = e
            .get("active_mask")
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_i64().unwrap())
            .collect();
        let ours: Vec<i64> = r.active_mask.iter().map(|&v| i64::from(v)).collect();
        assert_eq!(ours, am, "{}: active_mask", case.name);
        let ne = e.usize("nit");
        assert!(
            r.nit <= 2 * ne + 3 && 2 * r.nit + 3 >= ne,
            "{}: nit",
            case.name
        );
    }
}
