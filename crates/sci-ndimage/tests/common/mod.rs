//! Helpers shared by the golden test files (each includes this module and uses a part of it).

// Every test binary compiles the whole module but calls only some of its helpers.
#![allow(dead_code)]

use sci_core::testing::{Case, Fixture};

/// The golden fixture `tests/data/{name}.json` (written by `xtask/golden/ndimage/{name}.py`).
pub fn fixture(name: &str) -> Fixture {
    Fixture::load(format!(
        "{}/tests/data/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
}

/// The integer list `key` of a case's arguments (JSON stores them as numbers).
pub fn ints(case: &Case, key: &str) -> Vec<isize> {
    case.args
        .f64_list(key)
        .iter()
        .map(|&v| v as isize)
        .collect()
}

/// `run` on a rayon pool of one thread and on one of four (the thread-count independence
/// tests compare the two).
pub fn on_one_and_four_threads<R: Send>(run: impl Fn() -> R + Send + Sync) -> (R, R) {
    let pool = |n| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap()
    };
    (pool(1).install(&run), pool(4).install(&run))
}
