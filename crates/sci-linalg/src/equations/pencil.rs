//! The stabilizing solution of an algebraic Riccati equation from the stable deflating
//! subspace of its extended pencil `H − λ J` (Van Dooren 1981; Arnold and Laub 1984), as
//! SciPy forms it: optional symplectic balancing, compression of the `R` block column by a
//! QR factorization, then — where SciPy runs an ordered QZ — an ordered complex Schur form of
//! an equivalent matrix with the same deflating subspaces: `J̃⁻¹ H̃` for the continuous
//! equation (`J̃` is invertible when `E` and `R` are), and the Cayley transform
//! `(H̃ + J̃)⁻¹ (H̃ − J̃)` for the discrete one, which maps the inside of the unit circle to the
//! open left half plane and needs neither `A` nor `R` invertible (`−1` is not an eigenvalue
//! of a pencil with a stabilizing solution). `X = U₂ (E U₁)⁻¹` from the basis `[U₁; U₂]`.

use sci_core::ndarray::{Array2, s};
use sci_core::{Error, Result, as_faer, as_faer_mut};

use super::are_input::AreData;
use super::balance;
use super::dense::{C, CheckedLu, adjoint, apply_qh, householder, norm1, q_columns, spacing};
use crate::decompositions::{SchurOptions, SchurSort, schur_complex, svdvals};
use crate::lu_kernel::LuFactors;
use crate::scalar::Scalar;

/// Which Riccati equation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Continuous,
    Discrete,
}

impl Kind {
    /// SciPy's message when the basis of the stable subspace fails its symmetry test.
    fn boundary_message(self) -> &'static str {
        match self {
            Self::Continuous => {
                "the associated Hamiltonian pencil has eigenvalues too close to the imaginary \
                 axis (no stabilizing solution)"
            }
            Self::Discrete => {
                "the associated symplectic pencil has eigenvalues too close to the unit circle \
                 (no stabilizing solution)"
            }
        }
    }
}

/// The Hermitian stabilizing solution `X`.
pub(crate) fn stabilizing_solution<T: Scalar>(
    d: &AreData,
    kind: Kind,
    balanced: bool,
) -> Result<Array2<C>> {
    let (m, n) = (d.m(), d.n());
    let (mut h, mut j) = extended_pencil(d, kind);
    let sca = if balanced {
        symplectic_scaling(&h, &j, m)
    } else {
        vec![1.0; 2 * m + n]
    };
    for ((r, c), v) in h.indexed_iter_mut() {
        *v *= sca[r] / sca[c];
    }
    for ((r, c), v) in j.indexed_iter_mut() {
        *v *= sca[r] / sca[c];
    }
    // Equilibrate the whole pencil too (D⁻¹ H D, D⁻¹ J D, whatever `balanced` says): the
    // compression mixes the rows of the R block column into the others, which loses the
    // small entries of a badly scaled pencil. The deflating subspaces of the scaled pencil
    // are D⁻¹ times the original ones.
    let dp = equilibration(&h, &j);
    for ((r, c), v) in h.indexed_iter_mut() {
        *v *= dp[c] / dp[r];
    }
    for ((r, c), v) in j.indexed_iter_mut() {
        *v *= dp[c] / dp[r];
    }
    let (ht, jt) = compressed(&h, &j, m, n);
    let mat = match kind {
        Kind::Continuous => {
            CheckedLu::new::<T>(&jt, "the compressed pencil's J", false)?.solve(&ht)
        }
        Kind::Discrete => CheckedLu::new::<T>(&(&ht + &jt), "the compressed pencil's H + J", false)
            .map_err(|e| match e {
                Error::SingularMatrix { .. } => Error::SingularMatrix {
                    detail: "the symplectic pencil is singular or has the eigenvalue −1 on the \
                             unit circle (no stabilizing solution)"
                        .into(),
                },
                other => other,
            })?
            .solve(&(&ht - &jt)),
    };
    let (v, dm) = stable_basis(&mat, m, kind)?;
    // The columns of `v` span the stable subspace in the coordinates of the balanced matrix;
    // in the original ones it is T v, tᵢ = dpᵢ dmᵢ / scaᵢ (all powers of two).
    let t: Vec<f64> = (0..2 * m).map(|i| dp[i] * dm[i] / sca[i]).collect();
    let eye = Array2::<C>::eye(m);
    let e = d.e.as_ref().unwrap_or(&eye);
    // SciPy's failure tests, on the basis [E U₁; U₂] of its (symplectically scaled)
    // coordinates, where U₁ᴴ U₂ is Hermitian: U = diag(dp dm) v, E scaled as E sᵢ / sⱼ.
    let mut w = Array2::from_shape_fn((2 * m, m), |(r, c)| v[[r, c]] * (dp[r] * dm[r]));
    let es = Array2::from_shape_fn((m, m), |(r, c)| e[[r, c]] * (sca[r] / sca[c]));
    let top = es.dot(&w.slice(s![..m, ..]));
    w.slice_mut(s![..m, ..]).assign(&top);
    check_basis(&q_columns(&householder(&w), 2 * m, m), kind)?;
    // X = T₂ X̂ T₁⁻¹ with X̂ = V₂ (Ê V₁)⁻¹, Ê = T₁⁻¹ E T₁, computed where everything is balanced
    // (the small entries of a badly scaled X keep their relative accuracy).
    let et = Array2::from_shape_fn((m, m), |(r, c)| e[[r, c]] * (t[c] / t[r]));
    let v1 = et.dot(&v.slice(s![..m, ..]));
    let v2 = v.slice(s![m.., ..]).to_owned();
    let mut x = ratio(&v1, &v2)?;
    for ((r, c), val) in x.indexed_iter_mut() {
        *val *= t[m + r] / t[c];
    }
    Ok((&x + &adjoint(&x)).mapv(|v| v * 0.5))
}

