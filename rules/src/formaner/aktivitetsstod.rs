//! Aktivitetsstöd and utvecklingsersättning for participants in an Arbetsförmedlingen
//! programme — förordning (2017:819) om ersättning till deltagare i arbetsmarknadspolitiska
//! insatser (2 kap. amounts, 5 kap. coordination, 10 kap. days and payment).
//!
//! The amount is per day, for at most five days a calendar week (10 kap. 6 §), paid monthly in
//! arrears (10 kap. 9 §). A month has as many days as it has weekdays (Monday–Friday) unless
//! the caller gives the number of days (a programme that starts or ends in the month).
//!
//! Aktivitetsstöd is taxable; utvecklingsersättning is tax-free. The outcome says which in the
//! label of its last step, and [`skattepliktig`] tells the caller.
//!
//! Not modelled: computing the inkomstbaserat belopp from the a-kassa's ersättningsgrundande
//! inkomst and the day count (2 kap. 3–5 §§; the caller enters FK's daily amount), the
//! 450-day limit in jobb- och utvecklingsgarantin (2 kap. 8 §), sanctions (6 kap.), sickness
//! and karensdag (4 kap.), studiestöd (5 kap. 2 §), föräldrapenning and pensions (5 kap. 3–4 §§
//! other than AE/SA and wages), etableringsersättning and cost compensation (3 kap.).

use std::sync::OnceLock;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::{Manad, Tidslinje, Utfall};
use crate::trace::kr_enhet as kr;
use crate::trace::{input, Step};

/// Parameters of `rules/params/formaner/aktivitetsstod.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AktivitetsstodParametrar {
    pub meta: super::OmradeMeta,
    pub grundbelopp: Tidslinje,
    pub inkomstbaserat_golv: Tidslinje,
    pub overgangsgolv: Tidslinje,
    pub studiemedel_studiebidrag_vecka: Tidslinje,
    pub utvecklingsersattning_andel: Tidslinje,
    pub studiehjalp_studiebidrag: Tidslinje,
    pub utvecklingsersattning_delare: Tidslinje,
    pub dagar_per_vecka: Tidslinje,
}

pub fn params() -> &'static AktivitetsstodParametrar {
    static P: OnceLock<AktivitetsstodParametrar> = OnceLock::new();
    P.get_or_init(crate::inbyggt::aktivitetsstod)
}

/// Which benefit, and at which amount (2 kap.).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "form")]
pub enum Ersattningsform {
    /// Aktivitetsstöd med grundbelopp (2 kap. 2 § tredje stycket, 7 §): from 25 years.
    Grundbelopp,
    /// Aktivitetsstöd med inkomstbaserat belopp (2 kap. 2–5 §§): the daily amount of
    /// Försäkringskassan's decision, full time.
    Inkomstbaserat {
        belopp_per_dag: Decimal,
        /// Had inkomstbaserat aktivitetsstöd under the older rules on 2025-10-01: the
        /// transitional floor (462 kr to 2025-12-31, 415 kr to 2026-03-31) applies.
        #[serde(default)]
        aldre_regler_vid_ikrafttradandet: bool,
    },
    /// Utvecklingsersättning (18–24 år) for one with gymnasieexamen, or 20+ in a
    /// studiemotiverande folkhögskolekurs (2 kap. 11 § första stycket).
    UtvecklingsersattningGymnasieexamen,
    /// Utvecklingsersättning for the others (2 kap. 11 § andra stycket).
    UtvecklingsersattningOvriga,
}

impl Ersattningsform {
    /// Aktivitetsstöd is taxable income; utvecklingsersättning is tax-free (Försäkringskassan:
    /// "Utvecklingsersättningen är skattefri").
    pub fn skattepliktig(&self) -> bool {
        !self.ar_utvecklingsersattning()
    }
    pub fn ar_utvecklingsersattning(&self) -> bool {
        matches!(
            self,
            Ersattningsform::UtvecklingsersattningGymnasieexamen
                | Ersattningsform::UtvecklingsersattningOvriga
        )
    }
    fn namn(&self) -> &'static str {
        if self.ar_utvecklingsersattning() {
            "utvecklingsersättning"
        } else {
            "aktivitetsstöd"
        }
    }
}

