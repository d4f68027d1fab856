//! Continued fractions `b₀ + a₁ / (b₁ + a₂ / (b₂ + ...))` of positive value, as the incomplete
//! beta and gamma ratios need them.

/// Guards a denominator of the modified Lentz algorithm against zero.
const TINY: f64 = 1e-300;

fn guarded(x: f64) -> f64 {
    if x.abs() < TINY { TINY } else { x }
}

/// `b₀ + a₁ / (b₁ + a₂ / (b₂ + ...))` with `term(n) = (aₙ, bₙ)` for `n ≥ 1`.
///
/// The modified Lentz algorithm finds the depth `N` at which the fraction has converged to
/// half an ULP; the fraction is then summed again from its tail at depth `N`. Lentz's forward
/// product accumulates one rounding per step (about `sqrt(N)` ULP over the hundreds of steps
/// large parameters need), while the backward sum forgets the roundings of the deep steps.
/// The backward value is kept when it is finite and positive, Lentz's otherwise, and Lentz's
/// alone when the fraction has not converged within `max_steps` terms.
pub(crate) fn continued_fraction(
    b0: f64,
    term: impl Fn(usize) -> (f64, f64),
    max_steps: usize,
) -> f64 {
    let mut f = guarded(b0);
    let mut c = f;
    let mut d = 0.0f64;
    let mut depth = None;
    for n in 1..max_steps {
        let (a, b) = term(n);
        d = guarded(a.mul_add(d, b));
        c = guarded(b + a / c);
        d = 1.0 / d;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() <= f64::EPSILON * 0.5 {
            depth = Some(n);
            break;
        }
    }
    let Some(depth) = depth else {
        return f;
    };
    // From the tail: `carry` holds the partial numerator of the step below.
    let (mut carry, mut g) = term(depth);
    for n in (1..depth).rev() {
        let (a, b) = term(n);
        g = b + carry / guarded(g);
        carry = a;
    }
    let backward = b0 + carry / guarded(g);
    if backward.is_finite() && backward > 0.0 {
        backward
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::continued_fraction;

    #[test]
    fn golden_ratio_and_square_root_of_two() {
        // 1 + 1 / (1 + 1 / (1 + ...)) = φ; 1 + 1 / (2 + 1 / (2 + ...)) = √2.
        let phi = continued_fraction(1.0, |_| (1.0, 1.0), 1000);
        assert!((phi - (1.0 + 5f64.sqrt()) / 2.0).abs() <= f64::EPSILON * 2.0);
        let root2 = continued_fraction(1.0, |_| (1.0, 2.0), 1000);
        assert!((root2 - 2f64.sqrt()).abs() <= f64::EPSILON * 2.0);
    }
}