/// The compressed pencil `(H̃, J̃)` of order `2M`: rows `N..` of `Qᴴ H[:, ..2M]` and
/// `Qᴴ J[:, ..2M]`, `Q` from the QR factorization of the `R` block column `H[:, 2M..]`, whose
/// range the first `N` columns of `Q` span (Van Dooren's deflation of the infinite
/// eigenvalues it carries).
fn compressed(h: &Array2<C>, j: &Array2<C>, m: usize, n: usize) -> (Array2<C>, Array2<C>) {
    let reflectors = householder(&h.slice(s![.., 2 * m..]).to_owned());
    let mut hl = h.slice(s![.., ..2 * m]).to_owned();
    let mut jl = j.slice(s![.., ..2 * m]).to_owned();
    apply_qh(&reflectors, &mut hl);
    apply_qh(&reflectors, &mut jl);
    (
        hl.slice(s![n.., ..]).to_owned(),
        jl.slice(s![n.., ..]).to_owned(),
    )
}

/// `(V, d)`: the matrix is balanced (`D⁻¹ M D`, `D = diag(d)`) as eigensolvers do by default,
/// and the orthonormal `V` (`2M × M`) spans the invariant subspace of the balanced matrix for
/// its eigenvalues in the open left half plane, which must number `M`; that of `mat` is `D V`.
fn stable_basis(mat: &Array2<C>, m: usize, kind: Kind) -> Result<(Array2<C>, Vec<f64>)> {
    let mut mag = mat.mapv(|v| v.norm());
    mag.diag_mut().fill(0.0);
    let dm = balance::scaling(&mag);
    let scaled = Array2::from_shape_fn(mat.dim(), |(r, c)| mat[[r, c]] * (dm[c] / dm[r]));
    let sort = SchurOptions::default()
        .sort(SchurSort::Lhp)
        .check_finite(false);
    let f = schur_complex(&scaled, &sort)?;
    if f.sdim != m {
        return Err(Error::SingularMatrix {
            detail: format!(
                "{}: {} of {} eigenvalues are stable, {m} needed",
                kind.boundary_message(),
                f.sdim,
                2 * m
            ),
        });
    }
    Ok((f.z.slice(s![.., ..m]).to_owned(), dm))
}

/// SciPy's two failure tests on the orthonormal basis `[U₁; U₂]`: `U₁` numerically singular
/// (the 2-norm condition number of its LU factor above `1/ε`: no finite solution), and
/// `U₁ᴴ U₂` clearly not Hermitian (as it is for the stable, Lagrangian subspace: the stable
/// and unstable eigenvalues were not separated).
fn check_basis(u: &Array2<C>, kind: Kind) -> Result<()> {
    let m = u.ncols();
    let u1 = u.slice(s![..m, ..]).to_owned();
    let u2 = u.slice(s![m.., ..]).to_owned();
    let lu = LuFactors::new(as_faer(&u1));
    let upper = Array2::from_shape_fn((m, m), |(r, c)| {
        if r <= c {
            lu.lu[(r, c)]
        } else {
            C::new(0.0, 0.0)
        }
    });
    let sv = svdvals(&upper)?;
    let (smax, smin) = sv.iter().fold((0.0_f64, f64::INFINITY), |(hi, lo), &v| {
        (hi.max(v), lo.min(v))
    });
    let singular = lu.first_zero_pivot().is_some()
        || smin.is_nan()
        || smax.is_nan()
        || smin / smax < f64::EPSILON;
    if singular {
        return Err(no_finite_solution());
    }
    let u_sym = adjoint(&u1).dot(&u2);
    let departure = norm1(&(&u_sym - &adjoint(&u_sym)));
    if departure > spacing(1000.0).max(0.1 * norm1(&u_sym)) {
        return Err(Error::SingularMatrix {
            detail: kind.boundary_message().into(),
        });
    }
    Ok(())
}

