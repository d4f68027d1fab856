//! The one loader of SciPy golden fixtures.
//!
//! `cargo xtask golden NAME` runs `xtask/golden/NAME.py`, which writes, per topic,
//! `crates/sci-NAME/tests/data/TOPIC.json` and the `.npy` arrays it references (format in
//! `xtask/golden/golden.py`):
//!
//! ```json
//! {"topic": "...", "script": "xtask/golden/NAME.py",
//!  "versions": {"numpy": "2.4.6", "scipy": "1.17.1", ...},
//!  "cases": [{"name": "...", "call": "...", "args": {...}, "expected": {...},
//!             "rtol": 1e-12, "atol": 0.0}]}
//! ```
//!
//! Inside `args` and `expected`, non-finite floats are the strings `"nan"`, `"inf"`, `"-inf"`,
//! complex scalars are `{"complex": [re, im]}`, and arrays are `{"npy": "TOPIC/FILE.npy"}`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ndarray::ArrayD;
use ndarray_npy::ReadableElement;
use num_complex::Complex64;
use serde_json::{Map, Value};

use super::Tol;

/// A fixture file: its cases and where they came from.
///
/// # Examples
///
/// ```
/// use sci_core::testing::{assert_close, Fixture};
///
/// let dir = std::env::temp_dir().join(format!("sci-core-doc-fixture-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("demo.json");
/// std::fs::write(&path, r#"{"topic": "demo", "script": "xtask/golden/demo.py",
///   "versions": {"scipy": "1.17.1"},
///   "cases": [{"name": "gamma(5)", "call": "scipy.special.gamma(5.0)",
///              "args": {"x": 5.0}, "expected": {"y": 24.0}, "rtol": 1e-15, "atol": 0.0}]}"#).unwrap();
///
/// let fixture = Fixture::load(&path);
/// assert_eq!(fixture.versions["scipy"], "1.17.1");
/// let case = fixture.case("gamma(5)");
/// assert_close(case.expected.f64("y"), 24.0, case.tol());
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
#[derive(Debug, Clone)]
pub struct Fixture {
    /// The topic (the file's stem).
    pub topic: String,
    /// The golden script that wrote it.
    pub script: String,
    /// Versions of Python, numpy, SciPy, mpmath that made it.
    pub versions: BTreeMap<String, String>,
    /// The cases, in file order.
    pub cases: Vec<Case>,
}

/// One case: a SciPy call, its arguments, its results and the tolerance to check them with.
#[derive(Debug, Clone)]
pub struct Case {
    /// A unique, readable name.
    pub name: String,
    /// The SciPy expression that made `expected`.
    pub call: String,
    /// The inputs.
    pub args: Values,
    /// The outputs of the SciPy call.
    pub expected: Values,
    /// Relative tolerance stated by the golden script.
    pub rtol: f64,
    /// Absolute tolerance stated by the golden script.
    pub atol: f64,
}

/// A named set of values (a case's `args` or `expected`), with typed getters that panic with
/// the case's name when a key is missing or has another type.
#[derive(Debug, Clone)]
pub struct Values {
    map: Map<String, Value>,
    dir: PathBuf,
    context: String,
}

impl Fixture {
    /// Reads a fixture JSON file.
    ///
    /// # Panics
    ///
    /// When the file cannot be read or does not follow the format, naming the file.
    #[track_caller]
    pub fn load(path: impl AsRef<Path>) -> Fixture {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
            panic!(
                "cannot read fixture {}: {e} (run `cargo xtask golden`)",
                path.display()
            )
        });
        let doc: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("fixture {} is not valid JSON: {e}", path.display()));
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let field = |key: &str| -> &Value {
            doc.get(key)
                .unwrap_or_else(|| panic!("fixture {} has no `{key}`", path.display()))
        };
        let string = |key: &str| -> String {
            field(key)
                .as_str()
                .unwrap_or_else(|| panic!("fixture {}: `{key}` is not a string", path.display()))
                .to_string()
        };
        let versions = field("versions")
            .as_object()
            .unwrap_or_else(|| panic!("fixture {}: `versions` is not an object", path.display()))
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    v.as_str().map_or_else(|| v.to_string(), str::to_string),
                )
            })
            .collect();
        let cases = field("cases")
            .as_array()
            .unwrap_or_else(|| panic!("fixture {}: `cases` is not a list", path.display()))
            .iter()
            .enumerate()
            .map(|(k, case)| Case::parse(case, &dir, &format!("{} case {k}", path.display())))
            .collect();
        Fixture {
            topic: string("topic"),
            script: string("script"),
            versions,
            cases,
        }
    }

    /// The case named `name`.
    ///
    /// # Panics
    ///
    /// When there is none.
    #[track_caller]
    pub fn case(&self, name: &str) -> &Case {
        self.cases
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("fixture `{}` has no case named `{name}`", self.topic))
    }
}

