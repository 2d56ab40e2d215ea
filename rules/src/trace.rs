//! The explanation trace: the kernel's (`motor::spar`), with the constructors of a
//! [`ParamUse`] for the tax year files' parameters.

pub use crate::motor::spar::{input, kr, kr_enhet, Input, ParamUse, Step, Trace};
use crate::params::{Piecewise, Provenance, Scalar};

impl ParamUse {
    pub fn scalar(key: &str, s: &Scalar) -> Self {
        let value = match s.basis {
            Some(b) => format!("{} × {b:?}", s.value.normalize()).to_lowercase(),
            None => format!("{} {}", s.value.normalize(), s.provenance.unit),
        };
        Self::with(key, value, &s.provenance)
    }

    pub fn piecewise(key: &str, p: &Piecewise, applied: String) -> Self {
        Self::with(key, applied, &p.provenance)
    }

    fn with(key: &str, value: String, p: &Provenance) -> Self {
        ParamUse {
            key: key.to_string(),
            value,
            reference: p.reference.clone(),
            source: p.source.clone(),
            verified_on: p.verified_on.clone(),
        }
    }
}

thread_local! {
    static DETALJER: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Whether explanation steps are being built on this thread (true unless inside
/// [`utan_detaljer`]).
pub fn detaljer() -> bool {
    DETALJER.with(|d| d.get())
}

/// Runs `f` without building explanation steps: sweeps evaluate dozens of months for a chart
/// and need only the amounts, and formatting the steps is most of a month's cost.
pub fn utan_detaljer<R>(f: impl FnOnce() -> R) -> R {
    let fore = DETALJER.with(|d| d.replace(false));
    let r = f();
    DETALJER.with(|d| d.set(fore));
    r
}

/// Pushes the step built by `f` unless details are switched off.
pub fn push_step(steps: &mut Vec<Step>, f: impl FnOnce() -> Step) {
    if detaljer() {
        steps.push(f());
    }
}