fn no_finite_solution() -> Error {
    Error::SingularMatrix {
        detail: "failed to find a finite solution: the stable subspace basis U₁ is \
                 numerically singular"
            .into(),
    }
}

/// `V₂ V₁⁻¹`, through `Xᴴ = V₁⁻ᴴ V₂ᴴ`.
fn ratio(v1: &Array2<C>, v2: &Array2<C>) -> Result<Array2<C>> {
    let lu = LuFactors::new(as_faer(v1));
    if lu.first_zero_pivot().is_some() {
        return Err(no_finite_solution());
    }
    let mut xh = adjoint(v2);
    lu.solve_transpose_in_place(as_faer_mut(&mut xh), true);
    Ok(adjoint(&xh))
}

/// SciPy's extended pencils `(H, J)` of order `2M + N`:
///
/// ```text
/// continuous:  H = [ A    0    B ]    J = [ E  0   0 ]
///                  [ −Q  −Aᴴ  −S ]        [ 0  Eᴴ  0 ]
///                  [ Sᴴ   Bᴴ   R ]        [ 0  0   0 ]
/// discrete:    H = [ A    0    B ]    J = [ E  0   0 ]
///                  [ −Q   Eᴴ  −S ]        [ 0  Aᴴ  0 ]
///                  [ Sᴴ   0    R ]        [ 0  −Bᴴ 0 ]
/// ```
fn extended_pencil(d: &AreData, kind: Kind) -> (Array2<C>, Array2<C>) {
    let (m, n) = (d.m(), d.n());
    let size = 2 * m + n;
    let mut h = Array2::<C>::zeros((size, size));
    let mut j = Array2::<C>::zeros((size, size));
    let eye = Array2::<C>::eye(m);
    let e = d.e.as_ref().unwrap_or(&eye);
    let ah = adjoint(&d.a);
    h.slice_mut(s![..m, ..m]).assign(&d.a);
    h.slice_mut(s![..m, 2 * m..]).assign(&d.b);
    h.slice_mut(s![m..2 * m, ..m]).assign(&d.q.mapv(|v| -v));
    h.slice_mut(s![2 * m.., 2 * m..]).assign(&d.r);
    if let Some(sm) = &d.s {
        h.slice_mut(s![m..2 * m, 2 * m..]).assign(&sm.mapv(|v| -v));
        h.slice_mut(s![2 * m.., ..m]).assign(&adjoint(sm));
    }
    j.slice_mut(s![..m, ..m]).assign(e);
    match kind {
        Kind::Continuous => {
            h.slice_mut(s![m..2 * m, m..2 * m]).assign(&ah.mapv(|v| -v));
            h.slice_mut(s![2 * m.., m..2 * m]).assign(&adjoint(&d.b));
            j.slice_mut(s![m..2 * m, m..2 * m]).assign(&adjoint(e));
        }
        Kind::Discrete => {
            h.slice_mut(s![m..2 * m, m..2 * m]).assign(&adjoint(e));
            j.slice_mut(s![m..2 * m, m..2 * m]).assign(&ah);
            j.slice_mut(s![2 * m.., m..2 * m])
                .assign(&adjoint(&d.b).mapv(|v| -v));
        }
    }
    (h, j)
}

/// Powers of two `d` for which `D⁻¹ (|H| + |J|) D` (diagonal removed) is balanced.
fn equilibration(h: &Array2<C>, j: &Array2<C>) -> Vec<f64> {
    let size = h.nrows();
    let mut mag = Array2::from_shape_fn((size, size), |(r, c)| h[[r, c]].norm() + j[[r, c]].norm());
    mag.diag_mut().fill(0.0);
    balance::scaling(&mag)
}

/// SciPy's balancing recipe (after Benner 2001): balance `|H| + |J|` without its diagonal,
/// (`D⁻¹ M D`), then keep the Hamiltonian (symplectic) structure with
/// `s = (D₁, D₁⁻¹, D₃⁻¹)`, `D₁ᵢ = 2^round((log₂ d_{M+i} − log₂ dᵢ)/2)` (ties to even). The
/// pencil is scaled as `sᵢ / sⱼ` entry-wise and `X` back as `sᵢ sⱼ`.
fn symplectic_scaling(h: &Array2<C>, j: &Array2<C>, m: usize) -> Vec<f64> {
    let d = equilibration(h, j);
    if d.iter().all(|&v| v == 1.0) {
        return d;
    }
    let l: Vec<f64> = d.iter().map(|v| v.log2()).collect();
    // The R block's scaling in the same direction as the balancing (d⁻¹ in sᵢ / sⱼ).
    let mut out: Vec<f64> = d.iter().map(|v| 1.0 / v).collect();
    for i in 0..m {
        let p = ((l[m + i] - l[i]) / 2.0).round_ties_even();
        out[i] = p.exp2();
        out[m + i] = (-p).exp2();
    }
    out
}
