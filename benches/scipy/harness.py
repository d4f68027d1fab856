#!/usr/bin/env python3
"""The SciPy twin harness of `cargo xtask bench-compare`.

Times the SciPy twin of each selected workload with the project's twin protocol and
measures the two physical references on the numpy side, then writes one JSON document.

Twins live in one module per area, `benches/scipy/<area>.py` (an area of
`benches/workloads.toml`: linalg, fft, ...), each defining

    WORKLOADS = {"linalg/solve_1000": (setup, call), ...}

where `setup()` builds the inputs (untimed) and `call(inputs)` is the timed SciPy call,
returning the full result. An area without a module has no twins yet.

The twin protocol, per workload: `inputs = setup()` (untimed); one warm-up call; then
`repeats = clamp(ceil(1.5 s / warm-up time), 5, 400)` calls, each timed with
`time.perf_counter()`; the median, min and max of those calls and `repeats` are reported.

The references: `sys/copy_1gib` copies a 1 GiB float64 array into a preallocated one
(`numpy.copyto`), reported in GB/s (10^9 bytes) counting read + write bytes, 2 GiB per copy;
`sys/dgemm_2000` multiplies two 2000x2000 float64 matrices into a preallocated output
(`numpy.matmul(a, b, out=c)`), reported in GFLOP/s = 2 n^3 / t. Both use the twin protocol.

OpenBLAS reads `OPENBLAS_CORETYPE` and `OPENBLAS_L2_SIZE` when it loads: the harness
re-executes itself without them when they are set, so numpy/SciPy use their native kernel.
`--threads N` runs everything under `threadpoolctl.threadpool_limits(N)` (the BLAS of numpy
and SciPy, and SciPy's fast_matrix_market); without it the libraries keep their defaults.
`threadpoolctl.threadpool_info()` is recorded in the output.

Usage:
    python harness.py [--ids ID,ID,... | --ids-file PATH] [--filter REGEX] [--threads N]
                      [--no-sys] [--output PATH] [--list]
"""

import os
import sys

# Before numpy is imported anywhere: drop the OpenBLAS overrides of this machine.
OPENBLAS_OVERRIDES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
if any(name in os.environ for name in OPENBLAS_OVERRIDES):
    _env = {k: v for k, v in os.environ.items() if k not in OPENBLAS_OVERRIDES}
    os.execve(sys.executable, [sys.executable, *sys.argv], _env)

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import scipy  # noqa: E402
import scipy.io  # noqa: E402,F401
import scipy.linalg  # noqa: E402,F401  (loads SciPy's own OpenBLAS, so it is reported)
import threadpoolctl  # noqa: E402

try:  # SciPy's Matrix Market reader registers its thread pool once its core is loaded.
    from scipy.io._fast_matrix_market import _fmm_core  # noqa: E402,F401
except ImportError:  # a SciPy without fast_matrix_market: nothing to limit there
    pass

HERE = Path(__file__).resolve().parent

#: The areas of `benches/workloads.toml`, in report order; `<area>.py` holds its twins.
AREAS = (
    "linalg", "fft", "optimize", "stats", "special", "interpolate", "integrate",
    "signal", "ndimage", "sparse", "spatial", "cluster", "io",
)

#: Target total time of the timed calls of one workload, in seconds.
TARGET_SECONDS = 1.5
#: Fewest and most timed calls per workload.
MIN_REPEATS = 5
MAX_REPEATS = 400

COPY_ELEMENTS = 2**27  # 1 GiB of float64
DGEMM_N = 2000


def repeats_for(warmup_seconds):
    """The number of timed calls after a warm-up call that took `warmup_seconds`."""
    if warmup_seconds <= 0.0:
        return MAX_REPEATS
    return min(MAX_REPEATS, max(MIN_REPEATS, math.ceil(TARGET_SECONDS / warmup_seconds)))


def measure(call, inputs):
    """Runs the twin protocol on `call(inputs)` and returns its timings (seconds)."""
    start = time.perf_counter()
    call(inputs)
    warmup = time.perf_counter() - start
    repeats = repeats_for(warmup)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call(inputs)
        times.append(time.perf_counter() - start)
    return {
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "repeats": repeats,
        "warmup_s": warmup,
    }


