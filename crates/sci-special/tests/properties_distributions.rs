//! Properties of the distribution kernels: CDF and survival function sum to one, quantiles
//! invert the CDFs, parameter inverses recover the parameter, and the kernels agree with the
//! incomplete gamma and beta ratios they are built on.

use proptest::prelude::*;
use sci_special::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// stdtr(df, stdtrit(df, p)) = p (1e-12 relative: the root is found on the accurate
    /// beta ratio; the t quantile's condition number is moderate on this range).
    #[test]
    fn student_t_round_trip(log_df in -0.5f64..4.0, p in 1e-6f64..0.999_999) {
        let df = 10f64.powf(log_df);
        let t = stdtrit(df, p);
        prop_assert!((stdtr(df, t) - p).abs() <= 1e-12 * p.min(1.0 - p).max(1e-3), "{df} {p} {t}");
        prop_assert!((stdtr(df, t) + stdtr(df, -t) - 1.0).abs() <= 1e-15);
    }

    /// chdtrc(v, chdtri(v, p)) = p; chdtr + chdtrc = 1; chdtriv inverts chdtr in v.
    #[test]
    fn chi_square_round_trips(log_v in -0.5f64..3.0, p in 1e-6f64..0.999) {
        let v = 10f64.powf(log_v);
        let x = chdtri(v, p);
        prop_assert!((chdtrc(v, x) - p).abs() <= 1e-12 * p);
        prop_assert!((chdtr(v, x) + chdtrc(v, x) - 1.0).abs() <= 4.0 * f64::EPSILON);
        let q = chdtr(v, x);
        if q > 1e-6 && q < 1.0 - 1e-6 {
            let back = chdtriv(q, x);
            prop_assert!((back - v).abs() <= 1e-8 * v, "{v} vs {back}");
        }
    }

    /// fdtr(dfn, dfd, fdtri(dfn, dfd, p)) = p; fdtr + fdtrc = 1.
    #[test]
    fn fisher_f_round_trip(log_n in -0.5f64..3.0, log_d in -0.5f64..3.0, p in 1e-6f64..0.999) {
        let (n, d) = (10f64.powf(log_n), 10f64.powf(log_d));
        let x = fdtri(n, d, p);
        prop_assert!((fdtr(n, d, x) - p).abs() <= 1e-11 * p, "{n} {d} {p} {x}");
        prop_assert!((fdtr(n, d, x) + fdtrc(n, d, x) - 1.0).abs() <= 4.0 * f64::EPSILON);
    }

    /// Binomial, Poisson and negative binomial quantities against their sums of terms
    /// (an oracle: the probability mass summed directly), and the inverses in p, m, k.
    #[test]
    fn discrete_distributions_against_direct_sums(n in 1u32..40, kf in 0.0f64..1.0, p in 0.05f64..0.95) {
        let n = f64::from(n);
        let k = (kf * n).floor().min(n - 1.0);
        let mut direct = 0.0;
        let mut term = (1.0 - p).powf(n);
        for j in 0..=(k as u32) {
            let j = f64::from(j);
            if j > 0.0 {
                term *= (n - j + 1.0) / j * p / (1.0 - p);
            }
            direct += term;
        }
        prop_assert!((bdtr(k, n, p) - direct).abs() <= 1e-13, "{k} {n} {p}");
        // The inverses are checked where y is not within 1e-6 of 0 or 1 (there the root is
        // ill-conditioned: it depends on 1 - y, which has few digits).
        let y = bdtr(k, n, p);
        if y > 1e-6 && y < 1.0 - 1e-6 {
            prop_assert!((bdtri(k, n, y) - p).abs() <= 1e-10);
            let back = bdtrik(y, n, p);
            prop_assert!((back - k).abs() <= 1e-7 * n, "{k} vs {back}");
        }
        let m = n * p;
        let mut direct = 0.0;
        let mut term = (-m).exp();
        for j in 0..=(k as u32) {
            if j > 0 {
                term *= m / f64::from(j);
            }
            direct += term;
        }
        prop_assert!((pdtr(k, m) - direct).abs() <= 1e-13);
        let y = pdtr(k, m);
        if y > 1e-6 && y < 1.0 - 1e-6 {
            prop_assert!((pdtri(k, y) - m).abs() <= 1e-9 * m);
        }
        let y = nbdtr(k, n, p);
        if y > 1e-6 && y < 1.0 - 1e-6 {
            prop_assert!((nbdtri(k, n, y) - p).abs() <= 1e-10);
        }
        prop_assert!((nbdtr(k, n, p) + nbdtrc(k, n, p) - 1.0).abs() <= 4.0 * f64::EPSILON);
    }

    /// The beta parameter inverses recover the parameter (1e-8 relative: Brent's method on a
    /// function of slope ~p; SciPy's cdflib reaches similar accuracy).
    #[test]
    fn beta_parameter_inverses(log_a in -0.5f64..2.0, log_b in -0.5f64..2.0, frac in 0.2f64..0.8) {
        let (a, b) = (10f64.powf(log_a), 10f64.powf(log_b));
        let x = frac;
        let p = betainc(a, b, x);
        if p > 1e-8 && p < 1.0 - 1e-8 {
            prop_assert!((btdtria(p, b, x) - a).abs() <= 1e-8 * a);
            prop_assert!((btdtrib(a, p, x) - b).abs() <= 1e-8 * b);
        }
    }

    /// gdtr(a, b, gdtrix(a, b, p)) = p.
    #[test]
    fn gamma_distribution_round_trip(a in 0.1f64..10.0, log_b in -1.0f64..3.0, p in 1e-6f64..0.999) {
        let b = 10f64.powf(log_b);
        let x = gdtrix(a, b, p);
        prop_assert!((gdtr(a, b, x) - p).abs() <= 1e-12 * p);
    }
}
