"""Taylor coefficients of Ci about its third and fourth zeros, for
`crates/sci-special/src/exp_integrals/trigonometric.rs`.

Run with `.venv-golden/bin/python xtask/golden/special/fit_ci_zeros.py`; it prints the Rust
`RootSeries` constants. Each zero is printed as a double-double (hi, lo) and the
coefficients of t^1 ... t^TERMS of Ci(x0 + t), from mpmath's Taylor expansion at 60 digits.
Above x = 4 `Ci = f sin x - g cos x` cancels next to its zeros; the series keeps the
relative accuracy there (|t| <= 0.3, where the last term is below 1e-18 of the first).
"""
import mpmath as mp

mp.mp.dps = 60

TERMS = 16
# Neighbourhoods of the third and fourth zeros (6.4270..., 9.5256...).
STARTS = [("CI3_ROOT", 6.43), ("CI4_ROOT", 9.53)]


def main():
    for name, start in STARTS:
        x0 = mp.findroot(mp.ci, start)
        hi = float(x0)
        lo = float(x0 - mp.mpf(hi))
        coefficients = mp.taylor(mp.ci, x0, TERMS)[1:]
        worst = max(abs(c) * mp.mpf(0.3) ** k for k, c in enumerate(coefficients, 1))
        last = abs(coefficients[-1]) * mp.mpf(0.3) ** TERMS
        print(f"// zero {mp.nstr(x0, 25)}; last term / largest at |t| = 0.3: "
              f"{mp.nstr(last / worst, 3)}")
        print(f"const {name}: RootSeries = RootSeries {{")
        print(f"    hi: {hi!r},")
        print(f"    lo: {lo!r},")
        print("    coefficients: &[")
        for c in coefficients:
            print(f"        {float(c)!r},")
        print("    ],")
        print("};")


if __name__ == "__main__":
    main()
