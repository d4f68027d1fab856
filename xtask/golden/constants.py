"""Golden fixtures of sci-constants (`cargo xtask golden constants`), from scipy.constants.

Topics, written to `crates/sci-constants/tests/data/`:
  - physical_constants: one case per key of SciPy's CODATA table (value, unit, uncertainty,
    precision, whether find() lists it as current, whether SciPy warns ConstantWarning on it);
  - constants: every public name of scipy.constants that is a number, with its value;
  - temperature: convert_temperature over all 16 scale pairs (several spellings, arrays of
    1 and 2 dimensions, special values), and its errors on unknown scales;
  - wavelength: lambda2nu and nu2lambda on arrays;
  - find: find(sub) for a few substrings, and find() (all current keys).
"""
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(__file__))

import numpy as np  # noqa: E402
import scipy.constants as sc  # noqa: E402

from golden import Fixture  # noqa: E402

SEED = 20240917


def codata_table():
    fx = Fixture("constants", "physical_constants")
    current = set(sc.find())
    for key in sorted(sc.physical_constants):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            value = sc.value(key)
            unit = sc.unit(key)
            precision = sc.precision(key)
        warns = any(issubclass(w.category, sc.ConstantWarning) for w in caught)
        uncertainty = sc.physical_constants[key][2]
        fx.case(
            key,
            f"scipy.constants.value/unit/precision({key!r}), physical_constants[{key!r}][2]",
            args={"key": key},
            expected={
                "value": value,
                "unit": unit,
                "uncertainty": uncertainty,
                "precision": precision,
                "current": key in current,
                "warns": warns,
            },
            rtol=0.0,
        )
    fx.write()


