//! Accuracy measurement of special functions and distributions against high-precision
//! references, in units in the last place (ULPs).
//!
//! A golden script stores, per function, a table with one row per point: the argument columns,
//! then the reference value computed by mpmath at 50 significant digits (`mpmath`, or
//! `mpmath_re` / `mpmath_im` for complex results), then SciPy's value at the same point
//! (`scipy`, or `scipy_re` / `scipy_im`). [`AccuracyTable`] reads it from a fixture case;
//! [`AccuracyReport::real`] / [`AccuracyReport::complex`] evaluate sci at every point and
//! summarise the errors of sci and of SciPy against the reference; [`AccuracyReport::write`]
//! saves the summary for `cargo xtask accuracy`, which turns the saved summaries into
//! `docs/accuracy.md`.
//!
//! The error of a real value is its [`ulp_distance`] to the reference rounded to `f64`. The
//! error of a complex value is norm-wise: `|value - reference| / (eps * |reference|)`, in units
//! of machine epsilon. A NaN where the reference is a number (or the reverse) counts as an
//! infinite error.

use std::path::{Path, PathBuf};

use ndarray::{Array2, ArrayView1, Axis};
use num_complex::Complex64;
use serde_json::json;

use super::{Case, Fixture, ulp_distance};

/// One function's accuracy table, read from a fixture case.
#[derive(Debug, Clone)]
pub struct AccuracyTable {
    /// The function's name (the case name), e.g. `"gamma"`.
    pub function: String,
    /// The SciPy call, e.g. `"scipy.special.gamma(x)"`.
    pub call: String,
    /// The domain the points cover, in words.
    pub domain: String,
    /// The column names: arguments, then the reference and SciPy columns.
    pub columns: Vec<String>,
    /// One row per point.
    pub rows: Array2<f64>,
}

impl AccuracyTable {
    /// Reads the table of a fixture case (`args`: `columns`, `table`, `domain`).
    ///
    /// # Panics
    ///
    /// When the case is not an accuracy table or its columns do not match its array.
    #[track_caller]
    pub fn from_case(case: &Case) -> AccuracyTable {
        let columns: Vec<String> = case
            .args
            .str_list("columns")
            .into_iter()
            .map(str::to_string)
            .collect();
        let rows = case
            .args
            .array::<f64>("table")
            .into_dimensionality::<ndarray::Ix2>()
            .unwrap_or_else(|e| panic!("{}: the table must be 2-D: {e}", case.name));
        assert_eq!(
            rows.ncols(),
            columns.len(),
            "{}: {} columns named, {} in the table",
            case.name,
            columns.len(),
            rows.ncols()
        );
        AccuracyTable {
            function: case.name.clone(),
            call: case.call.clone(),
            domain: case.args.str("domain").to_string(),
            columns,
            rows,
        }
    }

    /// The column named `name`.
    ///
    /// # Panics
    ///
    /// When there is none.
    #[track_caller]
    pub fn column(&self, name: &str) -> ArrayView1<'_, f64> {
        let k = self
            .columns
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| {
                panic!(
                    "{}: no column `{name}` in {:?}",
                    self.function, self.columns
                )
            });
        self.rows.column(k)
    }

    /// The number of argument columns (those before the first `mpmath` column).
    pub fn arity(&self) -> usize {
        self.columns
            .iter()
            .position(|c| c.starts_with("mpmath"))
            .unwrap_or(self.columns.len())
    }
}

/// Error statistics of one implementation over a table's points.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorStats {
    /// The largest error, in ULPs.
    pub max: f64,
    /// The median error, in ULPs.
    pub median: f64,
    /// The arguments where the largest error occurs.
    pub worst_args: Vec<f64>,
}

/// How accurate sci and SciPy are on one function's points.
#[derive(Debug, Clone, PartialEq)]
pub struct AccuracyReport {
    /// The function's name.
    pub function: String,
    /// The domain the points cover.
    pub domain: String,
    /// The number of points.
    pub points: usize,
    /// sci's errors.
    pub sci: ErrorStats,
    /// SciPy's errors on the same points.
    pub scipy: ErrorStats,
}

fn real_error(value: f64, reference: f64) -> f64 {
    match ulp_distance(value, reference) {
        u64::MAX => f64::INFINITY,
        d => d as f64,
    }
}

