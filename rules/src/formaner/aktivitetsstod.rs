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
use crate::trace::{Enhet, Step, Trace};

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

/// Aktivitetsstöd or utvecklingsersättning for month `m`, per month. Whether it is taxable:
/// [`skattepliktig`].
pub fn aktivitetsstod(m: Manad, pbb: Decimal, in_: &AktivitetsstodIndata, t: &mut Trace) -> Utfall {
    if let Err(u) = forutsattningar(m, pbb, in_) {
        return u; // 2 kap. 1 och 10 §§, 5 kap. 2 a §
    }
    let heltid = dagsbelopp_heltid(m, pbb, in_, t); // 2 kap. 3–7, 11 §§
    let dag = dagsbelopp(heltid, in_.omfattning, t); // 10 kap. 6 § andra stycket
    let dagar = ersattningsdagar(m, in_.ersattningsdagar, t); // 10 kap. 6 § första stycket
    let brutto = belopp_fore_samordning(dag, dagar, t); // 10 kap. 6 och 9 §§
    let ae_red = minskning_ae_sa(in_, brutto, t); // 5 kap. 3 §
    let lon_red = minskning_lon(m, in_, brutto - ae_red, dagar, t); // 5 kap. 4 §
    let belopp = manadsbelopp(in_, brutto, ae_red, lon_red, t); // 10 kap. 9 §
    utfall(belopp, dagar, in_.form.namn(), t)
}

/// Everything needed to compute: the year's amounts, the inputs, and the right to the benefit.
fn forutsattningar(m: Manad, pbb: Decimal, in_: &AktivitetsstodIndata) -> Result<(), Utfall> {
    if params().grundbelopp.at(m).is_none() {
        return Err(Utfall::ej_modellerad(format!(
            "Beloppen för {} före 2024 finns inte i parametrarna.",
            in_.form.namn()
        )));
    }
    uppgifter(pbb, in_)?;
    ratt_till_ersattning(in_)
}

/// The programme's extent, the daily amount of the decision and the prisbasbelopp, where the
/// benefit needs them.
fn uppgifter(pbb: Decimal, in_: &AktivitetsstodIndata) -> Result<(), Utfall> {
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
        return Err(Utfall::behover(
            saknas,
            "Ange programmets omfattning (andel av heltid, över 0 och högst 1), dagsbeloppet enligt beslutet och prisbasbeloppet.",
        ));
    }
    Ok(())
}

/// Who may have which benefit (2 kap. 1 och 10 §§), and none at all with rehabiliteringspenning
/// or hel sjuk- or aktivitetsersättning (5 kap. 2 a §).
fn ratt_till_ersattning(in_: &AktivitetsstodIndata) -> Result<(), Utfall> {
    let namn = in_.form.namn();
    match &in_.form {
        Ersattningsform::Grundbelopp if in_.alder < 25 => {
            return Err(Utfall::ej_ratt(
                "Under 25 år lämnas aktivitetsstöd bara med inkomstbaserat belopp (2 kap. 1 § andra stycket förordning 2017:819); annars utvecklingsersättning.",
            ))
        }
        f if f.ar_utvecklingsersattning() && !(18..25).contains(&in_.alder) => {
            return Err(Utfall::ej_ratt(
                "Utvecklingsersättning lämnas till den som har fyllt 18 men inte 25 år (2 kap. 10 § förordning 2017:819).",
            ))
        }
        _ => {}
    }
    if in_.rehabiliteringspenning {
        return Err(Utfall::ej_ratt(format!(
            "Ingen {namn} för tid med rehabiliteringspenning (5 kap. 2 a § förordning 2017:819)."
        )));
    }
    if let Some(ae) = &in_.ae_sa {
        if ae.andel >= Decimal::ONE {
            return Err(Utfall::ej_ratt(format!(
                "Ingen {namn} för tid med hel sjukersättning eller hel aktivitetsersättning (5 kap. 2 a § förordning 2017:819)."
            )));
        }
    }
    Ok(())
}

/// The full-time daily amount of the benefit in `m` (2 kap. 3–7, 11 §§).
fn dagsbelopp_heltid(m: Manad, pbb: Decimal, in_: &AktivitetsstodIndata, t: &mut Trace) -> Decimal {
    match &in_.form {
        Ersattningsform::Grundbelopp => grundbelopp(m, t),
        Ersattningsform::Inkomstbaserat {
            belopp_per_dag,
            aldre_regler_vid_ikrafttradandet,
        } => inkomstbaserat(m, *belopp_per_dag, *aldre_regler_vid_ikrafttradandet, t),
        Ersattningsform::UtvecklingsersattningGymnasieexamen => {
            utvecklingsersattning_gymnasieexamen(m, pbb, t)
        }
        Ersattningsform::UtvecklingsersattningOvriga => utvecklingsersattning_ovriga(m, t),
    }
}

