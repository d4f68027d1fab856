//! The report of a compare run: one row per selected id (SciPy median, sci median, the ratio
//! SciPy/sci, repeats), the geometric means of the ratios overall and per area, the machine and
//! the sys references; written as `benches/RESULTS.md` and `benches/results.json`.
//!
//! An id that sci does not implement yet is a `not implemented` row, never dropped. The ratio is
//! SciPy median / sci median: above 1, sci is faster. Geometric means are taken over the ids
//! measured on both sides.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::criterion::{SciResult, SciRun};
use super::machine::Machine;
use super::protocol::Timing;
use super::scipy::TwinRun;
use super::sysref::{Rate, SysRefs};
use super::workloads::{AREAS, Workload};

/// The header of the workload tables (the ratio column's name is fixed by the benchmark spec).
pub const TABLE_HEADER: &str =
    "| workload | SciPy median | sci median | ratio SciPy/sci | SciPy repeats | sci samples |";

/// Where one id stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Status {
    /// Measured on both sides: the row has a ratio.
    #[serde(rename = "compared")]
    Compared,
    /// No criterion result for this id: sci does not implement it (yet).
    #[serde(rename = "not implemented")]
    NotImplemented,
    /// sci has a result, but SciPy has no twin for the id yet.
    #[serde(rename = "no SciPy twin")]
    NoScipyTwin,
}

/// One row: one selected id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The workload id.
    pub id: String,
    /// Its area.
    pub area: String,
    /// Its owning crate.
    #[serde(rename = "crate")]
    pub krate: String,
    /// Input and timed call.
    pub description: String,
    /// Where it stands.
    pub status: Status,
    /// The SciPy twin's timings, if it has a twin.
    pub scipy: Option<Timing>,
    /// sci's criterion result, if implemented.
    pub sci: Option<SciResult>,
    /// SciPy median / sci median, when both exist.
    pub ratio: Option<f64>,
}

/// The summary of one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaSummary {
    /// The area.
    pub area: String,
    /// Selected ids of the area.
    pub selected: usize,
    /// Of those, ids with a sci result.
    pub implemented: usize,
    /// Of those, ids with a ratio.
    pub compared: usize,
    /// Geometric mean of the area's ratios, when any.
    pub geomean_ratio: Option<f64>,
}

/// The summary over all selected ids.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Selected ids.
    pub selected: usize,
    /// Ids with a sci result.
    pub implemented: usize,
    /// Ids with a ratio.
    pub compared: usize,
    /// Geometric mean of all ratios, when any.
    pub geomean_ratio: Option<f64>,
    /// Per area, in the registry's area order (areas with selected ids only).
    pub areas: Vec<AreaSummary>,
}

/// The sys references of both sides.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SysSection {
    /// numpy's side (absent if the harness skipped them).
    pub numpy: Option<SysRefs>,
    /// sci's side (faer, `copy_from_slice`).
    pub sci: SysRefs,
}

/// A whole report; `results.json` is its JSON form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The command that made it.
    pub command: String,
    /// When it was made (UTC, ISO 8601).
    pub generated_utc: String,
    /// `--threads`, if given.
    pub threads: Option<usize>,
    /// The machine and the thread settings.
    pub machine: Machine,
    /// The physical references.
    pub sys: SysSection,
    /// Counts and geometric means.
    pub summary: Summary,
    /// One row per selected id, in registry order.
    pub workloads: Vec<Row>,
    /// The `cargo bench` commands run.
    pub bench_commands: Vec<String>,
    /// The `cargo bench` commands that failed.
    pub bench_failures: Vec<String>,
}

/// Everything a report is made from.
#[derive(Debug, Clone)]
pub struct Inputs<'a> {
    /// The command line, for the record.
    pub command: String,
    /// When the run happened (UTC, ISO 8601).
    pub generated_utc: String,
    /// `--threads`, if given.
    pub threads: Option<usize>,
    /// The selected workloads, in registry order.
    pub selected: &'a [Workload],
    /// The sci side.
    pub sci: &'a SciRun,
    /// The SciPy side.
    pub twins: &'a TwinRun,
    /// sci's sys references.
    pub sci_sys: SysRefs,
    /// The machine.
    pub machine: Machine,
}

