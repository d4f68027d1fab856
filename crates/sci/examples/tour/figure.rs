//! The tour's figures: small PNG plots drawn with plotters and an embedded font.
//!
//! Everything renders into an RGB buffer ([`BitMapBackend::with_buffer`]) that the `image`
//! crate encodes as PNG, with DejaVu Sans (the `dejavu` crate) registered as plotters'
//! `"sans-serif"` family: no system fonts, fontconfig or other system libraries are needed.
//!
//! - [`Plot`] draws one or more (x, y) [`Series`] (lines, points or both) on Cartesian axes
//!   with a title, axis labels and a legend, as matplotlib's `plot`/`scatter` do.
//! - [`render_png`] is the building block under it: it sets up the canvas, runs a drawing
//!   closure and writes the PNG. A new plot kind (an image as a heatmap, a histogram) is a
//!   type with its own `save` that calls [`render_png`] with its own drawing code.

use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::element::ComposedElement;
use plotters::prelude::*;
use plotters::style::{FontStyle, register_font};

/// Default figure size in pixels (width, height).
pub const DEFAULT_SIZE: (u32, u32) = (1000, 640);

/// The font family name the embedded font is registered under.
pub const FONT: &str = "sans-serif";

/// The series colours, in order: matplotlib's `tab10` cycle.
pub const PALETTE: [RGBColor; 10] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
    RGBColor(188, 189, 34),
    RGBColor(23, 190, 207),
];

/// The drawing area a [`render_png`] closure draws on.
pub type Canvas<'a> = DrawingArea<BitMapBackend<'a>, Shift>;

/// Why a figure could not be written.
#[derive(Debug)]
pub enum FigureError {
    /// The embedded font could not be registered with plotters.
    Font,
    /// A plot was asked for with no finite point to draw.
    NoData {
        /// The plot's title, to say which figure it was.
        title: String,
    },
    /// plotters failed while drawing.
    Draw(String),
    /// The output directory could not be created.
    Io(std::io::Error),
    /// The PNG could not be encoded or written.
    Encode(image::ImageError),
}

impl fmt::Display for FigureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Font => write!(f, "the embedded DejaVu font could not be registered"),
            Self::NoData { title } => write!(f, "figure {title:?} has no finite point to draw"),
            Self::Draw(msg) => write!(f, "drawing failed: {msg}"),
            Self::Io(err) => write!(f, "cannot create the figure directory: {err}"),
            Self::Encode(err) => write!(f, "cannot write the PNG: {err}"),
        }
    }
}

impl std::error::Error for FigureError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io(err) => Some(err),
            Self::Encode(err) => Some(err),
            Self::Font | Self::NoData { .. } | Self::Draw(_) => None,
        }
    }
}

/// Turns any plotters error into a [`FigureError::Draw`].
fn draw_err(err: impl fmt::Display) -> FigureError {
    FigureError::Draw(err.to_string())
}

/// Registers DejaVu Sans (regular and bold) as [`FONT`], once per process.
///
/// # Errors
///
/// [`FigureError::Font`] if plotters rejects the embedded font files.
pub fn register_fonts() -> Result<(), FigureError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| {
        register_font(FONT, FontStyle::Normal, dejavu::sans::regular()).is_ok()
            && register_font(FONT, FontStyle::Bold, dejavu::sans::bold()).is_ok()
    });
    if ok { Ok(()) } else { Err(FigureError::Font) }
}

/// Draws a `width` x `height` figure with `draw` on a white canvas and writes it to `path`
/// as PNG, creating the parent directory if needed.
///
/// # Errors
///
/// [`FigureError::Font`] if the font cannot be registered, whatever `draw` returns,
/// [`FigureError::Draw`] if plotters fails, [`FigureError::Io`] or [`FigureError::Encode`]
/// if the file cannot be written.
pub fn render_png(
    path: &Path,
    (width, height): (u32, u32),
    draw: impl FnOnce(&Canvas<'_>) -> Result<(), FigureError>,
) -> Result<(), FigureError> {
    register_fonts()?;
    let mut buffer = vec![0u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut buffer, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(draw_err)?;
        draw(&root)?;
        root.present().map_err(draw_err)?;
    }
    let img = image::RgbImage::from_raw(width, height, buffer)
        .ok_or_else(|| FigureError::Draw("pixel buffer has the wrong size".into()))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(FigureError::Io)?;
    }
    img.save_with_format(path, image::ImageFormat::Png)
        .map_err(FigureError::Encode)
}

