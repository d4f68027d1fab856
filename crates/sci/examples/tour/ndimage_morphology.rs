//! Section `ndimage_morphology`: the lecture notes' 5.10.3 "Mathematical morphology": the
//! structuring element `generate_binary_structure(2, 1)`; the erosion, dilation and opening
//! examples on small 0/1 arrays (and a closing filling a hole, which the notes name without
//! an example); the exercise "check that opening amounts to eroding, then dilating"; the
//! noisy square cleaned by an opening then a closing, with the exercise "check that the
//! area of the reconstructed square is smaller than the area of the initial square"; and
//! `grey_erosion(a, size=(3, 3))` of the 7×7 grey example.

use std::fmt::Display;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, StandardNormal};
use sci::ndarray::{Array2, ArrayView2, Ix2, s};
use sci::ndimage::morphology::{BinaryOptions, GreyStructure};
use sci::ndimage::{
    binary_closing, binary_dilation, binary_erosion, binary_erosion_with, binary_opening,
    binary_opening_with, generate_binary_structure, grey_erosion,
};

use crate::figure::{ImageFigure, ImagePanel};
use crate::ndimage_geometry::grey_panel;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "ndimage_morphology",
    follows: "Lecture notes 5.10.3: erosion, dilation, opening, closing; the noisy square",
    needs_data: false,
    run,
};

/// Prints `a` as numpy's repr shows it: `array([[0, 1, 0],` ... `])`, after the
/// Python line that made it.
fn print_array<T: Display>(code: &str, a: ArrayView2<'_, T>) {
    println!("  >>> {code}");
    let rows: Vec<String> = a
        .rows()
        .into_iter()
        .map(|r| {
            let cells: Vec<String> = r.iter().map(ToString::to_string).collect();
            format!("[{}]", cells.join(", "))
        })
        .collect();
    println!("  array([{}])", rows.join(",\n         "));
}

/// A 0/1 copy of a boolean image (numpy's `.astype(int)`).
fn as_int(a: &Array2<bool>) -> Array2<i64> {
    a.mapv(i64::from)
}

/// The number of true pixels.
fn area(a: &Array2<bool>) -> usize {
    a.iter().filter(|&&v| v).count()
}

/// A 0/1 panel drawn black/white.
fn binary_panel(title: &str, a: &Array2<bool>) -> ImagePanel {
    grey_panel(title, a.view(), |v| f64::from(u8::from(v))).range(0.0, 1.0)
}

/// The notes' binary examples, printed; returns their panels for the figure.
fn binary_examples() -> Result<Vec<ImagePanel>> {
    let el = generate_binary_structure(2, 1)?.into_dimensionality::<Ix2>()?;
    print_array(
        "el = ndimage.generate_binary_structure(2, 1); el.astype(int)",
        as_int(&el).view(),
    );

    // Erosion: a pixel survives when the whole cross around it is inside the object.
    let mut a = Array2::<i64>::zeros((7, 7));
    a.slice_mut(s![1..6, 2..5]).fill(1);
    print_array(
        "a = np.zeros((7, 7), dtype=int); a[1:6, 2:5] = 1; a",
        a.view(),
    );
    let eroded = binary_erosion(&a)?;
    print_array(
        "ndimage.binary_erosion(a).astype(a.dtype)",
        as_int(&eroded).view(),
    );
    let square5 = Array2::from_elem((5, 5), true);
    let by_square = binary_erosion_with(&a, &BinaryOptions::default().structure(&square5))?;
    println!("  >>> # Erosion removes objects smaller than the structure");
    print_array(
        "ndimage.binary_erosion(a, structure=np.ones((5,5))).astype(a.dtype)",
        as_int(&by_square).view(),
    );
    let mut panels = vec![
        grey_panel("erosion: a", a.view(), |v| v as f64),
        binary_panel("binary_erosion(a)", &eroded),
    ];

    // Dilation of a single pixel draws the structuring element.
    let mut d = Array2::<f64>::zeros((5, 5));
    d[[2, 2]] = 1.0;
    print_array(
        "a = np.zeros((5, 5)); a[2, 2] = 1; a",
        d.mapv(|v| v as i64).view(),
    );
    let dilated = binary_dilation(&d)?;
    print_array(
        "ndimage.binary_dilation(a).astype(a.dtype)",
        as_int(&dilated).view(),
    );
    panels.push(grey_panel("dilation: a", d.view(), |v| v));
    panels.push(binary_panel("binary_dilation(a)", &dilated));

    // Opening removes the lone pixel; with the cross it also cuts the square's corners.
    let mut o = Array2::<i64>::zeros((5, 5));
    o.slice_mut(s![1..4, 1..4]).fill(1);
    o[[4, 4]] = 1;
    print_array(
        "a = np.zeros((5, 5), dtype=int); a[1:4, 1:4] = 1; a[4, 4] = 1; a",
        o.view(),
    );
    let square3 = Array2::from_elem((3, 3), true);
    let opened_sq = binary_opening_with(&o, &BinaryOptions::default().structure(&square3))?;
    println!("  >>> # Opening removes small objects");
    print_array(
        "ndimage.binary_opening(a, structure=np.ones((3, 3))).astype(int)",
        as_int(&opened_sq).view(),
    );
    let opened = binary_opening(&o)?;
    println!("  >>> # Opening can also smooth corners");
    print_array(
        "ndimage.binary_opening(a).astype(int)",
        as_int(&opened).view(),
    );
    // The exercise: opening amounts to eroding, then dilating.
    let by_hand = binary_dilation(&binary_erosion(&o)?)?;
    println!(
        "  opening == dilation(erosion(a)): {}",
        if by_hand == opened { "True" } else { "False" }
    );
    panels.push(grey_panel("opening: a", o.view(), |v| v as f64));
    panels.push(binary_panel("opening, 3x3", &opened_sq));
    panels.push(binary_panel("opening, cross", &opened));

    // Closing (no example in the notes): dilating then eroding fills a one-pixel hole.
    let mut c = Array2::<i64>::zeros((7, 7));
    c.slice_mut(s![1..6, 1..6]).fill(1);
    c[[3, 3]] = 0;
    print_array(
        "a = np.zeros((7, 7), dtype=int); a[1:6, 1:6] = 1; a[3, 3] = 0; a",
        c.view(),
    );
    let closed = binary_closing(&c)?;
    print_array(
        "ndimage.binary_closing(a).astype(int)",
        as_int(&closed).view(),
    );
    panels.push(grey_panel("closing: a", c.view(), |v| v as f64));
    panels.push(binary_panel("binary_closing(a)", &closed));
    Ok(panels)
}