impl Case {
    fn parse(value: &Value, dir: &Path, context: &str) -> Case {
        let object = value
            .as_object()
            .unwrap_or_else(|| panic!("{context}: a case must be an object"));
        let text = |key: &str| -> String {
            object
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("{context}: `{key}` missing or not a string"))
                .to_string()
        };
        let name = text("name");
        let context = format!("{context} ({name})");
        let values = |key: &str| -> Values {
            let map = match object.get(key) {
                None | Some(Value::Null) => Map::new(),
                Some(Value::Object(map)) => map.clone(),
                Some(_) => panic!("{context}: `{key}` must be an object"),
            };
            Values {
                map,
                dir: dir.to_path_buf(),
                context: format!("{context} {key}"),
            }
        };
        let number = |key: &str| -> f64 {
            object
                .get(key)
                .map(|v| to_f64(v).unwrap_or_else(|| panic!("{context}: `{key}` is not a number")))
                .unwrap_or(0.0)
        };
        Case {
            call: text("call"),
            args: values("args"),
            expected: values("expected"),
            rtol: number("rtol"),
            atol: number("atol"),
            name,
        }
    }

    /// The tolerance the golden script stated for this case.
    ///
    /// # Examples
    ///
    /// See [`Fixture`].
    pub fn tol(&self) -> Tol {
        Tol::new(self.rtol, self.atol)
    }
}

impl Values {
    /// Whether `key` is present.
    pub fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// The keys, in file order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    /// The raw JSON value of `key`.
    ///
    /// # Panics
    ///
    /// When `key` is missing.
    #[track_caller]
    pub fn get(&self, key: &str) -> &Value {
        self.map
            .get(key)
            .unwrap_or_else(|| panic!("{}: no `{key}`", self.context))
    }

    /// A real number (`"nan"`, `"inf"`, `"-inf"` included).
    ///
    /// # Panics
    ///
    /// When `key` is missing or not a number.
    #[track_caller]
    pub fn f64(&self, key: &str) -> f64 {
        to_f64(self.get(key)).unwrap_or_else(|| panic!("{}: `{key}` is not a number", self.context))
    }

    /// A complex number (`{"complex": [re, im]}`; a real number has imaginary part 0).
    ///
    /// # Panics
    ///
    /// When `key` is missing or not a number.
    #[track_caller]
    pub fn complex(&self, key: &str) -> Complex64 {
        to_complex(self.get(key))
            .unwrap_or_else(|| panic!("{}: `{key}` is not a complex number", self.context))
    }

    /// An integer.
    ///
    /// # Panics
    ///
    /// When `key` is missing or not an integer.
    #[track_caller]
    pub fn i64(&self, key: &str) -> i64 {
        self.get(key)
            .as_i64()
            .unwrap_or_else(|| panic!("{}: `{key}` is not an integer", self.context))
    }

    /// A non-negative integer (a size, an index, a count).
    ///
    /// # Panics
    ///
    /// When `key` is missing or not a non-negative integer.
    #[track_caller]
    pub fn usize(&self, key: &str) -> usize {
        self.get(key)
            .as_u64()
            .and_then(|v| usize::try_from(v).ok())
            .unwrap_or_else(|| panic!("{}: `{key}` is not a non-negative integer", self.context))
    }

