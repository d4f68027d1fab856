//! Smooth test objectives with their gradients, as the golden scripts
//! `xtask/golden/optimize/lbfgsb.py` and `tnc.py` define them.

/// Beale's function (minimum 0 at `(3, 0.5)`).
pub fn beale(x: &[f64]) -> f64 {
    let (a, b) = (x[0], x[1]);
    (1.5 - a + a * b).powi(2) + (2.25 - a + a * b * b).powi(2) + (2.625 - a + a * b.powi(3)).powi(2)
}

/// The gradient of [`beale`].
pub fn beale_der(x: &[f64], g: &mut [f64]) {
    let (a, b) = (x[0], x[1]);
    let (t1, t2, t3) = (
        1.5 - a + a * b,
        2.25 - a + a * b * b,
        2.625 - a + a * b.powi(3),
    );
    g[0] = 2.0 * t1 * (b - 1.0) + 2.0 * t2 * (b * b - 1.0) + 2.0 * t3 * (b.powi(3) - 1.0);
    g[1] = 2.0 * t1 * a + 4.0 * t2 * a * b + 6.0 * t3 * a * b * b;
}

/// `x² + 10 sin(x)` (SciPy's tutorial: global minimum near -1.30644, local near 3.83747).
pub fn sinx(x: &[f64]) -> f64 {
    x[0] * x[0] + 10.0 * x[0].sin()
}
