//! The constraints of the derivative-free methods as one list of scalar rows `r(x) >= 0`:
//! bounds and linear constraints become exact linear rows (their gradients are known, so
//! they are never interpolated), nonlinear constraints become rows of the user functions'
//! values; an equality `lb == ub` gives the two inequalities `c - lb >= 0`, `ub - c >= 0`.

use crate::{Bounds, Constraint, NonlinearConstraint};

/// Which side of which constraint component a row is.
#[derive(Debug, Clone, Copy)]
enum Side {
    /// `value - bound >= 0`.
    Lower(f64),
    /// `bound - value >= 0`.
    Upper(f64),
}

impl Side {
    fn apply(self, value: f64) -> f64 {
        match self {
            Side::Lower(b) => value - b,
            Side::Upper(b) => b - value,
        }
    }
}

/// A linear row `a·x - b >= 0`.
pub(crate) struct LinearRow {
    /// The row's gradient `a`.
    pub(crate) a: Vec<f64>,
    /// The offset `b`.
    pub(crate) b: f64,
}

/// All constraints of a problem as rows `r(x) >= 0`; linear rows come first.
pub(crate) struct Rows<'c, 'a> {
    /// The exact linear rows (bounds, then linear constraints).
    pub(crate) linear: Vec<LinearRow>,
    /// The nonlinear constraints with, per row, the component and side.
    nonlinear: Vec<&'c NonlinearConstraint<'a>>,
    nl_rows: Vec<(usize, usize, Side)>,
    /// Scratch for each nonlinear constraint's values.
    buf: Vec<Vec<f64>>,
}

impl<'c, 'a> Rows<'c, 'a> {
    /// The rows of `bounds` and `constraints` for `n` variables.
    pub(crate) fn new(
        n: usize,
        bounds: Option<&Bounds>,
        constraints: &'c [Constraint<'a>],
    ) -> Self {
        let mut linear = Vec::new();
        if let Some(b) = bounds {
            for i in 0..n {
                let mut e = vec![0.0; n];
                if b.lb[i].is_finite() {
                    e[i] = 1.0;
                    linear.push(LinearRow {
                        a: e.clone(),
                        b: b.lb[i],
                    });
                }
                if b.ub[i].is_finite() {
                    e[i] = -1.0;
                    linear.push(LinearRow { a: e, b: -b.ub[i] });
                }
            }
        }
        let mut nonlinear = Vec::new();
        let mut nl_rows = Vec::new();
        for c in constraints {
            match c {
                Constraint::Linear(l) => {
                    for (k, row) in l.a.rows().into_iter().enumerate() {
                        if l.lb[k].is_finite() {
                            linear.push(LinearRow {
                                a: row.to_vec(),
                                b: l.lb[k],
                            });
                        }
                        if l.ub[k].is_finite() {
                            linear.push(LinearRow {
                                a: row.iter().map(|v| -v).collect(),
                                b: -l.ub[k],
                            });
                        }
                    }
                }
                Constraint::Nonlinear(nl) => {
                    let idx = nonlinear.len();
                    nonlinear.push(nl);
                    for k in 0..nl.m {
                        if nl.lb[k].is_finite() {
                            nl_rows.push((idx, k, Side::Lower(nl.lb[k])));
                        }
                        if nl.ub[k].is_finite() {
                            nl_rows.push((idx, k, Side::Upper(nl.ub[k])));
                        }
                    }
                }
            }
        }
        let buf = nonlinear.iter().map(|c| vec![0.0; c.m]).collect();
        Rows {
            linear,
            nonlinear,
            nl_rows,
            buf,
        }
    }

    /// The number of rows.
    pub(crate) fn len(&self) -> usize {
        self.linear.len() + self.nl_rows.len()
    }

    /// The number of exact linear rows (the first ones).
    pub(crate) fn n_linear(&self) -> usize {
        self.linear.len()
    }

    /// Evaluates every row at `x` into `out`; a NaN row value counts as a huge violation
    /// (as PRIMA moderates non-finite constraint values).
    pub(crate) fn eval(&mut self, x: &[f64], out: &mut [f64]) {
        for (o, row) in out.iter_mut().zip(&self.linear) {
            *o = row.a.iter().zip(x).map(|(a, v)| a * v).sum::<f64>() - row.b;
        }
        for (c, buf) in self.nonlinear.iter().zip(self.buf.iter_mut()) {
            c.eval(x, buf);
        }
        let nl = self.linear.len();
        for (o, &(idx, k, side)) in out[nl..].iter_mut().zip(&self.nl_rows) {
            let v = side.apply(self.buf[idx][k]);
            *o = if v.is_nan() { -HUGE } else { v.max(-HUGE) };
        }
    }
}

/// The value that stands for a non-finite objective or constraint value (PRIMA's
/// moderation keeps the iteration finite instead of stopping on the first NaN).
pub(crate) const HUGE: f64 = 1e300;

/// The largest violation `max(0, -min r)` of row values.
pub(crate) fn violation(r: &[f64]) -> f64 {
    r.iter().fold(0.0_f64, |m, v| m.max(-v))
}
