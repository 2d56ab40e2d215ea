//! The plan over the months ahead and the hours × wage map: optional blocks of the scenario
//! (docs/scenario-format.md, "The plan" and "The map").

use rules::formaner::aktivitetsersattning as ae;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Fewest months a plan covers.
pub const MIN_PLAN_MANADER: u32 = 12;
/// Most months a plan covers.
pub const MAX_PLAN_MANADER: u32 = 36;
/// Most steps in a plan's job schedule (all tracks together).
pub const MAX_PLAN_STEG: usize = 64;
/// Most cells of a map (hours × hourly wages).
pub const MAX_KARTA_RUTOR: usize = 4_000;

/// A plan: the months ahead from the scenario's `year`/`month`, for today and each
/// alternative, with the state carried from month to month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSpec {
    /// Number of months, the start month included (12–36).
    pub manader: u32,
    /// Stepped job schedule: from which plan month a person's job has how many hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steg: Vec<PlanSteg>,
    /// What the plan needs to know per person that a single month does not (by index in
    /// `people`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personer: Vec<PlanPerson>,
    /// False: the months carry amounts and statuses but no explanation steps (smaller, faster).
    #[serde(default = "sant", skip_serializing_if = "is_true")]
    pub forklaringar: bool,
}

fn sant() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// One step of the job schedule: from plan month `fran_manad` (1 = the start month) on, the
/// person's job in the track has `hours_per_week`. Before a track's first step the person has
/// no job in it (a job that starts later).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSteg {
    /// The alternative (index in `alternatives`); absent: today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternativ: Option<usize>,
    /// The person (index in `people`; default 0).
    #[serde(default)]
    pub person: usize,
    /// Plan month the step starts in (1 = the start month).
    pub fran_manad: u32,
    /// Hours per week from that month (0–80).
    pub hours_per_week: Decimal,
    /// A monthly-salaried job's salary at these hours (required for such a job).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_salary: Option<Decimal>,
}

/// What the plan needs to know about one person beyond the month's scenario.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanPerson {
    /// The sick period's first day (`YYYY-MM-DD`): needed when the person has sjukpenning; the
    /// day of the sick period in each month follows from it (27 kap. 21, 48, 49 §§).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sjukperiodens_forsta_dag: Option<String>,
    /// Sjukersättning decided from the month the person turns 30, at this level, after
    /// aktivitetsersättning ends (SFB 33 kap. 5–6 §§, 18 §). Absent: nothing from
    /// Försäkringskassan after aktivitetsersättning ends, and the plan says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sjukersattning_fran_30: Option<ae::Niva>,
    /// Which payer the person has told that its payment is the main income, so that it
    /// withholds tax by Skatteverket's monthly table while the others withhold 30 % as for a
    /// sidoinkomst (rules-tax.md §11a). Needed for the year-end when a year has more than one
    /// payer; absent with one payer, that one is taken as the main one and the plan says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub huvudinkomst: Option<Huvudinkomst>,
}

/// The kind of income whose payer withholds tax by the monthly table (the person's main
/// income): one per kind the scenario separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Huvudinkomst {
    /// The employer (the job's wage).
    Lon,
    /// Försäkringskassan's sjukpenning (its withholding is not modelled).
    Sjukpenning,
    /// A-kassa or aktivitetsstöd.
    AnnanPensionsgrundande,
    /// Försäkringskassan's aktivitets- or sjukersättning (column 4 of the table).
    SjukAktivitetsersattning,
    /// Pension.
    Pension,
}

/// The hours × hourly wage map of one alternative: "better off than today by" per cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KartaSpec {
    /// The alternative whose job varies (index in `alternatives`; default 0).
    #[serde(default)]
    pub alternativ: usize,
    /// The person whose job varies (default 0).
    #[serde(default)]
    pub person: usize,
    /// Hours per week: 0–80, step at least 0.5.
    pub timmar: Intervall,
    /// Hourly wages: 0–2 000 kr, step at least 1 kr.
    pub timlon: Intervall,
}

/// A range from `fran` to `till` in steps of `steg`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intervall {
    pub fran: Decimal,
    pub till: Decimal,
    pub steg: Decimal,
}

impl Intervall {
    /// The points from `fran` to `till` (both inclusive when `till` is on the grid).
    pub fn punkter(&self) -> Vec<Decimal> {
        let mut v = Vec::new();
        let mut x = self.fran;
        while x <= self.till {
            v.push(x);
            x += self.steg;
        }
        v
    }
}

/// A calendar date `YYYY-MM-DD` as (year, month, day), None when it is not one.
pub fn las_datum(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s[0..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    if !(1..=12).contains(&m) || d == 0 || d > rules::formaner::Manad::new(y, m).dagar() {
        return None;
    }
    Some((y, m, d))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
pub fn dagnummer(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `n` days after 1970-01-01 (inverse of [`dagnummer`]).
pub fn datum_for(n: i64) -> (i32, u32, u32) {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(dagnummer(1970, 1, 1), 0);
        assert_eq!(dagnummer(2026, 3, 1) - dagnummer(2026, 2, 1), 28);
        assert_eq!(dagnummer(2024, 3, 1) - dagnummer(2024, 2, 1), 29);
        for n in [-1000, 0, 20_000, 20_513, 21_000] {
            let (y, m, d) = datum_for(n);
            assert_eq!(dagnummer(y, m, d), n);
        }
        assert_eq!(las_datum("2025-09-01"), Some((2025, 9, 1)));
        assert_eq!(las_datum("2026-02-29"), None);
        assert_eq!(las_datum("2026-2-1"), None);
    }
}
