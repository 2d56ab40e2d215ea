//! The explanation trace, produced by the computation itself.
//!
//! Each rule function records one [`Step`] per amount it fixes: the inputs it used, the
//! formula in words, the parameters it read (with their references) and the paragraph that
//! says so. Recording is lazy: with a disabled trace (bulk table generation) the closure that
//! builds the step is never run.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::params::{Piecewise, Provenance, Scalar};

/// A parameter as read by a step.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ParamUse {
    pub key: String,
    /// The value as stored (a multiple of pbb/ibb where the law says so).
    pub value: String,
    pub reference: String,
    pub source: String,
    pub verified_on: String,
}

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

/// A named input of a step and its value in kronor (or percent, as named).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Input {
    pub name: String,
    pub value: Decimal,
}

/// One amount fixed by the computation, with its explanation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Step {
    /// Stable identifier of the amount, e.g. `grundavdrag`.
    pub id: &'static str,
    /// Plain-Swedish name of the amount.
    pub label: &'static str,
    pub amount: Decimal,
    /// The formula in words and symbols, with the numbers filled in.
    pub formula: String,
    pub inputs: Vec<Input>,
    pub params: Vec<ParamUse>,
    /// The legal paragraph that fixes this amount.
    pub reference: &'static str,
    /// The rounding applied, with its paragraph, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounding: Option<&'static str>,
}

/// Convenience for building the inputs list.
pub fn input(name: &str, value: Decimal) -> Input {
    Input {
        name: name.to_string(),
        value,
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

/// An amount for an explanation text: the number without trailing zeros (to the öre).
/// Empty when details are off, since the text will not be shown.
pub fn kr(x: Decimal) -> String {
    if detaljer() {
        x.round_dp(2).normalize().to_string()
    } else {
        String::new()
    }
}

/// As [`kr`], followed by " kr".
pub fn kr_enhet(x: Decimal) -> String {
    if detaljer() {
        format!("{} kr", x.normalize())
    } else {
        String::new()
    }
}

/// Collects steps when enabled.
#[derive(Debug, Default, Clone)]
pub struct Trace {
    enabled: bool,
    pub steps: Vec<Step>,
}

impl Trace {
    /// A trace that records every step.
    pub fn on() -> Self {
        Trace {
            enabled: true,
            steps: Vec::new(),
        }
    }

    /// A trace that records nothing (bulk computation).
    pub fn off() -> Self {
        Trace::default()
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Records the step built by `f`, only when the trace is enabled.
    pub fn record(&mut self, f: impl FnOnce() -> Step) {
        if self.enabled {
            self.steps.push(f());
        }
    }
}