/// The noisy square cleaned by opening then closing; prints the areas, writes the figure.
fn noisy_square(ctx: &Context) -> Result {
    // a = np.zeros((50, 50)); a[10:-10, 10:-10] = 1
    let mut a = Array2::<f64>::zeros((50, 50));
    a.slice_mut(s![10..40, 10..40]).fill(1.0);
    let initial = Array2::from_shape_fn((50, 50), |(i, j)| a[[i, j]] == 1.0);
    // a += 0.25 * np.random.standard_normal(a.shape): seeded here, only the look matches.
    let mut rng = StdRng::seed_from_u64(5103);
    a.mapv_inplace(|v| {
        let z: f64 = StandardNormal.sample(&mut rng);
        v + 0.25 * z
    });
    let mask = a.mapv(|v| v >= 0.5);
    let opened = binary_opening(&mask)?;
    let closed = binary_closing(&opened)?;
    // The notes' parenthesis: closing first keeps (and grows) what noise added outside.
    let closed_first = binary_closing(&mask)?;
    let reversed = binary_opening(&closed_first)?;

    println!("\n  the noisy square: a[10:-10, 10:-10] = 1 plus 0.25 N(0, 1) noise (seeded)");
    println!("    initial square                area {}", area(&initial));
    println!("    mask = a >= 0.5               area {}", area(&mask));
    println!("    opened_mask                   area {}", area(&opened));
    println!("    closed_mask (reconstructed)   area {}", area(&closed));
    println!(
        "  reconstructed square smaller than the initial one: {} ({} < {})",
        area(&closed) < area(&initial),
        area(&closed),
        area(&initial)
    );
    println!(
        "  closing before opening instead: area {} ({} the initial square)",
        area(&reversed),
        if area(&reversed) > area(&initial) {
            "larger than"
        } else {
            "not larger than"
        }
    );

    let path = ctx.figure_path("ndimage_morphology_square.png");
    ImageFigure::new("Cleaning a noisy square: opening, then closing")
        .size(1600, 420)
        .panel(grey_panel("noisy a", a.view(), |v| v))
        .panel(binary_panel("mask = a >= 0.5", &mask))
        .panel(binary_panel("binary_opening(mask)", &opened))
        .panel(binary_panel("then binary_closing", &closed))
        .panel(binary_panel("closing then opening", &reversed))
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}

/// The grey erosion example: each pixel becomes the minimum of its 3×3 neighbourhood.
fn grey_example() -> Result<Vec<ImagePanel>> {
    let mut a = Array2::<i64>::zeros((7, 7));
    a.slice_mut(s![1..6, 1..6]).fill(3);
    a[[4, 4]] = 2;
    a[[2, 3]] = 1;
    println!();
    print_array(
        "a = np.zeros((7, 7), dtype=int); a[1:6, 1:6] = 3; a[4, 4] = 2; a[2, 3] = 1; a",
        a.view(),
    );
    let eroded = grey_erosion(&a, &GreyStructure::size([3, 3]))?;
    print_array("ndimage.grey_erosion(a, size=(3, 3))", eroded.view());
    Ok(vec![
        grey_panel("grey: a", a.view(), |v| v as f64).range(0.0, 3.0),
        grey_panel("grey_erosion 3x3", eroded.view(), |v| v as f64).range(0.0, 3.0),
    ])
}

/// Prints the examples and writes the two figures.
fn run(ctx: &Context) -> Result {
    let mut panels = binary_examples()?;
    noisy_square(ctx)?;
    panels.extend(grey_example()?);

    let path = ctx.figure_path("ndimage_morphology_examples.png");
    let figure = panels.into_iter().fold(
        ImageFigure::new("The notes' morphology examples (input, result)"),
        |f, p| f.panel(p),
    );
    figure.size(2400, 320).save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