    /// A boolean.
    ///
    /// # Panics
    ///
    /// When `key` is missing or not a boolean.
    #[track_caller]
    pub fn bool(&self, key: &str) -> bool {
        self.get(key)
            .as_bool()
            .unwrap_or_else(|| panic!("{}: `{key}` is not a boolean", self.context))
    }

    /// A string.
    ///
    /// # Panics
    ///
    /// When `key` is missing or not a string.
    #[track_caller]
    pub fn str(&self, key: &str) -> &str {
        self.get(key)
            .as_str()
            .unwrap_or_else(|| panic!("{}: `{key}` is not a string", self.context))
    }

    /// A JSON list of real numbers.
    ///
    /// # Panics
    ///
    /// When `key` is missing or not a list of numbers.
    #[track_caller]
    pub fn f64_list(&self, key: &str) -> Vec<f64> {
        self.get(key)
            .as_array()
            .and_then(|list| list.iter().map(to_f64).collect())
            .unwrap_or_else(|| panic!("{}: `{key}` is not a list of numbers", self.context))
    }

    /// A JSON list of strings.
    ///
    /// # Panics
    ///
    /// When `key` is missing or not a list of strings.
    #[track_caller]
    pub fn str_list(&self, key: &str) -> Vec<&str> {
        self.get(key)
            .as_array()
            .and_then(|list| list.iter().map(Value::as_str).collect())
            .unwrap_or_else(|| panic!("{}: `{key}` is not a list of strings", self.context))
    }

    /// A nested object, as values.
    ///
    /// # Panics
    ///
    /// When `key` is missing or not an object.
    #[track_caller]
    pub fn object(&self, key: &str) -> Values {
        let map = self
            .get(key)
            .as_object()
            .unwrap_or_else(|| panic!("{}: `{key}` is not an object", self.context))
            .clone();
        Values {
            map,
            dir: self.dir.clone(),
            context: format!("{}.{key}", self.context),
        }
    }

    /// An array stored in a `.npy` file beside the fixture, read with element type `T`
    /// (`f64`, `Complex64`, `i64`, `u8`, `bool`, ... as ndarray-npy reads them; the type must
    /// match the file's dtype).
    ///
    /// # Panics
    ///
    /// When `key` is missing, is not an array reference, or the file cannot be read as `T`.
    #[track_caller]
    pub fn array<T: ReadableElement>(&self, key: &str) -> ArrayD<T> {
        let file = self
            .get(key)
            .get("npy")
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{}: `{key}` is not an array reference", self.context));
        let path = self.dir.join(file);
        ndarray_npy::read_npy(&path).unwrap_or_else(|e| {
            panic!(
                "{}: cannot read `{key}` from {}: {e}",
                self.context,
                path.display()
            )
        })
    }
}

fn to_f64(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => match s.as_str() {
            "nan" => Some(f64::NAN),
            "inf" => Some(f64::INFINITY),
            "-inf" => Some(f64::NEG_INFINITY),
            _ => None,
        },
        _ => None,
    }
}