fn complex_error(value: Complex64, reference: Complex64) -> f64 {
    let nan_v = value.re.is_nan() || value.im.is_nan();
    let nan_r = reference.re.is_nan() || reference.im.is_nan();
    if nan_v || nan_r {
        return if nan_v && nan_r { 0.0 } else { f64::INFINITY };
    }
    if value == reference {
        return 0.0;
    }
    let scale = reference.norm();
    if scale == 0.0 || !scale.is_finite() {
        // No relative scale: compare the parts as reals.
        return real_error(value.re, reference.re).max(real_error(value.im, reference.im));
    }
    (value - reference).norm() / (f64::EPSILON * scale)
}

fn stats(errors: &[f64], args: impl Fn(usize) -> Vec<f64>) -> ErrorStats {
    if errors.is_empty() {
        return ErrorStats {
            max: 0.0,
            median: 0.0,
            worst_args: Vec::new(),
        };
    }
    let (worst, max) =
        errors
            .iter()
            .copied()
            .enumerate()
            .fold((0, f64::NEG_INFINITY), |(wi, wm), (i, e)| {
                if e > wm { (i, e) } else { (wi, wm) }
            });
    let mut sorted = errors.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        0.5 * (sorted[n / 2 - 1] + sorted[n / 2])
    };
    ErrorStats {
        max,
        median,
        worst_args: args(worst),
    }
}

impl AccuracyReport {
    /// Evaluates a real-valued sci function at every point of `table` (it receives the
    /// argument columns of a row) and measures sci and SciPy against the reference column
    /// `mpmath`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::array;
    /// use sci_core::testing::{AccuracyReport, AccuracyTable};
    ///
    /// let table = AccuracyTable {
    ///     function: "exp".into(), call: "numpy.exp(x)".into(), domain: "x in [0, 1]".into(),
    ///     columns: vec!["x".into(), "mpmath".into(), "scipy".into()],
    ///     rows: array![[0.0, 1.0, 1.0], [1.0, std::f64::consts::E, std::f64::consts::E]],
    /// };
    /// let report = AccuracyReport::real(&table, |args| args[0].exp());
    /// assert!(report.sci.max <= 1.0);
    /// ```
    pub fn real(table: &AccuracyTable, f: impl Fn(&[f64]) -> f64) -> AccuracyReport {
        let arity = table.arity();
        let reference = table.column("mpmath");
        let scipy = table.column("scipy");
        let mut sci_errors = Vec::with_capacity(table.rows.nrows());
        let mut scipy_errors = Vec::with_capacity(table.rows.nrows());
        for (k, row) in table.rows.axis_iter(Axis(0)).enumerate() {
            let args: Vec<f64> = row.iter().take(arity).copied().collect();
            sci_errors.push(real_error(f(&args), reference[k]));
            scipy_errors.push(real_error(scipy[k], reference[k]));
        }
        table.report(&sci_errors, &scipy_errors)
    }

    /// As [`AccuracyReport::real`], for a complex-valued function (reference columns
    /// `mpmath_re`, `mpmath_im`; SciPy's `scipy_re`, `scipy_im`).
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::array;
    /// use sci_core::Complex64;
    /// use sci_core::testing::{AccuracyReport, AccuracyTable};
    ///
    /// let table = AccuracyTable {
    ///     function: "cis".into(), call: "numpy.exp(1j*x)".into(), domain: "x = 0".into(),
    ///     columns: ["x", "mpmath_re", "mpmath_im", "scipy_re", "scipy_im"].map(String::from).to_vec(),
    ///     rows: array![[0.0, 1.0, 0.0, 1.0, 0.0]],
    /// };
    /// let report = AccuracyReport::complex(&table, |a| Complex64::new(0.0, a[0]).exp());
    /// assert_eq!(report.sci.max, 0.0);
    /// ```
    pub fn complex(table: &AccuracyTable, f: impl Fn(&[f64]) -> Complex64) -> AccuracyReport {
        let arity = table.arity();
        let (ref_re, ref_im) = (table.column("mpmath_re"), table.column("mpmath_im"));
        let (sp_re, sp_im) = (table.column("scipy_re"), table.column("scipy_im"));
        let mut sci_errors = Vec::with_capacity(table.rows.nrows());
        let mut scipy_errors = Vec::with_capacity(table.rows.nrows());
        for (k, row) in table.rows.axis_iter(Axis(0)).enumerate() {
            let args: Vec<f64> = row.iter().take(arity).copied().collect();
            let reference = Complex64::new(ref_re[k], ref_im[k]);
            sci_errors.push(complex_error(f(&args), reference));
            scipy_errors.push(complex_error(Complex64::new(sp_re[k], sp_im[k]), reference));
        }
        table.report(&sci_errors, &scipy_errors)
    }