/// Partial sjukersättning or aktivitetsersättning paid for the same time (5 kap. 3 §).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AeSaUnderProgrammet {
    /// The level as a share of full: 0.25, 0.5, 0.75 or 1 (hel).
    pub andel: Decimal,
    /// The amount paid for the month, before tax.
    pub belopp_per_manad: Decimal,
}

/// Work for wages during the programme period (5 kap. 4 §).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LonUnderProgrammet {
    pub timmar_per_vecka: Decimal,
    /// Gross wage per hour, with other employment benefits.
    pub timlon: Decimal,
    /// On how many of the programme's weekdays the work is done (1–5); None = spread over all
    /// five.
    #[serde(default)]
    pub arbetsdagar_per_vecka: Option<u32>,
}

/// What the rule needs to know.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AktivitetsstodIndata {
    pub form: Ersattningsform,
    /// Age in whole years.
    pub alder: u32,
    /// The programme's extent as a share of full time (1 = heltid, 0.5 = halvtid).
    pub omfattning: Decimal,
    /// Days with the programme in the month; None = all weekdays of the month.
    #[serde(default)]
    pub ersattningsdagar: Option<u32>,
    #[serde(default)]
    pub ae_sa: Option<AeSaUnderProgrammet>,
    /// Rehabiliteringspenning for the same period (5 kap. 2 a §).
    #[serde(default)]
    pub rehabiliteringspenning: bool,
    #[serde(default)]
    pub lon: Option<LonUnderProgrammet>,
}

/// Whether the benefit of `in_` is taxable (aktivitetsstöd) or tax-free (utvecklingsersättning).
pub fn skattepliktig(in_: &AktivitetsstodIndata) -> bool {
    in_.form.skattepliktig()
}

fn krontal(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// Day of the week, 0 = Monday … 6 = Sunday (Sakamoto's method, Gregorian calendar).
fn veckodag(year: i32, month: u32, day: u32) -> u32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let sondag0 = (y + y / 4 - y / 100 + y / 400 + T[(month - 1) as usize] + day as i32) % 7;
    ((sondag0 + 6) % 7) as u32
}

/// Weekdays (Monday–Friday) in the month: the days a full month of programme pays for.
pub fn vardagar(m: Manad) -> u32 {
    (1..=m.dagar())
        .filter(|&d| veckodag(m.year, m.month, d) < 5)
        .count() as u32
}

