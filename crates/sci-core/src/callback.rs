//! The callback type of long iterative work (optimizers, root finders, ODE solvers).
//!
//! As SciPy's `callback=` arguments, a callback sees the current state once per iteration or
//! step; returning [`ControlFlow::Break`] stops the run, which then reports that the callback
//! stopped it (SciPy's `intermediate_result` plus `StopIteration`). Each algorithm family
//! defines its own state struct (`x`, `fun`, `nit`, ... for optimizers; `t`, `y` for ODE
//! solvers); the callback type is the same for all.

use std::fmt;
use std::ops::ControlFlow;

/// A user callback over states of type `S`, held in an options struct.
///
/// Any `FnMut(&S) -> ControlFlow<()>` closure converts into it.
///
/// # Examples
///
/// ```
/// use std::ops::ControlFlow;
/// use sci_core::Callback;
///
/// // Stop once the objective is below 1e-3.
/// let mut seen = Vec::new();
/// let mut cb = Callback::new(|fun: &f64| {
///     seen.push(*fun);
///     if *fun < 1e-3 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
/// });
/// assert!(cb.call(&1.0).is_continue());
/// assert!(cb.call(&1e-4).is_break());
/// drop(cb);
/// assert_eq!(seen.len(), 2);
/// ```
pub struct Callback<'a, S: ?Sized> {
    inner: Box<CallbackFn<'a, S>>,
}

/// The closure type behind a [`Callback`].
type CallbackFn<'a, S> = dyn FnMut(&S) -> ControlFlow<()> + 'a;

impl<'a, S: ?Sized> Callback<'a, S> {
    /// Wraps a closure.
    ///
    /// # Examples
    ///
    /// ```
    /// let cb = sci_core::Callback::new(|_: &[f64]| std::ops::ControlFlow::Continue(()));
    /// # drop(cb);
    /// ```
    pub fn new(f: impl FnMut(&S) -> ControlFlow<()> + 'a) -> Self {
        Callback { inner: Box::new(f) }
    }

    /// Shows the callback the current state; `Break` asks the run to stop.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut cb = sci_core::Callback::new(|n: &usize| {
    ///     if *n >= 3 { std::ops::ControlFlow::Break(()) } else { std::ops::ControlFlow::Continue(()) }
    /// });
    /// assert!(cb.call(&3).is_break());
    /// ```
    pub fn call(&mut self, state: &S) -> ControlFlow<()> {
        (self.inner)(state)
    }
}

/// Calls an optional callback: no callback means "continue".
///
/// # Examples
///
/// ```
/// let mut none: Option<sci_core::Callback<'_, f64>> = None;
/// assert!(sci_core::callback::notify(&mut none, &1.0).is_continue());
/// ```
pub fn notify<S: ?Sized>(callback: &mut Option<Callback<'_, S>>, state: &S) -> ControlFlow<()> {
    match callback {
        Some(cb) => cb.call(state),
        None => ControlFlow::Continue(()),
    }
}

/// The message a run reports when its callback stopped it (SciPy's wording).
pub const STOPPED_BY_CALLBACK: &str = "`callback` raised `StopIteration`.";

impl<'a, S: ?Sized, F> From<F> for Callback<'a, S>
where
    F: FnMut(&S) -> ControlFlow<()> + 'a,
{
    fn from(f: F) -> Self {
        Callback::new(f)
    }
}

impl<S: ?Sized> fmt::Debug for Callback<'_, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Callback(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy iterative run: halves `x` until the callback stops it or 100 steps pass.
    fn run(mut callback: Option<Callback<'_, f64>>) -> (f64, usize, Option<&'static str>) {
        let mut x = 1.0;
        for nit in 1..=100 {
            x /= 2.0;
            if notify(&mut callback, &x).is_break() {
                return (x, nit, Some(STOPPED_BY_CALLBACK));
            }
        }
        (x, 100, None)
    }

    #[test]
    fn break_stops_the_run_and_says_why() {
        let (x, nit, why) = run(Some(Callback::from(|x: &f64| {
            if *x < 0.1 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })));
        assert_eq!((x, nit), (0.0625, 4));
        assert_eq!(why, Some(STOPPED_BY_CALLBACK));
    }

    #[test]
    fn no_callback_runs_to_the_end() {
        let (_, nit, why) = run(None);
        assert_eq!((nit, why), (100, None));
        assert_eq!(
            format!("{:?}", Callback::new(|_: &f64| ControlFlow::Continue(()))),
            "Callback(..)"
        );
    }
}
