//! Work: the monthly wage of a job given as hours per week × hourly wage or as a monthly
//! salary, with semesterersättning for hourly-paid work, and the share of full time the job
//! is (which sjukpenning, aktivitetsersättning and aktivitetsstöd depend on).

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Manad, Tidslinje};
use crate::trace::{Step, Trace};

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
pub fn arbete(m: Manad, l: &Lonesatt, heltid: Option<Decimal>, t: &mut Trace) -> Arbete {
    let p = params();
    let heltid_timmar =
        heltid.unwrap_or_else(|| p.heltid_timmar.scalar(m).unwrap_or(Decimal::from(40)));
    let (lon, lon_ar, timmar) = match l {
        Lonesatt::Timlon {
            timmar_per_vecka,
            timlon,
            semesterersattning_procent,
        } => {
            let (lon, ar) = timlon_per_manad(
                m,
                *timmar_per_vecka,
                *timlon,
                *semesterersattning_procent,
                t,
            );
            (lon, ar, *timmar_per_vecka)
        }
        Lonesatt::Manadslon {
            belopp,
            timmar_per_vecka,
        } => (*belopp, *belopp * Decimal::from(12), *timmar_per_vecka),
    };
    let andel = andel_av_heltid(m, lon, timmar, heltid_timmar, t);
    Arbete {
        lon_per_manad: lon,
        lon_per_ar: lon_ar,
        timmar_per_vecka: timmar,
        andel_av_heltid: andel,
        steps: t.ta(),
    }
}

/// An hourly wage as a month and a year, (month to the öre, year exact): hours × wage × 52
/// weeks / 12 months (a convention), with the semesterersättning on top.
fn timlon_per_manad(
    m: Manad,
    timmar_per_vecka: Decimal,
    timlon: Decimal,
    semesterersattning_procent: Option<Decimal>,
    t: &mut Trace,
) -> (Decimal, Decimal) {
    let grund = (timmar_per_vecka * timlon * veckor_per_manad()).round_dp(2);
    let ar = timmar_per_vecka * timlon * Decimal::from(52);
    t.steg(|| {
        Step::ny(
            "lon_timmar",
            "Lön för arbetade timmar per månad",
            grund,
            "Omräkning vecka → månad med 52/12 (konvention)",
        )
        .formel(format!(
            "{timmar_per_vecka} timmar i veckan × {timlon} kr i timmen × 52 veckor / 12 månader"
        ))
        .indata([("timmar_per_vecka", timmar_per_vecka), ("timlon", timlon)])
        .avrundning("till öre")
    });
    match semesterersattning_procent {
        Some(pct) => (
            grund + semesterersattning(m, grund, pct, t),
            ar + ar * pct / Decimal::ONE_HUNDRED,
        ),
        None => (grund, ar),
    }
}

/// Semesterersättning on the month's wage, `pct` percent, to the öre (semesterlagen 16 a §).
fn semesterersattning(m: Manad, grund: Decimal, pct: Decimal, t: &mut Trace) -> Decimal {
    let se = (grund * pct / Decimal::ONE_HUNDRED).round_dp(2);
    t.steg(|| {
        Step::ny(
            "semesterersattning",
            "Semesterersättning",
            se,
            "Semesterlag (1977:480) 16 a §",
        )
        .formel(format!("{pct} % × {grund} kr"))
        .indata([("semesterersattning_procent", pct)])
        .param(params().semesterersattning.used("semesterersattning", m))
        .avrundning("till öre")
    });
    se
}

/// The job's share of full time, at most 1 (heltid 40 timmar, arbetstidslagen 5 §), recorded
/// with the month's gross wage.
fn andel_av_heltid(
    m: Manad,
    lon: Decimal,
    timmar: Decimal,
    heltid_timmar: Decimal,
    t: &mut Trace,
) -> Decimal {
    let andel = if heltid_timmar.is_zero() {
        Decimal::ZERO
    } else {
        (timmar / heltid_timmar).min(Decimal::ONE)
    };
    t.steg(|| {
        Step::ny(
            "lon",
            "Bruttolön per månad",
            lon,
            "Arbetstidslag (1982:673) 5 § (heltid 40 timmar)",
        )
        .formel(format!(
            "{lon} kr; {timmar} av {heltid_timmar} timmar i veckan = {}% av heltid",
            (andel * Decimal::ONE_HUNDRED).round_dp(1).normalize()
        ))
        .indata([
            ("timmar_per_vecka", timmar),
            ("heltid_timmar", heltid_timmar),
        ])
        .param(params().heltid_timmar.used("heltid_timmar", m))
    });
    andel
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// The rule with every step recorded.
    fn arbete(m: Manad, l: &Lonesatt, heltid: Option<Decimal>) -> Arbete {
        super::arbete(m, l, heltid, &mut Trace::on())
    }

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

    /// The rule with every step recorded.
    fn arbete(m: Manad, l: &Lonesatt, heltid: Option<Decimal>) -> Arbete {
        super::arbete(m, l, heltid, &mut Trace::on())
    }

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