/// How a [`Series`] marks its points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A polyline through the points, in order.
    Line,
    /// A filled circle at each point.
    Points,
    /// Both a polyline and a circle at each point.
    LinePoints,
}

/// One labelled set of (x, y) points of a [`Plot`].
#[derive(Debug, Clone)]
pub struct Series {
    /// The legend entry; an empty label leaves the series out of the legend.
    pub label: String,
    /// The points, drawn in order; non-finite points are skipped.
    pub points: Vec<(f64, f64)>,
    /// Line, points or both.
    pub mark: Mark,
    /// The colour; `None` takes the next [`PALETTE`] colour.
    pub color: Option<RGBColor>,
}

impl Series {
    /// A series drawn with `mark`, in the next palette colour.
    pub fn new(
        label: impl Into<String>,
        points: impl IntoIterator<Item = (f64, f64)>,
        mark: Mark,
    ) -> Self {
        Self {
            label: label.into(),
            points: points.into_iter().collect(),
            mark,
            color: None,
        }
    }

    /// Sets the colour instead of the palette's.
    pub fn color(mut self, color: RGBColor) -> Self {
        self.color = Some(color);
        self
    }
}

/// A line/scatter plot of one or more [`Series`] with title, axis labels and legend.
///
/// Axis ranges fit the data with a 5 % margin unless set with [`Plot::x_range`] and
/// [`Plot::y_range`].
#[derive(Debug, Clone)]
pub struct Plot {
    title: String,
    x_label: String,
    y_label: String,
    size: (u32, u32),
    x_range: Option<(f64, f64)>,
    y_range: Option<(f64, f64)>,
    x_ticks: usize,
    y_ticks: usize,
    legend: SeriesLabelPosition,
    series: Vec<Series>,
}

