//! Section `optimize_camelback`: the lecture notes' 2-D minimization exercise (5.5), the
//! six-hump camelback `(4 - 2.1x² + x⁴/3)x² + xy + (4y² - 4)y²` on `-2 < x < 2`,
//! `-1 < y < 1`: its map, the minima BFGS finds from a grid of starts (the two global ones
//! at ±(0.0898, -0.7127), f ≈ -1.0316), and what happens from (0, 0).

use sci::optimize::{FminBfgsOptions, fmin_bfgs_with};

use crate::figure::{ImageFigure, ImagePanel};
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "optimize_camelback",
    follows: "Lecture notes 5.5 exercise: 2-D minimization of the six-hump camelback",
    needs_data: false,
    run,
};

fn camelback(p: &[f64]) -> f64 {
    let (x, y) = (p[0], p[1]);
    (4.0 - 2.1 * x * x + x.powi(4) / 3.0) * x * x + x * y + (4.0 * y * y - 4.0) * y * y
}

/// Whether (x, y) is a local minimum rather than a saddle point BFGS stopped on: f rises in
/// every direction around it.
fn is_minimum(x: f64, y: f64, f: f64) -> bool {
    (0..16).all(|k| {
        let a = f64::from(k) * std::f64::consts::PI / 8.0;
        camelback(&[x + 1e-3 * a.cos(), y + 1e-3 * a.sin()]) > f
    })
}

fn run(ctx: &Context) -> Result {
    println!(
        "\n  six-hump camelback: local minima found by BFGS from a 5 x 5 grid of starts (saddle points left out)"
    );
    let mut minima: Vec<(f64, f64, f64)> = Vec::new();
    for i in 0..5 {
        for j in 0..5 {
            let start = [-1.6 + 0.8 * f64::from(i), -0.8 + 0.4 * f64::from(j)];
            let r = fmin_bfgs_with(camelback, &start, FminBfgsOptions::default())?;
            let (x, y, f) = (r.xopt[0], r.xopt[1], r.fopt);
            let new = !minima.iter().any(|m| (m.0 - x).hypot(m.1 - y) < 1e-3);
            if x.abs() < 2.0 && y.abs() < 1.0 && new && is_minimum(x, y, f) {
                minima.push((x, y, f));
            }
        }
    }
    minima.sort_by(|a, b| a.2.total_cmp(&b.2));
    for (x, y, f) in &minima {
        println!("  ({x:8.4}, {y:8.4})  f = {f:.4}");
    }
    let global: Vec<_> = minima.iter().filter(|m| m.2 < minima[0].2 + 1e-6).collect();
    println!("  {} global minima, f = {:.4}", global.len(), minima[0].2);
    let from_origin = fmin_bfgs_with(camelback, &[0.0, 0.0], FminBfgsOptions::default())?;
    println!(
        "  from (0, 0): x = ({:.4}, {:.4}), f = {:.4}, gradient {:.1e}: the start is a saddle point, so BFGS stays there",
        from_origin.xopt[0],
        from_origin.xopt[1],
        from_origin.fopt,
        from_origin.gopt.iter().fold(0.0f64, |m, g| m.max(g.abs()))
    );

    // The map on the hinted box, clipped at f = 3 as the notes' imshow shows it.
    let (w, h) = (400, 200);
    let values: Vec<f64> = (0..h)
        .flat_map(|r| {
            (0..w).map(move |c| {
                let x = -2.0 + 4.0 * c as f64 / (w - 1) as f64;
                let y = 1.0 - 2.0 * r as f64 / (h - 1) as f64;
                camelback(&[x, y]).min(3.0)
            })
        })
        .collect();
    let mut marked = values.clone();
    for (x, y, _) in &global {
        let c = ((x + 2.0) / 4.0 * (w - 1) as f64).round() as usize;
        let r = ((1.0 - y) / 2.0 * (h - 1) as f64).round() as usize;
        for dr in 0..5 {
            for dc in 0..5 {
                let (rr, cc) = (
                    (r + dr).saturating_sub(2).min(h - 1),
                    (c + dc).saturating_sub(2).min(w - 1),
                );
                marked[rr * w + cc] = 3.0;
            }
        }
    }
    let figure =
        ImageFigure::new("Six-hump camelback on [-2, 2] x [-1, 1] (white squares: global minima)")
            .size(900, 520)
            .panel(ImagePanel::grey("f(x, y), clipped at 3", w, h, marked));
    let path = ctx.figure_path("optimize_camelback.png");
    figure.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
