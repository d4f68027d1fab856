//! Hock-Schittkowski problems 6, 7, 21, 35, 71, 76, the constrained Rosenbrock problem of
//! SciPy's `minimize` tutorial, and Rosenbrock 2-D/5-D (free and in a box), as the golden
//! scripts `xtask/golden/optimize/cobyla.py` and `cobyqa.py` pose them.

use sci_core::ndarray::array;
use sci_optimize::{Bounds, LinearConstraint, MinimizeOptions, NonlinearConstraint};

const INF: f64 = f64::INFINITY;

/// A problem with its start and known optimum.
pub struct Case {
    pub name: &'static str,
    pub x0: Vec<f64>,
    pub xopt: Vec<f64>,
    pub fopt: f64,
}

/// `base` with the constraints and bounds of the problem `name`.
pub fn constrain(name: &str, o: MinimizeOptions<'static>) -> MinimizeOptions<'static> {
    match name {
        "hs6" => o.constraint(NonlinearConstraint::eq(1, |x: &[f64], c: &mut [f64]| {
            c[0] = 10.0 * (x[1] - x[0] * x[0]);
        })),
        "hs7" => o.constraint(NonlinearConstraint::eq(1, |x: &[f64], c: &mut [f64]| {
            c[0] = (1.0 + x[0] * x[0]).powi(2) + x[1] * x[1] - 4.0;
        })),
        "hs21" => o
            .constraint(LinearConstraint::new(
                array![[10.0, -1.0]],
                vec![10.0],
                vec![INF],
            ))
            .bounds(Bounds::new(vec![2.0, -50.0], vec![50.0, 50.0])),
        "hs35" => o
            .constraint(LinearConstraint::new(
                array![[1.0, 1.0, 2.0]],
                vec![-INF],
                vec![3.0],
            ))
            .bounds(Bounds::uniform(3, 0.0, INF)),
        "hs71" => o
            .constraint(NonlinearConstraint::new(
                1,
                |x: &[f64], c: &mut [f64]| c[0] = x[0] * x[1] * x[2] * x[3],
                vec![25.0],
                vec![INF],
            ))
            .constraint(NonlinearConstraint::new(
                1,
                |x: &[f64], c: &mut [f64]| c[0] = x.iter().map(|v| v * v).sum(),
                vec![40.0],
                vec![40.0],
            ))
            .bounds(Bounds::uniform(4, 1.0, 5.0)),
        "hs76" => o
            .constraint(LinearConstraint::new(
                array![
                    [1.0, 2.0, 1.0, 1.0],
                    [3.0, 1.0, 2.0, -1.0],
                    [0.0, 1.0, 4.0, 0.0]
                ],
                vec![-INF, -INF, 1.5],
                vec![5.0, 4.0, INF],
            ))
            .bounds(Bounds::uniform(4, 0.0, INF)),
        "rosen_tutorial" => o
            .constraint(LinearConstraint::new(
                array![[1.0, 2.0], [2.0, 1.0]],
                vec![-INF, 1.0],
                vec![1.0, 1.0],
            ))
            .constraint(NonlinearConstraint::new(
                2,
                |x: &[f64], c: &mut [f64]| {
                    c[0] = x[0] * x[0] + x[1];
                    c[1] = x[0] * x[0] - x[1];
                },
                vec![-INF, -INF],
                vec![1.0, 1.0],
            ))
            .bounds(Bounds::new(vec![0.0, -0.5], vec![1.0, 2.0])),
        "rosen2" | "rosen5" => o,
        "rosen_box" => o.bounds(Bounds::new(vec![-2.0, -2.0], vec![0.5, 2.0])),
        _ => unreachable!(),
    }
}

/// The objective of the problem `name`.
pub fn objective(name: &str) -> fn(&[f64]) -> f64 {
    match name {
        "hs6" => |x| (1.0 - x[0]).powi(2),
        "hs7" => |x| (1.0 + x[0] * x[0]).ln() - x[1],
        "hs21" => |x| 0.01 * x[0] * x[0] + x[1] * x[1] - 100.0,
        "hs35" => |x| {
            9.0 - 8.0 * x[0] - 6.0 * x[1] - 4.0 * x[2]
                + 2.0 * x[0] * x[0]
                + 2.0 * x[1] * x[1]
                + x[2] * x[2]
                + 2.0 * x[0] * x[1]
                + 2.0 * x[0] * x[2]
        },
        "hs71" => |x| x[0] * x[3] * (x[0] + x[1] + x[2]) + x[2],
        "hs76" => |x| {
            x[0] * x[0] + 0.5 * x[1] * x[1] + x[2] * x[2] + 0.5 * x[3] * x[3] - x[0] * x[2]
                + x[2] * x[3]
                - x[0]
                - 3.0 * x[1]
                + x[2]
                - x[3]
        },
        "rosen_tutorial" | "rosen2" | "rosen5" | "rosen_box" => |x| sci_optimize::rosen(x),
        _ => unreachable!(),
    }
}

/// The Hock-Schittkowski cases and the tutorial's constrained Rosenbrock problem, with
/// their known optima.
pub fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "hs6",
            x0: vec![-1.2, 1.0],
            xopt: vec![1.0, 1.0],
            fopt: 0.0,
        },
        Case {
            name: "hs7",
            x0: vec![2.0, 2.0],
            xopt: vec![0.0, 3f64.sqrt()],
            fopt: -(3f64.sqrt()),
        },
        Case {
            name: "hs21",
            x0: vec![2.0, -1.0],
            xopt: vec![2.0, 0.0],
            fopt: -99.96,
        },
        Case {
            name: "hs35",
            x0: vec![0.5; 3],
            xopt: vec![4.0 / 3.0, 7.0 / 9.0, 4.0 / 9.0],
            fopt: 1.0 / 9.0,
        },
        Case {
            name: "hs71",
            x0: vec![1.0, 5.0, 5.0, 1.0],
            xopt: vec![1.0, 4.742_999_64, 3.821_149_98, 1.379_408_29],
            fopt: 17.014_017_3,
        },
        Case {
            name: "hs76",
            x0: vec![0.5; 4],
            xopt: vec![3.0 / 11.0, 23.0 / 11.0, 0.0, 6.0 / 11.0],
            fopt: -4.681_818_181_8,
        },
        Case {
            name: "rosen_tutorial",
            x0: vec![0.5, 0.0],
            xopt: vec![0.414_944_5, 0.170_109_4],
            fopt: 0.342_717_6,
        },
    ]
}