/// The geometric mean of positive ratios; `None` when there are none.
pub fn geometric_mean(ratios: &[f64]) -> Option<f64> {
    if ratios.is_empty() {
        return None;
    }
    let mean_log = ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64;
    Some(mean_log.exp())
}

/// Builds the report.
pub fn build(inputs: Inputs<'_>) -> Report {
    let rows: Vec<Row> = inputs
        .selected
        .iter()
        .map(|workload| {
            let scipy = inputs.twins.workloads.get(&workload.id).copied();
            let sci = inputs.sci.results.get(&workload.id).copied();
            let (status, ratio) = match (scipy, sci) {
                (Some(scipy), Some(sci)) => (Status::Compared, Some(scipy.median_s / sci.median_s)),
                (None, Some(_)) => (Status::NoScipyTwin, None),
                (_, None) => (Status::NotImplemented, None),
            };
            Row {
                id: workload.id.clone(),
                area: workload.area().to_owned(),
                krate: workload.krate.clone(),
                description: workload.description.clone(),
                status,
                scipy,
                sci,
                ratio,
            }
        })
        .collect();
    let summary = summarize(&rows);
    Report {
        command: inputs.command,
        generated_utc: inputs.generated_utc,
        threads: inputs.threads,
        machine: inputs.machine,
        sys: SysSection {
            numpy: inputs.twins.sys_refs(),
            sci: inputs.sci_sys,
        },
        summary,
        workloads: rows,
        bench_commands: inputs.sci.commands.clone(),
        bench_failures: inputs.sci.failures.clone(),
    }
}

/// Counts and geometric means, overall and per area.
fn summarize(rows: &[Row]) -> Summary {
    let count = |rows: &[&Row]| -> (usize, usize, usize, Option<f64>) {
        let implemented = rows.iter().filter(|r| r.sci.is_some()).count();
        let ratios: Vec<f64> = rows.iter().filter_map(|r| r.ratio).collect();
        (
            rows.len(),
            implemented,
            ratios.len(),
            geometric_mean(&ratios),
        )
    };
    let mut per_area: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
    for row in rows {
        per_area.entry(row.area.as_str()).or_default().push(row);
    }
    let areas = AREAS
        .iter()
        .filter_map(|area| {
            let rows = per_area.get(area)?;
            let (selected, implemented, compared, geomean_ratio) = count(rows);
            Some(AreaSummary {
                area: (*area).to_owned(),
                selected,
                implemented,
                compared,
                geomean_ratio,
            })
        })
        .collect();
    let all: Vec<&Row> = rows.iter().collect();
    let (selected, implemented, compared, geomean_ratio) = count(&all);
    Summary {
        selected,
        implemented,
        compared,
        geomean_ratio,
        areas,
    }
}

/// `x` with three significant digits (for values from 1 to 999.5).
fn three_digits(x: f64) -> String {
    if x >= 99.95 {
        format!("{x:.0}")
    } else if x >= 9.995 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}

/// A duration in seconds, human-readable: `812 ns`, `3.40 µs`, `12.5 ms`, `1.20 s`.
pub fn format_duration(seconds: f64) -> String {
    if !seconds.is_finite() || seconds < 0.0 {
        return "-".to_owned();
    }
    let (value, unit) = if seconds < 999.5e-9 {
        (seconds * 1e9, "ns")
    } else if seconds < 999.5e-6 {
        (seconds * 1e6, "µs")
    } else if seconds < 0.9995 {
        (seconds * 1e3, "ms")
    } else {
        (seconds, "s")
    };
    format!("{} {unit}", three_digits(value))
}

/// A ratio with three significant digits (`0.512`, `1.23`, `12.3`).
pub fn format_ratio(ratio: f64) -> String {
    if !ratio.is_finite() || ratio <= 0.0 {
        "-".to_owned()
    } else if ratio < 1.0 {
        format!("{ratio:.3}")
    } else {
        three_digits(ratio)
    }
}

