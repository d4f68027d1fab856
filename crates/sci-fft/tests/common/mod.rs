//! Shared helpers of the golden tests: fixture loading with shared inputs, option building
//! from a case's arguments, and the norm-wise relative error.

#![allow(dead_code)] // Each test file uses a part of these helpers.

use std::collections::HashMap;

use sci_core::Complex64;
use sci_core::ndarray::ArrayD;
use sci_core::testing::{Case, Fixture, Values};
use sci_fft::{DctOptions, DctnOptions, FftOptions, FftnOptions, Norm};

/// The relative tolerance of the issue: 1e-13, norm-wise.
pub const RTOL: f64 = 1e-13;

/// A fixture with its input arrays indexed by key.
pub struct Golden {
    pub fixture: Fixture,
    inputs: HashMap<String, usize>,
}

/// An input array: real or complex, as SciPy got it.
pub enum Input {
    Real(ArrayD<f64>),
    Complex(ArrayD<Complex64>),
    Real32(ArrayD<f32>),
    Complex32(ArrayD<sci_core::num_complex::Complex32>),
}

impl Golden {
    pub fn load(topic: &str) -> Golden {
        let path = format!("{}/tests/data/{topic}.json", env!("CARGO_MANIFEST_DIR"));
        let fixture = Fixture::load(path);
        assert_eq!(fixture.versions["scipy"], "1.17.1");
        let inputs = fixture
            .cases
            .iter()
            .enumerate()
            .filter_map(|(k, c)| {
                c.name
                    .strip_prefix("input ")
                    .map(|key| (key.to_string(), k))
            })
            .collect();
        Golden { fixture, inputs }
    }

    /// The cases that are calls (not shared inputs).
    pub fn calls(&self) -> impl Iterator<Item = &Case> {
        self.fixture
            .cases
            .iter()
            .filter(|c| !c.name.starts_with("input "))
    }

    /// The input `x` of `case`.
    pub fn input(&self, case: &Case) -> Input {
        let key = case.args.object("x").str("input").to_string();
        let holder = &self.fixture.cases[self.inputs[&key]];
        match holder.args.str("dtype") {
            "float64" => Input::Real(holder.args.array::<f64>("x")),
            "complex128" => Input::Complex(holder.args.array::<Complex64>("x")),
            "float32" => Input::Real32(holder.args.array::<f32>("x")),
            "complex64" => Input::Complex32(holder.args.array("x")),
            other => panic!("{}: unexpected dtype {other}", case.name),
        }
    }
}

fn opt_usize(v: &Values, key: &str) -> Option<usize> {
    v.has(key).then(|| v.usize(key))
}

fn opt_list(v: &Values, key: &str) -> Option<Vec<i64>> {
    v.has(key)
        .then(|| v.f64_list(key).into_iter().map(|x| x as i64).collect())
}

pub fn norm(v: &Values) -> Norm {
    if v.has("norm") {
        v.str("norm").parse().unwrap()
    } else {
        Norm::Backward
    }
}

pub fn fft_options(v: &Values) -> FftOptions {
    let mut o = FftOptions::default().norm(norm(v));
    if let Some(n) = opt_usize(v, "n") {
        o = o.n(n);
    }
    if v.has("axis") {
        o = o.axis(v.i64("axis") as isize);
    }
    o
}

pub fn fftn_options(v: &Values) -> FftnOptions {
    let mut o = FftnOptions::default().norm(norm(v));
    if let Some(s) = opt_list(v, "s") {
        o = o.s(s.into_iter().map(|x| x as usize).collect::<Vec<_>>());
    }
    if let Some(a) = opt_list(v, "axes") {
        o = o.axes(a.into_iter().map(|x| x as isize).collect::<Vec<_>>());
    }
    o
}

fn orthogonalize(v: &Values) -> Option<bool> {
    v.has("orthogonalize").then(|| v.bool("orthogonalize"))
}

pub fn dct_options(v: &Values) -> DctOptions {
    let mut o = DctOptions::default()
        .r#type(v.usize("type") as u8)
        .norm(norm(v));
    if let Some(n) = opt_usize(v, "n") {
        o = o.n(n);
    }
    if v.has("axis") {
        o = o.axis(v.i64("axis") as isize);
    }
    if let Some(b) = orthogonalize(v) {
        o = o.orthogonalize(b);
    }
    o
}

pub fn dctn_options(v: &Values) -> DctnOptions {
    let mut o = DctnOptions::default()
        .r#type(v.usize("type") as u8)
        .norm(norm(v));
    if let Some(s) = opt_list(v, "s") {
        o = o.s(s.into_iter().map(|x| x as usize).collect::<Vec<_>>());
    }
    if let Some(a) = opt_list(v, "axes") {
        o = o.axes(a.into_iter().map(|x| x as isize).collect::<Vec<_>>());
    }
    o
}

/// `||actual - expected|| / ||expected||` (absolute when `expected` is zero), after checking
/// the shapes agree.
pub fn normwise_error<A, E>(name: &str, actual: &ArrayD<A>, expected: &ArrayD<E>) -> f64
where
    A: AsC64,
    E: AsC64,
{
    assert_eq!(actual.shape(), expected.shape(), "{name}: shapes differ");
    let (mut diff, mut scale) = (0.0, 0.0);
    for (&a, &e) in actual.iter().zip(expected.iter()) {
        let (a, e) = (a.c64(), e.c64());
        diff += (a - e).norm_sqr();
        scale += e.norm_sqr();
    }
    if scale == 0.0 {
        diff.sqrt()
    } else {
        (diff / scale).sqrt()
    }
}

/// Asserts the norm-wise relative error is within `rtol`.
#[track_caller]
pub fn assert_normwise<A, E>(name: &str, actual: &ArrayD<A>, expected: &ArrayD<E>, rtol: f64)
where
    A: AsC64,
    E: AsC64,
{
    let err = normwise_error(name, actual, expected);
    assert!(
        err <= rtol,
        "{name}: norm-wise relative error {err:e} > {rtol:e}"
    );
}

/// Element types compared as complex numbers.
pub trait AsC64: Copy {
    fn c64(self) -> Complex64;
}
impl AsC64 for f64 {
    fn c64(self) -> Complex64 {
        Complex64::new(self, 0.0)
    }
}
impl AsC64 for f32 {
    fn c64(self) -> Complex64 {
        Complex64::new(f64::from(self), 0.0)
    }
}
impl AsC64 for Complex64 {
    fn c64(self) -> Complex64 {
        self
    }
}
impl AsC64 for sci_core::num_complex::Complex32 {
    fn c64(self) -> Complex64 {
        Complex64::new(f64::from(self.re), f64::from(self.im))
    }
}