    /// Asserts that sci's largest error is at most `max_ulps` (the bound the function's docs
    /// state), naming the worst point.
    ///
    /// # Panics
    ///
    /// When the bound is exceeded.
    #[track_caller]
    pub fn assert_max_ulps(&self, max_ulps: f64) {
        assert!(
            self.sci.max <= max_ulps,
            "{}: max error {:.3e} ULP at {:?} exceeds the stated bound {max_ulps} ULP (SciPy: {:.3e} ULP)",
            self.function,
            self.sci.max,
            self.sci.worst_args,
            self.scipy.max,
        );
    }

    /// What every accuracy test does with its report: saves it for `cargo xtask accuracy`
    /// ([`AccuracyReport::write`]), prints a one-line summary beside SciPy's error, and
    /// asserts the stated bound ([`AccuracyReport::assert_max_ulps`]).
    ///
    /// # Panics
    ///
    /// When the bound is exceeded or the report cannot be written.
    #[track_caller]
    pub fn finish(&self, manifest_dir: &str, max_ulps: f64) {
        self.write(manifest_dir);
        println!(
            "{}: sci max {} median {} at {:?}; scipy max {} median {} at {:?}",
            self.function,
            self.sci.max,
            self.sci.median,
            self.sci.worst_args,
            self.scipy.max,
            self.scipy.median,
            self.scipy.worst_args
        );
        self.assert_max_ulps(max_ulps);
    }

    /// Saves the report as JSON under `<workspace>/target/accuracy/<crate>/<function>.json`
    /// (`manifest_dir` is the calling crate's `CARGO_MANIFEST_DIR`), where `cargo xtask
    /// accuracy` collects it. Returns the path written.
    ///
    /// # Panics
    ///
    /// When the file cannot be written.
    #[track_caller]
    pub fn write(&self, manifest_dir: &str) -> PathBuf {
        let manifest = Path::new(manifest_dir);
        let krate = manifest
            .file_name()
            .map_or_else(|| "unknown".into(), |n| n.to_string_lossy().into_owned());
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| manifest.join("..").join("..").join("target"));
        let dir = target.join("accuracy").join(krate);
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        let stats = |s: &ErrorStats| json!({"max_ulp": finite_or_string(s.max), "median_ulp": finite_or_string(s.median), "worst_args": s.worst_args.iter().map(|&a| finite_or_string(a)).collect::<Vec<_>>()});
        let doc = json!({
            "function": self.function,
            "domain": self.domain,
            "points": self.points,
            "sci": stats(&self.sci),
            "scipy": stats(&self.scipy),
        });
        let path = dir.join(format!("{}.json", self.function));
        std::fs::write(&path, format!("{doc:#}\n"))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        path
    }
}

/// JSON has no NaN or infinity: those are written as strings, as in the fixtures.
fn finite_or_string(x: f64) -> serde_json::Value {
    if x.is_finite() {
        json!(x)
    } else if x.is_nan() {
        json!("nan")
    } else if x > 0.0 {
        json!("inf")
    } else {
        json!("-inf")
    }
}

impl AccuracyTable {
    fn report(&self, sci_errors: &[f64], scipy_errors: &[f64]) -> AccuracyReport {
        let arity = self.arity();
        let args = |k: usize| self.rows.row(k).iter().take(arity).copied().collect();
        AccuracyReport {
            function: self.function.clone(),
            domain: self.domain.clone(),
            points: self.rows.nrows(),
            sci: stats(sci_errors, args),
            scipy: stats(scipy_errors, args),
        }
    }
}

/// The whole of a typical accuracy test: loads `tests/data/{topic}.json` of the crate at
/// `manifest_dir` (its `CARGO_MANIFEST_DIR`), measures the real function `f` on the accuracy
/// table `name` and finishes the report with `bound` ([`AccuracyReport::finish`]).
///
/// # Panics
///
/// When the fixture or the table is missing, or the bound is exceeded.
///
/// # Examples
///
/// ```no_run
/// use sci_core::testing::check_accuracy;
/// check_accuracy(env!("CARGO_MANIFEST_DIR"), "gamma", "gamma", 3.0, |a| a[0]);
/// ```
#[track_caller]
pub fn check_accuracy(
    manifest_dir: &str,
    topic: &str,
    name: &str,
    bound: f64,
    f: impl Fn(&[f64]) -> f64,
) {
    let fixture = Fixture::load(format!("{manifest_dir}/tests/data/{topic}.json"));
    let table = AccuracyTable::from_case(fixture.case(name));
    AccuracyReport::real(&table, f).finish(manifest_dir, bound);
}