impl Plot {
    /// An empty plot titled `title`, of [`DEFAULT_SIZE`], legend in the upper right.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            x_label: String::new(),
            y_label: String::new(),
            size: DEFAULT_SIZE,
            x_range: None,
            y_range: None,
            x_ticks: 10,
            y_ticks: 10,
            legend: SeriesLabelPosition::UpperRight,
            series: Vec::new(),
        }
    }

    /// Sets the x-axis label.
    pub fn x_label(mut self, label: impl Into<String>) -> Self {
        self.x_label = label.into();
        self
    }

    /// Sets the y-axis label.
    pub fn y_label(mut self, label: impl Into<String>) -> Self {
        self.y_label = label.into();
        self
    }

    /// Sets the size in pixels.
    pub fn size(mut self, width: u32, height: u32) -> Self {
        self.size = (width, height);
        self
    }

    /// Fixes the x-axis range instead of fitting it to the data.
    pub fn x_range(mut self, lo: f64, hi: f64) -> Self {
        self.x_range = Some((lo, hi));
        self
    }

    /// Fixes the y-axis range instead of fitting it to the data.
    pub fn y_range(mut self, lo: f64, hi: f64) -> Self {
        self.y_range = Some((lo, hi));
        self
    }

    /// Sets the largest number of labelled ticks on each axis (10 by default); plotters
    /// puts them at round values.
    pub fn ticks(mut self, x: usize, y: usize) -> Self {
        self.x_ticks = x;
        self.y_ticks = y;
        self
    }

    /// Moves the legend (plotters' positions: `UpperLeft`, `LowerRight`, ...).
    pub fn legend(mut self, position: SeriesLabelPosition) -> Self {
        self.legend = position;
        self
    }

    /// Adds a series.
    pub fn series(mut self, series: Series) -> Self {
        self.series.push(series);
        self
    }

    /// Adds a line through `points`.
    pub fn line(
        self,
        label: impl Into<String>,
        points: impl IntoIterator<Item = (f64, f64)>,
    ) -> Self {
        self.series(Series::new(label, points, Mark::Line))
    }

    /// Adds a circle at each of `points`.
    pub fn scatter(
        self,
        label: impl Into<String>,
        points: impl IntoIterator<Item = (f64, f64)>,
    ) -> Self {
        self.series(Series::new(label, points, Mark::Points))
    }

    /// Adds a line through `points` with a circle at each.
    pub fn line_points(
        self,
        label: impl Into<String>,
        points: impl IntoIterator<Item = (f64, f64)>,
    ) -> Self {
        self.series(Series::new(label, points, Mark::LinePoints))
    }

    /// Writes the plot to `path` as PNG.
    ///
    /// # Errors
    ///
    /// [`FigureError::NoData`] if no series has a finite point and a range is not fixed,
    /// and the errors of [`render_png`].
    pub fn save(&self, path: &Path) -> Result<(), FigureError> {
        let finite = || {
            self.series
                .iter()
                .flat_map(|s| s.points.iter().copied())
                .filter(|(x, y)| x.is_finite() && y.is_finite())
        };
        let no_data = || FigureError::NoData {
            title: self.title.clone(),
        };
        let x_range = match self.x_range {
            Some(r) => r,
            None => padded_range(finite().map(|p| p.0)).ok_or_else(no_data)?,
        };
        let y_range = match self.y_range {
            Some(r) => r,
            None => padded_range(finite().map(|p| p.1)).ok_or_else(no_data)?,
        };
        render_png(path, self.size, |root| self.draw(root, x_range, y_range))
    }

    /// Draws the axes, series and legend on `root`.
    fn draw(
        &self,
        root: &Canvas<'_>,
        (x_lo, x_hi): (f64, f64),
        (y_lo, y_hi): (f64, f64),
    ) -> Result<(), FigureError> {
        let mut chart = ChartBuilder::on(root)
            .caption(&self.title, (FONT, 28).into_font().style(FontStyle::Bold))
            .margin(20)
            .x_label_area_size(60)
            .y_label_area_size(80)
            .build_cartesian_2d(x_lo..x_hi, y_lo..y_hi)
            .map_err(draw_err)?;
        chart
            .configure_mesh()
            .x_desc(self.x_label.as_str())
            .y_desc(self.y_label.as_str())
            .x_labels(self.x_ticks)
            .y_labels(self.y_ticks)
            .x_label_formatter(&|v| tick_label(*v))
            .y_label_formatter(&|v| tick_label(*v))
            .axis_desc_style((FONT, 20))
            .label_style((FONT, 16))
            .light_line_style(WHITE.mix(0.0))
            .bold_line_style(BLACK.mix(0.12))
            .draw()
            .map_err(draw_err)?;

        let mut palette = PALETTE.iter().cycle();
        for series in &self.series {
            let color = match series.color {
                Some(c) => c,
                None => *palette.next().unwrap_or(&BLACK),
            };
            let points: Vec<(f64, f64)> = series
                .points
                .iter()
                .copied()
                .filter(|(x, y)| x.is_finite() && y.is_finite())
                .collect();
            let line_style = color.stroke_width(2);
            let dot_style = color.filled();
            let drawn = match series.mark {
                Mark::Line => chart.draw_series(LineSeries::new(points, line_style)),
                Mark::Points => chart.draw_series(points.into_iter().map(|p| marker(p, dot_style))),
                Mark::LinePoints => {
                    chart
                        .draw_series(LineSeries::new(points.iter().copied(), line_style))
                        .map_err(draw_err)?;
                    chart.draw_series(points.into_iter().map(|p| marker(p, dot_style)))
                }
            }
            .map_err(draw_err)?;
            if !series.label.is_empty() {
                // The legend's picture: a line segment, a dot, or both; the part a mark does
                // not have is drawn transparent, so every mark gives one element type.
                let hidden = ShapeStyle::from(&TRANSPARENT);
                let line = match series.mark {
                    Mark::Points => hidden,
                    Mark::Line | Mark::LinePoints => line_style,
                };
                let dot = match series.mark {
                    Mark::Line => hidden,
                    Mark::Points | Mark::LinePoints => dot_style,
                };
                drawn.label(series.label.as_str()).legend(move |(x, y)| {
                    EmptyElement::at((x, y))
                        + PathElement::new(vec![(0, 0), (24, 0)], line)
                        + marker((12, 0), dot)
                });
            }
        }
        if self.series.iter().any(|s| !s.label.is_empty()) {
            chart
                .configure_series_labels()
                .position(self.legend.clone())
                .label_font((FONT, 18))
                .background_style(WHITE.mix(0.85))
                .border_style(BLACK.mix(0.4))
                .margin(12)
                .draw()
                .map_err(draw_err)?;
        }
        Ok(())
    }
}

