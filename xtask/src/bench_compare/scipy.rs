//! The SciPy side: runs `benches/scipy/harness.py` in the private Python environment for the
//! selected ids and reads its JSON output.
//!
//! The harness runs with `OPENBLAS_CORETYPE` and `OPENBLAS_L2_SIZE` removed from its
//! environment (and only its), so numpy/SciPy use their native OpenBLAS kernel. Its raw output
//! is kept in the git-ignored `benches/.scipy-raw/twins.json` (the selected ids beside it, in
//! `ids.txt`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

use super::protocol::Timing;
use super::sysref::{Rate, SysRefs};
use super::workloads::Workload;
use crate::DynResult;
use crate::workspace::{root, run_checked};

/// The OpenBLAS overrides of this machine that the SciPy process must not see.
pub const REMOVED_ENV: [&str; 2] = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"];

/// The harness's JSON document (fields the report uses; others are ignored).
#[derive(Debug, Clone, Deserialize)]
pub struct TwinRun {
    /// Python version.
    pub python: String,
    /// numpy version.
    pub numpy: String,
    /// SciPy version.
    pub scipy: String,
    /// threadpoolctl version.
    pub threadpoolctl: String,
    /// The `--threads` limit the harness ran with, if any.
    pub threads: Option<usize>,
    /// `threadpoolctl.threadpool_info()`: one object per thread pool (BLAS, ...).
    pub threadpool_info: Vec<serde_json::Map<String, serde_json::Value>>,
    /// The timings of every selected id that has a twin.
    pub workloads: BTreeMap<String, Timing>,
    /// The selected ids without a twin.
    pub missing: Vec<String>,
    /// The numpy side of the references, unless skipped.
    pub sys: Option<TwinSys>,
}

/// The references as the harness reports them.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct TwinSys {
    /// `sys/copy_1gib` timings.
    pub copy_1gib: Timing,
    /// `sys/dgemm_2000` timings.
    pub dgemm_2000: Timing,
}

impl TwinRun {
    /// The numpy references as rates, computed with the same formulas as sci's.
    pub fn sys_refs(&self) -> Option<SysRefs> {
        self.sys.map(|sys| SysRefs {
            copy_1gib: Rate::copy(sys.copy_1gib),
            dgemm_2000: Rate::dgemm(sys.dgemm_2000),
        })
    }
}

/// Parses the harness's JSON output.
pub fn parse_output(json: &str) -> DynResult<TwinRun> {
    Ok(serde_json::from_str(json)?)
}

/// The harness script.
pub fn harness_path() -> PathBuf {
    root().join("benches").join("scipy").join("harness.py")
}

/// Where the raw output of the last run is kept (git-ignored).
pub fn raw_output_path() -> PathBuf {
    root().join("benches").join(".scipy-raw").join("twins.json")
}

/// Runs the harness with `python` for `selected` (and the references) and parses its output.
pub fn run(python: &Path, selected: &[Workload], threads: Option<usize>) -> DynResult<TwinRun> {
    let output = raw_output_path();
    if output.exists() {
        std::fs::remove_file(&output)?;
    }
    let ids: Vec<&str> = selected.iter().map(|w| w.id.as_str()).collect();
    let ids_file = output.with_file_name("ids.txt");
    if let Some(dir) = ids_file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&ids_file, ids.join("\n") + "\n")?;
    let mut command = Command::new(python);
    command
        .arg(harness_path())
        .arg("--ids-file")
        .arg(&ids_file)
        .arg("--output")
        .arg(&output);
    if let Some(n) = threads {
        command.arg("--threads").arg(n.to_string());
    }
    for name in REMOVED_ENV {
        command.env_remove(name);
    }
    run_checked(&mut command)?;
    let text = std::fs::read_to_string(&output)
        .map_err(|e| format!("cannot read {}: {e}", output.display()))?;
    let twins = parse_output(&text).map_err(|e| format!("{}: {e}", output.display()))?;
    check(&twins, &ids, threads)?;
    Ok(twins)
}

/// Checks that the harness answered the question asked: the thread limit, and every id
/// either timed or listed as missing.
fn check(twins: &TwinRun, ids: &[&str], threads: Option<usize>) -> DynResult<()> {
    if twins.threads != threads {
        return Err(format!(
            "the harness ran with threads {:?}, not {threads:?}",
            twins.threads
        )
        .into());
    }
    let unanswered: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| !twins.workloads.contains_key(*id) && !twins.missing.iter().any(|m| m == id))
        .collect();
    if unanswered.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the harness neither timed nor listed: {}",
            unanswered.join(", ")
        )
        .into())
    }
}
