//! Dense kernels for the tiny systems of block swapping in Schur forms (`schur`'s and
//! `ordqz`'s reordering): Gaussian elimination with complete pivoting, and the orthogonal
//! completion of a basis.

use sci_core::ndarray::Array2;

/// `x` with `a x = rhs` (`a` square, order `k ≤ 8` here) by Gaussian elimination with
/// complete pivoting, as LAPACK's `xGETC2`/`xGESC2` for these swaps; a pivot below `small` is
/// raised to it, keeping its sign, so a nearly singular system (close spectra) still gives
/// an answer that the callers' stability tests then judge.
pub(crate) fn solve_complete_pivoting(
    mut a: Array2<f64>,
    mut rhs: Vec<f64>,
    small: f64,
) -> Vec<f64> {
    let k = rhs.len();
    let small = small.max(f64::MIN_POSITIVE);
    let mut colperm: Vec<usize> = (0..k).collect();
    for d in 0..k {
        let (mut pr, mut pc, mut best) = (d, d, -1.0);
        for r in d..k {
            for c in d..k {
                if a[[r, c]].abs() > best {
                    best = a[[r, c]].abs();
                    (pr, pc) = (r, c);
                }
            }
        }
        for c in 0..k {
            a.swap([d, c], [pr, c]);
        }
        rhs.swap(d, pr);
        for r in 0..k {
            a.swap([r, d], [r, pc]);
        }
        colperm.swap(d, pc);
        if a[[d, d]].abs() < small {
            a[[d, d]] = if a[[d, d]] < 0.0 { -small } else { small };
        }
        for r in d + 1..k {
            let f = a[[r, d]] / a[[d, d]];
            for c in d..k {
                a[[r, c]] -= f * a[[d, c]];
            }
            rhs[r] -= f * rhs[d];
        }
    }
    let mut y = vec![0.0; k];
    for d in (0..k).rev() {
        let acc: f64 = (d + 1..k).map(|c| a[[d, c]] * y[c]).sum();
        y[d] = (rhs[d] - acc) / a[[d, d]];
    }
    let mut x = vec![0.0; k];
    for (d, &v) in colperm.iter().enumerate() {
        x[v] = y[d];
    }
    x
}

/// An orthogonal `m × m` matrix whose leading `q` columns span those of `b` (`m × q`, full
/// column rank): the `Q` of `b`'s Householder QR.
pub(crate) fn orthogonal_completion(b: &Array2<f64>) -> Array2<f64> {
    let (m, q) = b.dim();
    let mut b = b.clone();
    let mut qm = Array2::<f64>::eye(m);
    for c in 0..q {
        let x: Vec<f64> = (c..m).map(|r| b[[r, c]]).collect();
        let norm = x.iter().fold(0.0_f64, |acc, &v| acc.hypot(v));
        if norm == 0.0 {
            continue;
        }
        // β has the opposite sign of x₀ so that u₀ = x₀ − β does not cancel.
        let beta = if x[0] >= 0.0 { -norm } else { norm };
        let mut u = x;
        u[0] -= beta;
        let tau = 2.0 / u.iter().map(|v| v * v).sum::<f64>();
        for cc in c..q {
            let acc: f64 = (c..m).map(|r| u[r - c] * b[[r, cc]]).sum();
            for r in c..m {
                b[[r, cc]] -= tau * acc * u[r - c];
            }
        }
        // Q ← Q (I − τ u uᵀ).
        for r in 0..m {
            let acc: f64 = (c..m).map(|cc| qm[[r, cc]] * u[cc - c]).sum();
            for cc in c..m {
                qm[[r, cc]] -= tau * acc * u[cc - c];
            }
        }
    }
    qm
}