/// Aktivitetsstöd med grundbelopp per day (2 kap. 7 §).
fn grundbelopp(m: Manad, t: &mut Trace) -> Decimal {
    let p = params();
    let b = p.grundbelopp.scalar(m).unwrap_or_default();
    t.steg(|| {
        Step::ny(
            "dagsbelopp_heltid",
            "Aktivitetsstöd med grundbelopp per dag, heltid",
            b,
            "Förordning (2017:819) 2 kap. 7 §",
        )
        .formel(format!("grundbelopp {} per dag", kr(b)))
        .param(p.grundbelopp.used("grundbelopp", m))
    });
    b
}

/// Aktivitetsstöd med inkomstbaserat belopp per day: the amount of the decision, at least the
/// floor (2 kap. 3 och 4 §§) and, for one who had it under the older rules, the transitional
/// floor.
fn inkomstbaserat(m: Manad, beslut: Decimal, aldre_regler: bool, t: &mut Trace) -> Decimal {
    let p = params();
    let golv = p.inkomstbaserat_golv.scalar(m).unwrap_or_default();
    let overgang = if aldre_regler {
        p.overgangsgolv.scalar(m).unwrap_or_default()
    } else {
        Decimal::ZERO
    };
    let b = beslut.max(golv).max(overgang);
    t.steg(|| {
        let mut formula = format!("dagsbelopp enligt beslut {}", kr(beslut));
        if b > beslut {
            formula.push_str(&format!(", lägst {}", kr(b)));
        }
        Step::ny(
            "dagsbelopp_heltid",
            "Aktivitetsstöd med inkomstbaserat belopp per dag, heltid",
            b,
            "Förordning (2017:819) 2 kap. 3 och 4 §§",
        )
        .formel(formula)
        .indata([("belopp_per_dag_enligt_beslut", beslut)])
        .param(p.inkomstbaserat_golv.used("inkomstbaserat_golv", m))
        .param(if aldre_regler {
            p.overgangsgolv.used("overgangsgolv", m)
        } else {
            None
        })
    });
    b
}

/// Utvecklingsersättning per day for one with gymnasieexamen: a fifth of the studiemedel's
/// weekly studiebidrag (2 kap. 11 § första stycket; studiestödslag 3 kap. 12 § 1).
fn utvecklingsersattning_gymnasieexamen(m: Manad, pbb: Decimal, t: &mut Trace) -> Decimal {
    let p = params();
    let andel_pbb = p
        .studiemedel_studiebidrag_vecka
        .scalar(m)
        .unwrap_or_default();
    let femtedel = p.utvecklingsersattning_andel.scalar(m).unwrap_or_default();
    let vecka = andel_pbb * pbb;
    let exakt = vecka * femtedel;
    let b = krontal(exakt);
    t.steg(|| {
        Step::ny(
            "dagsbelopp_heltid",
            "Utvecklingsersättning per dag, heltid (gymnasieexamen)",
            b,
            "Förordning (2017:819) 2 kap. 11 § första stycket; studiestödslag (1999:1395) 3 kap. 12 § 1",
        )
        .formel(format!(
            "studiebidrag {} × prisbasbelopp {} = {} per vecka; × {} = {}, avrundat {}",
            andel_pbb.normalize(),
            kr(pbb),
            kr(vecka),
            femtedel.normalize(),
            kr(exakt),
            kr(b)
        ))
        .indata([("prisbasbelopp", pbb)])
        .param(
            p.studiemedel_studiebidrag_vecka
                .used("studiemedel_studiebidrag_vecka", m),
        )
        .param(
            p.utvecklingsersattning_andel
                .used("utvecklingsersattning_andel", m),
        )
        .avrundning("hela kronor, 50 öre uppåt (ingen regel i förordningen; beslut, docs/rules/aktivitetsstod.md)")
    });
    b
}

/// Utvecklingsersättning per day for the others: studiehjälpens studiebidrag per month spread
/// over the days (2 kap. 11 § andra stycket; studiestödslag 2 kap. 7 §).
fn utvecklingsersattning_ovriga(m: Manad, t: &mut Trace) -> Decimal {
    let p = params();
    let manad = p.studiehjalp_studiebidrag.scalar(m).unwrap_or_default();
    let delare = p
        .utvecklingsersattning_delare
        .scalar(m)
        .unwrap_or(Decimal::ONE);
    let exakt = manad / delare;
    let b = krontal(exakt);
    t.steg(|| {
        Step::ny(
            "dagsbelopp_heltid",
            "Utvecklingsersättning per dag, heltid",
            b,
            "Förordning (2017:819) 2 kap. 11 § andra stycket; studiestödslag (1999:1395) 2 kap. 7 §",
        )
        .formel(format!(
            "studiehjälpens studiebidrag {} / {} = {}, avrundat {}",
            kr(manad),
            delare.normalize(),
            kr(exakt.round_dp(2)),
            kr(b)
        ))
        .param(p.studiehjalp_studiebidrag.used("studiehjalp_studiebidrag", m))
        .param(
            p.utvecklingsersattning_delare
                .used("utvecklingsersattning_delare", m),
        )
        .avrundning("hela kronor, 50 öre uppåt (ingen regel i förordningen; beslut, docs/rules/aktivitetsstod.md)")
    });
    b
}