/// The ISO 8601 UTC time of a Unix timestamp (seconds), e.g. `2023-11-14T22:13:20Z`.
pub fn utc_timestamp(unix_seconds: u64) -> String {
    let days = unix_seconds / 86_400;
    let rem = unix_seconds % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's `civil_from_days`), unsigned
    // because timestamps here are after 1970.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// One reference cell: the rate, then the median time and repeats.
fn rate_cell(rate: Option<&Rate>) -> String {
    match rate {
        Some(rate) => format!(
            "{:.1} (median {}, {} repeats)",
            rate.rate,
            format_duration(rate.timing.median_s),
            rate.timing.repeats
        ),
        None => "not measured".to_owned(),
    }
}

/// The markdown of `benches/RESULTS.md`.
pub fn markdown(report: &Report) -> String {
    let mut md = String::new();
    let summary = &report.summary;
    // Writing into a String cannot fail: the results of `writeln!` are ignored below.
    let _ = writeln!(md, "# sci vs SciPy: benchmark results\n");
    let _ = writeln!(
        md,
        "Written by `{}` at {}; do not edit. Each row is one workload of \
         `benches/workloads.toml`; `ratio SciPy/sci` is SciPy's median time divided by sci's: \
         above 1, sci is faster. Ratios, not absolute times, are what count. `not implemented`: \
         sci has no criterion result for the id yet; `no twin`: no SciPy twin yet.\n",
        report.command, report.generated_utc
    );
    let _ = writeln!(md, "## Summary\n");
    match summary.geomean_ratio {
        Some(geomean) => {
            let _ = writeln!(
                md,
                "Geometric mean of `ratio SciPy/sci`: **{}** over {} compared workloads \
                 ({} selected, {} implemented in sci).\n",
                format_ratio(geomean),
                summary.compared,
                summary.selected,
                summary.implemented
            );
        }
        None => {
            let _ = writeln!(
                md,
                "Geometric mean of `ratio SciPy/sci`: none yet: no workload is measured on both \
                 sides ({} selected, {} implemented in sci).\n",
                summary.selected, summary.implemented
            );
        }
    }
    let _ = writeln!(
        md,
        "| area | selected | implemented | compared | geometric mean ratio SciPy/sci |"
    );
    let _ = writeln!(md, "|---|---:|---:|---:|---:|");
    for area in &summary.areas {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            area.area,
            area.selected,
            area.implemented,
            area.compared,
            area.geomean_ratio
                .map_or_else(|| "-".to_owned(), format_ratio)
        );
    }
    if !report.bench_failures.is_empty() {
        let _ = writeln!(
            md,
            "\n**cargo bench failed** (its ids may show as not implemented):\n"
        );
        for failure in &report.bench_failures {
            let _ = writeln!(md, "- {failure}");
        }
    }

    let machine = &report.machine;
    let _ = writeln!(md, "\n## Machine\n");
    let _ = writeln!(md, "- nproc: {}", machine.nproc);
    let _ = writeln!(md, "- CPU: {}", machine.cpu_model);
    let _ = writeln!(md, "- rustc: {}", machine.rustc);
    let _ = writeln!(md, "- {}", machine.python_stack);
    let _ = writeln!(md, "- sci threads: {}", machine.sci_threads);
    let _ = writeln!(md, "- SciPy threads: {}", machine.scipy_threads);
    let _ = writeln!(
        md,
        "- numpy/SciPy thread pools (threadpoolctl), run without OPENBLAS_CORETYPE and \
         OPENBLAS_L2_SIZE:"
    );
    for pool in &machine.blas {
        let _ = writeln!(md, "  - {pool}");
    }
    let numpy = report.sys.numpy.as_ref();
    let sci = &report.sys.sci;
    let _ = writeln!(md, "\nPhysical references, measured in the same run:\n");
    let _ = writeln!(md, "| reference | numpy | sci (faer, copy_from_slice) |");
    let _ = writeln!(md, "|---|---|---|");
    let _ = writeln!(
        md,
        "| `sys/copy_1gib`, GB/s (read + write bytes) | {} | {} |",
        rate_cell(numpy.map(|s| &s.copy_1gib)),
        rate_cell(Some(&sci.copy_1gib))
    );
    let _ = writeln!(
        md,
        "| `sys/dgemm_2000`, GFLOP/s (2 n^3 / t) | {} | {} |",
        rate_cell(numpy.map(|s| &s.dgemm_2000)),
        rate_cell(Some(&sci.dgemm_2000))
    );

    let _ = writeln!(md, "\n## Workloads");
    for area in &summary.areas {
        let _ = writeln!(md, "\n### {} (sci-{})\n", area.area, area.area);
        let _ = writeln!(md, "{TABLE_HEADER}");
        let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|");
        for row in report.workloads.iter().filter(|r| r.area == area.area) {
            let scipy = row
                .scipy
                .map_or_else(|| "no twin".to_owned(), |t| format_duration(t.median_s));
            let sci = row.sci.map_or_else(
                || "not implemented".to_owned(),
                |s| format_duration(s.median_s),
            );
            let ratio = row.ratio.map_or_else(|| "-".to_owned(), format_ratio);
            let repeats = row
                .scipy
                .map_or_else(|| "-".to_owned(), |t| t.repeats.to_string());
            let samples = row
                .sci
                .and_then(|s| s.samples)
                .map_or_else(|| "-".to_owned(), |n| n.to_string());
            let _ = writeln!(
                md,
                "| `{}` | {scipy} | {sci} | {ratio} | {repeats} | {samples} |",
                row.id
            );
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::bench_compare::{criterion, scipy, workloads};

    /// criterion's `estimates.json` layout with the given median (ns).
    fn canned_estimates(median_ns: f64) -> String {
        format!(
            r#"{{"mean": {{"confidence_interval": {{"confidence_level": 0.95,
                 "lower_bound": {lo}, "upper_bound": {hi}}}, "point_estimate": {median_ns},
                 "standard_error": 1.0}},
               "median": {{"confidence_interval": {{"confidence_level": 0.95,
                 "lower_bound": {lo}, "upper_bound": {hi}}}, "point_estimate": {median_ns},
                 "standard_error": 1.0}},
               "median_abs_dev": {{"confidence_interval": {{"confidence_level": 0.95,
                 "lower_bound": 1.0, "upper_bound": 2.0}}, "point_estimate": 1.5,
                 "standard_error": 0.1}},
               "slope": null,
               "std_dev": {{"confidence_interval": {{"confidence_level": 0.95,
                 "lower_bound": 1.0, "upper_bound": 2.0}}, "point_estimate": 1.5,
                 "standard_error": 0.1}}}}"#,
            lo = median_ns * 0.9,
            hi = median_ns * 1.1
        )
    }

    /// The harness's output for a run with three twins (medians 2.4 ms, 16 ms and 2 ms).
    const CANNED_TWINS: &str = r#"{
        "harness": "benches/scipy/harness.py", "python": "3.11.7", "numpy": "2.4.6",
        "scipy": "1.17.1", "threadpoolctl": "3.8.0", "threads": null,
        "removed_env": ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"],
        "threadpool_info": [{"user_api": "blas", "internal_api": "openblas",
            "num_threads": 2, "version": "0.3.31", "architecture": "SkylakeX",
            "threading_layer": "pthreads", "filepath": "/v/numpy.libs/libopenblas.so"}],
        "workloads": {
            "linalg/solve_1000": {"median_s": 0.0024, "min_s": 0.002, "max_s": 0.003,
                                  "repeats": 400, "warmup_s": 0.0025},
            "linalg/det_1000": {"median_s": 0.016, "min_s": 0.015, "max_s": 0.02,
                                "repeats": 94, "warmup_s": 0.016},
            "fft/rfft_2p20": {"median_s": 0.002, "min_s": 0.0019, "max_s": 0.0031,
                              "repeats": 400, "warmup_s": 0.003}},
        "missing": ["linalg/inv_500", "fft/fft2_2048"],
        "sys": {
            "copy_1gib": {"median_s": 0.1, "min_s": 0.09, "max_s": 0.2, "repeats": 5,
                          "warmup_s": 2.0, "gb_per_s": 21.47},
            "dgemm_2000": {"median_s": 0.32, "min_s": 0.3, "max_s": 0.4, "repeats": 5,
                           "warmup_s": 0.33, "gflop_per_s": 50.0}}
    }"#;

    fn workload(id: &str) -> Workload {
        let area = id.split_once('/').expect("area/name").0;
        Workload {
            id: id.to_owned(),
            krate: format!("sci-{area}"),
            description: format!("the {id} call"),
        }
    }

    fn machine() -> Machine {
        Machine {
            nproc: 2,
            cpu_model: "AMD EPYC".to_owned(),
            rustc: "rustc 1.95.0".to_owned(),
            sci_threads: "rayon default: 2 threads".to_owned(),
            scipy_threads: "library defaults".to_owned(),
            blas: vec!["openblas 0.3.31".to_owned()],
            python_stack: "Python 3.11.7".to_owned(),
        }
    }

    /// A report over five ids: three compared (ratios 2, 8 and 0.5), one implemented in sci
    /// without a twin, one not implemented; sci results read from canned `estimates.json`.
    fn canned_report() -> Report {
        let selected: Vec<Workload> = [
            "linalg/solve_1000",
            "linalg/inv_500",
            "linalg/det_1000",
            "fft/rfft_2p20",
            "fft/fft2_2048",
        ]
        .map(workload)
        .to_vec();
        // One folder per call: the tests that call this run in parallel.
        static CALLS: AtomicUsize = AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("xtask-report-{}-{call}", std::process::id()));
        for (id, median_ns) in [
            ("linalg/solve_1000", 1.2e6),
            ("linalg/det_1000", 2.0e6),
            ("fft/rfft_2p20", 4.0e6),
            ("fft/fft2_2048", 9.0e7),
        ] {
            let new = criterion::result_dir(&dir, id).join("new");
            std::fs::create_dir_all(&new).expect("temp dir");
            std::fs::write(new.join("estimates.json"), canned_estimates(median_ns))
                .expect("write estimates");
        }
        let ids: Vec<&str> = selected.iter().map(|w| w.id.as_str()).collect();
        let sci = SciRun {
            results: criterion::read_results(&dir, &ids),
            ..Default::default()
        };
        std::fs::remove_dir_all(&dir).expect("cleanup");
        let twins = scipy::parse_output(CANNED_TWINS).expect("canned twin JSON parses");
        build(Inputs {
            command: "cargo xtask bench-compare".to_owned(),
            generated_utc: utc_timestamp(1_700_000_000),
            threads: None,
            selected: &selected,
            sci: &sci,
            twins: &twins,
            sci_sys: SysRefs {
                copy_1gib: Rate::copy(Timing::constant(0.08)),
                dgemm_2000: Rate::dgemm(Timing::constant(0.2)),
            },
            machine: machine(),
        })
    }

    fn close(a: f64, b: f64) -> bool {
        // Ratios of decimal times parsed from text: a few ulps of error.
        (a - b).abs() <= 1e-12 * b.abs()
    }

    #[test]
    fn rows_take_medians_and_ratios_from_both_sides() {
        let report = canned_report();
        let row = |id: &str| {
            report
                .workloads
                .iter()
                .find(|r| r.id == id)
                .expect("every selected id has a row")
        };
        assert_eq!(report.workloads.len(), 5);
        let solve = row("linalg/solve_1000");
        assert_eq!(solve.status, Status::Compared);
        assert!(close(solve.sci.expect("sci result").median_s, 1.2e-3));
        assert!(close(solve.ratio.expect("a ratio"), 2.0));
        assert!(close(row("linalg/det_1000").ratio.expect("a ratio"), 8.0));
        assert!(close(row("fft/rfft_2p20").ratio.expect("a ratio"), 0.5));
        let inv = row("linalg/inv_500");
        assert_eq!(inv.status, Status::NotImplemented);
        assert_eq!((inv.sci, inv.ratio, inv.scipy), (None, None, None));
        let fft2 = row("fft/fft2_2048");
        assert_eq!(fft2.status, Status::NoScipyTwin);
        assert_eq!(fft2.ratio, None);
    }

    #[test]
    fn geometric_means_overall_and_per_area() {
        let summary = canned_report().summary;
        assert_eq!(
            (summary.selected, summary.implemented, summary.compared),
            (5, 4, 3)
        );
        // (2 * 8 * 0.5)^(1/3) = 2.
        assert!(close(summary.geomean_ratio.expect("a mean"), 2.0));
        let areas: Vec<&str> = summary.areas.iter().map(|a| a.area.as_str()).collect();
        assert_eq!(areas, ["linalg", "fft"]);
        // linalg: sqrt(2 * 8) = 4; fft: 0.5 (fft2 has no twin, so no ratio).
        assert!(close(summary.areas[0].geomean_ratio.expect("a mean"), 4.0));
        assert_eq!(
            (summary.areas[0].selected, summary.areas[0].implemented),
            (3, 2)
        );
        assert!(close(summary.areas[1].geomean_ratio.expect("a mean"), 0.5));
        assert_eq!(geometric_mean(&[]), None);
    }

    #[test]
    fn markdown_has_the_header_rows_and_references() {
        let report = canned_report();
        let md = markdown(&report);
        assert!(md.contains(TABLE_HEADER));
        assert!(TABLE_HEADER.contains("| ratio SciPy/sci |"));
        assert!(md.contains("| `linalg/solve_1000` | 2.40 ms | 1.20 ms | 2.00 | 400 | - |"));
        assert!(md.contains("| `linalg/inv_500` | no twin | not implemented | - | - | - |"));
        assert!(md.contains("| `fft/fft2_2048` | no twin | 90.0 ms | - | - | - |"));
        assert!(md.contains("**2.00** over 3 compared workloads"));
        assert!(md.contains("| linalg | 3 | 2 | 2 | 4.00 |"));
        assert!(md.contains("| fft | 2 | 2 | 1 | 0.500 |"));
        assert!(md.contains("- nproc: 2"));
        assert!(md.contains("2023-11-14T22:13:20Z"));
        // numpy: 2 GiB in 0.1 s; sci: 2 GiB in 0.08 s; dgemm 1.6e10 flop in 0.32 s and 0.2 s.
        assert!(md.contains("| `sys/copy_1gib`, GB/s (read + write bytes) | 21.5 (median 100 ms, 5 repeats) | 26.8 (median 80.0 ms, 5 repeats) |"));
        assert!(md.contains("| `sys/dgemm_2000`, GFLOP/s (2 n^3 / t) | 50.0 (median 320 ms, 5 repeats) | 80.0 (median 200 ms, 5 repeats) |"));
    }

    #[test]
    fn json_keeps_every_row_and_status() {
        let json = serde_json::to_value(canned_report()).expect("serializes");
        let rows = json["workloads"].as_array().expect("rows");
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[1]["status"], "not implemented");
        assert_eq!(rows[1]["crate"], "sci-linalg");
        assert_eq!(rows[0]["status"], "compared");
        assert_eq!(rows[4]["status"], "no SciPy twin");
        assert!(json["sys"]["numpy"]["copy_1gib"]["rate"].is_number());
        assert!(json["summary"]["geomean_ratio"].is_number());
    }

    #[test]
    fn with_nothing_implemented_every_row_is_not_implemented() {
        let selected = workloads::load().expect("registry");
        let twins = scipy::parse_output(CANNED_TWINS).expect("parses");
        let sci = SciRun::default();
        let report = build(Inputs {
            command: "cargo xtask bench-compare".to_owned(),
            generated_utc: utc_timestamp(0),
            threads: Some(1),
            selected: &selected,
            sci: &sci,
            twins: &twins,
            sci_sys: twins.sys_refs().expect("canned sys"),
            machine: machine(),
        });
        assert_eq!(report.workloads.len(), selected.len());
        assert!(
            report
                .workloads
                .iter()
                .all(|r| r.status == Status::NotImplemented)
        );
        assert_eq!(report.summary.geomean_ratio, None);
        assert_eq!(report.summary.areas.len(), AREAS.len());
        let md = markdown(&report);
        assert_eq!(md.matches("| not implemented |").count(), selected.len());
        assert!(md.contains("none yet"));
    }

    #[test]
    fn durations_and_ratios_are_human_readable() {
        assert_eq!(format_duration(812e-9), "812 ns");
        assert_eq!(format_duration(3.4e-6), "3.40 µs");
        assert_eq!(format_duration(12.5e-3), "12.5 ms");
        assert_eq!(format_duration(0.99999), "1.00 s");
        assert_eq!(format_duration(1.2), "1.20 s");
        assert_eq!(format_duration(f64::NAN), "-");
        assert_eq!(format_ratio(0.5123), "0.512");
        assert_eq!(format_ratio(1.234), "1.23");
        assert_eq!(format_ratio(123.4), "123");
        assert_eq!(utc_timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_timestamp(951_782_400), "2000-02-29T00:00:00Z");
    }
}