def named_constants():
    fx = Fixture("constants", "constants")
    for name in sorted(sc.__all__):
        value = getattr(sc, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        # Binary prefixes are Python ints; all of them are powers of two, exact in an f64.
        is_int = isinstance(value, int)
        if is_int and float(value) != value:
            raise ValueError(f"{name} = {value} is not exact in f64")
        fx.case(
            name,
            f"scipy.constants.{name}",
            args={"name": name},
            expected={"value": float(value), "python_int": is_int},
            rtol=0.0,
        )
    fx.write()


SCALES = {
    "Celsius": ["Celsius", "celsius", "C", "c"],
    "Kelvin": ["Kelvin", "kelvin", "K", "k"],
    "Fahrenheit": ["Fahrenheit", "fahrenheit", "F", "f"],
    "Rankine": ["Rankine", "rankine", "R", "r"],
}


def temperature():
    fx = Fixture("constants", "temperature")
    rng = np.random.default_rng(SEED)
    special = np.array([-459.67, -273.15, -40.0, 0.0, 32.0, 37.0, 100.0, 273.15, 1e6, -1e-300,
                        np.nan, np.inf, -np.inf])
    values = np.concatenate([special, rng.normal(0.0, 300.0, 20)])
    grid = rng.uniform(-500.0, 500.0, (3, 4))
    for i, old in enumerate(SCALES):
        for j, new in enumerate(SCALES):
            # Cycle through SciPy's spellings so each one is exercised.
            old_name = SCALES[old][(i + j) % 4]
            new_name = SCALES[new][(i + 2 * j + 1) % 4]
            res = sc.convert_temperature(values, old_name, new_name)
            fx.case(f"{old} to {new}",
                    f"scipy.constants.convert_temperature(val, {old_name!r}, {new_name!r})",
                    args={"val": values, "old_scale": old_name, "new_scale": new_name},
                    expected={"res": np.asarray(res, dtype=np.float64)}, rtol=0.0)
            res2 = sc.convert_temperature(grid, old, new)
            fx.case(f"{old} to {new}, 2-D",
                    f"scipy.constants.convert_temperature(grid, {old!r}, {new!r})",
                    args={"val": grid, "old_scale": old, "new_scale": new},
                    expected={"res": np.asarray(res2, dtype=np.float64)}, rtol=0.0)
            scalar = float(sc.convert_temperature(np.float64(-40.0 + 17.0 * i), old, new))
            fx.case(f"{old} to {new}, scalar",
                    f"scipy.constants.convert_temperature({-40.0 + 17.0 * i!r}, {old!r}, {new!r})",
                    args={"val": -40.0 + 17.0 * i, "old_scale": old, "new_scale": new},
                    expected={"res": scalar}, rtol=0.0)
    # SciPy lowercases the names, so any case is accepted.
    for old_name, new_name in [("CELSIUS", "kElViN"), ("fAhReNhEiT", "RANKINE")]:
        res = sc.convert_temperature(values, old_name, new_name)
        fx.case(f"{old_name} to {new_name}",
                f"scipy.constants.convert_temperature(val, {old_name!r}, {new_name!r})",
                args={"val": values, "old_scale": old_name, "new_scale": new_name},
                expected={"res": np.asarray(res, dtype=np.float64)}, rtol=0.0)
    for old_name, new_name, bad in [("Reaumur", "Kelvin", "old_scale"),
                                    ("Kelvin", "Delisle", "new_scale"),
                                    ("", "Celsius", "old_scale"),
                                    ("Celsius", "Celsius ", "new_scale"),
                                    ("kelvins", "c", "old_scale")]:
        try:
            sc.convert_temperature(np.array([1.0]), old_name, new_name)
        except NotImplementedError:
            error = "NotImplementedError"
        else:
            raise AssertionError(f"SciPy accepted {old_name!r} -> {new_name!r}")
        fx.case(f"error {old_name!r} to {new_name!r}",
                f"scipy.constants.convert_temperature([1.0], {old_name!r}, {new_name!r})",
                args={"val": 1.0, "old_scale": old_name, "new_scale": new_name},
                expected={"error": error, "argument": bad})
    fx.write()


def wavelength():
    fx = Fixture("constants", "wavelength")
    rng = np.random.default_rng(SEED + 1)
    special = np.array([1.0, sc.c, 0.0, -0.0, -500e-9, 1e-300, 1e300, np.inf, -np.inf, np.nan])
    wavelengths = np.concatenate([special, 10.0 ** rng.uniform(-12.0, 3.0, 20)])
    frequencies = np.concatenate([special, 10.0 ** rng.uniform(3.0, 20.0, 20)])
    grid = 10.0 ** rng.uniform(-9.0, 9.0, (2, 5))
    with np.errstate(divide="ignore", over="ignore"):
        fx.case("lambda2nu", "scipy.constants.lambda2nu(lambda_)",
                args={"x": wavelengths}, expected={"res": sc.lambda2nu(wavelengths)})
        fx.case("nu2lambda", "scipy.constants.nu2lambda(nu)",
                args={"x": frequencies}, expected={"res": sc.nu2lambda(frequencies)})
        fx.case("lambda2nu, 2-D", "scipy.constants.lambda2nu(grid)",
                args={"x": grid}, expected={"res": sc.lambda2nu(grid)})
        fx.case("nu2lambda, 2-D", "scipy.constants.nu2lambda(grid)",
                args={"x": grid}, expected={"res": sc.nu2lambda(grid)})
    fx.write()


def find():
    fx = Fixture("constants", "find")
    fx.case("find()", "scipy.constants.find()", args={"sub": None},
            expected={"keys": sc.find()})
    for sub in ["", "radius", "RADIUS", "Boltzmann", "magn. moment", "mag. ", "Planck",
                "electron", "in inverse meters per tesla", "natural unit of mom",
                "electric constant", "no such constant", "/", "{220}"]:
        fx.case(f"find({sub!r})", f"scipy.constants.find({sub!r})", args={"sub": sub},
                expected={"keys": sc.find(sub)})
    fx.write()


if __name__ == "__main__":
    codata_table()
    named_constants()
    temperature()
    wavelength()
    find()