/// The daily amount for the programme's extent (10 kap. 6 § andra stycket).
fn dagsbelopp(heltid: Decimal, omf: Decimal, t: &mut Trace) -> Decimal {
    if omf >= Decimal::ONE {
        return heltid;
    }
    let d = krontal(heltid * omf);
    t.steg(|| {
        Step::ny(
            "dagsbelopp",
            "Dagsbelopp för programmets omfattning",
            d,
            "Förordning (2017:819) 10 kap. 6 § andra stycket",
        )
        .formel(format!(
            "{} × omfattning {} = {}, avrundat {}",
            kr(heltid),
            omf.normalize(),
            kr(heltid * omf),
            kr(d)
        ))
        .indata([("omfattning", omf)])
        .avrundning("hela kronor, 50 öre uppåt (ingen regel i förordningen; beslut, docs/rules/aktivitetsstod.md)")
    });
    d
}

/// The days of the month paid for: at most five a week, the weekdays of the month (10 kap. 6 §
/// första stycket och 9 §).
fn ersattningsdagar(m: Manad, angivet: Option<u32>, t: &mut Trace) -> u32 {
    let max_dagar = vardagar(m);
    let dagar = angivet.unwrap_or(max_dagar).min(max_dagar);
    t.steg(|| {
        let s = Step::ny(
            "ersattningsdagar",
            "Ersättningsdagar i månaden",
            Decimal::from(dagar),
            "Förordning (2017:819) 10 kap. 6 § första stycket och 9 §",
        )
        .enhet(Enhet::Dagar)
        .formel(match angivet {
            Some(n) if n > max_dagar => {
                format!("angivet {n}, högst {max_dagar} vardagar (måndag–fredag) i {m}")
            }
            Some(n) => format!("angivet: {n} dagar med programmet i {m}"),
            None => format!("vardagar (måndag–fredag) i {m}: {max_dagar}"),
        })
        .param(params().dagar_per_vecka.used("dagar_per_vecka", m));
        match angivet {
            Some(n) => s.indata([("ersattningsdagar", Decimal::from(n))]),
            None => s,
        }
    });
    dagar
}

/// The month's amount before coordination: the daily amount × the days (10 kap. 6 och 9 §§).
fn belopp_fore_samordning(dag: Decimal, dagar: u32, t: &mut Trace) -> Decimal {
    let dagar_d = Decimal::from(dagar);
    let brutto = dag * dagar_d;
    t.steg(|| {
        Step::ny(
            "belopp_fore_samordning",
            "Belopp för månaden före samordning",
            brutto,
            "Förordning (2017:819) 10 kap. 6 och 9 §§",
        )
        .formel(format!("{} × {dagar} dagar = {}", kr(dag), kr(brutto)))
        .indata([("dagsbelopp", dag), ("dagar", dagar_d)])
    });
    brutto
}

/// Partial sjuk- or aktivitetsersättning paid for the same time (5 kap. 3 §): the part of it
/// that does not fit in the time outside a part-time programme reduces the benefit.
fn minskning_ae_sa(in_: &AktivitetsstodIndata, brutto: Decimal, t: &mut Trace) -> Decimal {
    let Some(ae) = &in_.ae_sa else {
        return Decimal::ZERO;
    };
    if ae.andel <= Decimal::ZERO || ae.belopp_per_manad <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let omf = in_.omfattning;
    let overlapp = (ae.andel + omf - Decimal::ONE).max(Decimal::ZERO);
    let ae_red = (ae.belopp_per_manad * overlapp / ae.andel)
        .min(brutto)
        .round_dp(2)
        .normalize();
    t.steg(|| {
        Step::ny(
            "minskning_sjuk_aktivitetsersattning",
            "Minskning för sjuk- eller aktivitetsersättning samma tid",
            ae_red,
            "Förordning (2017:819) 5 kap. 3 §",
        )
        .formel(format!(
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
        ))
        .indata([
            ("ae_sa_andel", ae.andel),
            ("ae_sa_belopp_per_manad", ae.belopp_per_manad),
            ("omfattning", omf),
        ])
        .avrundning("till hela ören")
    });
    ae_red
}

