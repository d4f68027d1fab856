//! Reciprocal condition numbers in the 1-norm, as LAPACK's `xGECON` family reports them and
//! SciPy compares with the machine epsilon: `rcond = 1 / (||A||_1 ||A^-1||_1)`, where
//! `||A^-1||_1` is estimated from a few solves with the factorization (Higham's refinement of
//! Hager's method: N. J. Higham, "FORTRAN codes for estimating the one-norm of a real or
//! complex matrix, with applications to condition estimation", ACM TOMS 14(4), 1988,
//! Algorithm 4.1 and its alternative estimate), never by forming the inverse.

use faer::{MatMut, MatRef};

use crate::scalar::Scalar;

/// `||A||_1`, the largest column sum of moduli (NaN if any element is NaN).
pub(crate) fn one_norm<T: Scalar>(a: MatRef<'_, T>) -> f64 {
    let mut best = 0.0f64;
    for j in 0..a.ncols() {
        let mut sum = 0.0f64;
        for i in 0..a.nrows() {
            sum += a[(i, j)].modulus().into();
        }
        if sum.is_nan() {
            return f64::NAN;
        }
        best = best.max(sum);
    }
    best
}

/// Estimates `||A^-1||_1` for an `n x n` matrix given `solve(x)`, which overwrites `x` with
/// `A^-1 x`, and `solve_adjoint(x)`, which overwrites it with `A^-H x`. Uses at most five pairs
/// of solves plus one; the estimate is a lower bound that is almost always within a factor 3.
pub(crate) fn inverse_one_norm_estimate<T: Scalar>(
    n: usize,
    mut solve: impl FnMut(&mut [T]),
    mut solve_adjoint: impl FnMut(&mut [T]),
) -> f64 {
    if n == 0 {
        return 0.0;
    }
    let norm1 = |x: &[T]| x.iter().map(|v| v.modulus().into()).sum::<f64>();
    let sign = |v: T| {
        let m: f64 = v.modulus().into();
        if m == 0.0 {
            T::one()
        } else {
            v / T::from_f64(m)
        }
    };
    let inv_n = T::from_f64(1.0 / n as f64);
    let mut x = vec![inv_n; n];
    solve(&mut x);
    if n == 1 {
        return norm1(&x);
    }
    let mut estimate = norm1(&x);
    let mut signs: Vec<T> = x.iter().map(|&v| sign(v)).collect();
    x.copy_from_slice(&signs);
    solve_adjoint(&mut x);
    let mut j = argmax_modulus(&x);
    for _ in 0..4 {
        x.fill(T::zero());
        x[j] = T::one();
        solve(&mut x);
        let previous = estimate;
        estimate = norm1(&x);
        let new_signs: Vec<T> = x.iter().map(|&v| sign(v)).collect();
        // Real case: the same sign vector means the next step repeats this one.
        let repeated = !T::IS_COMPLEX && new_signs == signs;
        if repeated || estimate <= previous {
            estimate = estimate.max(previous);
            break;
        }
        signs = new_signs;
        x.copy_from_slice(&signs);
        solve_adjoint(&mut x);
        let last = j;
        j = argmax_modulus(&x);
        let at_last: f64 = x[last].modulus().into();
        let at_new: f64 = x[j].modulus().into();
        if at_last == at_new {
            break;
        }
    }
    // The alternative estimate catches the matrices on which the power method stalls.
    let mut alternating: Vec<T> = (0..n)
        .map(|i| {
            let magnitude = 1.0 + i as f64 / (n - 1) as f64;
            T::from_f64(if i % 2 == 0 { magnitude } else { -magnitude })
        })
        .collect();
    solve(&mut alternating);
    let alternative = 2.0 * norm1(&alternating) / (3.0 * n as f64);
    estimate.max(alternative)
}

/// A slice as an `n x 1` faer column, for the estimator's solves.
pub(crate) fn column_mut<T>(x: &mut [T]) -> MatMut<'_, T> {
    let n = x.len();
    MatMut::from_column_major_slice_mut(x, n, 1)
}

fn argmax_modulus<T: Scalar>(x: &[T]) -> usize {
    let mut best = 0;
    let mut best_value = f64::NEG_INFINITY;
    for (i, v) in x.iter().enumerate() {
        let m: f64 = v.modulus().into();
        if m > best_value {
            best = i;
            best_value = m;
        }
    }
    best
}

/// `1 / (anorm * ainv_norm)` with LAPACK's conventions: 0 for a zero matrix, and 0 where the
/// solves overflowed to infinity or NaN.
pub(crate) fn reciprocal(anorm: f64, ainv_norm: f64) -> f64 {
    if anorm == 0.0 || ainv_norm == 0.0 {
        return 0.0;
    }
    let r = 1.0 / anorm / ainv_norm;
    if r.is_nan() { 0.0 } else { r }
}

#[cfg(test)]
mod tests {
    use super::*;
    use faer::Mat;
    use faer::linalg::solvers::DenseSolveCore;

    /// The estimate on explicit inverses: exact for diagonal matrices, within a factor 3 of
    /// the true norm on a Hilbert-like matrix.
    #[test]
    fn estimates_the_inverse_norm() {
        let d = [2.0, -0.25, 4.0];
        let est = inverse_one_norm_estimate::<f64>(
            3,
            |x| x.iter_mut().zip(d).for_each(|(v, di)| *v /= di),
            |x| x.iter_mut().zip(d).for_each(|(v, di)| *v /= di),
        );
        assert_eq!(est, 4.0);

        let n = 6;
        let a = Mat::<f64>::from_fn(n, n, |i, j| 1.0 / (i + j + 1) as f64);
        let inv = a.partial_piv_lu().inverse();
        let truth = one_norm(inv.as_ref());
        let apply = |m: &Mat<f64>, x: &mut [f64]| {
            let y: Vec<f64> = (0..n)
                .map(|i| (0..n).map(|j| m[(i, j)] * x[j]).sum())
                .collect();
            x.copy_from_slice(&y);
        };
        let inv_t = inv.transpose().to_owned();
        let est = inverse_one_norm_estimate::<f64>(n, |x| apply(&inv, x), |x| apply(&inv_t, x));
        assert!(
            est <= truth * (1.0 + 1e-9) && est >= truth / 3.0,
            "{est} vs {truth}"
        );
        assert_eq!(one_norm(Mat::<f64>::identity(3, 3).as_ref()), 1.0);
    }
}
