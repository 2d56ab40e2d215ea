//! Work: the monthly wage of a job given as hours per week × hourly wage or as a monthly
//! salary, with semesterersättning for hourly-paid work, and the share of full time the job
//! is (which sjukpenning, aktivitetsersättning and aktivitetsstöd depend on).

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Manad, Tidslinje};
use crate::trace::{input, Step};

/// Parameters of `rules/params/formaner/arbete.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArbeteParametrar {
    pub meta: super::OmradeMeta,
    pub semesterersattning: Tidslinje,
    pub heltid_timmar: Tidslinje,
}

pub fn params() -> &'static ArbeteParametrar {
    static P: OnceLock<ArbeteParametrar> = OnceLock::new();
    P.get_or_init(crate::inbyggt::arbete)
}

/// Weeks per month: 52 weeks / 12 months. A convention, not law; shown in the trace.
pub fn veckor_per_manad() -> Decimal {
    Decimal::from(52) / Decimal::from(12)
}

/// How the job is paid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lonesatt {
    /// Hours per week × hourly wage.
    Timlon {
        timmar_per_vecka: Decimal,
        timlon: Decimal,
        /// Semesterersättning on top, percent; None = none (e.g. paid holidays instead).
        semesterersattning_procent: Option<Decimal>,
    },
    /// A monthly salary for `timmar_per_vecka` hours a week.
    Manadslon {
        belopp: Decimal,
        timmar_per_vecka: Decimal,
    },
}

/// A job's monthly figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Arbete {
    /// Gross wage per month including semesterersättning, to the öre.
    pub lon_per_manad: Decimal,
    /// Gross wage for a year of such months, exact: hours × wage × 52 weeks (+ the
    /// semesterersättning), or 12 × the monthly salary. Not 12 × the öre-rounded month, which
    /// can lose a whole hundred of the fastställd förvärvsinkomst (145 599,96 → 145 500).
    pub lon_per_ar: Decimal,
    pub timmar_per_vecka: Decimal,
    /// Share of full time (0–1).
    pub andel_av_heltid: Decimal,
    pub steps: Vec<Step>,
}

/// The monthly wage and share of full time; `heltid` overrides the 40-hour full time.
pub fn arbete(m: Manad, l: &Lonesatt, heltid: Option<Decimal>) -> Arbete {
    let p = params();
    let heltid_timmar =
        heltid.unwrap_or_else(|| p.heltid_timmar.scalar(m).unwrap_or(Decimal::from(40)));
    let mut steps = Vec::new();
    let (lon, lon_ar, timmar) = match l {
        Lonesatt::Timlon {
            timmar_per_vecka,
            timlon,
            semesterersattning_procent,
        } => {
            let exakt = *timmar_per_vecka * *timlon * veckor_per_manad();
            let grund = exakt.round_dp(2);
            let mut ar = *timmar_per_vecka * *timlon * Decimal::from(52);
            crate::trace::push_step(&mut steps, || {
                Step {
                id: "lon_timmar",
                label: "Lön för arbetade timmar per månad",
                amount: grund,
                formula: format!(
                    "{timmar_per_vecka} timmar i veckan × {timlon} kr i timmen × 52 veckor / 12 månader"
                ),
                inputs: vec![input("timmar_per_vecka", *timmar_per_vecka), input("timlon", *timlon)],
                params: vec![],
                reference: "Omräkning vecka → månad med 52/12 (konvention)",
                rounding: Some("till öre"),
            }
            });
            let mut lon = grund;
            if let Some(pct) = semesterersattning_procent {
                let se = (grund * *pct / Decimal::ONE_HUNDRED).round_dp(2);
                crate::trace::push_step(&mut steps, || Step {
                    id: "semesterersattning",
                    label: "Semesterersättning",
                    amount: se,
                    formula: format!("{pct} % × {grund} kr"),
                    inputs: vec![input("semesterersattning_procent", *pct)],
                    params: p
                        .semesterersattning
                        .used("semesterersattning", m)
                        .into_iter()
                        .collect(),
                    reference: "Semesterlag (1977:480) 16 a §",
                    rounding: Some("till öre"),
                });
                lon += se;
                ar += ar * *pct / Decimal::ONE_HUNDRED;
            }
            (lon, ar, *timmar_per_vecka)
        }
        Lonesatt::Manadslon {
            belopp,
            timmar_per_vecka,
        } => (*belopp, *belopp * Decimal::from(12), *timmar_per_vecka),
    };
    let andel = if heltid_timmar.is_zero() {
        Decimal::ZERO
    } else {
        (timmar / heltid_timmar).min(Decimal::ONE)
    };
    crate::trace::push_step(&mut steps, || Step {
        id: "lon",
        label: "Bruttolön per månad",
        amount: lon,
        formula: format!(
            "{lon} kr; {timmar} av {heltid_timmar} timmar i veckan = {}% av heltid",
            (andel * Decimal::ONE_HUNDRED).round_dp(1).normalize()
        ),
        inputs: vec![
            input("timmar_per_vecka", timmar),
            input("heltid_timmar", heltid_timmar),
        ],
        params: p
            .heltid_timmar
            .used("heltid_timmar", m)
            .into_iter()
            .collect(),
        reference: "Arbetstidslag (1982:673) 5 § (heltid 40 timmar)",
        rounding: None,
    });
    Arbete {
        lon_per_manad: lon,
        lon_per_ar: lon_ar,
        timmar_per_vecka: timmar,
        andel_av_heltid: andel,
        steps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn ten_hours_at_135_with_holiday_pay() {
        // 10 × 135 × 52 / 12 = 5 850; + 12 % = 6 552.
        let a = arbete(
            Manad::new(2026, 5),
            &Lonesatt::Timlon {
                timmar_per_vecka: dec!(10),
                timlon: dec!(135),
                semesterersattning_procent: Some(dec!(12)),
            },
            None,
        );
        assert_eq!(a.lon_per_manad, dec!(6552));
        assert_eq!(a.lon_per_ar, dec!(78624));
        assert_eq!(a.andel_av_heltid, dec!(0.25));
    }

    #[test]
    fn monthly_salary_and_own_full_time() {
        let a = arbete(
            Manad::new(2026, 5),
            &Lonesatt::Manadslon {
                belopp: dec!(14000),
                timmar_per_vecka: dec!(19),
            },
            Some(dec!(38)),
        );
        assert_eq!(a.lon_per_manad, dec!(14000));
        assert_eq!(a.andel_av_heltid, dec!(0.5));
    }
}

#[cfg(test)]
mod ar_tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_year_is_exact_where_the_month_is_rounded() {
        // 20 × 140 × 52 = 145 600 a year; the month 12 133,33 × 12 would be 145 599,96.
        let a = arbete(
            Manad::new(2026, 5),
            &Lonesatt::Timlon {
                timmar_per_vecka: dec!(20),
                timlon: dec!(140),
                semesterersattning_procent: None,
            },
            None,
        );
        assert_eq!(a.lon_per_manad, dec!(12133.33));
        assert_eq!(a.lon_per_ar, dec!(145600));
    }
}
