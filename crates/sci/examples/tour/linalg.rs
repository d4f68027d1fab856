//! Section `linalg`: `scipy.linalg` (lecture notes 5.3): `det` of the notes' matrices
//! (including the singular one and the non-square error), `inv` and its singular-matrix
//! error, and the SVD of `arange(9).reshape(3, 3) + diag([1, 0, 1])` with its recomposition;
//! a figure of the singular values of a noisy low-rank matrix.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, StandardNormal};
use sci::linalg::{det, inv, svd, svdvals};
use sci::ndarray::{Array2, array};

use crate::figure::Plot;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "linalg",
    follows: "Lecture notes 5.3, linear algebra: det, inv, svd",
    needs_data: false,
    run,
};

/// Prints the notes' examples and writes `linalg_singular_values.png`.
fn run(ctx: &Context) -> Result {
    determinants()?;
    inverses()?;
    decomposition()?;
    plot_singular_values(ctx)
}

fn determinants() -> Result {
    println!("\n  linalg.det");
    let arr = array![[1.0_f64, 2.0], [3.0, 4.0]];
    println!("  det([[1, 2], [3, 4]]) = {:?}", det(&arr)?);
    let singular = array![[3.0_f64, 2.0], [6.0, 4.0]];
    println!("  det([[3, 2], [6, 4]]) = {:?}", det(&singular)?);
    match det(&Array2::<f64>::ones((3, 4))) {
        Ok(d) => println!("  det(ones((3, 4))) = {d} (unexpected)"),
        Err(e) => println!("  det(ones((3, 4))): error: {e}"),
    }
    Ok(())
}

fn inverses() -> Result {
    println!("\n  linalg.inv");
    let arr = array![[1.0_f64, 2.0], [3.0, 4.0]];
    let iarr = inv(&arr)?;
    println!("  inv([[1, 2], [3, 4]]) =\n{iarr:8.3}");
    let identity = arr.dot(&iarr);
    let close = identity
        .indexed_iter()
        .all(|((i, j), v)| (v - if i == j { 1.0 } else { 0.0 }).abs() < 1e-12);
    println!("  allclose(arr . iarr, eye(2)) = {close}");
    match inv(&array![[3.0_f64, 2.0], [6.0, 4.0]]) {
        Ok(_) => println!("  inv([[3, 2], [6, 4]]) succeeded (unexpected)"),
        Err(e) => println!("  inv([[3, 2], [6, 4]]): error: {e}"),
    }
    Ok(())
}

fn decomposition() -> Result {
    println!("\n  linalg.svd of arange(9).reshape((3, 3)) + diag([1, 0, 1])");
    let arr = Array2::from_shape_fn((3, 3), |(i, j)| {
        (3 * i + j) as f64 + if i == j && i != 1 { 1.0 } else { 0.0 }
    });
    let f = svd(&arr)?;
    println!("  spec = {:.8}", f.s);
    let recomposed = f.u.dot(&Array2::from_diag(&f.s)).dot(&f.vh);
    let close = recomposed
        .iter()
        .zip(arr.iter())
        .all(|(a, b)| (a - b).abs() < 1e-12);
    println!("  allclose(uarr . diag(spec) . vharr, arr) = {close}");
    Ok(())
}

/// A rank-5 100 × 80 matrix plus N(0, 0.01²) noise: five singular values stand out, the
/// rest fill the noise band 0.01 (sqrt(100) ± sqrt(80)).
fn plot_singular_values(ctx: &Context) -> Result {
    let mut rng = StdRng::seed_from_u64(53);
    let mut normal = |rows: usize, cols: usize| -> Array2<f64> {
        Array2::from_shape_simple_fn((rows, cols), || StandardNormal.sample(&mut rng))
    };
    let low_rank = normal(100, 5).dot(&normal(5, 80));
    let noisy = &low_rank + &(normal(100, 80) * 0.01);
    let clean = svdvals(&low_rank)?;
    let s = svdvals(&noisy)?;
    // The noise's singular values fill [sigma (sqrt(m) - sqrt(n)), sigma (sqrt(m) + sqrt(n))].
    println!(
        "\n  singular values of a noisy rank-5 matrix: {:.3} ... {:.4} (noise band ~ [{:.3}, {:.3}])",
        s.slice(sci::ndarray::s![..6]),
        s[s.len() - 1],
        0.01 * (10.0 - 80f64.sqrt()),
        0.01 * (10.0 + 80f64.sqrt())
    );
    let points = |v: &sci::ndarray::Array1<f64>| {
        v.iter()
            .enumerate()
            .map(|(k, x)| ((k + 1) as f64, x.max(1e-17).log10()))
            .collect::<Vec<_>>()
    };
    let plot = Plot::new("Singular values of a noisy rank-5 matrix (100 x 80)")
        .x_label("index k")
        .y_label("log10 s_k")
        .line_points("rank 5 + noise 0.01", points(&s))
        .scatter("rank 5, no noise", points(&clean));
    let path = ctx.figure_path("linalg_singular_values.png");
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
