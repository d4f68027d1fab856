//! trust-constr's canonical form of the constraints: equalities `c_eq(x) = 0` and
//! inequalities `c_ineq(x) <= 0`. A component with `lb == ub` is an equality `c - lb`; a
//! finite lower bound gives `lb - c <= 0`, a finite upper bound `c - ub <= 0`. Bounds are a
//! linear constraint with the identity, as in SciPy (whose bounds take part in the
//! constraint violation and multipliers like any other constraint).

use sci_core::Result;
use sci_core::ndarray::{Array2, ArrayViewMut2};

use crate::constraints::{ConstraintHess, ConstraintJac};
use crate::finite_diff::{self, FdStep};
use crate::{Bounds, Constraint, HessianUpdateStrategy, NonlinearConstraint};

/// Where a canonical row comes from.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// `c_k - b = 0`.
    Eq(f64),
    /// `b - c_k <= 0`.
    Lower(f64),
    /// `c_k - b <= 0`.
    Upper(f64),
}

/// One user constraint: its values, Jacobian and how they are obtained.
enum Source<'c, 'a> {
    Linear(Array2<f64>),
    Nonlinear(&'c NonlinearConstraint<'a>),
}

struct Block<'c, 'a> {
    source: Source<'c, 'a>,
    lb: Vec<f64>,
    ub: Vec<f64>,
    /// Values at the last point.
    vals: Vec<f64>,
    /// Jacobian at the last accepted point (`m × n`).
    jac: Array2<f64>,
    /// Multipliers of the components (the combination of its canonical rows' multipliers).
    v: Vec<f64>,
    /// The quasi-Newton approximation of `Σ vᵢ ∇²cᵢ` (when the constraint has one).
    qn: Option<Qn<'a>>,
}

/// A constraint's quasi-Newton strategy with the point and Jacobian of its last update.
struct Qn<'a> {
    strategy: Box<dyn HessianUpdateStrategy + 'a>,
    /// The point evaluated before the current one, with its Jacobian.
    prev: Option<(Vec<f64>, Array2<f64>)>,
    /// Where the Jacobian held was evaluated.
    jac_at: Option<Vec<f64>>,
    /// The multipliers of the last update.
    v_used: Vec<f64>,
}

impl Qn<'_> {
    /// Updates from the previous point to `x` (Jacobian `jac`) with the multipliers `v`:
    /// the step and the change of `Jᵀv`.
    fn update(&mut self, x: &[f64], jac: &Array2<f64>, v: &[f64]) {
        self.v_used = v.to_vec();
        let Some((xp, jp)) = &self.prev else { return };
        let dx: Vec<f64> = x.iter().zip(xp).map(|(a, c)| a - c).collect();
        let (m, n) = jac.dim();
        let dg: Vec<f64> = (0..n)
            .map(|j| (0..m).map(|k| (jac[[k, j]] - jp[[k, j]]) * v[k]).sum())
            .collect();
        self.strategy.update(&dx, &dg);
    }
}

/// A nonlinear constraint's Jacobian at `x` (values `f0` there) into `jac`; returns the
/// function evaluations spent (finite differences).
fn nonlinear_jac(
    nl: &NonlinearConstraint<'_>,
    x: &[f64],
    f0: &[f64],
    jac: &mut Array2<f64>,
) -> usize {
    match &nl.jac {
        ConstraintJac::Provided(jf) => {
            jf(x, jac.view_mut());
            0
        }
        ConstraintJac::FiniteDiff(scheme) => {
            let mut f = |p: &[f64], out: &mut [f64]| nl.eval(p, out);
            finite_diff::jacobian(
                &mut f,
                x,
                f0,
                *scheme,
                &FdStep::Default,
                None,
                jac.view_mut(),
            )
        }
    }
}

/// The canonical constraints of a trust-constr problem.
pub(crate) struct Canonical<'c, 'a> {
    n: usize,
    blocks: Vec<Block<'c, 'a>>,
    /// Per canonical equality row: (block, component, kind).
    eq_rows: Vec<(usize, usize, Kind)>,
    ineq_rows: Vec<(usize, usize, Kind)>,
    /// Evaluations of the nonlinear constraint functions (finite-difference ones included).
    pub(crate) constr_nfev: usize,
    /// The point of the values held.
    last_x: Vec<f64>,
}

