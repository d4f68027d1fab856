//! The constraints of an SLSQP run in Kraft's form: `m` rows `cⱼ(x)`, the first `meq` of them
//! equalities `cⱼ(x) = 0`, the rest inequalities `cⱼ(x) ≥ 0`, assembled from SciPy's
//! `LinearConstraint`, `NonlinearConstraint` (two-sided bounds split into one-sided rows, as
//! SciPy's conversion to old-style constraints does) and the legacy `eqcons`/`ieqcons`.

use sci_core::ndarray::{Array2, ArrayViewMut2};

use crate::finite_diff::{self, FdStep, FiniteDiff};
use crate::{Bounds, Constraint, ConstraintFn, ConstraintJac, ConstraintJacFn};

/// What a row asks of one component `v` of a constraint function.
#[derive(Debug, Clone, Copy)]
pub(super) enum RowKind {
    /// `v − t = 0`.
    Eq(f64),
    /// `v − b ≥ 0`.
    Ge(f64),
    /// `b − v ≥ 0`.
    Le(f64),
}

/// A constraint function with the rows it contributes.
pub(super) struct Piece<'c> {
    pub(super) k: usize,
    pub(super) eval: ConstraintFn<'c>,
    /// The Jacobian (`k × n`); `None`: 2-point finite differences.
    pub(super) jac: Option<ConstraintJacFn<'c>>,
    /// `(component, kind, global row)`.
    pub(super) rows: Vec<(usize, RowKind, usize)>,
}

/// All constraints of a run.
pub(super) struct ConSet<'c> {
    pieces: Vec<Piece<'c>>,
    pub(super) meq: usize,
    pub(super) m: usize,
    step: FdStep,
    bounds: Option<Bounds>,
    vbuf: Vec<f64>,
    jbuf: Array2<f64>,
}

impl<'c> ConSet<'c> {
    /// Numbers the rows (equalities first) of pieces given with provisional kinds.
    pub(super) fn new(mut pieces: Vec<Piece<'c>>, step: FdStep, bounds: Option<Bounds>) -> Self {
        let mut row = 0;
        for p in &mut pieces {
            for r in &mut p.rows {
                if matches!(r.1, RowKind::Eq(_)) {
                    r.2 = row;
                    row += 1;
                }
            }
        }
        let meq = row;
        for p in &mut pieces {
            for r in &mut p.rows {
                if !matches!(r.1, RowKind::Eq(_)) {
                    r.2 = row;
                    row += 1;
                }
            }
        }
        let kmax = pieces.iter().map(|p| p.k).max().unwrap_or(0);
        ConSet {
            pieces,
            meq,
            m: row,
            step,
            bounds,
            vbuf: vec![0.0; kmax],
            jbuf: Array2::zeros((0, 0)),
        }
    }

    /// Row values at `x` into `c` (length `m`).
    pub(super) fn values(&mut self, x: &[f64], c: &mut [f64]) {
        for p in &self.pieces {
            let v = &mut self.vbuf[..p.k];
            (p.eval)(x, v);
            for &(comp, kind, row) in &p.rows {
                c[row] = match kind {
                    RowKind::Eq(t) => v[comp] - t,
                    RowKind::Ge(b) => v[comp] - b,
                    RowKind::Le(b) => b - v[comp],
                };
            }
        }
    }

    /// Row Jacobian at `x` into `a` (`m × n`).
    pub(super) fn jacobian(&mut self, x: &[f64], a: &mut Array2<f64>) {
        let n = x.len();
        for p in &self.pieces {
            if self.jbuf.dim() != (p.k, n) {
                self.jbuf = Array2::zeros((p.k, n));
            }
            match &p.jac {
                Some(j) => j(x, self.jbuf.view_mut()),
                None => {
                    let mut f0 = vec![0.0; p.k];
                    (p.eval)(x, &mut f0);
                    let mut f = |q: &[f64], out: &mut [f64]| (p.eval)(q, out);
                    finite_diff::jacobian(
                        &mut f,
                        x,
                        &f0,
                        FiniteDiff::TwoPoint,
                        &self.step,
                        self.bounds.as_ref(),
                        self.jbuf.view_mut(),
                    );
                }
            }
            for &(comp, kind, row) in &p.rows {
                let sign = if matches!(kind, RowKind::Le(_)) {
                    -1.0
                } else {
                    1.0
                };
                for i in 0..n {
                    a[[row, i]] = sign * self.jbuf[[comp, i]];
                }
            }
        }
    }
}

/// Rows of `lb ≤ v ≤ ub` per component: an equality where `lb == ub`, else one row per
/// finite side.
fn rows_of(lb: &[f64], ub: &[f64]) -> Vec<(usize, RowKind, usize)> {
    let mut rows = Vec::new();
    for i in 0..lb.len() {
        if lb[i] == ub[i] {
            rows.push((i, RowKind::Eq(lb[i]), 0));
        } else {
            if lb[i].is_finite() {
                rows.push((i, RowKind::Ge(lb[i]), 0));
            }
            if ub[i].is_finite() {
                rows.push((i, RowKind::Le(ub[i]), 0));
            }
        }
    }
    rows
}

/// Pieces of `minimize`'s constraints.
pub(super) fn pieces_of<'c>(constraints: &'c [Constraint<'_>]) -> Vec<Piece<'c>> {
    constraints
        .iter()
        .map(|c| match c {
            Constraint::Linear(l) => {
                let a = &l.a;
                Piece {
                    k: a.nrows(),
                    eval: Box::new(move |x: &[f64], out: &mut [f64]| {
                        for (r, o) in out.iter_mut().enumerate() {
                            *o = a.row(r).iter().zip(x).map(|(p, q)| p * q).sum();
                        }
                    }) as ConstraintFn<'c>,
                    jac: Some(
                        Box::new(move |_x: &[f64], mut j: ArrayViewMut2<'_, f64>| j.assign(a))
                            as ConstraintJacFn<'c>,
                    ),
                    rows: rows_of(&l.lb.to_vec(), &l.ub.to_vec()),
                }
            }
            Constraint::Nonlinear(nl) => Piece {
                k: nl.m,
                eval: Box::new(move |x: &[f64], out: &mut [f64]| (nl.fun)(x, out)),
                jac: match &nl.jac {
                    ConstraintJac::Provided(j) => Some(Box::new(
                        move |x: &[f64], v: ArrayViewMut2<'_, f64>| j(x, v),
                    )
                        as ConstraintJacFn<'c>),
                    ConstraintJac::FiniteDiff(_) => None,
                },
                rows: rows_of(&nl.lb.to_vec(), &nl.ub.to_vec()),
            },
        })
        .collect()
}
