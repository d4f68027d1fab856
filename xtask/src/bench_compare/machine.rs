//! The machine a compare run ran on: core count, CPU model, rustc, the thread settings of both
//! sides and the BLAS that numpy/SciPy use (from `threadpoolctl.threadpool_info()`).

use std::process::Command;

use serde::Serialize;

use super::scipy::TwinRun;
use crate::workspace::root;

/// What the report says about the machine and the settings of the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Machine {
    /// Logical CPUs available to this process (what `nproc` prints).
    pub nproc: usize,
    /// `model name` of the first processor in `/proc/cpuinfo`.
    pub cpu_model: String,
    /// `rustc -V`.
    pub rustc: String,
    /// The threads of the sci side, in words.
    pub sci_threads: String,
    /// The threads of the SciPy side, in words.
    pub scipy_threads: String,
    /// One line per thread pool of numpy/SciPy (BLAS kernel, version, threads, library).
    pub blas: Vec<String>,
    /// Python, numpy, SciPy and threadpoolctl versions.
    pub python_stack: String,
}

/// Collects the machine description; `twins` gives the Python side.
pub fn collect(threads: Option<usize>, twins: &TwinRun) -> Machine {
    let nproc = std::thread::available_parallelism().map_or(1, usize::from);
    let cpu_model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| cpu_model(&text))
        .unwrap_or_else(|| "unknown".to_owned());
    let rayon_env = std::env::var("RAYON_NUM_THREADS").ok();
    Machine {
        nproc,
        cpu_model,
        rustc: rustc_version(),
        sci_threads: sci_threads(threads, rayon_env.as_deref(), nproc),
        scipy_threads: scipy_threads(threads),
        blas: twins.threadpool_info.iter().map(pool_summary).collect(),
        python_stack: format!(
            "Python {}, numpy {}, SciPy {}, threadpoolctl {}",
            twins.python, twins.numpy, twins.scipy, twins.threadpoolctl
        ),
    }
}

/// The `model name` of the first processor of a `/proc/cpuinfo` text.
pub fn cpu_model(cpuinfo: &str) -> Option<String> {
    cpuinfo.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key.trim() == "model name").then(|| value.trim().to_owned())
    })
}

/// `rustc -V`, run from the workspace root (so a toolchain file applies), or `unknown`.
fn rustc_version() -> String {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    Command::new(rustc)
        .arg("-V")
        .current_dir(root())
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map_or_else(
            || "unknown".to_owned(),
            |out| String::from_utf8_lossy(&out.stdout).trim().to_owned(),
        )
}

/// The sci side's thread setting in words.
pub fn sci_threads(threads: Option<usize>, rayon_env: Option<&str>, nproc: usize) -> String {
    match (threads, rayon_env) {
        (Some(1), _) => "1 (--threads 1: RAYON_NUM_THREADS=1 for the benches, faer Par::Seq \
                         for sys/dgemm_2000)"
            .to_owned(),
        (Some(n), _) => format!(
            "{n} (--threads {n}: RAYON_NUM_THREADS={n} for the benches, a rayon pool of {n} \
             for sys/dgemm_2000)"
        ),
        (None, Some(env)) => format!("rayon default with RAYON_NUM_THREADS={env}"),
        (None, None) => format!("rayon default: {nproc} threads (one per CPU)"),
    }
}

/// The SciPy side's thread setting in words.
pub fn scipy_threads(threads: Option<usize>) -> String {
    match threads {
        Some(n) => format!(
            "{n} (--threads {n}: threadpoolctl.threadpool_limits({n}) on BLAS and \
             fast_matrix_market)"
        ),
        None => "library defaults: OpenBLAS threads as below, fast_matrix_market on all \
                 cores, everything else single-threaded"
            .to_owned(),
    }
}

/// One line for one `threadpool_info()` entry, e.g.
/// `openblas 0.3.31 (SkylakeX, pthreads), 2 threads, numpy.libs/libscipy_openblas64_.so`.
pub fn pool_summary(pool: &serde_json::Map<String, serde_json::Value>) -> String {
    let field = |key: &str| -> Option<String> {
        match pool.get(key)? {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Null => None,
            other => Some(other.to_string()),
        }
    };
    let mut line = field("internal_api").unwrap_or_else(|| "unknown library".to_owned());
    if let Some(version) = field("version") {
        line.push(' ');
        line.push_str(&version);
    }
    let details: Vec<String> = ["architecture", "threading_layer"]
        .iter()
        .filter_map(|key| field(key))
        .collect();
    if !details.is_empty() {
        line.push_str(&format!(" ({})", details.join(", ")));
    }
    match field("num_threads").as_deref() {
        // fast_matrix_market's 0 means one thread per core.
        Some("0") => line.push_str(", 0 threads (= all cores)"),
        Some("1") => line.push_str(", 1 thread"),
        Some(threads) => line.push_str(&format!(", {threads} threads")),
        None => {}
    }
    if let Some(path) = field("filepath") {
        // The last two components say whose copy it is: `numpy.libs/...` or `scipy.libs/...`.
        let tail: Vec<&str> = path.rsplit('/').take(2).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        line.push_str(&format!(", {}", tail.join("/")));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_model_is_the_first_model_name() {
        let cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\n\n\
                       processor\t: 1\nmodel name\t: AMD EPYC 7B13\n";
        assert_eq!(cpu_model(cpuinfo).as_deref(), Some("AMD EPYC 7B13"));
        assert_eq!(cpu_model("processor : 0\n"), None);
    }

    #[test]
    fn pool_summary_names_kernel_threads_and_library() {
        let pool = serde_json::json!({
            "user_api": "blas", "internal_api": "openblas", "num_threads": 2,
            "prefix": "libscipy_openblas", "version": "0.3.31.188.0",
            "filepath": "/x/site-packages/numpy.libs/libscipy_openblas64_-32a4b2a6.so",
            "threading_layer": "pthreads", "architecture": "SkylakeX"
        });
        let pool = pool.as_object().expect("an object");
        assert_eq!(
            pool_summary(pool),
            "openblas 0.3.31.188.0 (SkylakeX, pthreads), 2 threads, \
             numpy.libs/libscipy_openblas64_-32a4b2a6.so"
        );
    }

    #[test]
    fn thread_settings_are_described() {
        assert!(sci_threads(None, None, 2).contains("2 threads"));
        assert!(sci_threads(None, Some("3"), 2).contains("RAYON_NUM_THREADS=3"));
        assert!(sci_threads(Some(1), None, 2).contains("Par::Seq"));
        assert!(scipy_threads(Some(1)).contains("threadpool_limits(1)"));
    }
}
