//! Jobbpremie — a temporary, tax-free premium from Försäkringskassan for people who had
//! försörjningsstöd through the second half of 2025 and then work for a wage, from 2026-03-01
//! for two years (Regeringen, press release January 2026).
//!
//! Only the conditions and the maximum (3 750 kr a month, at most 18 months) are known; how the
//! premium is computed below the maximum, and the förordning's SFS number, are not. The rule
//! therefore never returns an amount: when the person may qualify the outcome is
//! `EjModellerad` with the conditions and the maximum as information (the maximum is a step,
//! `per_manad` stays 0); when a condition is clearly not met it is `EjRatt` with the reason.
//! See docs/rules/jobbpremie.md.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Manad, Tidslinje, Utfall};
use crate::trace::{Step, Trace};

/// Parameters of `rules/params/formaner/jobbpremie.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobbpremieParametrar {
    pub meta: super::OmradeMeta,
    pub hogsta_belopp: Tidslinje,
    pub hogsta_antal_manader: Tidslinje,
    pub galler: Tidslinje,
}

pub fn params() -> &'static JobbpremieParametrar {
    static P: OnceLock<JobbpremieParametrar> = OnceLock::new();
    P.get_or_init(crate::inbyggt::jobbpremie)
}

/// What the conditions depend on, for the month applied for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobbpremieIndata {
    /// Försörjningsstöd was paid for every month from July to December 2025.
    pub fs_varje_manad_juli_december_2025: bool,
    /// Kontant bruttolön, including taxable benefits, for the month applied for.
    pub bruttolon_i_manaden: Decimal,
    /// Försörjningsstöd was paid for the month applied for.
    pub fs_utbetalt_i_manaden: bool,
    /// Months for which jobbpremie has already been paid.
    pub manader_med_jobbpremie: u32,
}

/// Whether the person may qualify in a month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "bedomning", content = "skal")]
pub enum Provning {
    /// Every announced condition is met; Försäkringskassan decides, the amount is not known.
    KanHaRatt,
    /// A condition is not met (the text says which).
    EjRatt(String),
}

/// Who may get jobbpremie, in plain Swedish, with the figures in force in `m`.
pub fn vem_kan_fa(m: Manad) -> String {
    let p = params();
    let max = p
        .hogsta_belopp
        .scalar(m)
        .or_else(|| p.hogsta_belopp.values.first().and_then(|v| v.value))
        .unwrap_or_default();
    let manader = p
        .hogsta_antal_manader
        .scalar(m)
        .or_else(|| p.hogsta_antal_manader.values.first().and_then(|v| v.value))
        .unwrap_or_default();
    format!(
        "Jobbpremie kan lämnas till den som har fått försörjningsstöd utbetalt för varje månad från juli till december 2025, \
har kontant bruttolön (inklusive skattepliktiga förmåner) för den månad ansökan gäller och inte har fått försörjningsstöd för samma månad. \
Premien är skattefri, är som mest {} kronor per månad och lämnas i högst {} månader. Den gäller i två år från och med den 1 mars 2026. \
Ansökan görs hos Försäkringskassan.",
        max.normalize(),
        manader.normalize()
    )
}

/// Whether the person may qualify in `m`, given the announced conditions.
pub fn provning(m: Manad, in_: &JobbpremieIndata) -> Provning {
    let p = params();
    if p.galler.scalar(m).unwrap_or_default() != Decimal::ONE {
        return Provning::EjRatt(format!(
            "Jobbpremien finns bara för månader från mars 2026 till och med februari 2028; {m} ligger utanför."
        ));
    }
    if !in_.fs_varje_manad_juli_december_2025 {
        return Provning::EjRatt(
            "Jobbpremie kräver att försörjningsstöd betalades ut för varje månad juli–december 2025."
                .into(),
        );
    }
    if in_.bruttolon_i_manaden <= Decimal::ZERO {
        return Provning::EjRatt(format!(
            "Jobbpremie kräver kontant bruttolön för samma månad ({m})."
        ));
    }
    if in_.fs_utbetalt_i_manaden {
        return Provning::EjRatt(format!(
            "Ingen jobbpremie för en månad ({m}) då försörjningsstöd också betalas ut."
        ));
    }
    let max = p.hogsta_antal_manader.scalar(m).unwrap_or_default();
    if Decimal::from(in_.manader_med_jobbpremie) >= max {
        return Provning::EjRatt(format!(
            "Jobbpremie lämnas i högst {} månader, och de är redan använda.",
            max.normalize()
        ));
    }
    Provning::KanHaRatt
}

/// True when every announced condition is met in `m` (the amount is still not known).
pub fn kan_ha_ratt(m: Manad, in_: &JobbpremieIndata) -> bool {
    provning(m, in_) == Provning::KanHaRatt
}

