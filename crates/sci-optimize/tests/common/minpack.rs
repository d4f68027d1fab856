//! The MINPACK test problems (Moré, Garbow, Hillstrom, "Testing unconstrained optimization
//! software", ACM TOMS 7 (1981)) as residual vectors, as the golden scripts
//! `xtask/golden/optimize/least_squares.py` and `leastsq.py` pose them.

/// A residual function `f(x, out)`.
pub type Resid = Box<dyn Fn(&[f64], &mut [f64]) + Sync>;

const BARD_Y: [f64; 15] = [
    0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39,
];
const KO_Y: [f64; 11] = [
    0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246,
];
const KO_U: [f64; 11] = [
    4.0, 2.0, 1.0, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625,
];

/// The residuals of the MINPACK problem `name` and their number `m` (`None` for another
/// name).
pub fn problem(name: &str) -> Option<(Resid, usize)> {
    let p: (Resid, usize) = match name {
        "rosenbrock" => (
            Box::new(|x, f| {
                f[0] = 10.0 * (x[1] - x[0] * x[0]);
                f[1] = 1.0 - x[0];
            }),
            2,
        ),
        "helical_valley" => (
            Box::new(|x, f| {
                let mut th = if x[0] != 0.0 {
                    (x[1] / x[0]).atan() / (2.0 * std::f64::consts::PI)
                } else {
                    0.25
                };
                if x[0] < 0.0 {
                    th += 0.5;
                }
                f[0] = 10.0 * (x[2] - 10.0 * th);
                f[1] = 10.0 * (x[0].hypot(x[1]) - 1.0);
                f[2] = x[2];
            }),
            3,
        ),
        "powell_singular" => (
            Box::new(|x, f| {
                f[0] = x[0] + 10.0 * x[1];
                f[1] = 5f64.sqrt() * (x[2] - x[3]);
                f[2] = (x[1] - 2.0 * x[2]).powi(2);
                f[3] = 10f64.sqrt() * (x[0] - x[3]).powi(2);
            }),
            4,
        ),
        "freudenstein_roth" => (
            Box::new(|x, f| {
                f[0] = -13.0 + x[0] + ((5.0 - x[1]) * x[1] - 2.0) * x[1];
                f[1] = -29.0 + x[0] + ((x[1] + 1.0) * x[1] - 14.0) * x[1];
            }),
            2,
        ),
        "bard" => (
            Box::new(|x, f| {
                for i in 0..15 {
                    let u = (i + 1) as f64;
                    let v = 16.0 - u;
                    f[i] = BARD_Y[i] - (x[0] + u / (v * x[1] + u.min(v) * x[2]));
                }
            }),
            15,
        ),
        "kowalik_osborne" => (
            Box::new(|x, f| {
                for i in 0..11 {
                    let u = KO_U[i];
                    f[i] = KO_Y[i] - x[0] * (u * u + u * x[1]) / (u * u + u * x[2] + x[3]);
                }
            }),
            11,
        ),
        "box3d" => (
            Box::new(|x, f| {
                for i in 0..10 {
                    let t = 0.1 * (i + 1) as f64;
                    f[i] = (-t * x[0]).exp()
                        - (-t * x[1]).exp()
                        - x[2] * ((-t).exp() - (-10.0 * t).exp());
                }
            }),
            10,
        ),
        "jennrich_sampson" => (
            Box::new(|x, f| {
                for i in 0..10 {
                    let k = (i + 1) as f64;
                    f[i] = 2.0 + 2.0 * k - ((k * x[0]).exp() + (k * x[1]).exp());
                }
            }),
            10,
        ),
        "beale" => (
            Box::new(|x, f| {
                let y = [1.5, 2.25, 2.625];
                for i in 0..3 {
                    f[i] = y[i] - x[0] * (1.0 - x[1].powi([1, 2, 3][i]));
                }
            }),
            3,
        ),
        _ => return None,
    };
    Some(p)
}