/// Wages for the same day (5 kap. 4 §): work first fills the time outside a part-time
/// programme; the wage for hours inside programme time reduces each working day's benefit,
/// never below 0 that day. `kvar` is the month's benefit left after 5 kap. 3 §.
fn minskning_lon(
    m: Manad,
    in_: &AktivitetsstodIndata,
    kvar: Decimal,
    dagar: u32,
    t: &mut Trace,
) -> Decimal {
    let Some(l) = &in_.lon else {
        return Decimal::ZERO;
    };
    if l.timmar_per_vecka <= Decimal::ZERO || l.timlon <= Decimal::ZERO || dagar == 0 {
        return Decimal::ZERO;
    }
    let arbete = super::arbete::params();
    let heltid_h = arbete.heltid_timmar.scalar(m).unwrap_or(Decimal::from(40));
    let program_h = heltid_h * in_.omfattning;
    let fri_h = heltid_h - program_h;
    let i_programtid = (l.timmar_per_vecka - fri_h)
        .max(Decimal::ZERO)
        .min(program_h);
    let d = l.arbetsdagar_per_vecka.unwrap_or(5).clamp(1, 5);
    let d_dec = Decimal::from(d);
    let dagar_d = Decimal::from(dagar);
    let lon_per_arbetsdag = i_programtid * l.timlon / d_dec;
    let stod_per_dag = kvar / dagar_d;
    let per_dag = lon_per_arbetsdag.min(stod_per_dag).max(Decimal::ZERO);
    let arbetsdagar = dagar_d * d_dec / Decimal::from(5);
    let lon_red = (per_dag * arbetsdagar).min(kvar).round_dp(2).normalize();
    t.steg(|| {
        Step::ny(
            "minskning_lon",
            "Minskning för lön samma dag",
            lon_red,
            "Förordning (2017:819) 5 kap. 4 §",
        )
        .formel(format!(
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
        ))
        .indata([
            ("timmar_per_vecka", l.timmar_per_vecka),
            ("timlon", l.timlon),
            ("arbetsdagar_per_vecka", d_dec),
        ])
        .param(arbete.heltid_timmar.used("heltid_timmar", m))
        .avrundning("till hela ören")
    });
    lon_red
}

/// The month's amount after coordination, to whole kronor; aktivitetsstöd is taxable,
/// utvecklingsersättning is not (5 kap. 3–4 §§, 10 kap. 9 §).
fn manadsbelopp(
    in_: &AktivitetsstodIndata,
    brutto: Decimal,
    ae_red: Decimal,
    lon_red: Decimal,
    t: &mut Trace,
) -> Decimal {
    let belopp = krontal((brutto - ae_red - lon_red).max(Decimal::ZERO));
    let skattepliktig = in_.form.skattepliktig();
    t.steg(|| {
        let minus = |x: Decimal| {
            if x.is_zero() {
                String::new()
            } else {
                format!(" − {}", kr(x.round_dp(2)))
            }
        };
        let (id, label) = if skattepliktig {
            (
                "aktivitetsstod",
                "Aktivitetsstöd per månad (skattepliktigt)",
            )
        } else {
            (
                "utvecklingsersattning",
                "Utvecklingsersättning per månad (skattefri)",
            )
        };
        Step::ny(
            id,
            label,
            belopp,
            "Förordning (2017:819) 5 kap. 3–4 §§, 10 kap. 9 §",
        )
        .formel(format!(
            "{}{}{} = {}",
            kr(brutto),
            minus(ae_red),
            minus(lon_red),
            kr(belopp)
        ))
        .indata([("belopp_fore_samordning", brutto)])
        .avrundning("hela kronor, 50 öre uppåt (beslut, docs/rules/aktivitetsstod.md)")
    });
    belopp
}

/// The outcome with the steps recorded; at 0 kr with the reason.
fn utfall(belopp: Decimal, dagar: u32, namn: &str, t: &mut Trace) -> Utfall {
    if belopp.is_zero() {
        return Utfall::noll(
            if dagar == 0 {
                format!("Inga ersättningsdagar i månaden, så ingen {namn}.")
            } else {
                format!("Lön eller ersättning för samma tid tar ut hela beloppet, så ingen {namn} för månaden.")
            },
            t.ta(),
        );
    }
    Utfall::belopp(belopp, t.ta())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formaner::Status;
    use rust_decimal_macros::dec;

    /// The rule with every step recorded.
    fn aktivitetsstod(m: Manad, pbb: Decimal, in_: &AktivitetsstodIndata) -> Utfall {
        super::aktivitetsstod(m, pbb, in_, &mut Trace::on())
    }

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
