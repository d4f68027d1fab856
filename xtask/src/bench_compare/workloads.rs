//! The workload registry, `benches/workloads.toml`, and the FILTER that selects ids from it.
//!
//! FILTER syntax (there is no regex crate here, and ids need little more): `|` separates
//! alternatives; an id is selected when one alternative matches. An alternative is a literal
//! substring of the id (`.` is a plain dot), anchored at the start of the id by a leading `^`
//! and at its end by a trailing `$`. `fft` selects every id containing `fft`;
//! `^linalg/|^sparse/cg_` the linalg ids and the sparse ids starting with `cg_`;
//! `^fft/fft_c2c_2p20$` exactly one id. Other regex syntax (`*`, `+`, `?`, brackets,
//! parentheses, `\`) is rejected with an error rather than silently read as text.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::Deserialize;

use crate::DynResult;
use crate::workspace::root;

/// The areas of the benchmark list, in report order; area `x` belongs to crate `sci-x`.
pub const AREAS: [&str; 13] = [
    "linalg",
    "fft",
    "optimize",
    "stats",
    "special",
    "interpolate",
    "integrate",
    "signal",
    "ndimage",
    "sparse",
    "spatial",
    "cluster",
    "io",
];

/// One workload of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workload {
    /// `<area>/<name>`: criterion's group name and function id.
    pub id: String,
    /// The crate whose criterion benches implement it (`sci-<area>`).
    #[serde(rename = "crate")]
    pub krate: String,
    /// The input and the timed call, on one line.
    pub description: String,
}

impl Workload {
    /// The area of the id: the part before the `/`.
    pub fn area(&self) -> &str {
        self.id
            .split_once('/')
            .map_or(self.id.as_str(), |(area, _)| area)
    }
}

/// The file layout: an array of `[[workload]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    workload: Vec<Workload>,
}

/// The path of the registry.
pub fn registry_path() -> PathBuf {
    root().join("benches").join("workloads.toml")
}

/// Reads and checks the registry (see [`parse`]).
pub fn load() -> DynResult<Vec<Workload>> {
    let path = registry_path();
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()).into())
}

/// Parses registry text and checks it: ids unique and of the form `<area>/<name>` with a known
/// area and a non-empty name, crate `sci-<area>`, descriptions non-empty and on one line.
pub fn parse(text: &str) -> DynResult<Vec<Workload>> {
    let file: RegistryFile = toml::from_str(text)?;
    let mut seen = BTreeSet::new();
    for workload in &file.workload {
        let id = &workload.id;
        let Some((area, name)) = id.split_once('/') else {
            return Err(format!("id `{id}` is not `<area>/<name>`").into());
        };
        if !AREAS.contains(&area) {
            return Err(format!("id `{id}`: unknown area `{area}` (known: {AREAS:?})").into());
        }
        if name.is_empty() || name.contains('/') || name.contains(char::is_whitespace) {
            return Err(format!("id `{id}`: bad name `{name}`").into());
        }
        if workload.krate != format!("sci-{area}") {
            return Err(
                format!("id `{id}`: crate `{}` is not `sci-{area}`", workload.krate).into(),
            );
        }
        let description = workload.description.trim();
        if description.is_empty() || description.contains('\n') {
            return Err(format!("id `{id}`: the description must be one non-empty line").into());
        }
        if !seen.insert(id.as_str()) {
            return Err(format!("id `{id}` is listed twice").into());
        }
    }
    Ok(file.workload)
}

/// A parsed FILTER (see the module docs for the syntax).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    alternatives: Vec<Alternative>,
}

/// One `|`-separated alternative of a [`Filter`].
#[derive(Debug, Clone, PartialEq, Eq)]
struct Alternative {
    text: String,
    at_start: bool,
    at_end: bool,
}

impl Filter {
    /// The filter that selects every id.
    pub fn all() -> Self {
        Self {
            alternatives: vec![Alternative {
                text: String::new(),
                at_start: false,
                at_end: false,
            }],
        }
    }

    /// Parses a FILTER; fails on regex syntax that is not supported.
    pub fn parse(pattern: &str) -> DynResult<Self> {
        const UNSUPPORTED: &[char] = &['*', '+', '?', '(', ')', '[', ']', '{', '}', '\\'];
        if let Some(c) = pattern.chars().find(|c| UNSUPPORTED.contains(c)) {
            return Err(format!(
                "FILTER `{pattern}`: `{c}` is not supported; use substrings separated by `|`, \
                 each optionally anchored with a leading `^` and a trailing `$`"
            )
            .into());
        }
        let mut alternatives = Vec::new();
        for part in pattern.split('|') {
            let (at_start, rest) = match part.strip_prefix('^') {
                Some(rest) => (true, rest),
                None => (false, part),
            };
            let (at_end, text) = match rest.strip_suffix('$') {
                Some(text) => (true, text),
                None => (false, rest),
            };
            if text.contains(['^', '$']) {
                return Err(format!(
                    "FILTER `{pattern}`: `^` and `$` are only allowed at the start and end of \
                     an alternative"
                )
                .into());
            }
            alternatives.push(Alternative {
                text: text.to_owned(),
                at_start,
                at_end,
            });
        }
        Ok(Self { alternatives })
    }

