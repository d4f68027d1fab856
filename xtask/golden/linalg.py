"""Golden fixtures of sci-linalg: SciPy 1.17.1's results on well- and ill-conditioned inputs
(Hilbert matrices, rank-deficient, near-singular, 1x1 and empty), per family.

Each family is a module `xtask/golden/linalg/FAMILY.py` (see `families.py`). Run all families
(`cargo xtask golden linalg`) or some:
`.venv-golden/bin/python xtask/golden/linalg.py special_matrices`.
"""
from families import run

if __name__ == "__main__":
    run("linalg")