fn to_complex(value: &Value) -> Option<Complex64> {
    if let Some(parts) = value.get("complex").and_then(Value::as_array) {
        return match parts.as_slice() {
            [re, im] => Some(Complex64::new(to_f64(re)?, to_f64(im)?)),
            _ => None,
        };
    }
    to_f64(value).map(|re| Complex64::new(re, 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array2, array};

    struct TempDir(PathBuf);

    impl TempDir {
        fn new(tag: &str) -> TempDir {
            let dir =
                std::env::temp_dir().join(format!("sci-core-fixture-{tag}-{}", std::process::id()));
            std::fs::create_dir_all(dir.join("topic")).unwrap();
            TempDir(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        let tmp = TempDir::new("kinds");
        let real: Array2<f64> = array![[1.0, f64::NAN], [3.0, -0.5]];
        let complex = array![Complex64::new(1.0, -2.0), Complex64::new(0.0, 0.5)];
        ndarray_npy::write_npy(tmp.0.join("topic/real.npy"), &real).unwrap();
        ndarray_npy::write_npy(tmp.0.join("topic/complex.npy"), &complex).unwrap();
        ndarray_npy::write_npy(tmp.0.join("topic/ints.npy"), &array![1i64, -2, 3]).unwrap();
        let json = r#"{"topic": "topic", "script": "xtask/golden/x.py",
          "versions": {"scipy": "1.17.1", "numpy": "2.4.6"},
          "cases": [
            {"name": "all", "call": "f(x)", "rtol": 1e-12, "atol": 1e-300,
             "args": {"x": 2.5, "n": 3, "flag": true, "mode": "reflect", "bad": "nan",
                      "big": "inf", "small": "-inf", "z": {"complex": [1.0, "-inf"]},
                      "list": [1.0, "nan"], "names": ["a", "b"], "opts": {"k": 4},
                      "real": {"npy": "topic/real.npy"}, "complex": {"npy": "topic/complex.npy"},
                      "ints": {"npy": "topic/ints.npy"}},
             "expected": {"y": -1e-310}},
            {"name": "bare", "call": "g()"}
          ]}"#;
        let path = tmp.0.join("topic.json");
        std::fs::write(&path, json).unwrap();
        let fixture = Fixture::load(&path);
        assert_eq!(fixture.topic, "topic");
        assert_eq!(fixture.script, "xtask/golden/x.py");
        assert_eq!(fixture.versions["numpy"], "2.4.6");
        assert_eq!(fixture.cases.len(), 2);
        let case = fixture.case("all");
        assert_eq!(case.call, "f(x)");
        assert_eq!(case.tol(), Tol::new(1e-12, 1e-300));
        let a = &case.args;
        assert_eq!(a.f64("x"), 2.5);
        assert_eq!((a.i64("n"), a.usize("n")), (3, 3));
        assert!(a.bool("flag"));
        assert_eq!(a.str("mode"), "reflect");
        assert!(a.f64("bad").is_nan());
        assert_eq!(
            (a.f64("big"), a.f64("small")),
            (f64::INFINITY, f64::NEG_INFINITY)
        );
        assert_eq!(a.complex("z"), Complex64::new(1.0, f64::NEG_INFINITY));
        assert_eq!(a.complex("x"), Complex64::new(2.5, 0.0));
        let list = a.f64_list("list");
        assert!(list[0] == 1.0 && list[1].is_nan());
        assert_eq!(a.str_list("names"), vec!["a", "b"]);
        assert_eq!(a.object("opts").usize("k"), 4);
        let r = a.array::<f64>("real");
        assert_eq!(r.shape(), &[2, 2]);
        assert!(r[[0, 1]].is_nan() && r[[1, 1]] == -0.5);
        assert_eq!(
            a.array::<Complex64>("complex")[[0]],
            Complex64::new(1.0, -2.0)
        );
        assert_eq!(
            a.array::<i64>("ints").into_raw_vec_and_offset().0,
            vec![1, -2, 3]
        );
        assert_eq!(case.expected.f64("y"), -1e-310);
        assert!(a.has("x") && !a.has("nope"));
        assert_eq!(a.keys().count(), 14);
        let bare = fixture.case("bare");
        assert_eq!(
            (bare.rtol, bare.atol, bare.args.keys().count()),
            (0.0, 0.0, 0)
        );
    }

    #[test]
    #[should_panic(expected = "no case named `missing`")]
    fn missing_case_names_itself() {
        let tmp = TempDir::new("missing");
        let path = tmp.0.join("t.json");
        std::fs::write(
            &path,
            r#"{"topic": "t", "script": "s", "versions": {}, "cases": []}"#,
        )
        .unwrap();
        Fixture::load(&path).case("missing");
    }

    #[test]
    #[should_panic(expected = "is not a number")]
    fn wrong_types_name_the_key() {
        let tmp = TempDir::new("types");
        let path = tmp.0.join("t.json");
        std::fs::write(
            &path,
            r#"{"topic": "t", "script": "s", "versions": {}, "cases": [{"name": "c", "call": "f", "args": {"x": "text"}}]}"#,
        )
        .unwrap();
        Fixture::load(&path).case("c").args.f64("x");
    }

    #[test]
    #[should_panic(expected = "cannot read fixture")]
    fn missing_file_says_how_to_make_it() {
        Fixture::load("/nonexistent/sci/fixture.json");
    }
}