/// [`check_accuracy`] for a function with a complex result.
///
/// # Panics
///
/// As [`check_accuracy`].
///
/// # Examples
///
/// ```no_run
/// use sci_core::Complex64;
/// use sci_core::testing::check_accuracy_complex;
/// check_accuracy_complex(env!("CARGO_MANIFEST_DIR"), "lambertw", "lambertw_complex", 2.0, |a| Complex64::new(a[0], a[1]));
/// ```
#[track_caller]
pub fn check_accuracy_complex(
    manifest_dir: &str,
    topic: &str,
    name: &str,
    bound: f64,
    f: impl Fn(&[f64]) -> Complex64,
) {
    let fixture = Fixture::load(format!("{manifest_dir}/tests/data/{topic}.json"));
    let table = AccuracyTable::from_case(fixture.case(name));
    AccuracyReport::complex(&table, f).finish(manifest_dir, bound);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    fn table(rows: Array2<f64>) -> AccuracyTable {
        AccuracyTable {
            function: "f".into(),
            call: "f(x)".into(),
            domain: "x".into(),
            columns: vec!["x".into(), "mpmath".into(), "scipy".into()],
            rows,
        }
    }

    #[test]
    fn real_errors_are_ulp_distances_with_max_median_and_worst_point() {
        let one_up = 1.0f64.next_up();
        let t = table(array![[1.0, 1.0, one_up], [2.0, 1.0, 1.0], [3.0, 1.0, 1.0]]);
        // sci is 0, 1 and 3 ULPs off at x = 1, 2, 3.
        let report = AccuracyReport::real(&t, |a| match a[0] as i32 {
            1 => 1.0,
            2 => one_up,
            _ => one_up.next_up().next_up(),
        });
        assert_eq!(
            (
                report.sci.max,
                report.sci.median,
                report.sci.worst_args.clone()
            ),
            (3.0, 1.0, vec![3.0])
        );
        assert_eq!((report.scipy.max, report.scipy.median), (1.0, 0.0));
        assert_eq!(report.points, 3);
        report.assert_max_ulps(3.0);
    }

    #[test]
    #[should_panic(expected = "exceeds the stated bound")]
    fn bounds_are_enforced() {
        let t = table(array![[1.0, 1.0, 1.0]]);
        AccuracyReport::real(&t, |_| 1.5).assert_max_ulps(4.0);
    }

    #[test]
    fn nan_mismatches_are_infinite_errors() {
        let t = table(array![[1.0, f64::NAN, f64::NAN], [2.0, 1.0, 1.0]]);
        let report = AccuracyReport::real(&t, |_| f64::NAN);
        assert_eq!(report.sci.max, f64::INFINITY);
        assert_eq!(report.scipy.max, 0.0);
    }

    #[test]
    fn complex_errors_are_norm_wise_in_epsilons() {
        let r = Complex64::new(3.0, 4.0);
        // 4 + 8 eps is representable: an error of 8 eps against |r| = 5 is 1.6 eps.
        let v = Complex64::new(3.0, 4.0 + 8.0 * f64::EPSILON);
        assert!((complex_error(v, r) - 1.6).abs() < 1e-12);
        assert_eq!(
            complex_error(Complex64::new(f64::NAN, 0.0), r),
            f64::INFINITY
        );
        assert_eq!(
            complex_error(Complex64::new(1e-300, 0.0), Complex64::new(0.0, 0.0)),
            real_error(1e-300, 0.0)
        );
    }

    #[test]
    fn reports_are_written_where_xtask_reads_them() {
        let dir = std::env::temp_dir().join(format!("sci-accuracy-{}", std::process::id()));
        let manifest = dir.join("crates").join("sci-demo");
        std::fs::create_dir_all(&manifest).unwrap();
        let t = table(array![[1.0, 1.0, 1.0]]);
        let report = AccuracyReport::real(&t, |_| f64::NAN);
        // Not through CARGO_TARGET_DIR: a test must not change the process environment.
        let path = if std::env::var_os("CARGO_TARGET_DIR").is_none() {
            let path = report.write(manifest.to_str().unwrap());
            assert!(
                path.ends_with("target/accuracy/sci-demo/f.json"),
                "{}",
                path.display()
            );
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(text.contains("\"max_ulp\": \"inf\""), "{text}");
            Some(path)
        } else {
            None
        };
        drop(path);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