/// Jobbpremie for month `m`: never an amount (see the module documentation). When every
/// announced condition is met, the maximum is shown as a step and the outcome is
/// `EjModellerad`; otherwise `EjRatt` with the condition that is not met.
pub fn jobbpremie(m: Manad, in_: &JobbpremieIndata, t: &mut Trace) -> Utfall {
    match provning(m, in_) {
        Provning::EjRatt(varfor) => Utfall::ej_ratt(varfor),
        Provning::KanHaRatt => {
            let max = hogsta_belopp(m, in_, t);
            let mut u = Utfall::ej_modellerad(format!(
                "Du kan ha rätt till jobbpremie för {m}, som mest {} kronor. Hur premien räknas under det beloppet är inte känt \
(förordningens SFS-nummer ej känt; bara regeringens pressmeddelande har lästs), så den räknas inte in i summan. \
Försäkringskassan prövar ansökan. {}",
                max.normalize(),
                vem_kan_fa(m)
            ));
            u.steps = t.ta();
            u
        }
    }
}

/// The highest premium per month, as information: the förordning (SFS number and paragraph
/// not known) gives only the maximum.
fn hogsta_belopp(m: Manad, in_: &JobbpremieIndata, t: &mut Trace) -> Decimal {
    let p = params();
    let max = p.hogsta_belopp.scalar(m).unwrap_or_default();
    t.steg(|| {
        Step::ny(
            "jobbpremie_hogsta_belopp",
            "Högsta möjliga jobbpremie per månad (information, räknas inte in)",
            max,
            "Förordning om jobbpremie (förordningens SFS-nummer ej känt; § ej känd)",
        )
        .formel(format!(
            "alla villkor uppfyllda för {m}; premien är som mest {} per månad, beloppet under taket är okänt",
            max.normalize()
        ))
        .indata([
            ("bruttolon_i_manaden", in_.bruttolon_i_manaden),
            (
                "manader_med_jobbpremie",
                Decimal::from(in_.manader_med_jobbpremie),
            ),
        ])
        .param(p.hogsta_belopp.used("hogsta_belopp", m))
        .param(p.hogsta_antal_manader.used("hogsta_antal_manader", m))
        .param(p.galler.used("galler", m))
    });
    max
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formaner::Status;
    use rust_decimal_macros::dec;

    /// The rule with every step recorded.
    fn jobbpremie(m: Manad, in_: &JobbpremieIndata) -> Utfall {
        super::jobbpremie(m, in_, &mut Trace::on())
    }

    fn uppfyller() -> JobbpremieIndata {
        JobbpremieIndata {
            fs_varje_manad_juli_december_2025: true,
            bruttolon_i_manaden: dec!(12000),
            fs_utbetalt_i_manaden: false,
            manader_med_jobbpremie: 0,
        }
    }

    #[test]
    fn parameter_file_loads() {
        let p = params();
        assert_eq!(p.meta.area, "jobbpremie");
        assert_eq!(
            p.hogsta_belopp.scalar(Manad::new(2026, 3)),
            Some(dec!(3750))
        );
    }

    #[test]
    fn eligible_is_never_an_amount() {
        let u = jobbpremie(Manad::new(2026, 3), &uppfyller());
        assert_eq!(u.status, Status::EjModellerad);
        assert_eq!(u.per_manad, Decimal::ZERO);
        let skal = u.skal.unwrap();
        assert!(skal.contains("3750"), "{skal}");
        assert!(skal.contains("SFS-nummer ej känt"));
        assert!(skal.contains("juli till december 2025"));
        assert_eq!(u.steps[0].amount, dec!(3750));
        assert!(kan_ha_ratt(Manad::new(2028, 2), &uppfyller()));
    }

    #[test]
    fn period_march_2026_to_february_2028() {
        assert!(!kan_ha_ratt(Manad::new(2026, 2), &uppfyller()));
        assert!(kan_ha_ratt(Manad::new(2026, 3), &uppfyller()));
        assert!(!kan_ha_ratt(Manad::new(2028, 3), &uppfyller()));
        assert_eq!(
            jobbpremie(Manad::new(2026, 1), &uppfyller()).status,
            Status::EjRatt
        );
    }

    #[test]
    fn each_condition() {
        let m = Manad::new(2026, 6);
        let mut i = uppfyller();
        i.fs_varje_manad_juli_december_2025 = false;
        assert!(!kan_ha_ratt(m, &i));
        let mut i = uppfyller();
        i.bruttolon_i_manaden = Decimal::ZERO;
        assert!(!kan_ha_ratt(m, &i));
        let mut i = uppfyller();
        i.fs_utbetalt_i_manaden = true;
        let u = jobbpremie(m, &i);
        assert_eq!(u.status, Status::EjRatt);
        assert_eq!(u.per_manad, Decimal::ZERO);
        let mut i = uppfyller();
        i.manader_med_jobbpremie = 17;
        assert!(kan_ha_ratt(m, &i));
        i.manader_med_jobbpremie = 18;
        assert!(matches!(provning(m, &i), Provning::EjRatt(s) if s.contains("18")));
    }
}
