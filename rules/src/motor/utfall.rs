//! What a rule gives for a month: an amount with one of five statuses (DEVELOPERS.md
//! principle 4), the reason, what is missing, and the steps that explain it.

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::spar::Step;

/// How an amount stands (DEVELOPERS.md principle 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Paid: a positive amount.
    Utbetalas,
    /// Eligible, but the amount comes to 0 kr (income too high, nothing to reduce …).
    NollKronor,
    /// Not eligible (the reason says why).
    EjRatt,
    /// An input is missing (`saknas` says which).
    BehoverUppgift,
    /// The rule is not modelled (the reason says what is missing in our knowledge).
    EjModellerad,
}

/// The outcome of one benefit for one month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Utfall {
    pub status: Status,
    /// Kronor per month (0 unless `Utbetalas`).
    pub per_manad: Decimal,
    /// A plain-Swedish sentence on why, for every status but a plain payment. Borrowed when
    /// the sentence is fixed text, so that the amounts-only path allocates nothing for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skal: Option<Cow<'static, str>>,
    /// The inputs that are needed (with `BehoverUppgift`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub saknas: Vec<String>,
    /// How the amount was reached.
    pub steps: Vec<Step>,
}

impl Utfall {
    /// A computed amount: paid when positive, 0 kr otherwise.
    pub fn belopp(per_manad: Decimal, steps: Vec<Step>) -> Self {
        let status = if per_manad > Decimal::ZERO {
            Status::Utbetalas
        } else {
            Status::NollKronor
        };
        Utfall {
            status,
            per_manad: per_manad.max(Decimal::ZERO),
            skal: None,
            saknas: vec![],
            steps,
        }
    }
    pub fn noll(skal: impl Into<Cow<'static, str>>, steps: Vec<Step>) -> Self {
        Utfall {
            status: Status::NollKronor,
            per_manad: Decimal::ZERO,
            skal: Some(skal.into()),
            saknas: vec![],
            steps,
        }
    }
    pub fn ej_ratt(skal: impl Into<Cow<'static, str>>) -> Self {
        Utfall {
            status: Status::EjRatt,
            per_manad: Decimal::ZERO,
            skal: Some(skal.into()),
            saknas: vec![],
            steps: vec![],
        }
    }
    pub fn behover(saknas: Vec<String>, skal: impl Into<Cow<'static, str>>) -> Self {
        Utfall {
            status: Status::BehoverUppgift,
            per_manad: Decimal::ZERO,
            skal: Some(skal.into()),
            saknas,
            steps: vec![],
        }
    }
    pub fn ej_modellerad(skal: impl Into<Cow<'static, str>>) -> Self {
        Utfall {
            status: Status::EjModellerad,
            per_manad: Decimal::ZERO,
            skal: Some(skal.into()),
            saknas: vec![],
            steps: vec![],
        }
    }
}