    /// Whether `id` is selected.
    pub fn matches(&self, id: &str) -> bool {
        self.alternatives
            .iter()
            .any(|alt| match (alt.at_start, alt.at_end) {
                (true, true) => id == alt.text,
                (true, false) => id.starts_with(&alt.text),
                (false, true) => id.ends_with(&alt.text),
                (false, false) => id.contains(&alt.text),
            })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// The number of workloads in the project's benchmark list.
    const WORKLOAD_COUNT: usize = 84;

    fn registry() -> Vec<Workload> {
        load().expect("benches/workloads.toml must load")
    }

    #[test]
    fn registry_lists_the_84_unique_ids() {
        let workloads = registry();
        assert_eq!(workloads.len(), WORKLOAD_COUNT);
        let unique: BTreeSet<&str> = workloads.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(unique.len(), WORKLOAD_COUNT);
    }

    #[test]
    fn registry_ids_are_area_slash_name_of_known_areas_and_crates() {
        let workloads = registry();
        let mut per_area: BTreeMap<&str, usize> = BTreeMap::new();
        for workload in &workloads {
            let (area, name) = workload.id.split_once('/').expect("an id has a `/`");
            assert!(AREAS.contains(&area), "{}", workload.id);
            assert!(!name.is_empty() && !name.contains('/'), "{}", workload.id);
            assert_eq!(workload.krate, format!("sci-{area}"), "{}", workload.id);
            assert_eq!(workload.area(), area);
            assert!(!workload.description.trim().is_empty(), "{}", workload.id);
            *per_area.entry(area).or_default() += 1;
        }
        // Every area has workloads; counts as in the benchmark list.
        assert_eq!(per_area.len(), AREAS.len());
        assert_eq!(per_area["linalg"], 9);
        assert_eq!(per_area["ndimage"], 10);
        assert_eq!(per_area["io"], 4);
    }

    #[test]
    fn registry_keeps_the_core_ids() {
        let workloads = registry();
        for id in [
            "linalg/solve_1000",
            "fft/fft_c2c_1000003",
            "special/jv_2.5_1e6",
            "ndimage/label_4096_d0.3",
            "io/mmread_1e6nnz",
        ] {
            assert!(workloads.iter().any(|w| w.id == id), "{id} missing");
        }
    }

    #[test]
    fn parse_rejects_bad_registries() {
        let one = |id: &str, krate: &str| {
            format!("[[workload]]\nid = \"{id}\"\ncrate = \"{krate}\"\ndescription = \"d\"\n")
        };
        assert!(parse(&one("linalg/solve_1000", "sci-linalg")).is_ok());
        assert!(parse(&one("solve_1000", "sci-linalg")).is_err());
        assert!(parse(&one("algebra/solve_1000", "sci-algebra")).is_err());
        assert!(parse(&one("linalg/solve_1000", "sci-fft")).is_err());
        let twice = one("fft/rfft_2p20", "sci-fft").repeat(2);
        assert!(parse(&twice).is_err());
        assert!(parse("[[workload]]\nid = \"fft/x\"\ncrate = \"sci-fft\"\n").is_err());
    }

    #[test]
    fn filter_substring_alternation_and_anchors() {
        let ids = [
            "linalg/solve_1000",
            "fft/fft_c2c_2p20",
            "fft/rfft_2p20",
            "signal/fftconvolve_1e6_1e4",
            "special/jv_2.5_1e6",
        ];
        let select = |pattern: &str| -> Vec<&str> {
            let filter = Filter::parse(pattern).expect("a valid filter");
            ids.iter()
                .copied()
                .filter(|id| filter.matches(id))
                .collect()
        };
        assert_eq!(select("").len(), ids.len());
        assert_eq!(
            select("fft"),
            [
                "fft/fft_c2c_2p20",
                "fft/rfft_2p20",
                "signal/fftconvolve_1e6_1e4"
            ]
        );
        assert_eq!(select("^fft/"), ["fft/fft_c2c_2p20", "fft/rfft_2p20"]);
        assert_eq!(select("2p20$"), ["fft/fft_c2c_2p20", "fft/rfft_2p20"]);
        assert_eq!(select("^fft/rfft_2p20$"), ["fft/rfft_2p20"]);
        assert_eq!(select("^fft/rfft$"), Vec::<&str>::new());
        assert_eq!(
            select("^linalg/|jv_2.5"),
            ["linalg/solve_1000", "special/jv_2.5_1e6"]
        );
        assert!(Filter::all().matches("io/mmread_1e6nnz"));
    }

    #[test]
    fn filter_rejects_unsupported_regex() {
        assert!(Filter::parse("fft.*2p20").is_err());
        assert!(Filter::parse("(fft)").is_err());
        assert!(Filter::parse("ff^t").is_err());
        assert!(Filter::parse("a$b").is_err());
    }
}