def load_twins():
    """Imports every `<area>.py` beside this file and returns {id: (setup, call)}."""
    twins = {}
    for area in AREAS:
        path = HERE / f"{area}.py"
        if not path.is_file():
            continue
        spec = importlib.util.spec_from_file_location(f"sci_twins_{area}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        workloads = getattr(module, "WORKLOADS", None)
        if not isinstance(workloads, dict):
            raise SystemExit(f"{path}: no WORKLOADS dict")
        for workload_id, twin in workloads.items():
            if not workload_id.startswith(f"{area}/"):
                raise SystemExit(f"{path}: id {workload_id!r} is not in area {area!r}")
            if not (isinstance(twin, tuple) and len(twin) == 2 and all(map(callable, twin))):
                raise SystemExit(f"{path}: {workload_id!r} must map to (setup, call)")
            twins[workload_id] = twin
    return twins


def copy_reference():
    """`sys/copy_1gib`: numpy copy of 1 GiB of float64, GB/s counting read + write."""
    src = np.arange(COPY_ELEMENTS, dtype=np.float64)
    dst = np.empty_like(src)
    timing = measure(lambda arrays: np.copyto(arrays[1], arrays[0]), (src, dst))
    if not np.array_equal(src[-4:], dst[-4:]):
        raise SystemExit("sys/copy_1gib: the copy is wrong")
    timing["bytes_per_call"] = 2 * src.nbytes
    timing["gb_per_s"] = 2 * src.nbytes / timing["median_s"] / 1e9
    return timing


def dgemm_reference():
    """`sys/dgemm_2000`: numpy 2000x2000 float64 product, GFLOP/s = 2 n^3 / t."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((DGEMM_N, DGEMM_N))
    b = rng.standard_normal((DGEMM_N, DGEMM_N))
    c = np.empty((DGEMM_N, DGEMM_N))
    timing = measure(lambda m: np.matmul(m[0], m[1], out=m[2]), (a, b, c))
    if not math.isclose(c[0, 0], float(a[0] @ b[:, 0]), rel_tol=1e-9, abs_tol=1e-9):
        raise SystemExit("sys/dgemm_2000: the product is wrong")
    timing["flop_per_call"] = 2 * DGEMM_N**3
    timing["gflop_per_s"] = 2 * DGEMM_N**3 / timing["median_s"] / 1e9
    return timing


def thread_pools():
    """`threadpoolctl.threadpool_info()` made JSON-safe (a version given as a function is called)."""
    pools = []
    for pool in threadpoolctl.threadpool_info():
        entry = {}
        for key, value in pool.items():
            if callable(value):
                value = value()
            if not isinstance(value, (str, int, float, bool, type(None))):
                value = str(value)
            entry[key] = value
        pools.append(entry)
    return pools


def select(twins, ids, pattern):
    """The ids to time (in order) and the requested ids that have no twin."""
    if ids is None:
        wanted = sorted(twins)
    else:
        wanted = list(ids)
    if pattern is not None:
        regex = re.compile(pattern)
        wanted = [i for i in wanted if regex.search(i)]
    return [i for i in wanted if i in twins], [i for i in wanted if i not in twins]


def run(args):
    """Measures what `args` selects and returns the JSON document as a dict."""
    twins = load_twins()
    ids = None
    if args.ids is not None:
        ids = [i for i in args.ids.split(",") if i]
    elif args.ids_file is not None:
        ids = [line.strip() for line in args.ids_file.read_text().splitlines() if line.strip()]
    chosen, missing = select(twins, ids, args.filter)
    result = {
        "harness": "benches/scipy/harness.py",
        "protocol": {
            "target_s": TARGET_SECONDS,
            "min_repeats": MIN_REPEATS,
            "max_repeats": MAX_REPEATS,
            "clock": "time.perf_counter",
        },
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "threadpoolctl": threadpoolctl.__version__,
        "threads": args.threads,
        "removed_env": list(OPENBLAS_OVERRIDES),
        "workloads": {},
        "missing": missing,
        "sys": None,
    }
    with threadpoolctl.threadpool_limits(limits=args.threads):
        result["threadpool_info"] = thread_pools()
        if not args.no_sys:
            print("scipy twin: sys/copy_1gib", file=sys.stderr, flush=True)
            copy = copy_reference()
            print("scipy twin: sys/dgemm_2000", file=sys.stderr, flush=True)
            dgemm = dgemm_reference()
            result["sys"] = {"copy_1gib": copy, "dgemm_2000": dgemm}
        for workload_id in chosen:
            setup, call = twins[workload_id]
            print(f"scipy twin: {workload_id}", file=sys.stderr, flush=True)
            inputs = setup()
            result["workloads"][workload_id] = measure(call, inputs)
            del inputs
    return result


def main():
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ids", help="comma-separated workload ids to time (default: all twins)")
    parser.add_argument("--ids-file", type=Path, help="a file of workload ids, one per line")
    parser.add_argument("--filter", help="Python regex searched in the ids (re.search)")
    parser.add_argument("--threads", type=int, help="threadpoolctl limit for BLAS and co.")
    parser.add_argument("--no-sys", action="store_true", help="skip the sys references")
    parser.add_argument("--output", type=Path, help="write the JSON here instead of stdout")
    parser.add_argument("--list", action="store_true", help="print the twin ids and exit")
    args = parser.parse_args()
    if args.ids is not None and args.ids_file is not None:
        parser.error("give --ids or --ids-file, not both")
    if args.threads is not None and args.threads < 1:
        parser.error("--threads must be at least 1")
    if args.list:
        print("\n".join(sorted(load_twins())))
        return
    text = json.dumps(run(args), indent=1, sort_keys=True)
    if args.output is None:
        print(text)
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n")


if __name__ == "__main__":
    main()
