//! The explanation trace, produced by the computation itself.
//!
//! Each rule function records one [`Step`] per amount it fixes: the inputs it used, the
//! formula in words, the parameters it read (with their references) and the paragraph that
//! says so. The caller decides whether anything is recorded, by the [`Trace`] it passes:
//! with [`Trace::av`] (sweeps, bulk tables) the closure that builds a step never runs, so no
//! text is formatted.

use rust_decimal::Decimal;
use serde::Serialize;

/// A parameter as read by a step.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ParamUse {
    pub key: String,
    /// The parameter's plain name ("Prisbasbelopp"), for people; `key` is for programs.
    pub name: String,
    /// The value as stored (a multiple of a base amount where the law says so).
    pub value: String,
    pub reference: String,
    pub source: String,
    pub verified_on: String,
}

/// A named input of a step and its value.
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
    /// Plain-language name of the amount.
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
    /// What the amount counts, when it is not kronor (written only then).
    #[serde(skip_serializing_if = "Enhet::ar_kronor")]
    pub unit: Enhet,
}

/// What a step's amount counts: kronor unless the step says otherwise, so an explanation
/// shows "2 barn" and "75 %", never "2 kr".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Enhet {
    #[default]
    Kronor,
    /// A number of children.
    Barn,
    /// A number of days.
    Dagar,
    /// A share of a whole (0.75 = three quarters).
    Andel,
}

impl Enhet {
    /// Kronor, the default (not written in JSON).
    pub fn ar_kronor(&self) -> bool {
        *self == Enhet::Kronor
    }
}

impl Step {
    /// A step with its id, label, amount and paragraph; the rest is added with the methods
    /// below.
    pub fn ny(
        id: &'static str,
        label: &'static str,
        amount: Decimal,
        reference: &'static str,
    ) -> Self {
        Step {
            id,
            label,
            amount,
            formula: String::new(),
            inputs: Vec::new(),
            params: Vec::new(),
            reference,
            rounding: None,
            unit: Enhet::Kronor,
        }
    }

    /// What the amount counts, when it is not kronor.
    pub fn enhet(mut self, unit: Enhet) -> Self {
        self.unit = unit;
        self
    }

    /// The formula in words, with the numbers filled in.
    pub fn formel(mut self, formula: impl Into<String>) -> Self {
        self.formula = formula.into();
        self
    }

    /// Named inputs.
    pub fn indata<const N: usize>(mut self, inputs: [(&str, Decimal); N]) -> Self {
        self.inputs
            .extend(inputs.into_iter().map(|(name, value)| input(name, value)));
        self
    }

    /// A parameter read, when there is one (what `Tidslinje::used` gives).
    pub fn param(mut self, p: Option<ParamUse>) -> Self {
        self.params.extend(p);
        self
    }

    /// Parameters read.
    pub fn params(mut self, ps: impl IntoIterator<Item = ParamUse>) -> Self {
        self.params.extend(ps);
        self
    }

    /// The rounding applied, with its paragraph.
    pub fn avrundning(mut self, r: &'static str) -> Self {
        self.rounding = Some(r);
        self
    }
}

/// Convenience for building an inputs list.
pub fn input(name: &str, value: Decimal) -> Input {
    Input {
        name: name.to_string(),
        value,
    }
}

/// An amount for an explanation text: the number to the öre, without trailing zeros.
pub fn kr(x: Decimal) -> String {
    x.round_dp(2).normalize().to_string()
}

/// As [`kr`] (not rounded), followed by " kr".
pub fn kr_enhet(x: Decimal) -> String {
    format!("{} kr", x.normalize())
}

/// Collects the steps of a computation, when it is asked to.
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

    /// A trace that records nothing: only the amounts are wanted.
    pub fn off() -> Self {
        Trace::default()
    }

    /// [`Trace::on`] when `detalj`, else [`Trace::off`].
    pub fn ny(detalj: bool) -> Self {
        if detalj {
            Trace::on()
        } else {
            Trace::off()
        }
    }

    /// A trace that records nothing (an alias of [`Trace::off`] for the amounts-only path).
    pub fn av() -> Self {
        Trace::off()
    }

    /// An empty trace that records like this one (for a part computed separately).
    pub fn som(&self) -> Self {
        Trace::ny(self.enabled)
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Records the step built by `f`, only when the trace records.
    pub fn record(&mut self, f: impl FnOnce() -> Step) {
        if self.enabled {
            self.steps.push(f());
        }
    }

    /// Records the step built by `f` (the name the benefit rules use).
    pub fn steg(&mut self, f: impl FnOnce() -> Step) {
        self.record(f);
    }

    /// Takes the steps recorded so far, leaving the trace empty and recording as before.
    pub fn ta(&mut self) -> Vec<Step> {
        std::mem::take(&mut self.steps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_off_trace_never_builds_a_step() {
        let mut t = Trace::off();
        t.steg(|| panic!("built"));
        assert!(t.steps.is_empty());
        let mut t = Trace::on();
        t.steg(|| {
            Step::ny("x", "X", Decimal::ONE, "1 §")
                .formel("a")
                .indata([("b", Decimal::TWO)])
                .param(None)
                .avrundning("r")
        });
        let s = &t.ta()[0];
        assert_eq!(
            (s.id, s.formula.as_str(), s.inputs.len(), s.rounding),
            ("x", "a", 1, Some("r"))
        );
        assert!(t.steps.is_empty() && t.enabled());
    }
}
