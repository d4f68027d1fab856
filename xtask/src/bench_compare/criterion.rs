//! The sci side: `cargo bench` on the crates that own the selected ids, then criterion's
//! median of each id from `<criterion>/<area>/<name>/new/estimates.json`.
//!
//! The selected ids' old result folders are deleted first, so a result from an earlier run is
//! never reported; an id with no fresh `estimates.json` afterwards is `not implemented`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;

use super::workloads::Workload;
use crate::DynResult;
use crate::workspace::{describe, root, run_checked};

/// sci's result for one id, from criterion.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SciResult {
    /// criterion's median (`median.point_estimate`), in seconds.
    pub median_s: f64,
    /// The number of criterion samples (from `new/sample.json`), when readable.
    pub samples: Option<usize>,
}

/// What the sci side produced.
#[derive(Debug, Clone, Default)]
pub struct SciRun {
    /// The result of every id that has one.
    pub results: BTreeMap<String, SciResult>,
    /// The `cargo bench` commands that were run.
    pub commands: Vec<String>,
    /// The `cargo bench` commands that failed, with their error.
    pub failures: Vec<String>,
}

/// criterion's output folder: `$CARGO_TARGET_DIR/criterion` or `<root>/target/criterion`.
/// `cargo bench` is run with `CRITERION_HOME` set to it, so both sides agree.
pub fn output_dir() -> PathBuf {
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root().join(dir),
        None => root().join("target"),
    };
    target.join("criterion")
}

/// criterion's folder name for a group or function id (its `make_filename_safe`).
fn filename_safe(part: &str) -> String {
    part.chars()
        .map(|c| match c {
            '?' | '"' | '/' | '\\' | '*' | '<' | '>' | ':' | '|' | '^' => '_',
            other => other,
        })
        .collect()
}

/// The result folder of `id` (`<area>/<name>`) under criterion's output folder.
pub fn result_dir(criterion_dir: &Path, id: &str) -> PathBuf {
    let (group, function) = id.split_once('/').unwrap_or((id, ""));
    criterion_dir
        .join(filename_safe(group))
        .join(filename_safe(function))
}

/// Deletes the result folders of `ids`, so that only this run's results are read.
pub fn clear(criterion_dir: &Path, ids: &[&str]) -> DynResult<()> {
    for id in ids {
        let dir = result_dir(criterion_dir, id);
        if dir.exists() {
            std::fs::remove_dir_all(&dir)
                .map_err(|e| format!("cannot delete {}: {e}", dir.display()))?;
        }
    }
    Ok(())
}

/// criterion's median in nanoseconds from the text of an `estimates.json`.
pub fn parse_median_ns(estimates_json: &str) -> DynResult<f64> {
    let value: serde_json::Value = serde_json::from_str(estimates_json)?;
    let median = value
        .pointer("/median/point_estimate")
        .and_then(serde_json::Value::as_f64)
        .ok_or("estimates.json has no number at median.point_estimate")?;
    if median.is_finite() && median > 0.0 {
        Ok(median)
    } else {
        Err(format!("estimates.json: median {median} is not a positive time").into())
    }
}

/// The number of samples from the text of a `sample.json` (the length of `iters`).
pub fn parse_sample_count(sample_json: &str) -> Option<usize> {
    let value: serde_json::Value = serde_json::from_str(sample_json).ok()?;
    value.get("iters")?.as_array().map(Vec::len)
}

/// Reads the fresh results of `ids`; ids without a readable `estimates.json` are left out.
pub fn read_results(criterion_dir: &Path, ids: &[&str]) -> BTreeMap<String, SciResult> {
    let mut results = BTreeMap::new();
    for id in ids {
        let new = result_dir(criterion_dir, id).join("new");
        let Ok(text) = std::fs::read_to_string(new.join("estimates.json")) else {
            continue;
        };
        match parse_median_ns(&text) {
            Ok(median_ns) => {
                let samples = std::fs::read_to_string(new.join("sample.json"))
                    .ok()
                    .and_then(|text| parse_sample_count(&text));
                let result = SciResult {
                    median_s: median_ns * 1e-9,
                    samples,
                };
                results.insert((*id).to_owned(), result);
            }
            Err(e) => eprintln!("bench-compare: ignoring the result of {id}: {e}"),
        }
    }
    results
}