/// A pixel-sized disc, for point markers.
type Dot = Circle<(i32, i32), i32>;

/// A point marker at a coordinate of type `C`: two concentric [`Dot`]s.
type Marker<C, DB> = ComposedElement<C, DB, Dot, Dot>;

/// The radius of a point marker, in pixels.
const MARKER_RADIUS: i32 = 4;

/// A filled disc at `at`. plotters' filled circles of a few pixels leave a hole next to the
/// centre, so a smaller disc is drawn over it.
fn marker<C, DB: DrawingBackend>(at: C, style: ShapeStyle) -> Marker<C, DB> {
    EmptyElement::at(at)
        + Circle::new((0, 0), MARKER_RADIUS, style)
        + Circle::new((0, 0), MARKER_RADIUS / 2, style)
}

/// A tick value without trailing zeros: `2` rather than `2.0`, `0.25`, `1e-7`.
fn tick_label(v: f64) -> String {
    if v != 0.0 && !(1e-4..1e6).contains(&v.abs()) {
        return format!("{v:e}");
    }
    let fixed = format!("{v:.6}");
    let trimmed = fixed.trim_end_matches('0').trim_end_matches('.');
    match trimmed {
        "-0" => "0".to_owned(),
        t => t.to_owned(),
    }
}

/// The range of the finite `values` widened by 5 % on each side (by 1 if they are all equal);
/// `None` if there is no value.
fn padded_range(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let (lo, hi) = values.fold(None, |acc: Option<(f64, f64)>, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })?;
    let pad = if hi > lo { 0.05 * (hi - lo) } else { 1.0 };
    Some((lo - pad, hi + pad))
}

/// The pixels of one [`ImageFigure`] panel: grey levels or RGB, as rows of `width` values.
#[derive(Debug, Clone)]
pub enum Pixels {
    /// One value per pixel, drawn on a grey scale.
    Grey(Vec<f64>),
    /// Three values (red, green, blue) per pixel.
    Rgb(Vec<[f64; 3]>),
}

/// One image of an [`ImageFigure`], with its title and the value range mapped to black..white
/// (values outside are clipped), as matplotlib's `imshow(..., vmin, vmax)`.
#[derive(Debug, Clone)]
pub struct ImagePanel {
    /// The panel's caption.
    pub title: String,
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// The pixels, row by row from the top.
    pub pixels: Pixels,
    /// The values drawn black and white.
    pub range: (f64, f64),
}

impl ImagePanel {
    /// A grey-scale panel of `values` (row-major, `width` per row), spanning their range.
    pub fn grey(title: impl Into<String>, width: usize, height: usize, values: Vec<f64>) -> Self {
        let range = finite_range(values.iter().copied()).unwrap_or((0.0, 1.0));
        Self {
            title: title.into(),
            width,
            height,
            pixels: Pixels::Grey(values),
            range,
        }
    }

    /// An RGB panel (row-major, `width` per row); values are drawn on `0..1`.
    pub fn rgb(
        title: impl Into<String>,
        width: usize,
        height: usize,
        values: Vec<[f64; 3]>,
    ) -> Self {
        Self {
            title: title.into(),
            width,
            height,
            pixels: Pixels::Rgb(values),
            range: (0.0, 1.0),
        }
    }

