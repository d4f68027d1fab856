//! Properties of the non-central distribution kernels: `nc = 0` gives the central kernels,
//! the CDFs increase in their variate and decrease in `nc`, the inverses invert the CDFs, and
//! the non-central t satisfies its reflection `nctdtr(df, nc, -t) = 1 - nctdtr(df, -nc, t)`.

use proptest::prelude::*;
use sci_special::{chdtr, chndtr, chndtrix, fdtr, ncfdtr, ncfdtri, nctdtr, nctdtrit, stdtr};

/// `10^e`.
fn pow10(e: f64) -> f64 {
    10f64.powf(e)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// nc = 0 is the central kernel, exactly (the same code path).
    #[test]
    fn zero_nc_is_central(df in -1.0f64..3.0, dfd in -1.0f64..3.0, x in -2.0f64..2.0) {
        let (df, dfd, x) = (pow10(df), pow10(dfd), pow10(x));
        prop_assert_eq!(chndtr(x, df, 0.0), chdtr(df, x));
        prop_assert_eq!(ncfdtr(df, dfd, 0.0, x), fdtr(df, dfd, x));
        prop_assert_eq!(nctdtr(df, 0.0, x), stdtr(df, x));
        prop_assert_eq!(nctdtr(df, 0.0, -x), stdtr(df, -x));
    }

    /// A tiny nc is close to the central kernel (the CDF moves by O(nc)).
    #[test]
    fn small_nc_tends_to_central(df in -1.0f64..3.0, x in -1.0f64..1.0) {
        let (df, x) = (pow10(df), pow10(x));
        let nc = 1e-12;
        prop_assert!((chndtr(x, df, nc) - chdtr(df, x)).abs() <= 1e-11);
        prop_assert!((ncfdtr(df, 3.0, nc, x) - fdtr(df, 3.0, x)).abs() <= 1e-11);
        prop_assert!((nctdtr(df, nc, x) - stdtr(df, x)).abs() <= 1e-11);
    }

    /// The CDFs increase in the variate and decrease in nc, tails included.
    #[test]
    fn monotone(df in -1.0f64..3.0, nc in -1.0f64..3.0, x in -1.0f64..2.5, r in 1.001f64..2.0) {
        let (df, nc, x) = (pow10(df), pow10(nc), pow10(x));
        prop_assert!(chndtr(x, df, nc) <= chndtr(x * r, df, nc));
        prop_assert!(chndtr(x, df, nc * r) <= chndtr(x, df, nc));
        prop_assert!(ncfdtr(df, 5.0, nc, x) <= ncfdtr(df, 5.0, nc, x * r));
        prop_assert!(ncfdtr(df, 5.0, nc * r, x) <= ncfdtr(df, 5.0, nc, x));
        let d = nc.min(30.0);
        prop_assert!(nctdtr(df, d, x) <= nctdtr(df, d, x * r));
        prop_assert!(nctdtr(df, d, -x * r) <= nctdtr(df, d, -x));
        prop_assert!(nctdtr(df, d * r, x) <= nctdtr(df, d, x));
    }

    /// The reflection of the non-central t: P(T <= -t; nc) = 1 - P(T <= t; -nc), where both
    /// sides are the larger (well-conditioned) value.
    #[test]
    fn t_reflection(df in -1.0f64..3.0, nc in -2.0f64..1.5, t in -2.0f64..2.0) {
        let (df, nc, t) = (pow10(df), pow10(nc), pow10(t));
        let left = nctdtr(df, -nc, -t);
        let right = 1.0 - nctdtr(df, nc, t);
        prop_assert!((left - right).abs() <= 4.0 * f64::EPSILON, "{left} {right}");
    }

    /// chndtrix(chndtr(x)) = x where the inverse is well conditioned (the CDF not below 1e-10
    /// nor within 1e-4 of 1, where the rounding of p alone moves the root by eps / (1 - p)).
    #[test]
    fn chi_square_round_trip(df in -1.0f64..3.5, nc in -2.0f64..3.5, u in 0.0f64..1.0) {
        let (df, nc) = (pow10(df), pow10(nc));
        let x = (df + nc) * pow10(2.0 * u - 1.0);
        let p = chndtr(x, df, nc);
        prop_assume!(p > 1e-10 && p < 1.0 - 1e-4);
        let back = chndtrix(p, df, nc);
        prop_assert!((back - x).abs() <= 1e-9 * x, "{x} {df} {nc} {p} {back}");
    }

    /// ncfdtri(ncfdtr(f)) = f where the inverse is well conditioned.
    #[test]
    fn f_round_trip(dfn in -1.0f64..3.0, dfd in -0.5f64..3.0, nc in -2.0f64..3.0, u in -1.0f64..1.0) {
        let (dfn, dfd, nc) = (pow10(dfn), pow10(dfd), pow10(nc));
        let f = (1.0 + nc / dfn) * pow10(u);
        let p = ncfdtr(dfn, dfd, nc, f);
        prop_assume!(p > 1e-10 && p < 1.0 - 1e-4);
        let back = ncfdtri(dfn, dfd, nc, p);
        prop_assert!((back - f).abs() <= 1e-9 * f, "{dfn} {dfd} {nc} {f} {p} {back}");
    }

    /// nctdtrit(nctdtr(t)) = t where the inverse is well conditioned.
    #[test]
    fn t_round_trip(df in -0.5f64..3.0, nc in -20.0f64..20.0, s in -3.0f64..3.0) {
        let df = pow10(df);
        let t = nc + s;
        let p = nctdtr(df, nc, t);
        prop_assume!(p > 1e-10 && p < 1.0 - 1e-4);
        let back = nctdtrit(df, nc, p);
        prop_assert!((back - t).abs() <= 1e-9 * t.abs().max(1.0), "{df} {nc} {t} {p} {back}");
    }
}