/// The criterion filter regex that matches exactly `ids`: `^(?:id|id|...)$`, with the regex
/// metacharacters of the ids (the `.` of `jv_2.5_1e6`) escaped.
pub fn filter_regex(ids: &[&str]) -> String {
    let escaped: Vec<String> = ids
        .iter()
        .map(|id| {
            let mut out = String::with_capacity(id.len());
            for c in id.chars() {
                if "\\.+*?()|[]{}^$".contains(c) {
                    out.push('\\');
                }
                out.push(c);
            }
            out
        })
        .collect();
    format!("^(?:{})$", escaped.join("|"))
}

/// The bench targets of each workspace crate whose folder has a `benches/` directory, from
/// `cargo metadata`.
fn bench_targets() -> DynResult<BTreeMap<String, Vec<String>>> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .current_dir(root());
    let output = command
        .output()
        .map_err(|e| format!("cannot start `{}`: {e}", describe(&command)))?;
    if !output.status.success() {
        return Err(format!(
            "`{}` failed: {}",
            describe(&command),
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    parse_bench_targets(&String::from_utf8_lossy(&output.stdout))
}

/// [`bench_targets`] from the text of `cargo metadata`'s output.
fn parse_bench_targets(metadata_json: &str) -> DynResult<BTreeMap<String, Vec<String>>> {
    let metadata: serde_json::Value = serde_json::from_str(metadata_json)?;
    let mut targets = BTreeMap::new();
    let packages = metadata["packages"].as_array().ok_or("no packages")?;
    for package in packages {
        let (Some(name), Some(manifest)) =
            (package["name"].as_str(), package["manifest_path"].as_str())
        else {
            continue;
        };
        let has_benches_dir = Path::new(manifest)
            .parent()
            .is_some_and(|dir| dir.join("benches").is_dir());
        let benches: Vec<String> = package["targets"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|t| {
                t["kind"]
                    .as_array()
                    .is_some_and(|kinds| kinds.iter().any(|k| k == "bench"))
            })
            .filter_map(|t| t["name"].as_str().map(str::to_owned))
            .collect();
        if has_benches_dir && !benches.is_empty() {
            targets.insert(name.to_owned(), benches);
        }
    }
    Ok(targets)
}

/// Runs the criterion benches of the crates owning `selected` (only the selected ids, through
/// criterion's filter) and reads their results. `threads` sets `RAYON_NUM_THREADS`.
///
/// A failing `cargo bench` is recorded in [`SciRun::failures`] and the run goes on, so the
/// other crates and the SciPy side are still reported.
pub fn run(selected: &[Workload], threads: Option<usize>) -> DynResult<SciRun> {
    let criterion_dir = output_dir();
    let ids: Vec<&str> = selected.iter().map(|w| w.id.as_str()).collect();
    clear(&criterion_dir, &ids)?;
    let owners: BTreeSet<&str> = selected.iter().map(|w| w.krate.as_str()).collect();
    let targets = bench_targets()?;
    let mut sci = SciRun::default();
    for krate in owners {
        let Some(benches) = targets.get(krate) else {
            eprintln!("bench-compare: {krate} has no criterion benches yet");
            continue;
        };
        let crate_ids: Vec<&str> = selected
            .iter()
            .filter(|w| w.krate == krate)
            .map(|w| w.id.as_str())
            .collect();
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut command = Command::new(cargo);
        command.args(["bench", "-p", krate]);
        for bench in benches {
            command.args(["--bench", bench]);
        }
        command
            .arg("--")
            .arg(filter_regex(&crate_ids))
            .env("CRITERION_HOME", &criterion_dir);
        if let Some(n) = threads {
            command.env("RAYON_NUM_THREADS", n.to_string());
        }
        sci.commands.push(describe(&command));
        if let Err(e) = run_checked(&mut command) {
            eprintln!("bench-compare: {e}");
            sci.failures.push(e.to_string());
        }
    }
    sci.results = read_results(&criterion_dir, &ids);
    Ok(sci)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of criterion 0.8's `new/estimates.json` (values of a ~1.2 ms bench).
    const CANNED_ESTIMATES: &str = r#"{
        "mean": {"confidence_interval": {"confidence_level": 0.95, "lower_bound": 1190000.0,
                 "upper_bound": 1260000.0}, "point_estimate": 1220000.0, "standard_error": 17000.0},
        "median": {"confidence_interval": {"confidence_level": 0.95, "lower_bound": 1180000.0,
                   "upper_bound": 1230000.0}, "point_estimate": 1200000.0, "standard_error": 12000.0},
        "median_abs_dev": {"confidence_interval": {"confidence_level": 0.95, "lower_bound": 1.0,
                           "upper_bound": 2.0}, "point_estimate": 1.5, "standard_error": 0.1},
        "slope": null,
        "std_dev": {"confidence_interval": {"confidence_level": 0.95, "lower_bound": 1.0,
                    "upper_bound": 2.0}, "point_estimate": 1.5, "standard_error": 0.1}
    }"#;

    #[test]
    fn median_is_read_from_estimates_json() {
        let median = parse_median_ns(CANNED_ESTIMATES).expect("canned estimates parse");
        assert!((median - 1.2e6).abs() < 1e-6);
        assert!(parse_median_ns(r#"{"mean": {"point_estimate": 1.0}}"#).is_err());
        assert!(parse_median_ns(r#"{"median": {"point_estimate": -1.0}}"#).is_err());
        assert!(parse_median_ns("not json").is_err());
    }

    #[test]
    fn sample_count_is_the_length_of_iters() {
        let sample = r#"{"sampling_mode": "Linear", "iters": [1.0, 2.0, 3.0], "times": [1, 2, 3]}"#;
        assert_eq!(parse_sample_count(sample), Some(3));
        assert_eq!(parse_sample_count("{}"), None);
    }

    #[test]
    fn results_are_read_and_cleared_per_id() {
        let dir = std::env::temp_dir().join(format!("xtask-criterion-{}", std::process::id()));
        let new = result_dir(&dir, "special/jv_2.5_1e6").join("new");
        std::fs::create_dir_all(&new).expect("temp dir");
        std::fs::write(new.join("estimates.json"), CANNED_ESTIMATES).expect("write");
        let ids = ["special/jv_2.5_1e6", "special/gamma_1e6"];
        let results = read_results(&dir, &ids);
        assert_eq!(results.len(), 1);
        let jv = results["special/jv_2.5_1e6"];
        assert!((jv.median_s - 1.2e-3).abs() < 1e-12);
        assert_eq!(jv.samples, None);
        assert!(new.ends_with("special/jv_2.5_1e6/new"));
        clear(&dir, &ids).expect("clear");
        assert!(read_results(&dir, &ids).is_empty());
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }

    #[test]
    fn filter_regex_matches_exactly_the_ids() {
        assert_eq!(
            filter_regex(&["special/jv_2.5_1e6", "special/gamma_1e6"]),
            r"^(?:special/jv_2\.5_1e6|special/gamma_1e6)$"
        );
    }

    #[test]
    fn bench_targets_need_a_benches_dir_and_a_bench_target() {
        let root = root();
        let manifest = |krate: &str| root.join(krate).join("Cargo.toml");
        // xtask has no `benches/` folder: its bench-kind target is ignored.
        let metadata = serde_json::json!({"packages": [
            {"name": "xtask", "manifest_path": manifest("xtask"),
             "targets": [{"name": "xtask", "kind": ["bin"]}, {"name": "x", "kind": ["bench"]}]},
            {"name": "root", "manifest_path": root.join("Cargo.toml"),
             "targets": [{"name": "lib", "kind": ["lib"]}]}
        ]});
        let targets = parse_bench_targets(&metadata.to_string()).expect("parses");
        // The workspace root has `benches/`, but no bench target.
        assert!(targets.is_empty(), "{targets:?}");
    }
}