/// The full-time daily amount of the benefit in `m` (2 kap. 3–7, 11 §§).
fn dagsbelopp_heltid(m: Manad, pbb: Decimal, in_: &AktivitetsstodIndata) -> (Decimal, Step) {
    let p = params();
    match &in_.form {
        Ersattningsform::Grundbelopp => {
            let b = p.grundbelopp.scalar(m).unwrap_or_default();
            (
                b,
                Step {
                    id: "dagsbelopp_heltid",
                    label: "Aktivitetsstöd med grundbelopp per dag, heltid",
                    amount: b,
                    formula: format!("grundbelopp {} per dag", kr(b)),
                    inputs: vec![],
                    params: p.grundbelopp.used("grundbelopp", m).into_iter().collect(),
                    reference: "Förordning (2017:819) 2 kap. 7 §",
                    rounding: None,
                },
            )
        }
        Ersattningsform::Inkomstbaserat {
            belopp_per_dag,
            aldre_regler_vid_ikrafttradandet,
        } => {
            let golv = p.inkomstbaserat_golv.scalar(m).unwrap_or_default();
            let overgang = if *aldre_regler_vid_ikrafttradandet {
                p.overgangsgolv.scalar(m).unwrap_or_default()
            } else {
                Decimal::ZERO
            };
            let b = (*belopp_per_dag).max(golv).max(overgang);
            let mut formula = format!("dagsbelopp enligt beslut {}", kr(*belopp_per_dag));
            if b > *belopp_per_dag {
                formula.push_str(&format!(", lägst {}", kr(b)));
            }
            let mut params_used: Vec<_> = p
                .inkomstbaserat_golv
                .used("inkomstbaserat_golv", m)
                .into_iter()
                .collect();
            if *aldre_regler_vid_ikrafttradandet {
                params_used.extend(p.overgangsgolv.used("overgangsgolv", m));
            }
            (
                b,
                Step {
                    id: "dagsbelopp_heltid",
                    label: "Aktivitetsstöd med inkomstbaserat belopp per dag, heltid",
                    amount: b,
                    formula,
                    inputs: vec![input("belopp_per_dag_enligt_beslut", *belopp_per_dag)],
                    params: params_used,
                    reference: "Förordning (2017:819) 2 kap. 3 och 4 §§",
                    rounding: None,
                },
            )
        }
        Ersattningsform::UtvecklingsersattningGymnasieexamen => {
            let andel_pbb = p
                .studiemedel_studiebidrag_vecka
                .scalar(m)
                .unwrap_or_default();
            let femtedel = p.utvecklingsersattning_andel.scalar(m).unwrap_or_default();
            let vecka = andel_pbb * pbb;
            let exakt = vecka * femtedel;
            let b = krontal(exakt);
            (
                b,
                Step {
                    id: "dagsbelopp_heltid",
                    label: "Utvecklingsersättning per dag, heltid (gymnasieexamen)",
                    amount: b,
                    formula: format!(
                        "studiebidrag {} × prisbasbelopp {} = {} per vecka; × {} = {}, avrundat {}",
                        andel_pbb.normalize(),
                        kr(pbb),
                        kr(vecka),
                        femtedel.normalize(),
                        kr(exakt),
                        kr(b)
                    ),
                    inputs: vec![input("prisbasbelopp", pbb)],
                    params: [
                        p.studiemedel_studiebidrag_vecka
                            .used("studiemedel_studiebidrag_vecka", m),
                        p.utvecklingsersattning_andel
                            .used("utvecklingsersattning_andel", m),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                    reference: "Förordning (2017:819) 2 kap. 11 § första stycket; studiestödslag (1999:1395) 3 kap. 12 § 1",
                    rounding: Some("hela kronor, 50 öre uppåt (ingen regel i förordningen; beslut, docs/rules/aktivitetsstod.md)"),
                },
            )
        }
        Ersattningsform::UtvecklingsersattningOvriga => {
            let manad = p.studiehjalp_studiebidrag.scalar(m).unwrap_or_default();
            let delare = p
                .utvecklingsersattning_delare
                .scalar(m)
                .unwrap_or(Decimal::ONE);
            let exakt = manad / delare;
            let b = krontal(exakt);
            (
                b,
                Step {
                    id: "dagsbelopp_heltid",
                    label: "Utvecklingsersättning per dag, heltid",
                    amount: b,
                    formula: format!(
                        "studiehjälpens studiebidrag {} / {} = {}, avrundat {}",
                        kr(manad),
                        delare.normalize(),
                        kr(exakt.round_dp(2)),
                        kr(b)
                    ),
                    inputs: vec![],
                    params: [
                        p.studiehjalp_studiebidrag.used("studiehjalp_studiebidrag", m),
                        p.utvecklingsersattning_delare
                            .used("utvecklingsersattning_delare", m),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                    reference: "Förordning (2017:819) 2 kap. 11 § andra stycket; studiestödslag (1999:1395) 2 kap. 7 §",
                    rounding: Some("hela kronor, 50 öre uppåt (ingen regel i förordningen; beslut, docs/rules/aktivitetsstod.md)"),
                },
            )
        }
    }
}

/// Aktivitetsstöd or utvecklingsersättning for month `m`, per month. Whether it is taxable:
/// [`skattepliktig`].
pub fn aktivitetsstod(m: Manad, pbb: Decimal, in_: &AktivitetsstodIndata) -> Utfall {
    let p = params();
    let namn = in_.form.namn();
    if p.grundbelopp.at(m).is_none() {
        return Utfall::ej_modellerad(format!(
            "Beloppen för {namn} före 2024 finns inte i parametrarna."
        ));
    }

    // Inputs.
    let mut saknas = Vec::new();
    if in_.omfattning <= Decimal::ZERO || in_.omfattning > Decimal::ONE {
        saknas.push("omfattning".to_string());
    }
    if let Ersattningsform::Inkomstbaserat { belopp_per_dag, .. } = &in_.form {
        if *belopp_per_dag <= Decimal::ZERO {
            saknas.push("belopp_per_dag".to_string());
        }
    }
    if in_.form == Ersattningsform::UtvecklingsersattningGymnasieexamen && pbb <= Decimal::ZERO {
        saknas.push("prisbasbelopp".to_string());
    }
    if !saknas.is_empty() {
        return Utfall::behover(
            saknas,
            "Ange programmets omfattning (andel av heltid, över 0 och högst 1), dagsbeloppet enligt beslutet och prisbasbeloppet.",
        );
    }

    // Who may have which benefit (2 kap. 1 och 10 §§).
    match &in_.form {
        Ersattningsform::Grundbelopp if in_.alder < 25 => {
            return Utfall::ej_ratt(
                "Under 25 år lämnas aktivitetsstöd bara med inkomstbaserat belopp (2 kap. 1 § andra stycket förordning 2017:819); annars utvecklingsersättning.",
            )
        }
        f if f.ar_utvecklingsersattning() && !(18..25).contains(&in_.alder) => {
            return Utfall::ej_ratt(
                "Utvecklingsersättning lämnas till den som har fyllt 18 men inte 25 år (2 kap. 10 § förordning 2017:819).",
            )
        }
        _ => {}
    }

    // No benefit at all with rehabiliteringspenning or hel SA/AE (5 kap. 2 a §).
    if in_.rehabiliteringspenning {
        return Utfall::ej_ratt(format!(
            "Ingen {namn} för tid med rehabiliteringspenning (5 kap. 2 a § förordning 2017:819)."
        ));
    }
    if let Some(ae) = &in_.ae_sa {
        if ae.andel >= Decimal::ONE {
            return Utfall::ej_ratt(format!(
                "Ingen {namn} för tid med hel sjukersättning eller hel aktivitetsersättning (5 kap. 2 a § förordning 2017:819)."
            ));
        }
    }

    // 1. The daily amount, full time, then for the programme's extent (10 kap. 6 §).
    let (heltid, first) = dagsbelopp_heltid(m, pbb, in_);
    let mut steps = vec![first];
    let omf = in_.omfattning;
    let dag = if omf < Decimal::ONE {
        let d = krontal(heltid * omf);
        crate::trace::push_step(&mut steps, || {
            Step {
            id: "dagsbelopp",
            label: "Dagsbelopp för programmets omfattning",
            amount: d,
            formula: format!(
                "{} × omfattning {} = {}, avrundat {}",
                kr(heltid),
                omf.normalize(),
                kr(heltid * omf),
                kr(d)
            ),
            inputs: vec![input("omfattning", omf)],
            params: vec![],
            reference: "Förordning (2017:819) 10 kap. 6 § andra stycket",
            rounding: Some("hela kronor, 50 öre uppåt (ingen regel i förordningen; beslut, docs/rules/aktivitetsstod.md)"),
        }
        });
        d
    } else {
        heltid
    };

    // 2. Days in the month: at most five a week = the weekdays of the month.
    let max_dagar = vardagar(m);
    let dagar = in_.ersattningsdagar.unwrap_or(max_dagar).min(max_dagar);
    crate::trace::push_step(&mut steps, || Step {
        id: "ersattningsdagar",
        label: "Ersättningsdagar i månaden",
        amount: Decimal::from(dagar),
        formula: match in_.ersattningsdagar {
            Some(n) if n > max_dagar => {
                format!("angivet {n}, högst {max_dagar} vardagar (måndag–fredag) i {m}")
            }
            Some(n) => format!("angivet: {n} dagar med programmet i {m}"),
            None => format!("vardagar (måndag–fredag) i {m}: {max_dagar}"),
        },
        inputs: in_
            .ersattningsdagar
            .map(|n| input("ersattningsdagar", Decimal::from(n)))
            .into_iter()
            .collect(),
        params: p
            .dagar_per_vecka
            .used("dagar_per_vecka", m)
            .into_iter()
            .collect(),
        reference: "Förordning (2017:819) 10 kap. 6 § första stycket och 9 §",
        rounding: None,
    });
    let dagar_d = Decimal::from(dagar);
    let brutto = dag * dagar_d;
    crate::trace::push_step(&mut steps, || Step {
        id: "belopp_fore_samordning",
        label: "Belopp för månaden före samordning",
        amount: brutto,
        formula: format!("{} × {dagar} dagar = {}", kr(dag), kr(brutto)),
        inputs: vec![input("dagsbelopp", dag), input("dagar", dagar_d)],
        params: vec![],
        reference: "Förordning (2017:819) 10 kap. 6 och 9 §§",
        rounding: None,
    });

    // 3. Partial SA/AE paid for the same time (5 kap. 3 §): the part of the SA/AE that does not
    // fit in the time outside a part-time programme reduces the benefit.
    let mut ae_red = Decimal::ZERO;
    if let Some(ae) = &in_.ae_sa {
        if ae.andel > Decimal::ZERO && ae.belopp_per_manad > Decimal::ZERO {
            let overlapp = (ae.andel + omf - Decimal::ONE).max(Decimal::ZERO);
            ae_red = (ae.belopp_per_manad * overlapp / ae.andel)
                .min(brutto)
                .round_dp(2)
                .normalize();
            crate::trace::push_step(&mut steps, || {
                Step {
                id: "minskning_sjuk_aktivitetsersattning",
                label: "Minskning för sjuk- eller aktivitetsersättning samma tid",
                amount: ae_red,
                formula: format!(
                    "ersättning {} för andel {}; programmet {} av heltid lämnar {} fri tid; överlappande andel max(0, {} + {} − 1) = {}; {} × {} / {} = {}",
                    kr(ae.belopp_per_manad),
                    ae.andel.normalize(),
                    omf.normalize(),
                    (Decimal::ONE - omf).normalize(),
                    ae.andel.normalize(),
                    omf.normalize(),
                    overlapp.normalize(),
                    kr(ae.belopp_per_manad),
                    overlapp.normalize(),
                    ae.andel.normalize(),
                    kr(ae_red.round_dp(2))
                ),
                inputs: vec![
                    input("ae_sa_andel", ae.andel),
                    input("ae_sa_belopp_per_manad", ae.belopp_per_manad),
                    input("omfattning", omf),
                ],
                params: vec![],
                reference: "Förordning (2017:819) 5 kap. 3 §",
                rounding: Some("till hela ören"),
            }
            });
        }
    }

    // 4. Wages for the same day (5 kap. 4 §): work first fills the time outside a part-time
    // programme; the wage for hours inside programme time reduces each working day's benefit,
    // never below 0 that day.
    let mut lon_red = Decimal::ZERO;
    if let Some(l) = &in_.lon {
        if l.timmar_per_vecka > Decimal::ZERO && l.timlon > Decimal::ZERO && dagar > 0 {
            let arbete = super::arbete::params();
            let heltid_h = arbete.heltid_timmar.scalar(m).unwrap_or(Decimal::from(40));
            let program_h = heltid_h * omf;
            let fri_h = heltid_h - program_h;
            let i_programtid = (l.timmar_per_vecka - fri_h)
                .max(Decimal::ZERO)
                .min(program_h);
            let d = l.arbetsdagar_per_vecka.unwrap_or(5).clamp(1, 5);
            let d_dec = Decimal::from(d);
            let lon_per_arbetsdag = i_programtid * l.timlon / d_dec;
            let stod_per_dag = (brutto - ae_red) / dagar_d;
            let per_dag = lon_per_arbetsdag.min(stod_per_dag).max(Decimal::ZERO);
            let arbetsdagar = dagar_d * d_dec / Decimal::from(5);
            lon_red = (per_dag * arbetsdagar)
                .min(brutto - ae_red)
                .round_dp(2)
                .normalize();
            crate::trace::push_step(&mut steps, || {
                Step {
                id: "minskning_lon",
                label: "Minskning för lön samma dag",
                amount: lon_red,
                formula: format!(
                    "{} tim/v, varav {} inom programtiden (heltid {} tim, programmet {} tim); lön per arbetsdag {} × {} kr / {d} dagar = {}; \
minskning per arbetsdag högst dagens stöd {}: {}; × {} arbetsdagar ({dagar} × {d}/5) = {}",
                    l.timmar_per_vecka.normalize(),
                    i_programtid.normalize(),
                    heltid_h.normalize(),
                    program_h.normalize(),
                    i_programtid.normalize(),
                    l.timlon.normalize(),
                    kr(lon_per_arbetsdag.round_dp(2)),
                    kr(stod_per_dag.round_dp(2)),
                    kr(per_dag.round_dp(2)),
                    arbetsdagar.normalize(),
                    kr(lon_red.round_dp(2))
                ),
                inputs: vec![
                    input("timmar_per_vecka", l.timmar_per_vecka),
                    input("timlon", l.timlon),
                    input("arbetsdagar_per_vecka", d_dec),
                ],
                params: arbete
                    .heltid_timmar
                    .used("heltid_timmar", m)
                    .into_iter()
                    .collect(),
                reference: "Förordning (2017:819) 5 kap. 4 §",
                rounding: Some("till hela ören"),
            }
            });
        }
    }

    // 5. The month's amount.
    let belopp = krontal((brutto - ae_red - lon_red).max(Decimal::ZERO));
    let skattepliktig = in_.form.skattepliktig();
    crate::trace::push_step(&mut steps, || Step {
        id: if skattepliktig {
            "aktivitetsstod"
        } else {
            "utvecklingsersattning"
        },
        label: if skattepliktig {
            "Aktivitetsstöd per månad (skattepliktigt)"
        } else {
            "Utvecklingsersättning per månad (skattefri)"
        },
        amount: belopp,
        formula: format!(
            "{}{}{} = {}",
            kr(brutto),
            if ae_red.is_zero() {
                String::new()
            } else {
                format!(" − {}", kr(ae_red.round_dp(2)))
            },
            if lon_red.is_zero() {
                String::new()
            } else {
                format!(" − {}", kr(lon_red.round_dp(2)))
            },
            kr(belopp)
        ),
        inputs: vec![input("belopp_fore_samordning", brutto)],
        params: vec![],
        reference: "Förordning (2017:819) 5 kap. 3–4 §§, 10 kap. 9 §",
        rounding: Some("hela kronor, 50 öre uppåt (beslut, docs/rules/aktivitetsstod.md)"),
    });
    if belopp.is_zero() {
        return Utfall::noll(
            if dagar == 0 {
                format!("Inga ersättningsdagar i månaden, så ingen {namn}.")
            } else {
                format!("Lön eller ersättning för samma tid tar ut hela beloppet, så ingen {namn} för månaden.")
            },
            steps,
        );
    }
    Utfall::belopp(belopp, steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formaner::Status;
    use rust_decimal_macros::dec;

    fn indata(form: Ersattningsform, alder: u32) -> AktivitetsstodIndata {
        AktivitetsstodIndata {
            form,
            alder,
            omfattning: Decimal::ONE,
            ersattningsdagar: None,
            ae_sa: None,
            rehabiliteringspenning: false,
            lon: None,
        }
    }

    fn dag(u: &Utfall) -> Decimal {
        u.steps
            .iter()
            .find(|s| s.id == "dagsbelopp_heltid")
            .unwrap()
            .amount
    }

    const PBB26: Decimal = dec!(59200);

    #[test]
    fn parameter_file_loads() {
        let p = params();
        assert_eq!(p.meta.area, "aktivitetsstod");
        assert_eq!(p.grundbelopp.scalar(Manad::new(2026, 1)), Some(dec!(365)));
    }

    #[test]
    fn weekdays_in_month() {
        assert_eq!(vardagar(Manad::new(2025, 9)), 22);
        assert_eq!(vardagar(Manad::new(2025, 10)), 23);
        assert_eq!(vardagar(Manad::new(2025, 11)), 20);
        assert_eq!(vardagar(Manad::new(2026, 2)), 20);
        assert_eq!(vardagar(Manad::new(2026, 3)), 22);
        assert_eq!(vardagar(Manad::new(2026, 11)), 21);
        assert_eq!(vardagar(Manad::new(2024, 2)), 21);
        // 2026-01-01 was a Thursday.
        assert_eq!(veckodag(2026, 1, 1), 3);
    }

    #[test]
    fn grundbelopp_223_before_and_365_from_october_2025() {
        let i = indata(Ersattningsform::Grundbelopp, 40);
        let sep = aktivitetsstod(Manad::new(2025, 9), dec!(58800), &i);
        assert_eq!(dag(&sep), dec!(223));
        assert_eq!(sep.per_manad, dec!(223) * dec!(22));
        let okt = aktivitetsstod(Manad::new(2025, 10), dec!(58800), &i);
        assert_eq!(okt.per_manad, dec!(365) * dec!(23));
        assert!(skattepliktig(&i));
        assert_eq!(okt.steps.last().unwrap().id, "aktivitetsstod");
    }

    #[test]
    fn utvecklingsersattning_rates_from_pbb() {
        let hog = indata(Ersattningsform::UtvecklingsersattningGymnasieexamen, 22);
        // Published 2021 (arbetsmarknadstorgen): 166 and 57 kr per day at pbb 47 600.
        assert_eq!(
            dag(&aktivitetsstod(Manad::new(2024, 1), dec!(47600), &hog)),
            dec!(166)
        );
        // 0,0174 × pbb / 5: 2024 199 (199,40), 2025 205 (204,62), 2026 206 (206,02).
        assert_eq!(
            dag(&aktivitetsstod(Manad::new(2024, 5), dec!(57300), &hog)),
            dec!(199)
        );
        assert_eq!(
            dag(&aktivitetsstod(Manad::new(2025, 5), dec!(58800), &hog)),
            dec!(205)
        );
        let u = aktivitetsstod(Manad::new(2026, 3), PBB26, &hog);
        assert_eq!(dag(&u), dec!(206));
        assert_eq!(u.per_manad, dec!(206) * dec!(22));
        assert!(!skattepliktig(&hog));
        assert_eq!(u.steps.last().unwrap().id, "utvecklingsersattning");
        assert!(u.steps.last().unwrap().label.contains("skattefri"));

        let lag = indata(Ersattningsform::UtvecklingsersattningOvriga, 19);
        // 1 250 / 22 = 56,82 → 57.
        assert_eq!(
            dag(&aktivitetsstod(Manad::new(2026, 3), PBB26, &lag)),
            dec!(57)
        );
    }

    #[test]
    fn who_gets_what_by_age() {
        let m = Manad::new(2026, 3);
        assert_eq!(
            aktivitetsstod(m, PBB26, &indata(Ersattningsform::Grundbelopp, 24)).status,
            Status::EjRatt
        );
        assert_eq!(
            aktivitetsstod(
                m,
                PBB26,
                &indata(Ersattningsform::UtvecklingsersattningOvriga, 25)
            )
            .status,
            Status::EjRatt
        );
        let ink = Ersattningsform::Inkomstbaserat {
            belopp_per_dag: dec!(700),
            aldre_regler_vid_ikrafttradandet: false,
        };
        assert_eq!(
            aktivitetsstod(m, PBB26, &indata(ink, 22)).per_manad,
            dec!(700) * dec!(22)
        );
    }

    #[test]
    fn inkomstbaserat_floors() {
        let form = |aldre| Ersattningsform::Inkomstbaserat {
            belopp_per_dag: dec!(400),
            aldre_regler_vid_ikrafttradandet: aldre,
        };
        let d = |m: Manad, aldre| dag(&aktivitetsstod(m, PBB26, &indata(form(aldre), 40)));
        assert_eq!(d(Manad::new(2025, 11), true), dec!(462));
        assert_eq!(d(Manad::new(2026, 2), true), dec!(415));
        assert_eq!(d(Manad::new(2026, 4), true), dec!(400));
        assert_eq!(d(Manad::new(2025, 11), false), dec!(400));
        let mut low = indata(
            Ersattningsform::Inkomstbaserat {
                belopp_per_dag: dec!(300),
                aldre_regler_vid_ikrafttradandet: false,
            },
            40,
        );
        assert_eq!(
            dag(&aktivitetsstod(Manad::new(2026, 6), PBB26, &low)),
            dec!(365)
        );
        low.form = Ersattningsform::Inkomstbaserat {
            belopp_per_dag: dec!(0),
            aldre_regler_vid_ikrafttradandet: false,
        };
        assert_eq!(
            aktivitetsstod(Manad::new(2026, 6), PBB26, &low).status,
            Status::BehoverUppgift
        );
    }

    #[test]
    fn part_time_programme_and_given_days() {
        // Half time: 365 × 0,5 = 182,50 → 183 per day; March 2026 22 days → 4 026.
        let mut i = indata(Ersattningsform::Grundbelopp, 30);
        i.omfattning = dec!(0.5);
        let m = Manad::new(2026, 3);
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(4026));
        // Programme from the 16th: 12 days given; more than the weekdays is capped.
        i.ersattningsdagar = Some(12);
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(183) * dec!(12));
        i.ersattningsdagar = Some(30);
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(4026));
        i.ersattningsdagar = Some(0);
        assert_eq!(aktivitetsstod(m, PBB26, &i).status, Status::NollKronor);
    }

    #[test]
    fn sjuk_och_aktivitetsersattning() {
        let m = Manad::new(2026, 3); // 22 days × 365 = 8 030
        let mut i = indata(Ersattningsform::Grundbelopp, 30);
        i.ae_sa = Some(AeSaUnderProgrammet {
            andel: Decimal::ONE,
            belopp_per_manad: dec!(12000),
        });
        assert_eq!(aktivitetsstod(m, PBB26, &i).status, Status::EjRatt);
        // Half SA in a half-time programme: the SA covers the other half, no reduction.
        i.ae_sa = Some(AeSaUnderProgrammet {
            andel: dec!(0.5),
            belopp_per_manad: dec!(6000),
        });
        i.omfattning = dec!(0.5);
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(4026));
        // Half SA in a full-time programme: reduced by all of it: 8 030 − 6 000 = 2 030.
        i.omfattning = Decimal::ONE;
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(2030));
        // Half SA, 75 % programme: overlap 0,25 of 0,5 → half of 6 000. 365 × 0,75 = 273,75
        // → 274 × 22 = 6 028 − 3 000 = 3 028.
        i.omfattning = dec!(0.75);
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(3028));
        i.ae_sa = None;
        i.rehabiliteringspenning = true;
        assert_eq!(aktivitetsstod(m, PBB26, &i).status, Status::EjRatt);
    }

    #[test]
    fn wages_for_the_same_day() {
        let m = Manad::new(2026, 3); // 22 days × 365 = 8 030
        let mut i = indata(Ersattningsform::Grundbelopp, 30);
        // 8 hours on one day a week at 150 kr: 1 200 kr that day > 365 → that day's stöd is
        // gone; 22 × 1/5 = 4,4 working days × 365 = 1 606 → 6 424.
        i.lon = Some(LonUnderProgrammet {
            timmar_per_vecka: dec!(8),
            timlon: dec!(150),
            arbetsdagar_per_vecka: Some(1),
        });
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(6424));
        // The same hours spread over five days: 240 kr a day → 22 × 240 = 5 280 → 2 750.
        i.lon.as_mut().unwrap().arbetsdagar_per_vecka = None;
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(2750));
        // Half-time programme, 20 hours of work: all in the free half → no reduction.
        i.omfattning = dec!(0.5);
        i.lon.as_mut().unwrap().timmar_per_vecka = dec!(20);
        assert_eq!(aktivitetsstod(m, PBB26, &i).per_manad, dec!(4026));
        // 30 hours: 10 inside programme time, 10 × 150 / 5 = 300 a day > 183 → all gone.
        i.lon.as_mut().unwrap().timmar_per_vecka = dec!(30);
        let u = aktivitetsstod(m, PBB26, &i);
        assert_eq!(u.status, Status::NollKronor);
        assert_eq!(u.per_manad, Decimal::ZERO);
    }

    #[test]
    fn before_2024_is_not_modelled() {
        let i = indata(Ersattningsform::Grundbelopp, 30);
        assert_eq!(
            aktivitetsstod(Manad::new(2023, 12), dec!(52500), &i).status,
            Status::EjModellerad
        );
    }
}
