"""The one fixture writer of the golden scripts (`xtask/golden/NAME.py`).

A fixture is a JSON file per topic, `crates/sci-NAME/tests/data/TOPIC.json`:

    {
      "topic": "...", "script": "xtask/golden/NAME.py",
      "versions": {"python": ..., "numpy": ..., "scipy": ..., "mpmath": ...},
      "cases": [
        {"name": ..., "call": "the SciPy call that made it",
         "args": {...}, "expected": {...}, "rtol": ..., "atol": ...}
      ]
    }

Values inside `args` and `expected` are JSON numbers, strings, booleans, null and lists, plus:
  - non-finite floats as the strings "nan", "inf", "-inf";
  - complex scalars as {"complex": [re, im]};
  - numpy arrays as {"npy": "TOPIC/FILE.npy"}, stored beside the JSON file (path relative to
    the JSON file's folder), read by `sci_core::testing::Fixture` with its element type.

Usage inside a golden script:

    from golden import Fixture
    fx = Fixture("constants", "physical_constants")
    fx.case("speed of light", "scipy.constants.c", expected={"value": c}, rtol=0.0)
    fx.write()
"""
import json
import math
import pathlib
import platform
import shutil

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]


def versions():
    out = {"python": platform.python_version(), "numpy": np.__version__}
    try:
        import scipy
        out["scipy"] = scipy.__version__
    except ImportError:
        pass
    try:
        import mpmath
        out["mpmath"] = mpmath.__version__
    except ImportError:
        pass
    return out


class Fixture:
    def __init__(self, crate, topic):
        self.crate = crate
        self.topic = topic
        self.dir = ROOT / "crates" / f"sci-{crate}" / "tests" / "data"
        self.cases = []
        self.arrays = {}

    def _encode(self, value, stem):
        if isinstance(value, (np.ndarray,)) and value.ndim > 0:
            name = f"{self.topic}/{stem}.npy"
            self.arrays[name] = np.ascontiguousarray(value)
            return {"npy": name}
        if isinstance(value, np.ndarray):
            value = value[()]
        if isinstance(value, (bool, np.bool_)):
            return bool(value)
        if isinstance(value, (int, np.integer)):
            return int(value)
        if isinstance(value, (float, np.floating)):
            value = float(value)
            if math.isnan(value):
                return "nan"
            if math.isinf(value):
                return "inf" if value > 0 else "-inf"
            return value
        if isinstance(value, (complex, np.complexfloating)):
            return {"complex": [self._encode(value.real, stem), self._encode(value.imag, stem)]}
        if isinstance(value, dict):
            return {k: self._encode(v, f"{stem}_{k}") for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self._encode(v, f"{stem}_{i}") for i, v in enumerate(value)]
        if value is None or isinstance(value, str):
            return value
        raise TypeError(f"cannot store {type(value)} in a fixture")

    def case(self, name, call, args=None, expected=None, rtol=0.0, atol=0.0):
        """Adds a case: `call` is the SciPy expression that made `expected` from `args`."""
        index = len(self.cases)
        self.cases.append({
            "name": name,
            "call": call,
            "args": self._encode(args or {}, f"c{index}_args"),
            "expected": self._encode(expected or {}, f"c{index}_expected"),
            "rtol": rtol,
            "atol": atol,
        })

    def accuracy(self, function, call, columns, table, domain):
        """Adds an accuracy table (read by `sci_core::testing::AccuracyTable`).

        `table` is a 2-D array with one row per point: the argument columns, then the mpmath
        reference rounded to float64 (`mpmath`, or `mpmath_re`, `mpmath_im`), then SciPy's
        value at the point (`scipy`, or `scipy_re`, `scipy_im`); `columns` names them in order.
        `domain` says in words what the points cover.
        """
        table = np.asarray(table, dtype=np.float64)
        if table.ndim != 2 or table.shape[1] != len(columns):
            raise ValueError(f"{function}: table of shape {table.shape} for columns {columns}")
        self.case(function, call, args={"columns": list(columns), "table": table, "domain": domain})

    def write(self):
        """Writes the JSON file and its arrays, replacing the topic's old files."""
        self.dir.mkdir(parents=True, exist_ok=True)
        array_dir = self.dir / self.topic
        if array_dir.exists():
            shutil.rmtree(array_dir)
        for name, array in self.arrays.items():
            path = self.dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, array, allow_pickle=False)
        doc = {
            "topic": self.topic,
            "script": f"xtask/golden/{self.crate}.py",
            "versions": versions(),
            "cases": self.cases,
        }
        path = self.dir / f"{self.topic}.json"
        path.write_text(json.dumps(doc, indent=1, allow_nan=False) + "\n")
        print(f"wrote {path.relative_to(ROOT)} ({len(self.cases)} cases, {len(self.arrays)} arrays)")
