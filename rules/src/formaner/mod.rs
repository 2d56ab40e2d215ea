//! Benefits that interact with wages, one module per benefit, each reading its own
//! parameter file `rules/params/formaner/<area>.toml`.
//!
//! Benefit parameters are timelines, not yearly snapshots: amounts change on different days
//! (prisbasbelopp on 1 January, aktivitetsstöd on
//! 2025-10-01), so every value carries its own `from` date and legal reference, and a rule
//! asks for the value in force in the month it computes.

pub mod aktivitetsersattning;
pub mod aktivitetsstod;
pub mod arbete;
pub mod barnbidrag;
pub mod bostadsbidrag;
pub mod bostadstillagg;
pub mod forsorjningsstod;
pub mod jobbpremie;
pub mod sjukpenning;

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::params::{Basis, Piece};
use crate::trace::{ParamUse, Step};

/// A calendar month: benefits are computed per month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Manad {
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl Manad {
    pub fn new(year: i32, month: u32) -> Self {
        Manad { year, month }
    }
    /// The first day as `YYYY-MM-01`, for comparing with `from` dates.
    pub fn first_day(&self) -> String {
        format!("{:04}-{:02}-01", self.year, self.month)
    }
    /// Calendar days in the month (sjukpenning is paid for every day, SFB 28 kap. 3 §).
    pub fn dagar(&self) -> u32 {
        match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            _ => {
                let leap = (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0;
                if leap {
                    29
                } else {
                    28
                }
            }
        }
    }
}

impl std::fmt::Display for Manad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One dated value of a benefit parameter, with the law that set it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Varde {
    /// First day the value applies (YYYY-MM-DD).
    pub from: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pieces: Option<Vec<Piece>>,
    /// A small named table (e.g. riksnorm by age band).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<BTreeMap<String, Decimal>>,
    pub reference: String,
    pub source: String,
    pub verified_on: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A benefit parameter: its unit and its values over time.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tidslinje {
    pub unit: String,
    /// When set, values are multiples of this base amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The date this parameter is verified until, when it differs from its area's
    /// (`OmradeMeta::verified_until`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_until: Option<String>,
    pub values: Vec<Varde>,
}

impl Tidslinje {
    /// The value in force on the first day of `m`, if the timeline reaches back that far.
    pub fn at(&self, m: Manad) -> Option<&Varde> {
        // Compared as numbers: this runs for every parameter read of every month of a sweep,
        // where formatting a date string each time adds up.
        let key = (m.year, m.month);
        self.values
            .iter()
            .rev()
            .find(|v| from_key(&v.from).is_some_and(|f| f <= key))
    }

    /// The scalar value in force in `m`, in the parameter's own unit (a multiple of the
    /// basis when it has one). None when no value applies yet or the value is not a scalar.
    pub fn scalar(&self, m: Manad) -> Option<Decimal> {
        self.at(m).and_then(|v| v.value)
    }

    /// The table entry `key` in force in `m`.
    pub fn entry(&self, m: Manad, key: &str) -> Option<Decimal> {
        self.at(m)
            .and_then(|v| v.table.as_ref())
            .and_then(|t| t.get(key).copied())
    }

    /// The trace record of reading this parameter in `m` (the value shown as stored).
    pub fn used(&self, key: &str, m: Manad) -> Option<ParamUse> {
        if !crate::trace::detaljer() {
            return None;
        }
        let v = self.at(m)?;
        let shown = if let Some(x) = v.value {
            match self.basis {
                Some(Basis::Prisbasbelopp) => format!("{} × prisbasbelopp", x.normalize()),
                Some(Basis::Inkomstbasbelopp) => format!("{} × inkomstbasbelopp", x.normalize()),
                None => format!("{} {}", x.normalize(), self.unit),
            }
        } else if let Some(t) = &v.table {
            t.iter()
                .map(|(k, x)| format!("{k}: {}", x.normalize()))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            "tabell i intervall".to_string()
        };
        Some(ParamUse {
            key: key.to_string(),
            value: format!("{shown} (från {})", v.from),
            reference: v.reference.clone(),
            source: v.source.clone(),
            verified_on: v.verified_on.clone(),
        })
    }
}

/// (year, month) of a `from` date `YYYY-MM-DD`. A value from day 2 or later of a month
/// applies from the month after (benefits are computed per whole month); all values so far
/// start on the first.
fn from_key(from: &str) -> Option<(i32, u32)> {
    // Digits read directly: build.rs has checked the YYYY-MM-DD shape.
    let b = from.as_bytes();
    let n = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let y = n(0..4)? as i32;
    let m = n(5..7)?;
    let d = n(8..10)?;
    Some(match (d > 1, m) {
        (false, _) => (y, m),
        (true, 12) => (y + 1, 1),
        (true, _) => (y, m + 1),
    })
}

/// Header of a benefit area file.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OmradeMeta {
    pub area: String,
    #[serde(default)]
    pub note: Option<String>,
    /// The date the area's parameters are verified until: that the values in force then are
    /// the law's, checked against the sources on `verified_on`. Past it, results say that the
    /// latest known values were used (DEVELOPERS.md principle 1).
    pub verified_until: String,
}

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
    /// A plain-Swedish sentence on why, for every status but a plain payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skal: Option<String>,
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
    pub fn noll(skal: impl Into<String>, steps: Vec<Step>) -> Self {
        Utfall {
            status: Status::NollKronor,
            per_manad: Decimal::ZERO,
            skal: Some(skal.into()),
            saknas: vec![],
            steps,
        }
    }
    pub fn ej_ratt(skal: impl Into<String>) -> Self {
        Utfall {
            status: Status::EjRatt,
            per_manad: Decimal::ZERO,
            skal: Some(skal.into()),
            saknas: vec![],
            steps: vec![],
        }
    }
    pub fn behover(saknas: Vec<String>, skal: impl Into<String>) -> Self {
        Utfall {
            status: Status::BehoverUppgift,
            per_manad: Decimal::ZERO,
            skal: Some(skal.into()),
            saknas,
            steps: vec![],
        }
    }
    pub fn ej_modellerad(skal: impl Into<String>) -> Self {
        Utfall {
            status: Status::EjModellerad,
            per_manad: Decimal::ZERO,
            skal: Some(skal.into()),
            saknas: vec![],
            steps: vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_month() {
        assert_eq!(Manad::new(2024, 2).dagar(), 29);
        assert_eq!(Manad::new(2026, 2).dagar(), 28);
        assert_eq!(Manad::new(2026, 4).dagar(), 30);
        assert_eq!(Manad::new(2026, 12).dagar(), 31);
    }
}