    /// Sets the value range drawn black..white.
    pub fn range(mut self, lo: f64, hi: f64) -> Self {
        self.range = (lo, hi);
        self
    }

    /// The colour of pixel (`x`, `y`).
    fn color(&self, x: usize, y: usize) -> RGBColor {
        let (lo, hi) = self.range;
        let scale = |v: f64| {
            let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
            let t = if t.is_finite() {
                t.clamp(0.0, 1.0)
            } else {
                0.0
            };
            (t * 255.0).round() as u8
        };
        let k = y * self.width + x;
        match &self.pixels {
            Pixels::Grey(v) => {
                let g = scale(v[k]);
                RGBColor(g, g, g)
            }
            Pixels::Rgb(v) => RGBColor(scale(v[k][0]), scale(v[k][1]), scale(v[k][2])),
        }
    }
}

/// Images side by side, each with a caption, under a title (matplotlib's `subplot` +
/// `imshow`). Each image is scaled to its panel keeping its aspect ratio (nearest pixel).
#[derive(Debug, Clone)]
pub struct ImageFigure {
    title: String,
    size: (u32, u32),
    panels: Vec<ImagePanel>,
}

impl ImageFigure {
    /// An empty figure titled `title`, of [`DEFAULT_SIZE`].
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            size: DEFAULT_SIZE,
            panels: Vec::new(),
        }
    }

    /// Sets the size in pixels.
    pub fn size(mut self, width: u32, height: u32) -> Self {
        self.size = (width, height);
        self
    }

    /// Adds a panel to the right of the others.
    pub fn panel(mut self, panel: ImagePanel) -> Self {
        self.panels.push(panel);
        self
    }

    /// Writes the figure to `path` as PNG.
    ///
    /// # Errors
    ///
    /// [`FigureError::NoData`] without a panel or with an empty image, and the errors of
    /// [`render_png`].
    pub fn save(&self, path: &Path) -> Result<(), FigureError> {
        let bad = self.panels.is_empty()
            || self.panels.iter().any(|p| {
                p.width == 0
                    || p.height == 0
                    || match &p.pixels {
                        Pixels::Grey(v) => v.len() != p.width * p.height,
                        Pixels::Rgb(v) => v.len() != p.width * p.height,
                    }
            });
        if bad {
            return Err(FigureError::NoData {
                title: self.title.clone(),
            });
        }
        render_png(path, self.size, |root| {
            let root = root
                .titled(&self.title, (FONT, 28).into_font().style(FontStyle::Bold))
                .map_err(draw_err)?;
            let areas = root.split_evenly((1, self.panels.len()));
            for (area, panel) in areas.iter().zip(&self.panels) {
                let area = area
                    .titled(&panel.title, (FONT, 20))
                    .map_err(draw_err)?
                    .margin(4, 4, 8, 8);
                let (aw, ah) = area.dim_in_pixel();
                let scale =
                    (f64::from(aw) / panel.width as f64).min(f64::from(ah) / panel.height as f64);
                let (w, h) = (
                    (panel.width as f64 * scale).floor() as u32,
                    (panel.height as f64 * scale).floor() as u32,
                );
                let (x0, y0) = ((aw - w) / 2, (ah - h) / 2);
                for py in 0..h {
                    let sy = ((f64::from(py) + 0.5) / scale) as usize;
                    for px in 0..w {
                        let sx = ((f64::from(px) + 0.5) / scale) as usize;
                        let c = panel.color(sx.min(panel.width - 1), sy.min(panel.height - 1));
                        area.draw_pixel(((x0 + px).cast_signed(), (y0 + py).cast_signed()), &c)
                            .map_err(draw_err)?;
                    }
                }
            }
            Ok(())
        })
    }
}

/// The smallest and largest finite value, if any.
fn finite_range(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .filter(|v| v.is_finite())
        .fold(None, |acc: Option<(f64, f64)>, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}
