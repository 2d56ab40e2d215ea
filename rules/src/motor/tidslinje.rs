//! Parameters as timelines: dated values, each with the law that set it and when it was
//! verified, read for the month being computed.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::manad::Manad;
use super::spar::ParamUse;
use super::styckvis::{Basis, Piece};

/// One dated value of a benefit parameter, with the law that set it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(try_from = "VardeFil")]
pub struct Varde {
    /// First day the value applies (YYYY-MM-DD).
    pub from: String,
    /// The month the value first applies in, `(year, month)`: `from` worked out once (by
    /// build.rs for the built-in parameters), so that reading a parameter parses no date.
    #[serde(skip_serializing)]
    pub fran: (i32, u32),
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

/// A dated value as a parameter file writes it (`Varde` without the worked-out month).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VardeFil {
    from: String,
    #[serde(default)]
    value: Option<Decimal>,
    #[serde(default)]
    pieces: Option<Vec<Piece>>,
    #[serde(default)]
    table: Option<BTreeMap<String, Decimal>>,
    reference: String,
    source: String,
    verified_on: String,
    #[serde(default)]
    note: Option<String>,
}

impl TryFrom<VardeFil> for Varde {
    type Error = String;
    fn try_from(v: VardeFil) -> Result<Self, String> {
        let fran =
            manad_fran(&v.from).ok_or_else(|| format!("from {:?} is not YYYY-MM-DD", v.from))?;
        Ok(Varde {
            from: v.from,
            fran,
            value: v.value,
            pieces: v.pieces,
            table: v.table,
            reference: v.reference,
            source: v.source,
            verified_on: v.verified_on,
            note: v.note,
        })
    }
}

/// A benefit parameter: its unit and its values over time.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tidslinje {
    /// The parameter's plain name, shown in explanations instead of its key.
    pub name: String,
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
        // Compared as numbers worked out at build time: this runs for every parameter read of
        // every month of a sweep.
        let key = (m.year, m.month);
        self.values.iter().rev().find(|v| v.fran <= key)
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

    /// The trace record of reading this parameter in `m` (the value shown as stored). Called only
    /// inside a step's closure, so a trace that records nothing never builds it.
    pub fn used(&self, key: &str, m: Manad) -> Option<ParamUse> {
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
            name: self.name.clone(),
            value: format!("{shown} (från {})", v.from),
            reference: v.reference.clone(),
            source: v.source.clone(),
            verified_on: v.verified_on.clone(),
        })
    }
}

/// (year, month) of a `from` date `YYYY-MM-DD`: the month the value first applies in. A
/// value from day 2 or later of a month applies from the month after (benefits are computed
/// per whole month); all values so far start on the first. build.rs's `fran_code` does the
/// same for the built-in parameters.
pub fn manad_fran(from: &str) -> Option<(i32, u32)> {
    let b = from.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let y = n(0..4)? as i32;
    let m = n(5..7)?;
    let d = n(8..10)?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
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

#[cfg(test)]
mod tests {
    use super::manad_fran;

    #[test]
    fn a_value_from_after_the_first_applies_from_the_next_month() {
        assert_eq!(manad_fran("2026-01-01"), Some((2026, 1)));
        assert_eq!(manad_fran("2026-07-15"), Some((2026, 8)));
        assert_eq!(manad_fran("2026-12-02"), Some((2027, 1)));
        for bad in [
            "2026-1-01",
            "2026-13-01",
            "2026-00-01",
            "2026-01-32",
            "20260101xx",
            "",
        ] {
            assert_eq!(manad_fran(bad), None, "{bad}");
        }
    }
}