impl<'c, 'a> Canonical<'c, 'a> {
    /// The canonical form of `bounds` and `constraints` for `n` variables; `qn` holds the
    /// nonlinear constraints' quasi-Newton strategies (by constraint), taken out of the
    /// constraints beforehand.
    pub(crate) fn new(
        n: usize,
        bounds: Option<&Bounds>,
        constraints: &'c [Constraint<'a>],
        mut qn: Vec<Option<Box<dyn HessianUpdateStrategy + 'a>>>,
    ) -> Result<Self> {
        let mut blocks = Vec::new();
        qn.resize_with(constraints.len(), || None);
        for (c, strat) in constraints.iter().zip(qn) {
            match c {
                Constraint::Linear(l) => {
                    blocks.push(Block {
                        source: Source::Linear(l.a.clone()),
                        lb: l.lb.to_vec(),
                        ub: l.ub.to_vec(),
                        vals: vec![0.0; l.a.nrows()],
                        jac: l.a.clone(),
                        v: vec![0.0; l.a.nrows()],
                        qn: None,
                    });
                }
                Constraint::Nonlinear(nl) => {
                    // SciPy's default for a constraint without `hess`: BFGS().
                    let strat =
                        match (&nl.hess, strat) {
                            (None, None) => Some(Box::new(crate::BFGS::default())
                                as Box<dyn HessianUpdateStrategy + 'a>),
                            (_, s) => s,
                        };
                    blocks.push(Block {
                        source: Source::Nonlinear(nl),
                        lb: nl.lb.to_vec(),
                        ub: nl.ub.to_vec(),
                        vals: vec![0.0; nl.m],
                        jac: Array2::zeros((nl.m, n)),
                        v: vec![0.0; nl.m],
                        qn: strat.map(|mut strategy| {
                            strategy.initialize(n, crate::ApproxType::Hess);
                            Qn {
                                strategy,
                                prev: None,
                                jac_at: None,
                                // SciPy starts from zero multipliers.
                                v_used: vec![0.0; nl.m],
                            }
                        }),
                    });
                }
            }
        }
        if let Some(b) = bounds {
            // SciPy widens finite bounds by one ulp, so that a point on a bound is strictly
            // inside and the barrier's slacks start positive.
            let lb: Vec<f64> =
                b.lb.iter()
                    .map(|&v| if v.is_finite() { v.next_down() } else { v })
                    .collect();
            let ub: Vec<f64> =
                b.ub.iter()
                    .map(|&v| if v.is_finite() { v.next_up() } else { v })
                    .collect();
            if lb.iter().chain(&ub).any(|v| v.is_finite()) {
                let eye = Array2::eye(n);
                blocks.push(Block {
                    source: Source::Linear(eye.clone()),
                    lb,
                    ub,
                    vals: vec![0.0; n],
                    jac: eye,
                    v: vec![0.0; n],
                    qn: None,
                });
            }
        }
        let mut eq_rows = Vec::new();
        let mut ineq_rows = Vec::new();
        for (bi, b) in blocks.iter().enumerate() {
            for k in 0..b.lb.len() {
                let (l, u) = (b.lb[k], b.ub[k]);
                if l == u && l.is_finite() {
                    eq_rows.push((bi, k, Kind::Eq(l)));
                } else {
                    if l.is_finite() {
                        ineq_rows.push((bi, k, Kind::Lower(l)));
                    }
                    if u.is_finite() {
                        ineq_rows.push((bi, k, Kind::Upper(u)));
                    }
                }
            }
        }
        Ok(Canonical {
            n,
            blocks,
            eq_rows,
            ineq_rows,
            constr_nfev: 0,
            last_x: Vec::new(),
        })
    }

    pub(crate) fn n_eq(&self) -> usize {
        self.eq_rows.len()
    }

    pub(crate) fn n_ineq(&self) -> usize {
        self.ineq_rows.len()
    }

    /// Evaluates every constraint at `x` and writes the canonical values.
    pub(crate) fn eval(&mut self, x: &[f64], c_eq: &mut [f64], c_ineq: &mut [f64]) {
        self.eval_blocks(x);
        self.write_rows(c_eq, c_ineq);
    }

    /// Makes the values held those at `x` (re-evaluating only if the last point differs).
    pub(crate) fn ensure(&mut self, x: &[f64]) {
        if self.last_x != x {
            self.eval_blocks(x);
        }
    }

    fn eval_blocks(&mut self, x: &[f64]) {
        // Quasi-Newton constraints follow SciPy's rule: at every new point evaluated the
        // approximation is updated from the previous point evaluated (with the current
        // multipliers), so their Jacobian is taken at every point.
        let had_point = !self.last_x.is_empty();
        if had_point && self.blocks.iter().any(|b| b.qn.is_some()) {
            let xl = self.last_x.clone();
            for b in &mut self.blocks {
                let Source::Nonlinear(nl) = &b.source else {
                    continue;
                };
                let Some(qn) = &mut b.qn else { continue };
                if qn.jac_at.as_deref() != Some(&xl[..]) {
                    self.constr_nfev += nonlinear_jac(nl, &xl, &b.vals, &mut b.jac);
                    qn.jac_at = Some(xl.clone());
                }
                qn.prev = Some((xl.clone(), b.jac.clone()));
            }
        }
        self.last_x.clear();
        self.last_x.extend_from_slice(x);
        for b in &mut self.blocks {
            match &b.source {
                Source::Linear(a) => {
                    for (k, row) in a.rows().into_iter().enumerate() {
                        b.vals[k] = row.iter().zip(x).map(|(p, q)| p * q).sum();
                    }
                }
                Source::Nonlinear(nl) => {
                    nl.eval(x, &mut b.vals);
                    self.constr_nfev += 1;
                    if let (true, Some(qn)) = (had_point, &mut b.qn) {
                        self.constr_nfev += nonlinear_jac(nl, x, &b.vals, &mut b.jac);
                        qn.jac_at = Some(x.to_vec());
                        qn.update(x, &b.jac, &b.v);
                    }
                }
            }
        }
    }

    fn write_rows(&self, c_eq: &mut [f64], c_ineq: &mut [f64]) {
        for (o, &(bi, k, kind)) in c_eq.iter_mut().zip(&self.eq_rows) {
            *o = row_value(kind, self.blocks[bi].vals[k]);
        }
        for (o, &(bi, k, kind)) in c_ineq.iter_mut().zip(&self.ineq_rows) {
            *o = row_value(kind, self.blocks[bi].vals[k]);
        }
    }

    /// The largest violation `max(lb - c, c - ub, 0)` of the constraints at the last point
    /// evaluated (SciPy's `constr_violation`).
    pub(crate) fn violation(&self) -> f64 {
        let mut v = 0.0_f64;
        for b in &self.blocks {
            for k in 0..b.vals.len() {
                if b.vals[k].is_nan() {
                    return f64::NAN;
                }
                v = v.max(b.lb[k] - b.vals[k]).max(b.vals[k] - b.ub[k]);
            }
        }
        v
    }

    /// The Jacobians at `x`.
    pub(crate) fn jac(
        &mut self,
        x: &[f64],
        mut j_eq: ArrayViewMut2<'_, f64>,
        mut j_ineq: ArrayViewMut2<'_, f64>,
    ) {
        self.ensure(x);
        for b in &mut self.blocks {
            if let Source::Nonlinear(nl) = &b.source {
                if let Some(qn) = &mut b.qn {
                    if qn.jac_at.as_deref() == Some(x) {
                        continue;
                    }
                    qn.jac_at = Some(x.to_vec());
                }
                self.constr_nfev += nonlinear_jac(nl, x, &b.vals, &mut b.jac);
            }
        }
        for (r, &(bi, k, kind)) in self.eq_rows.iter().enumerate() {
            let s = row_sign(kind);
            for j in 0..self.n {
                j_eq[[r, j]] = s * self.blocks[bi].jac[[k, j]];
            }
        }
        for (r, &(bi, k, kind)) in self.ineq_rows.iter().enumerate() {
            let s = row_sign(kind);
            for j in 0..self.n {
                j_ineq[[r, j]] = s * self.blocks[bi].jac[[k, j]];
            }
        }
    }

    /// Sets the multipliers of the user constraints from the canonical ones.
    pub(crate) fn set_multipliers(&mut self, v_eq: &[f64], v_ineq: &[f64]) {
        for b in &mut self.blocks {
            b.v.iter_mut().for_each(|v| *v = 0.0);
        }
        for (&(bi, k, kind), &v) in self
            .eq_rows
            .iter()
            .zip(v_eq)
            .chain(self.ineq_rows.iter().zip(v_ineq))
        {
            self.blocks[bi].v[k] += row_sign(kind) * v;
        }
    }

    /// The multipliers of each user constraint (SciPy's `v`), bounds last.
    pub(crate) fn multipliers(&self) -> Vec<Vec<f64>> {
        self.blocks.iter().map(|b| b.v.clone()).collect()
    }

    /// Adds `Σ vᵢ ∇²cᵢ(x)` of the nonlinear constraints (multipliers as last set) to `h`;
    /// returns the number of Hessian evaluations.
    pub(crate) fn add_hessian(&mut self, x: &[f64], h: &mut Array2<f64>) -> usize {
        let n = self.n;
        let mut count = 0;
        let mut buf = Array2::zeros((n, n));
        for b in &mut self.blocks {
            let Source::Nonlinear(nl) = &b.source else {
                continue;
            };
            if let Some(ConstraintHess::Provided(hf)) = &nl.hess {
                buf.fill(0.0);
                hf(x, &b.v, buf.view_mut());
                *h += &buf;
                count += 1;
            } else if let Some(qn) = &mut b.qn {
                // New multipliers at the same pair of points: SciPy updates again.
                if qn.v_used != b.v {
                    qn.update(x, &b.jac, &b.v);
                }
                *h += &qn.strategy.get_matrix();
            }
        }
        count
    }
}

fn row_value(kind: Kind, c: f64) -> f64 {
    match kind {
        Kind::Eq(b) | Kind::Upper(b) => c - b,
        Kind::Lower(b) => b - c,
    }
}

fn row_sign(kind: Kind) -> f64 {
    match kind {
        Kind::Eq(_) | Kind::Upper(_) => 1.0,
        Kind::Lower(_) => -1.0,
    }
}
